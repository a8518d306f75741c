"""From a user's words to an FTS5 query: split names, drop filler, add synonyms.

Synonyms cover words users and API docs spell differently; porter stemming
(in the index's tokenizer) already folds plurals and verb forms.
"""

from __future__ import annotations

import re

WORD = re.compile(r"[A-Za-z0-9]+")
CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")

_STOPWORDS_TEXT = (
    "a an the my our your their its it this that these those of for to in on at by with from "
    "and or is are be been was were can could would should will i me we us you please how do "
    "does what who whose where when some any every each into about as so want need"
)
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

# Each group: words that mean the same thing to a user searching for a function.
SYNONYM_GROUPS = (
    ("app", "application", "apps", "applications"),
    ("repo", "repository"),
    ("delete", "remove", "destroy", "erase", "drop"),
    ("create", "add", "new", "make", "spin", "provision"),
    ("list", "all", "enumerate", "which"),  # "which apps ..." asks for a list
    ("get", "show", "fetch", "details", "info", "describe", "view", "inspect"),
    ("update", "change", "modify", "edit", "set", "patch"),
    ("env", "environment"),
    ("var", "variable", "vars", "variables"),
    ("config", "configuration", "settings"),
    ("restart", "reboot"),
    ("stop", "halt", "shutdown", "suspend"),
    ("start", "boot", "launch", "resume"),
    ("scale", "resize"),
    ("log", "logs"),
    ("secret", "credential"),
    ("domain", "hostname"),
    ("cert", "certificate", "tls", "ssl"),
    ("db", "database", "postgres"),
    ("org", "organization", "organisation"),
    ("user", "member", "people"),
    ("ip", "address"),
    ("vm", "machine", "instance"),
    ("pipeline", "ci"),
    ("deploy", "deployment", "release"),
    ("cancel", "abort"),
    ("retry", "rerun"),
    ("token", "key"),
)
SYNONYMS: dict[str, tuple[str, ...]] = {word: group for group in SYNONYM_GROUPS for word in group}


def words(text: str) -> list[str]:
    """Lower-case words of `text`; `listApps`, `list_apps` and `list-apps` give list, apps."""
    return [word.lower() for part in WORD.findall(text) for word in CAMEL.split(part)]


def synonyms(word: str) -> tuple[str, ...]:
    """The word's group, also for a plural the table lists singular (`hostnames`)."""
    for form in (word, word.removesuffix("s"), word.removesuffix("es")):
        if form in SYNONYMS:
            return tuple(dict.fromkeys((word, *SYNONYMS[form])))
    return (word,)


def fts_groups(query: str) -> list[str]:
    """One FTS5 expression per query word: `("app" OR "application" ...)`; filler dropped."""
    found = words(query)
    kept = [word for word in found if word not in STOPWORDS] or found
    return [
        "(" + " OR ".join(f'"{option}"' for option in synonyms(word)) + ")"
        for word in dict.fromkeys(kept)
    ]


def fts_query(query: str) -> str:
    """An FTS5 MATCH expression: any of the words or their synonyms; "" when nothing is left."""
    return " OR ".join(fts_groups(query))
