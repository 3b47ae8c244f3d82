"""Cold import time and peak memory, each measured in fresh processes.

- Import time: ``python -c`` times one import statement with :func:`time.perf_counter` inside
  a new interpreter (interpreter start-up excluded). Statements take turns, like the clients
  of a throughput round.
- Bytecode: every child runs with ``PYTHONPYCACHEPREFIX=bench/.profile/pycache`` and bytecode
  writing on, and an untimed first run fills that cache, so every library is imported from
  ``.pyc`` as after a ``pip install``. (Without this, ``PYTHONDONTWRITEBYTECODE=1`` and an
  editable install would make poe-sdk, alone, compile its sources in every process.)
- Peak RSS: a child process (``python bench/footprint.py rss CLIENT BASE_URL N``) imports one
  async client, sends ``N`` concurrent non-streaming requests on it, and reports its
  ``VmHWM``: the high-water mark of the whole process, libraries included.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PYCACHE = BENCH_DIR / ".profile" / "pycache"

IMPORTS: tuple[tuple[str, str], ...] = (
    ("poe-sdk", "import poe_sdk"),
    ("poe-sdk", "from poe_sdk import AsyncPoeClient"),
    ("openai", "import openai"),
    ("openai", "from openai import AsyncOpenAI"),
    ("httpx", "import httpx"),
)
"""(library, statement) pairs timed by :func:`import_times`."""

RSS_CLIENTS = ("poe-sdk", "openai", "httpx")

_TIMER = (
    "import time\nstart = time.perf_counter()\n{statement}\nprint(time.perf_counter() - start)\n"
)


@dataclass
class Timing:
    """Repeated measurements of one thing (seconds or kilobytes)."""

    label: str
    values: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        """The median value (0 without measurements)."""
        return statistics.median(self.values) if self.values else 0.0


def child_env() -> dict[str, str]:
    """The environment of measured children: one shared bytecode cache, written to."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPATH", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def _python(code: str) -> str:
    """Run ``code`` in a fresh interpreter outside the repository; its stdout."""
    with tempfile.TemporaryDirectory() as cwd:
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=cwd,
            env=child_env(),
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
    return done.stdout


def import_times(repeats: int, log: Callable[[str], None]) -> dict[str, Timing]:
    """Median wall time of each import statement, in fresh processes, interleaved."""
    timings = {statement: Timing(statement) for _, statement in IMPORTS}
    for _, statement in IMPORTS:  # compile bytecode caches once, untimed
        _python(statement)
    for _ in range(repeats):
        for _, statement in IMPORTS:
            timings[statement].values.append(float(_python(_TIMER.format(statement=statement))))
    for timing in timings.values():
        log(f"    {timing.label:<40} {timing.median * 1000:8.1f} ms")
    return timings


def peak_rss(
    base_url: str, requests: int, repeats: int, log: Callable[[str], None]
) -> dict[str, Timing]:
    """Peak RSS (kB) of a fresh process per client running ``requests`` concurrent requests."""
    timings = {name: Timing(name) for name in RSS_CLIENTS}
    baselines = {name: Timing(name) for name in RSS_CLIENTS}
    command = [sys.executable, str(BENCH_DIR / "footprint.py"), "rss"]
    for repeat in range(repeats + 1):  # the first, untimed round fills the bytecode cache
        for name in RSS_CLIENTS:
            done = subprocess.run(
                [*command, name, base_url, str(requests if repeat else 1)],
                env=child_env(),
                capture_output=True,
                text=True,
                check=True,
                timeout=300,
            )
            if not repeat:
                continue
            report = json.loads(done.stdout)
            timings[name].values.append(report["peak_kb"])
            baselines[name].values.append(report["ready_kb"])
    for name in RSS_CLIENTS:
        log(
            f"    {name:<16} peak {timings[name].median / 1024:7.1f} MB "
            f"(ready: {baselines[name].median / 1024:.1f} MB)"
        )
    for name, timing in baselines.items():
        timings[f"{name} (ready)"] = timing
    return timings


def _current_rss_kb() -> float:
    import resource

    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return pages * resource.getpagesize() / 1024


def _rss_child(client: str, base_url: str, requests: int) -> None:
    """The child: one client, ``requests`` concurrent requests, print the memory report."""
    import asyncio

    from clients import ASYNC_CLIENTS

    async def main() -> float:
        adapter = ASYNC_CLIENTS[client](base_url)
        ready = _current_rss_kb()
        try:
            replies = await asyncio.gather(*(adapter.complete() for _ in range(requests)))
        finally:
            await adapter.aclose()
        if not all(replies):
            raise RuntimeError("a request returned no text")
        return ready

    ready = asyncio.run(main())
    print(json.dumps({"peak_kb": _peak_rss_kb(), "ready_kb": ready}))


def _peak_rss_kb() -> float:
    """This process's own high-water mark (``VmHWM``). Not ``ru_maxrss``: Linux carries it
    over ``fork`` + ``exec``, so a child reports at least its parent's RSS at the fork (the
    benchmark's ~100 MB after the throughput scenarios, whatever the client)."""
    import resource

    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1])
    except OSError:
        pass
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # kB on Linux


if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] != "rss":
        sys.exit("usage: footprint.py rss CLIENT BASE_URL REQUESTS")
    _rss_child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
