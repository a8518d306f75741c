"""MCP server benchmarks: `tools/list` latency and the overhead of `tools/call`.

    python benchmarks/bench_mcp.py [--rounds 20] [--tools 4500]

- tools/list of the whole catalog in one answer (`--page-size 10000`; paged
  figures at catalog scale are in `bench_mcp_code.py`), bundled providers and
  a synthetic catalog (the bundled definitions
  repeated under new names, in a temp `generated/mcp`): server start-up, on the
  wire (request written to the server's stdin -> whole answer line read back),
  a plain `json.loads` of the answer, and through the SDK's `ClientSession`
  (which also validates every definition into pydantic models).
- tools/call: `fly_io__get_app` through the server vs the generated async client
  called directly, both against the same loopback mock (`toolgen mock`).

Prints a table of medians (ms) and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import anyio
from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

ROOT = Path(__file__).resolve().parent.parent
TOOLGEN = str(Path(sys.executable).parent / "toolgen")
SCHEMAS = ROOT / "generated" / "mcp"
WHOLE = ["--page-size", "10000"]  # these figures list the whole catalog in one answer
INITIALIZE = {
    "protocolVersion": "2025-11-25",
    "capabilities": {},
    "clientInfo": {"name": "bench", "version": "0"},
}


def synthetic_schemas(directory: Path, count: int) -> Path:
    """`count` tools: the bundled definitions cycled, renamed `s<batch>__<ns>_<tool>`."""
    bundled = [
        t for f in sorted(SCHEMAS.glob("*.json")) for t in json.loads(f.read_text())["tools"]
    ]
    directory.mkdir(parents=True, exist_ok=True)
    for batch in range(-(-count // len(bundled))):
        size = min(len(bundled), count - batch * len(bundled))
        tools = [
            dict(tool, name=f"s{batch:03d}__{tool['name'].replace('__', '_')}")
            for tool in bundled[:size]
        ]
        (directory / f"synth-{batch:03d}.json").write_text(json.dumps({"tools": tools}))
    return directory


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


def wire_list(server_args: list[str], rounds: int) -> dict[str, Any]:
    """`tools/list` on the raw stdio pipe: what the server costs, without an SDK client.

    - `startup_ms`: process spawn -> `initialize` answered (includes building the
      listing cache, which every later `tools/list` is answered from);
    - `wire_ms`: median, request written -> the whole answer line read back;
    - `json_parse_ms`: median `json.loads` of that line, the least a client must do.
    """
    start = time.perf_counter()
    process = subprocess.Popen(
        [TOOLGEN, "mcp", "serve", *server_args], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    stdin, stdout = process.stdin, process.stdout
    assert stdin is not None and stdout is not None

    def request(number: int, method: str, params: dict[str, Any] | None = None) -> bytes:
        message = {"jsonrpc": "2.0", "id": number, "method": method, "params": params or {}}
        stdin.write(json.dumps(message).encode() + b"\n")
        stdin.flush()
        return stdout.readline()

    try:
        request(0, "initialize", INITIALIZE)
        startup = time.perf_counter() - start
        stdin.write(b'{"jsonrpc":"2.0","method":"notifications/initialized"}\n')
        samples, parse_samples, line = [], [], b""
        for number in range(1, rounds + 1):
            start = time.perf_counter()
            line = request(number, "tools/list")
            samples.append(time.perf_counter() - start)
            start = time.perf_counter()
            tools = json.loads(line)["result"]["tools"]
            parse_samples.append(time.perf_counter() - start)
    finally:
        stdin.close()
        process.wait(timeout=30)
    return {
        "listed": len(tools),
        "bytes": len(line),
        "startup_ms": round(startup * 1000, 2),
        "wire_ms": median_ms(samples),
        "json_parse_ms": median_ms(parse_samples),
    }


async def timed(call: Callable[[], Awaitable[Any]], rounds: int) -> float:
    await call()  # warm-up: imports, connections, compiled validators
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        await call()
        samples.append(time.perf_counter() - start)
    return median_ms(samples)


async def sdk_medians(server_args: list[str], rounds: int, call: bool) -> dict[str, float]:
    params = StdioServerParameters(
        command=TOOLGEN, args=["mcp", "serve", *server_args], env=dict(os.environ)
    )
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        result = {"list": await timed(session.list_tools, rounds)}
        if call:
            arguments = {"app_name": "my-app"}
            result["call"] = await timed(
                lambda: session.call_tool("fly_io__get_app", arguments), rounds
            )
    return result


async def direct_call_ms(rounds: int) -> float:
    from generated.clients.fly_io import AsyncFlyIo

    async with AsyncFlyIo.from_account("default") as client:
        return await timed(lambda: client.get_app(app_name="my-app"), rounds)


@contextmanager
def mock_fly(directory: Path) -> Iterator[None]:
    """`toolgen mock fly-io` in a subprocess; TOOLGEN_CREDENTIALS points `default` at it."""
    process = subprocess.Popen(
        [TOOLGEN, "mock", "fly-io"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout is not None
    try:
        url = process.stdout.readline().split(": ", 1)[1].strip()
        credentials = directory / "credentials.toml"
        credentials.write_text(f'[fly-io.default]\napi_token = "bench"\nbase_url = "{url}"\n')
        os.environ["TOOLGEN_CREDENTIALS"] = str(credentials)
        yield
    finally:
        process.terminate()
        process.wait(timeout=30)


def run(rounds: int, count: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as temp:
        synthetic = [*WHOLE, "--schemas-dir", str(synthetic_schemas(Path(temp) / "mcp", count))]
        with mock_fly(Path(temp)):
            bundled = anyio.run(sdk_medians, WHOLE, rounds, True)
            direct = anyio.run(direct_call_ms, rounds)
        bundled_wire = wire_list(WHOLE, rounds)
        synthetic_wire = wire_list(synthetic, rounds)
        synthetic_sdk = anyio.run(sdk_medians, synthetic, max(3, rounds // 4), False)
    tools = sum(len(json.loads(f.read_text())["tools"]) for f in SCHEMAS.glob("*.json"))
    for wire, expected in ((bundled_wire, tools), (synthetic_wire, count)):
        if wire.pop("listed") != expected:  # a short answer would flatter the timing
            raise SystemExit(f"tools/list answered with the wrong number of tools (not {expected})")
    return {
        "rounds": rounds,
        "list_bundled": {"tools": tools, **bundled_wire, "sdk_client_ms": bundled["list"]},
        "list_synthetic": {"tools": count, **synthetic_wire, "sdk_client_ms": synthetic_sdk["list"]},
        "call_get_app": {"mcp_ms": bundled["call"], "direct_client_ms": direct,
                         "overhead_ms": round(bundled["call"] - direct, 2)},
    }  # fmt: skip


def table(results: dict[str, Any]) -> str:
    rows = [("measure", "median ms")]
    for key in ("list_bundled", "list_synthetic"):
        entry = results[key]
        label = f"tools/list {entry['tools']} tools ({entry['bytes'] / 1e6:.1f} MB)"
        rows += [
            (f"{label}, server start-up to initialize", entry["startup_ms"]),
            (f"{label}, wire", entry["wire_ms"]),
            (f"{label}, json.loads of the answer", entry["json_parse_ms"]),
            (f"{label}, SDK client", entry["sdk_client_ms"]),
        ]
    call = results["call_get_app"]
    rows += [
        ("tools/call fly_io__get_app via MCP", call["mcp_ms"]),
        ("direct AsyncFlyIo.get_app", call["direct_client_ms"]),
        ("tools/call overhead", call["overhead_ms"]),
    ]
    width = max(len(str(label)) for label, _ in rows)
    return "\n".join(f"{label:<{width}}  {value:>10}" for label, value in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--tools", type=int, default=4500, help="tools in the synthetic catalog")
    options = parser.parse_args()
    results = run(options.rounds, options.tools)
    print(table(results))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
