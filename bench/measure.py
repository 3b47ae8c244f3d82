"""The harness: the bench server's lifetime, timed batches, and rounds of interleaved clients.

Each batch builds a fresh client (in a fresh event loop for async clients), warms it up
(connections opened, lazy schemas built), runs the scenario's workload under
:func:`time.perf_counter`, and closes it. Clients take turns within a round (A B C, then
B C A, ...) so that drift of the machine hits every client alike; the median of the rounds
is reported.
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from clients import ASYNC_CLIENTS, SYNC_CLIENTS, AsyncAdapter, SyncAdapter
from loops import run_async
from scenarios import Scenario, Sizes

BENCH_DIR = Path(__file__).resolve().parent
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass
class BenchServer:
    """A running ``server.py`` child process."""

    process: subprocess.Popen[str]
    port: int

    @property
    def base_url(self) -> str:
        """What clients take as ``base_url``."""
        return f"http://127.0.0.1:{self.port}/v1"

    def cpu_seconds(self) -> float | None:
        """The server's user+system CPU time so far (Linux ``/proc``), else ``None``."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / _TICKS


@contextmanager
def bench_server(max_seconds: float = 3600.0) -> Iterator[BenchServer]:
    """Start the bench server in its own process; stop it on exit (closing its stdin)."""
    process = subprocess.Popen(
        [sys.executable, str(BENCH_DIR / "server.py"), "--max-seconds", str(max_seconds)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"the bench server did not start (it said {line!r})")
        yield BenchServer(process, int(line.split()[1]))
    finally:
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.terminate()
            process.wait(timeout=5)


@dataclass
class Sample:
    """One timed batch."""

    rate: float
    """Operations per second (wall clock)."""
    cpu_per_op: float
    """CPU seconds of the client process (all its threads) per operation."""
    server_cpu: float | None
    """The server's CPU seconds per wall second (share of one core)."""


@dataclass
class Result:
    """Every batch of one client in one scenario."""

    client: str
    samples: list[Sample] = field(default_factory=list)
    error: str | None = None

    @property
    def rates(self) -> list[float]:
        """Operations per second of each batch."""
        return [s.rate for s in self.samples]

    @property
    def median(self) -> float:
        """The median rate (0 when every batch failed)."""
        return statistics.median(self.rates) if self.samples else 0.0

    @property
    def cpu_per_op(self) -> float:
        """The median client CPU seconds per operation (0 when every batch failed)."""
        return statistics.median(s.cpu_per_op for s in self.samples) if self.samples else 0.0

    @property
    def server_load(self) -> float | None:
        """Median share of one core the server used during the batches."""
        loads = [s.server_cpu for s in self.samples if s.server_cpu is not None]
        return statistics.median(loads) if loads else None


class _Timer:
    """Wall and CPU time of the timed section, and the server's CPU share during it."""

    def __init__(self, server: BenchServer) -> None:
        self._server = server
        self._start = self._own_cpu = self._server_cpu = 0.0
        self._server_known = False

    def start(self) -> None:
        gc.collect()
        server_cpu = self._server.cpu_seconds()
        self._server_known = server_cpu is not None
        self._server_cpu = server_cpu or 0.0
        self._own_cpu = time.process_time()
        self._start = time.perf_counter()

    def sample(self, ops: int) -> Sample:
        elapsed = time.perf_counter() - self._start
        own_cpu = time.process_time() - self._own_cpu
        server_cpu = self._server.cpu_seconds()
        load = None
        if self._server_known and server_cpu is not None:
            load = (server_cpu - self._server_cpu) / elapsed
        return Sample(ops / elapsed, own_cpu / ops, load)


def _async_batch(
    factory: Callable[[str], AsyncAdapter], scenario: Scenario, sizes: Sizes, server: BenchServer
) -> Sample:
    timer = _Timer(server)

    async def batch() -> Sample:
        adapter = factory(server.base_url)
        try:
            await scenario.warmup(adapter, sizes)  # type: ignore[arg-type,misc]
            timer.start()
            ops: int = await scenario.workload(adapter, sizes)  # type: ignore[arg-type,misc]
            return timer.sample(ops)
        finally:
            await adapter.aclose()

    return run_async(batch(), scenario.loop)


def _sync_batch(
    factory: Callable[[str], SyncAdapter], scenario: Scenario, sizes: Sizes, server: BenchServer
) -> Sample:
    timer = _Timer(server)
    adapter = factory(server.base_url)
    try:
        scenario.warmup(adapter, sizes)  # type: ignore[arg-type]
        timer.start()
        ops: int = scenario.workload(adapter, sizes)  # type: ignore[arg-type,assignment]
        return timer.sample(ops)
    finally:
        adapter.close()


def measure_once(scenario: Scenario, client: str, sizes: Sizes, server: BenchServer) -> Sample:
    """Run one warmed-up, timed batch of ``client`` in ``scenario``."""
    if scenario.is_async:
        return _async_batch(ASYNC_CLIENTS[client], scenario, sizes, server)
    return _sync_batch(SYNC_CLIENTS[client], scenario, sizes, server)


def run_scenario(
    scenario: Scenario,
    clients: tuple[str, ...],
    sizes: Sizes,
    server: BenchServer,
    log: Callable[[str], None],
) -> dict[str, Result]:
    """Run ``sizes.rounds`` rounds of every client, rotating the order each round."""
    results = {name: Result(name) for name in clients}
    for round_index in range(sizes.rounds):
        shift = round_index % len(clients)
        for name in clients[shift:] + clients[:shift]:
            result = results[name]
            if result.error is not None:
                continue
            try:
                result.samples.append(measure_once(scenario, name, sizes, server))
            except Exception as exc:  # a broken client is reported, not fatal
                result.error = f"{type(exc).__name__}: {exc}"
                log(f"    {name}: FAILED {result.error}")
    for result in results.values():
        if result.samples:
            log(
                f"    {result.client:<16} {result.median:>12,.0f} {scenario.unit}"
                f"  ({result.cpu_per_op * 1e6:,.1f} µs CPU/op)"
            )
    return results
