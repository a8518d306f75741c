"""The remote MCP server under load: many clients calling a read tool over streamable HTTP.

    python benchmarks/bench_mcp_http.py [--clients 50] [--seconds 8] [--workers 2]

`toolgen mcp serve --transport http --stateless --workers N` (access log on,
to a file) in front of `toolgen mock fly-io`; each client keeps one HTTP/1.1
connection, sends `initialize`, then `tools/call fly_io__get_app` in a loop.
The clients are a minimal keep-alive HTTP client on asyncio streams, so the
load generator takes little of the CPU the server needs. After a warm-up, over
a fixed window: calls/s, latency percentiles, failed calls (transport errors,
non-200, JSON-RPC errors or `isError` results), and CPU seconds per call of
the server (parent and workers, from /proc), of the mock and of the clients.

Prints a table and one JSON line. `--profile` (needs `py-spy` on PATH or in
the venv) samples one worker during the window and prints where its CPU goes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from measure import ROOT, TOOLGEN, Figure

TOOL = "fly_io__get_app"
STARTUP = re.compile(r"toolgen mcp: serving (http://\S+/mcp) .*health=(\S+)")
TICKS = os.sysconf("SC_CLK_TCK")
BUDGETS = {"calls_per_s": 300.0, "p99_ms": 250.0, "failed": 0.0, "server_cpu_ms_per_call": 1.5}


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU of `pids` so far (exited processes count 0)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / TICKS


def process_tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text()
        except OSError:
            continue
        todo += [int(child) for child in children.split()]
    return pids


@contextmanager
def mock_fly(directory: Path) -> Iterator[int]:
    """`toolgen mock fly-io`; TOOLGEN_CREDENTIALS points `default` at it. Yields its pid."""
    process = subprocess.Popen(
        [TOOLGEN, "mock", "fly-io"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT,
    )  # fmt: skip
    assert process.stdout is not None
    previous = os.environ.get("TOOLGEN_CREDENTIALS")
    try:
        url = process.stdout.readline().split(": ", 1)[1].strip()
        credentials = directory / "credentials.toml"
        credentials.write_text(f'[fly-io.default]\napi_token = "bench"\nbase_url = "{url}"\n')
        os.environ["TOOLGEN_CREDENTIALS"] = str(credentials)
        yield process.pid
    finally:
        if previous is None:
            os.environ.pop("TOOLGEN_CREDENTIALS", None)
        else:
            os.environ["TOOLGEN_CREDENTIALS"] = previous
        process.terminate()
        process.wait(timeout=30)


@contextmanager
def mcp_server(workers: int, log: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`toolgen mcp serve` on a free port; yields its endpoint URL once `/healthz` answers."""
    args = ["--transport", "http", "--port", "0", "--stateless", "--workers", str(workers)]
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [TOOLGEN, "mcp", "serve", *args, "-p", "fly-io"],
            cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=sink,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not (match := STARTUP.search(log.read_text())):
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the MCP server did not start:\n{log.read_text()}")
            time.sleep(0.05)
        while True:
            try:
                if httpx.get(match.group(2), timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("the MCP server does not answer /healthz")
            time.sleep(0.05)
        yield match.group(1), process
    finally:
        process.terminate()
        process.wait(timeout=30)


class Connection:
    """One keep-alive HTTP/1.1 connection posting JSON-RPC messages to the endpoint."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.host, self.port, self.path = parts.hostname or "", parts.port or 80, parts.path
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, message: dict[str, Any]) -> tuple[int, bytes]:
        body = json.dumps(message).encode()
        head = (
            f"POST {self.path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            "Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n"
            f"MCP-Protocol-Version: 2025-11-25\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        return await self.send(head.encode() + body)

    async def get(self, path: str) -> tuple[int, bytes]:
        return await self.send(
            f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode()
        )

    async def send(self, request: bytes) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(request)
        headers = await self.reader.readuntil(b"\r\n\r\n")
        status = int(headers[9:12])
        length = re.search(rb"(?i)\r\ncontent-length: *(\d+)", headers)
        if length is None:
            raise RuntimeError("answer without Content-Length (not a JSON response)")
        return status, await self.reader.readexactly(int(length.group(1)))

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def client(
    url: str, until: float, warm: float, latencies: list[float], failed: list[str]
) -> int:
    """Calls until `until`; latencies of calls started after `warm` are kept. Returns calls made."""
    connection = Connection(url)
    initialize = {"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {},
        "clientInfo": {"name": "bench", "version": "0"}}}  # fmt: skip
    calls = 0
    try:
        await connection.post(initialize)
        number = 0
        while (started := time.perf_counter()) < until:
            number += 1
            call = {"jsonrpc": "2.0", "id": number, "method": "tools/call",
                    "params": {"name": TOOL, "arguments": {"app_name": f"app-{number}"}}}  # fmt: skip
            try:
                status, body = await connection.post(call)
                answer = json.loads(body)
                ok = status == 200 and "result" in answer and not answer["result"].get("isError")
                problem = "" if ok else f"{status} {body[:200]!r}"
            except (OSError, RuntimeError, ValueError, asyncio.IncompleteReadError) as exc:
                problem = repr(exc)
                connection.close()
                connection = Connection(url)
            if started >= warm:
                calls += 1
                latencies.append(time.perf_counter() - started)
                if problem:
                    failed.append(problem)
    finally:
        connection.close()
    return calls


async def load(url: str, clients: int, seconds: float, warmup: float) -> dict[str, Any]:
    now = time.perf_counter()
    warm, until = now + warmup, now + warmup + seconds
    latencies: list[float] = []
    failed: list[str] = []
    tasks = [client(url, until, warm, latencies, failed) for _ in range(clients)]
    counts = await asyncio.gather(*tasks)
    return {"calls": sum(counts), "latencies": latencies, "failed": failed}


# Where a sampled stack's time goes: the innermost frame naming one of these decides.
PROFILE_PARTS = [
    ("upstream call: generated client, httpx", ("Registry.acall",)),
    ("tool handler: schemas, results", ("ToolHandlers.call", "ToolHandlers.call_tool")),
    ("MCP SDK: JSON-RPC dispatch", ("JSONRPCDispatcher", "ServerRunner", "serve_connection")),
    ("MCP SDK: streamable HTTP transport", ("StreamableHTTPSessionManager", "StreamableHTTPServerTransport")),
    ("access log, auth", ("AccessLog.write", "BearerAuth", "rpc_fields")),
    ("HTTP server: uvicorn", ("RequestResponseCycle", "HttpToolsProtocol", "H11Protocol")),
]  # fmt: skip


def profile_summary(raw: Path) -> dict[str, float]:
    """Share of samples per part of `PROFILE_PARTS` (plus "event loop, other") from py-spy's raw output."""
    counts: Counter[str] = Counter()
    for line in raw.read_text().splitlines():
        stack, _, number = line.rpartition(" ")
        part = next(
            (name for frame in reversed(stack.split(";")) for name, marks in PROFILE_PARTS
             if any(mark in frame for mark in marks)),
            "event loop, other",
        )  # fmt: skip
        counts[part] += int(number)
    total = sum(counts.values()) or 1
    return {name: round(count / total * 100, 1) for name, count in counts.most_common()}


@contextmanager
def profiling(pid: int, seconds: float, out: Path) -> Iterator[None]:
    spy = shutil.which("py-spy") or shutil.which("py-spy", path=str(Path(sys.executable).parent))
    if spy is None:
        raise SystemExit("--profile needs py-spy (pip install py-spy)")
    command = [spy, "record", "-p", str(pid), "-d", str(int(seconds)), "-r", "100"]
    process = subprocess.Popen(
        [*command, "--format", "raw", "-o", str(out), "--nonblocking"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        yield
    finally:
        process.wait(timeout=seconds + 30)


Request = Callable[["Connection", int], Awaitable[tuple[int, bytes]]]


async def repeat(url: str, request: Request, until: float) -> int:
    """`request` on one connection until `until`; returns how many were made."""
    connection, number = Connection(url), 0
    while time.perf_counter() < until:
        number += 1
        status, body = await request(connection, number)
        if status != 200:
            raise SystemExit(f"{status} {body[:200]!r}")
    connection.close()
    return number


async def layer_costs(url: str, pids: list[int], clients: int, seconds: float) -> dict[str, float]:
    """Server CPU per request of `GET /healthz` (HTTP server and our ASGI layers) and of a
    JSON-RPC `ping` (plus the SDK's stateless transport and dispatch): what a `tools/call`
    costs beyond them is the tool itself (schemas, the provider call, the result)."""
    requests: dict[str, Request] = {
        "healthz": lambda connection, _: connection.get("/healthz"),
        "ping": lambda connection, n: connection.post({"jsonrpc": "2.0", "id": n, "method": "ping"}),
    }  # fmt: skip
    costs = {}
    for name, request in requests.items():
        until = time.perf_counter() + seconds
        before = cpu_seconds(pids)
        count = sum(await asyncio.gather(*(repeat(url, request, until) for _ in range(clients))))
        costs[f"server_cpu_ms_per_{name}"] = round((cpu_seconds(pids) - before) / count * 1000, 3)
    return costs


def run(
    clients: int, seconds: float, workers: int, warmup: float = 2.0, profile: bool = False
) -> dict[str, Any]:
    with (
        tempfile.TemporaryDirectory(prefix="toolgen-bench-http-") as temp,
        mock_fly(Path(temp)) as mock_pid,
        mcp_server(workers, Path(temp) / "server.log") as (url, server),
    ):
        pids = process_tree(server.pid)
        before = cpu_seconds(pids), cpu_seconds([mock_pid]), _self_cpu()
        raw = Path(temp) / "profile.txt"
        with profiling(pids[-1], seconds + warmup, raw) if profile else nullcontext():
            result = asyncio.run(load(url, clients, seconds, warmup))
        after = cpu_seconds(pids), cpu_seconds([mock_pid]), _self_cpu()
        lines = (Path(temp) / "server.log").read_text().splitlines()
        layers = asyncio.run(layer_costs(url, pids, min(clients, 20), 2.0))
        parts = profile_summary(raw) if profile else {}
    pids_seen = Counter(json.loads(line)["pid"] for line in lines if line.startswith("{"))
    # The CPU window includes the warm-up; calls counted after it: scale CPU to the window.
    share = seconds / (seconds + warmup)
    calls = result["calls"] or 1
    latencies = sorted(result["latencies"])
    cpu = [round((a - b) * share / calls * 1000, 3) for a, b in zip(after, before, strict=True)]
    return {
        "clients": clients, "workers": workers, "seconds": seconds, "calls": result["calls"],
        "calls_per_s": round(result["calls"] / seconds, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 2) if latencies else None,
        "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 2) if latencies else None,
        "failed": len(result["failed"]), "failures": result["failed"][:3],
        "server_cpu_ms_per_call": cpu[0], "mock_cpu_ms_per_call": cpu[1],
        "client_cpu_ms_per_call": cpu[2], **layers, "server_processes": len(pids),
        "busiest_worker_share": round(max(pids_seen.values()) / sum(pids_seen.values()), 2),
        **({"profile_percent": parts} if profile else {}),
    }  # fmt: skip


def _self_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def figures(clients: int = 50, seconds: float = 8.0, workers: int = 2) -> list[Figure]:
    results = run(clients, seconds, workers)
    label = f"MCP over HTTP, {clients} clients, --stateless --workers {workers}"
    note = "noisy: shared 2-core machine"
    return [
        Figure(f"{label}: calls/s", results["calls_per_s"], "calls/s", BUDGETS["calls_per_s"],
               at_least=True, note=note),
        Figure(f"{label}: p50", results["p50_ms"], "ms"),
        Figure(f"{label}: p99", results["p99_ms"], "ms", BUDGETS["p99_ms"], note=note),
        Figure(f"{label}: failed calls", results["failed"], "calls", BUDGETS["failed"]),
        Figure(f"{label}: server CPU per call", results["server_cpu_ms_per_call"], "ms",
               BUDGETS["server_cpu_ms_per_call"], note="all server processes, from /proc"),
        Figure(f"{label}: mock CPU per call", results["mock_cpu_ms_per_call"], "ms"),
        Figure(f"{label}: server CPU per /healthz (HTTP layers)",
               results["server_cpu_ms_per_healthz"], "ms"),
        Figure(f"{label}: server CPU per ping (HTTP + MCP SDK)",
               results["server_cpu_ms_per_ping"], "ms"),
        Figure(f"{label}: load generator CPU per call", results["client_cpu_ms_per_call"], "ms"),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--profile", action="store_true", help="py-spy one worker meanwhile")
    options = parser.parse_args()
    results = run(options.clients, options.seconds, options.workers, profile=options.profile)
    width = max(map(len, results))
    for key, value in results.items():
        budget = BUDGETS.get(key)
        print(f"{key:<{width}}  {value}" + (f"  (budget {budget:g})" if budget is not None else ""))
    print(json.dumps(results))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
