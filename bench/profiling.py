"""``run.py --profile``: where poe-sdk spends its time, per request and per chunk.

cProfile runs around a warmed-up client against the bench server:

- async non-streaming requests (per request, one at a time and 64 in flight) and one long
  async stream (per chunk), timed by the wall clock, so waiting for the server shows up as
  ``epoll`` (idle, not SDK cost);
- sync requests and a sync stream, with one profiler in the calling thread and one in the
  client's loop thread (a blocked lock acquire counts as idle: waiting for the other thread);
- tracemalloc near the peak of 1,000 concurrent requests;
- ``python -X importtime`` of ``from poe_sdk import AsyncPoeClient``.

Each section shows own time grouped by library (C functions are charged to the library that
called them), the top functions by own time, and poe-sdk's functions by cumulative time, all
per operation. Raw ``.prof`` files land in ``bench/.profile/`` (open them with ``pstats`` or
snakeviz).
"""

from __future__ import annotations

import cProfile
import pstats
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from clients import API_KEY, MESSAGES, MODEL, REPLY_TOKENS
from footprint import child_env
from loops import run_async
from measure import BenchServer

OUT_DIR = Path(__file__).resolve().parent / ".profile"

Key = tuple[str, int, str]
_IDLE = "(idle: waiting for I/O or for the other thread)"
_SITE = re.compile(r"[/\\](?:site|dist)-packages[/\\]([^/\\]+)")
_STDLIB_PACKAGE = re.compile(r"[/\\]lib[/\\]python3\.\d+[/\\]([^/\\]+)")


def _library(key: Key) -> str:
    """The library a profiled function belongs to (``~`` marks a C function)."""
    path, _, name = key
    if path == "~":
        if "poll' of 'select." in name or "acquire' of '_thread.lock" in name:
            return _IDLE
        return "~"
    if "/poe_sdk/" in path.replace("\\", "/"):
        return "poe_sdk"
    match = _SITE.search(path)
    if match:
        return match.group(1).removesuffix(".py")
    match = _STDLIB_PACKAGE.search(path)
    if match:
        return "stdlib " + match.group(1).removesuffix(".py")
    return Path(path).name


def _short(key: Key) -> str:
    path, line, name = key
    if path == "~":
        return name
    trimmed = re.sub(r".*[/\\](?:site|dist)-packages[/\\]", "", path)
    trimmed = re.sub(r".*[/\\]src[/\\](poe_sdk)", r"\1", trimmed)
    trimmed = re.sub(r".*[/\\]lib[/\\]python3\.\d+[/\\]", "", trimmed)
    return f"{trimmed}:{line}({name})"


def _by_library(stats: dict[Key, Any]) -> dict[str, float]:
    """Own time per library; a C function's time goes to its callers' libraries."""
    totals: dict[str, float] = defaultdict(float)
    for key, (_, _, own, _, callers) in stats.items():
        library = _library(key)
        if library != "~":
            totals[library] += own
            continue
        caller_time = sum(entry[2] for entry in callers.values())
        if not callers or caller_time <= 0:
            totals["C (no caller)"] += own
            continue
        for caller, entry in callers.items():
            lib = _library(caller)
            totals["C (builtins)" if lib == "~" else lib] += own * entry[2] / caller_time
    return dict(totals)


def summarize(profile: cProfile.Profile, operations: int, unit: str, title: str) -> str:
    """A Markdown section: time per ``unit`` by library, top functions, poe-sdk functions."""
    stats: dict[Key, Any] = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    per = 1e6 / operations
    total = sum(entry[2] for entry in stats.values())
    idle = sum(entry[2] for key, entry in stats.items() if _library(key) == _IDLE)
    lines = [
        f"### {title}",
        "",
        f"{operations:,} {unit}s profiled: {total * per:,.1f} µs per {unit} in all "
        f"({(total - idle) * per:,.1f} µs busy, {idle * per:,.1f} µs idle), "
        "inflated by cProfile's own overhead.",
        "",
        f"| Library (own time, C calls charged to callers) | µs/{unit} | share of busy |",
        "|---|---:|---:|",
    ]
    libraries = sorted(_by_library(stats).items(), key=lambda item: -item[1])
    for library, own in libraries:
        if own * per < 0.05:
            continue
        share = "" if library == _IDLE else f"{own / max(total - idle, 1e-12):.0%}"
        lines.append(f"| {library} | {own * per:,.1f} | {share} |")
    lines += _function_table(
        f"Top functions by own time (per {unit})",
        sorted(stats.items(), key=lambda item: -item[1][2])[:25],
        per,
    )
    ours = [item for item in stats.items() if _library(item[0]) == "poe_sdk"]
    lines += _function_table(
        f"poe-sdk functions by cumulative time (per {unit})",
        sorted(ours, key=lambda item: -item[1][3])[:20],
        per,
    )
    return "\n".join(lines)


def _function_table(title: str, rows: Iterable[tuple[Key, Any]], per: float) -> list[str]:
    lines = [
        "",
        f"{title}:",
        "",
        "| own µs | cum µs | calls | function |",
        "|---:|---:|---:|---|",
    ]
    for key, (_, calls, own, cumulative, _) in rows:
        lines.append(
            f"| {own * per:,.2f} | {cumulative * per:,.2f} | {calls * per / 1e6:,.2f} | "
            f"`{_short(key)}` |"
        )
    return lines


def _save(profile: cProfile.Profile, name: str) -> None:
    OUT_DIR.mkdir(exist_ok=True)
    profile.dump_stats(OUT_DIR / f"{name}.prof")


# --- the profiled workloads ----------------------------------------------------------------


def profile_async(base_url: str, requests: int, chunks: int) -> list[str]:
    """Per-request and per-chunk profiles of ``AsyncPoeClient`` (also at 64 in flight)."""
    import asyncio

    from poe_sdk import AsyncPoeClient

    request_profile = cProfile.Profile()
    stream_profile = cProfile.Profile()
    concurrent_profile = cProfile.Profile()
    workers, per_worker = 64, max(2, requests // 256)

    async def work() -> None:
        async with AsyncPoeClient(api_key=API_KEY, base_url=base_url) as client:
            create = client.chat.completions.create
            for _ in range(20):
                await create(model=MODEL, messages=MESSAGES, max_tokens=REPLY_TOKENS)
            async with await create(
                model=MODEL, messages=MESSAGES, max_tokens=200, stream=True
            ) as warm:
                async for _ in warm:
                    pass
            request_profile.enable()
            for _ in range(requests):
                await create(model=MODEL, messages=MESSAGES, max_tokens=REPLY_TOKENS)
            request_profile.disable()
            stream_profile.enable()
            stream = await create(model=MODEL, messages=MESSAGES, max_tokens=chunks, stream=True)
            async with stream:
                async for _ in stream:
                    pass
            stream_profile.disable()

            async def worker() -> None:
                for _ in range(per_worker):
                    await create(model=MODEL, messages=MESSAGES, max_tokens=REPLY_TOKENS)

            await asyncio.gather(*(worker() for _ in range(workers)))  # open 64 connections
            concurrent_profile.enable()
            await asyncio.gather(*(worker() for _ in range(workers)))
            concurrent_profile.disable()

    run_async(work())
    _save(request_profile, "async-requests")
    _save(stream_profile, "async-stream")
    _save(concurrent_profile, "async-64-concurrent")
    return [
        summarize(request_profile, requests, "request", "AsyncPoeClient: non-streaming requests"),
        summarize(stream_profile, chunks, "chunk", f"AsyncPoeClient: one stream of {chunks:,}"),
        summarize(
            concurrent_profile,
            workers * per_worker,
            "request",
            f"AsyncPoeClient: {workers} concurrent requests",
        ),
    ]


def _loop_profile(client: Any, profile: cProfile.Profile, enable: bool) -> bool:
    """Switch ``profile`` on or off inside the sync client's loop thread (private API)."""
    runner = getattr(client, "_runner", None)
    if runner is None or not hasattr(runner, "run"):
        return False

    async def switch() -> None:
        if enable:
            profile.enable()
        else:
            profile.disable()

    runner.run(switch)
    return True


def profile_sync(base_url: str, requests: int, chunks: int) -> list[str]:
    """Per-request and per-chunk CPU profiles of ``PoeClient``, both of its threads."""
    from poe_sdk import PoeClient

    sections = []
    with PoeClient(api_key=API_KEY, base_url=base_url) as client:
        create = client.chat.completions.create
        for _ in range(20):
            create(model=MODEL, messages=MESSAGES, max_tokens=REPLY_TOKENS)
        with create(model=MODEL, messages=MESSAGES, max_tokens=200, stream=True) as warm:
            for _ in warm:
                pass

        def measured(name: str, operations: int, unit: str, body: Callable[[], None]) -> None:
            # The wall clock: time.thread_time is a real system call here (~µs), and would
            # swamp the loop thread's thousand calls per request.
            caller = cProfile.Profile()
            loop = cProfile.Profile()
            in_loop = _loop_profile(client, loop, enable=True)
            caller.enable()
            body()
            caller.disable()
            if in_loop:
                _loop_profile(client, loop, enable=False)
            _save(caller, f"sync-{name}-caller")
            sections.append(
                summarize(caller, operations, unit, f"PoeClient {name}: calling thread")
            )
            if in_loop:
                _save(loop, f"sync-{name}-loop")
                sections.append(summarize(loop, operations, unit, f"PoeClient {name}: loop thread"))

        def requests_body() -> None:
            for _ in range(requests):
                create(model=MODEL, messages=MESSAGES, max_tokens=REPLY_TOKENS)

        def stream_body() -> None:
            with create(model=MODEL, messages=MESSAGES, max_tokens=chunks, stream=True) as s:
                for _ in s:
                    pass

        measured("requests", requests, "request", requests_body)
        measured("stream", chunks, "chunk", stream_body)
    return sections


def memory_profile(base_url: str, requests: int, top: int = 15) -> str:
    """tracemalloc near the peak of ``requests`` concurrent ``AsyncPoeClient`` requests."""
    import asyncio
    import tracemalloc

    from poe_sdk import AsyncPoeClient

    snapshot: list[tracemalloc.Snapshot] = []

    async def work() -> tuple[int, int]:
        async with AsyncPoeClient(api_key=API_KEY, base_url=base_url) as client:
            create = client.chat.completions.create
            await create(model=MODEL, messages=MESSAGES, max_tokens=REPLY_TOKENS)
            tracemalloc.start()
            base, _ = tracemalloc.get_traced_memory()
            done = asyncio.Event()

            async def watch() -> None:
                best = 0
                while not done.is_set():
                    current, _ = tracemalloc.get_traced_memory()
                    if current > best * 1.1:
                        best = current
                        snapshot[:] = [tracemalloc.take_snapshot()]
                    await asyncio.sleep(0.002)

            watcher = asyncio.ensure_future(watch())
            calls = (
                create(model=MODEL, messages=MESSAGES, max_tokens=REPLY_TOKENS)
                for _ in range(requests)
            )
            await asyncio.gather(*calls)
            done.set()
            await watcher
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            return base, peak

    base, peak = run_async(work())
    lines = [
        f"### Memory at {requests:,} concurrent requests (`tracemalloc`, AsyncPoeClient)",
        "",
        f"Python-level peak {(peak - base) / 2**20:.1f} MB above the warmed-up client "
        f"({(peak - base) / requests / 1024:.1f} kB per request in flight); the snapshot below "
        "was taken near that peak (kernel socket buffers and the allocator's slack are not "
        "counted).",
        "",
        "| Library | kB per request | share |",
        "|---|---:|---:|",
    ]
    if not snapshot:
        return "\n".join(lines)
    stats = snapshot[0].statistics("lineno")
    total = sum(stat.size for stat in stats) or 1
    by_library: dict[str, int] = defaultdict(int)
    for stat in stats:
        frame = stat.traceback[0]
        by_library[_library((frame.filename, frame.lineno, ""))] += stat.size
    for library, size in sorted(by_library.items(), key=lambda item: -item[1])[:10]:
        lines.append(f"| {library} | {size / requests / 1024:.2f} | {size / total:.0%} |")
    lines += ["", "| kB per request | allocated at |", "|---:|---|"]
    for stat in stats[:top]:
        frame = stat.traceback[0]
        where = _short((frame.filename, frame.lineno, ""))
        lines.append(f"| {stat.size / requests / 1024:.2f} | `{where}` |")
    return "\n".join(lines)


def import_profile(statement: str = "from poe_sdk import AsyncPoeClient", top: int = 15) -> str:
    """``-X importtime`` of ``statement`` in a fresh process: the costliest modules."""
    command = [sys.executable, "-X", "importtime", "-c", statement]
    with tempfile.TemporaryDirectory() as cwd:
        env = child_env()
        subprocess.run(command, cwd=cwd, env=env, capture_output=True, check=True)  # fill .pyc
        done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=True)
    rows = []
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if match:
            own, cumulative, indent, module = match.groups()
            rows.append((int(own), int(cumulative), len(indent), module))
    start = max((i for i, row in enumerate(rows) if row[2] == 1 and row[3] == "site"), default=-1)
    rows = rows[start + 1 :]  # what the interpreter imports at start-up comes first
    total = sum(row[1] for row in rows if row[2] == 1)
    lines = [
        f"### `{statement}`: import time by module (`-X importtime`, {total / 1000:.0f} ms)",
        "",
        "| self ms | cumulative ms | module |",
        "|---:|---:|---|",
    ]
    for own, cumulative, _, module in sorted(rows, key=lambda row: -row[0])[:top]:
        lines.append(f"| {own / 1000:.1f} | {cumulative / 1000:.1f} | `{module}` |")
    cli = [row for row in rows if row[3] == "httpx._main"]
    if cli:
        lines += [
            "",
            f"`httpx` imported its command-line tool (`httpx._main`, {cli[0][1] / 1000:.0f} ms) "
            "because click, rich and pygments are installed here (dev tooling); an environment "
            "without them skips it.",
        ]
    top_level = sorted((row for row in rows if row[2] == 1), key=lambda row: -row[1])[:8]
    lines += ["", "Top-level imports by cumulative time:", ""]
    lines += [f"- `{module}` {cumulative / 1000:.1f} ms" for _, cumulative, _, module in top_level]
    return "\n".join(lines)


def run_profile(server: BenchServer, quick: bool, log: Callable[[str], None]) -> str:
    """Every profile section as one Markdown document (also written to ``.profile/``)."""
    requests, chunks = (300, 5000) if quick else (2000, 20000)
    log(f"profiling AsyncPoeClient: {requests} requests, a {chunks}-chunk stream ...")
    sections = ["# poe-sdk profile", ""]
    sections += profile_async(server.base_url, requests, chunks)
    log(f"profiling PoeClient: {requests} requests, a {chunks}-chunk stream ...")
    sections += profile_sync(server.base_url, requests, chunks)
    log("profiling memory at 1,000 concurrent requests ...")
    sections.append(memory_profile(server.base_url, 1000))
    log("profiling imports ...")
    sections.append(import_profile())
    document = "\n\n".join(sections) + "\n"
    OUT_DIR.mkdir(exist_ok=True)
    (OUT_DIR / "profile.md").write_text(document)
    return document
