"""`SearchIndex`: BM25 over the search records in an in-memory SQLite FTS5 table."""

from __future__ import annotations

import fnmatch
import math
import sqlite3
import threading
from pathlib import Path
from typing import Any

from attrs import frozen

from generator import naming
from generator.search.records import Record, SearchError, read_records, search_files
from generator.search.terms import fts_groups

__all__ = ["Hit", "SearchError", "SearchIndex", "default_search_dir"]

# Indexed columns and their BM25 weights: a word in the name counts most.
COLUMNS = {
    "name": 10.0,
    "aliases": 6.0,
    "provider": 4.0,
    "summary": 4.0,
    "params": 1.5,
    "description": 1.0,
    "category": 0.5,
}
WEIGHTS = ", ".join(map(str, COLUMNS.values()))
ACCESS = ("read", "write", "destructive")
NAME_COLUMNS = "name aliases"
# A query word in the function's name (or an alias) adds this times the word's IDF:
# BM25 alone lets a rare word in a long description outrank the name.
NAME_BONUS = 2.0
CANDIDATES = 200  # best BM25 rows re-ranked with the name bonus
# BM25 costs per matching row: past this many, the commonest query words (whose
# IDF adds little) are left to the name bonus, so a query on a large catalog stays fast.
MAX_SCORED = 1500
MAX_CACHED = 4096
EXACT_SCORE = 1000.0  # a query that is a function's own name ranks it first


@frozen
class Hit:
    full_name: str
    lua_path: str
    mcp_name: str
    provider: str
    access: str
    summary: str
    params: tuple[str, ...]
    score: float


def default_search_dir() -> Path:
    """`generated/search` beside the installed `generated` package."""
    import generated

    return Path(generated.__file__).resolve().parent / "search"


class SearchIndex:
    """Built on the first `search` from the files `load` found; never rebuilt."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._records: list[Record] = []
        self._exact: dict[str, int] = {}
        self._counts: dict[str, int] = {}  # query word group -> records containing it

    @classmethod
    def load(cls, search_dir: Path) -> SearchIndex:
        """Lists the record files only; raises `SearchError` when the directory is missing."""
        return cls(search_files(search_dir))

    @property
    def provider_ids(self) -> list[str]:
        return sorted(self.files)

    def search(
        self,
        query: str,
        *,
        provider: str | None = None,
        access: str | None = None,
        limit: int = 10,
    ) -> list[Hit]:
        if access is not None and access not in ACCESS:
            raise SearchError(f"access must be one of {', '.join(ACCESS)}, not {access!r}")
        db = self._built()
        groups = fts_groups(query)
        if not groups or limit < 1:
            return []
        where, args = "", list[Any]()
        if provider:
            where += " AND provider_id GLOB ?"
            args.append(provider)
        if access:
            where += " AND access = ?"
            args.append(access)
        with self._lock:
            counts = {group: self._count(db, group) for group in groups}
            sql = f"SELECT rowid, -bm25(tools, {WEIGHTS}) AS score FROM tools WHERE tools MATCH ?"
            sql += f"{where} ORDER BY score DESC LIMIT {CANDIDATES}"
            scores = dict(db.execute(sql, [" OR ".join(scored(counts)), *args]).fetchall())
            for group in groups if scores else ():  # a query word in the name: a bonus
                bonus = NAME_BONUS * math.log(
                    1 + (len(self._records) - counts[group] + 0.5) / (counts[group] + 0.5)
                )
                name = f"{{{NAME_COLUMNS}}} : {group}"
                for (rowid,) in db.execute("SELECT rowid FROM tools WHERE tools MATCH ?", [name]):
                    if rowid in scores:
                        scores[rowid] += bonus
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        exact = self._exact.get(query.strip())
        if exact is not None and self._matches(self._records[exact], provider, access):
            ranked = [(exact, EXACT_SCORE)] + [row for row in ranked if row[0] != exact]
        return [self._hit(rowid, score) for rowid, score in ranked[:limit]]

    def resolve(self, name: str) -> Hit | None:
        """The function a name denotes: full name, MCP name, Lua path or qualified alias."""
        self._built()
        rowid = self._exact.get(name.strip())
        return None if rowid is None else self._hit(rowid, EXACT_SCORE)

    @property
    def names(self) -> list[str]:
        """Every full name, for suggestions."""
        self._built()
        return [record.full_name for record in self._records]

    def _count(self, db: sqlite3.Connection, group: str) -> int:
        """How many records contain the word (any of its synonyms); cached."""
        if group not in self._counts:
            if len(self._counts) > MAX_CACHED:
                self._counts.clear()
            (found,) = db.execute(
                "SELECT count(*) FROM tools WHERE tools MATCH ?", [group]
            ).fetchone()
            self._counts[group] = found
        return self._counts[group]

    def _matches(self, record: Record, provider: str | None, access: str | None) -> bool:
        glob_ok = provider is None or fnmatch.fnmatchcase(record.provider, provider)
        return glob_ok and access in (None, record.access)

    def _hit(self, rowid: int, score: float) -> Hit:
        r = self._records[rowid]
        return Hit(
            r.full_name, r.lua_path, r.mcp_name, r.provider, r.access, r.summary, r.params,
            round(score, 3),
        )  # fmt: skip

    def _built(self) -> sqlite3.Connection:
        with self._lock:
            if self._db is None:
                self._db = self._build()
            return self._db

    def _build(self) -> sqlite3.Connection:
        db = sqlite3.connect(":memory:", check_same_thread=False)
        try:
            db.execute(
                f"CREATE VIRTUAL TABLE tools USING fts5({', '.join(COLUMNS)}, "
                "provider_id UNINDEXED, access UNINDEXED, tokenize = 'porter unicode61')"
            )
        except sqlite3.OperationalError as exc:  # an SQLite built without FTS5
            raise SearchError(f"SQLite FTS5 is not available: {exc}") from None
        rows = []
        for path in self.files.values():
            for record in read_records(path):
                rowid = len(self._records)
                self._records.append(record)
                local = naming.strip_lua_root(record.lua_path)  # fly_io.list_apps
                aliases = [f"{record.provider}.{alias}" for alias in record.aliases]
                for name in (record.full_name, record.mcp_name, record.lua_path, local, *aliases):
                    self._exact.setdefault(name, rowid)
                rows.append((rowid, *_columns(record), record.provider, record.access))
        marks = ", ".join("?" * (len(COLUMNS) + 3))
        db.executemany(f"INSERT INTO tools(rowid, {', '.join(COLUMNS)}, provider_id, access) "
                       f"VALUES ({marks})", rows)  # fmt: skip
        return db


def scored(counts: dict[str, int]) -> list[str]:
    """The query word groups BM25 scores: the rarest ones, up to about MAX_SCORED rows."""
    kept = sorted(counts, key=counts.__getitem__)
    while len(kept) > 1 and sum(counts[group] for group in kept) > MAX_SCORED:
        kept.pop()
    return [group for group in counts if group in kept]


def _columns(record: Record) -> tuple[str, ...]:
    """The indexed text, in `COLUMNS` order."""
    name = record.full_name.rpartition(".")[2]
    return (
        name,
        " ".join(record.aliases),
        f"{record.provider} {record.provider_name}",
        record.summary,
        " ".join(record.params),
        record.description,
        record.category,
    )
