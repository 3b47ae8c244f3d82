"""The throughput scenarios: what one measured batch does, for any client adapter.

A scenario's ``workload`` runs one timed batch on a ready (warmed-up) adapter and returns the
number of operations it completed (requests or stream chunks); the harness in
:mod:`measure` times it, builds and closes the adapter, and interleaves the clients in rounds.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass

from clients import FLOOR, HTTPX, OPENAI, POE, POE_HTTPCORE, AsyncAdapter, SyncAdapter


@dataclass(frozen=True)
class Sizes:
    """How much work one batch does (``--quick`` shrinks everything)."""

    rounds: int = 5
    sequential: int = 300
    concurrency: int = 64
    per_worker: int = 3  # httpcore's pool does ~100 req/s at 64 in flight: keep it short
    per_worker16: int = 10
    per_worker256: int = 2
    many_streams: int = 256
    many_stream_chunks: int = 50
    long_stream: int = 5000
    streams: int = 32
    stream_chunks: int = 500
    sync_sequential: int = 300
    threads: int = 8
    per_thread: int = 40
    sync_stream: int = 5000
    rss_requests: int = 1000
    rss_repeats: int = 3
    import_repeats: int = 7


FULL = Sizes()
QUICK = Sizes(
    rounds=2,
    sequential=40,
    per_worker=1,
    per_worker16=3,
    per_worker256=1,
    long_stream=1000,
    stream_chunks=100,
    sync_sequential=40,
    per_thread=5,
    sync_stream=1000,
    rss_requests=1000,
    rss_repeats=1,
    import_repeats=2,
)


AsyncWork = Callable[[AsyncAdapter, Sizes], Awaitable[int]]
SyncWork = Callable[[SyncAdapter, Sizes], int]


@dataclass(frozen=True)
class Scenario:
    """One row group of the results table."""

    key: str
    title: str
    """A format string over :class:`Sizes`' fields (see :func:`describe`)."""
    unit: str
    clients: tuple[str, ...]
    workload: AsyncWork | SyncWork
    warmup: AsyncWork | SyncWork
    is_async: bool = True
    loop: str = "asyncio"
    floor: str = FLOOR


# --- async workloads -----------------------------------------------------------------------


async def _sequential(adapter: AsyncAdapter, sizes: Sizes) -> int:
    for _ in range(sizes.sequential):
        await adapter.complete()
    return sizes.sequential


async def _warm_sequential(adapter: AsyncAdapter, sizes: Sizes) -> int:
    for _ in range(10):
        await adapter.complete()
    return 10


async def _in_flight(adapter: AsyncAdapter, workers: int, each: int) -> int:
    async def worker() -> None:
        for _ in range(each):
            await adapter.complete()

    await asyncio.gather(*(worker() for _ in range(workers)))
    return workers * each


async def _concurrent(adapter: AsyncAdapter, sizes: Sizes) -> int:
    return await _in_flight(adapter, sizes.concurrency, sizes.per_worker)


async def _warm_concurrent(adapter: AsyncAdapter, sizes: Sizes) -> int:
    # Opens the pool's connections (and builds lazily built schemas).
    return await _in_flight(adapter, sizes.concurrency, 1)


async def _concurrent16(adapter: AsyncAdapter, sizes: Sizes) -> int:
    return await _in_flight(adapter, 16, sizes.per_worker16)


async def _warm_concurrent16(adapter: AsyncAdapter, sizes: Sizes) -> int:
    return await _in_flight(adapter, 16, 1)


async def _concurrent256(adapter: AsyncAdapter, sizes: Sizes) -> int:
    return await _in_flight(adapter, 256, sizes.per_worker256)


async def _warm_concurrent256(adapter: AsyncAdapter, sizes: Sizes) -> int:
    return await _in_flight(adapter, 256, 1)


async def _stream(adapter: AsyncAdapter, chunks: int) -> int:
    return _checked(await adapter.stream(chunks), chunks)


async def _long_stream(adapter: AsyncAdapter, sizes: Sizes) -> int:
    return await _stream(adapter, sizes.long_stream)


async def _warm_stream(adapter: AsyncAdapter, sizes: Sizes) -> int:
    return await _stream(adapter, 200) + await _stream(adapter, 200)


async def _concurrent_streams(adapter: AsyncAdapter, sizes: Sizes) -> int:
    counts = await asyncio.gather(
        *(_stream(adapter, sizes.stream_chunks) for _ in range(sizes.streams))
    )
    return sum(counts)


async def _warm_concurrent_streams(adapter: AsyncAdapter, sizes: Sizes) -> int:
    counts = await asyncio.gather(*(_stream(adapter, 50) for _ in range(sizes.streams)))
    return sum(counts)


async def _many_streams(adapter: AsyncAdapter, sizes: Sizes) -> int:
    counts = await asyncio.gather(
        *(_stream(adapter, sizes.many_stream_chunks) for _ in range(sizes.many_streams))
    )
    return sum(counts)


async def _warm_many_streams(adapter: AsyncAdapter, sizes: Sizes) -> int:
    counts = await asyncio.gather(*(_stream(adapter, 2) for _ in range(sizes.many_streams)))
    return sum(counts)


def _checked(received: int, expected: int) -> int:
    """A stream that lost or invented chunks would make its rate meaningless."""
    if received != expected:
        raise RuntimeError(f"stream delivered {received} chunks, expected {expected}")
    return received


# --- sync workloads ------------------------------------------------------------------------


def _sync_sequential(adapter: SyncAdapter, sizes: Sizes) -> int:
    for _ in range(sizes.sync_sequential):
        adapter.complete()
    return sizes.sync_sequential


def _sync_warm(adapter: SyncAdapter, sizes: Sizes) -> int:
    for _ in range(10):
        adapter.complete()
    return 10


def _threads(adapter: SyncAdapter, sizes: Sizes) -> int:
    def worker(_: int) -> int:
        for _ in range(sizes.per_thread):
            adapter.complete()
        return sizes.per_thread

    with ThreadPoolExecutor(sizes.threads) as pool:
        return sum(pool.map(worker, range(sizes.threads)))


def _threads_warm(adapter: SyncAdapter, sizes: Sizes) -> int:
    def worker(_: int) -> int:
        adapter.complete()
        adapter.complete()
        return 2

    with ThreadPoolExecutor(sizes.threads) as pool:
        return sum(pool.map(worker, range(sizes.threads)))


def _sync_stream(adapter: SyncAdapter, sizes: Sizes) -> int:
    return _checked(adapter.stream(sizes.sync_stream), sizes.sync_stream)


def _sync_stream_warm(adapter: SyncAdapter, sizes: Sizes) -> int:
    return _checked(adapter.stream(200) + adapter.stream(200), 400)


# --- the scenarios -------------------------------------------------------------------------

_SDKS = (POE, OPENAI, HTTPX)
_WITH_HTTPCORE = (POE, OPENAI, HTTPX, POE_HTTPCORE)

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "seq",
        "async sequential requests ({sequential}/batch)",
        "req/s",
        _WITH_HTTPCORE,
        _sequential,
        _warm_sequential,
    ),
    Scenario(
        "conc16",
        "async 16 concurrent requests ({concurrent16_batch}/batch)",
        "req/s",
        _WITH_HTTPCORE,
        _concurrent16,
        _warm_concurrent16,
    ),
    Scenario(
        "conc64",
        "async {concurrency} concurrent requests, asyncio ({concurrent_batch}/batch)",
        "req/s",
        _WITH_HTTPCORE,
        _concurrent,
        _warm_concurrent,
    ),
    Scenario(
        "conc64_uvloop",
        "async {concurrency} concurrent requests, uvloop ({concurrent_batch}/batch)",
        "req/s",
        _SDKS,
        _concurrent,
        _warm_concurrent,
        loop="uvloop",
    ),
    Scenario(
        "conc256",
        "async 256 concurrent requests ({concurrent256_batch}/batch)",
        "req/s",
        _WITH_HTTPCORE,
        _concurrent256,
        _warm_concurrent256,
    ),
    Scenario(
        "stream1",
        "async 1 stream x {long_stream:,} chunks",
        "chunks/s",
        _SDKS,
        _long_stream,
        _warm_stream,
    ),
    Scenario(
        "stream32",
        "async {streams} concurrent streams x {stream_chunks:,} chunks",
        "chunks/s",
        _SDKS,
        _concurrent_streams,
        _warm_concurrent_streams,
    ),
    Scenario(
        "stream256",
        "async {many_streams} concurrent streams x {many_stream_chunks} chunks",
        "chunks/s",
        _WITH_HTTPCORE,
        _many_streams,
        _warm_many_streams,
    ),
    Scenario(
        "sync_seq",
        "sync sequential requests ({sync_sequential}/batch)",
        "req/s",
        _WITH_HTTPCORE,
        _sync_sequential,
        _sync_warm,
        is_async=False,
    ),
    Scenario(
        "sync_threads",
        "sync {threads} threads sharing one client ({threads_batch}/batch)",
        "req/s",
        _WITH_HTTPCORE,
        _threads,
        _threads_warm,
        is_async=False,
    ),
    Scenario(
        "sync_stream",
        "sync 1 stream x {sync_stream:,} chunks",
        "chunks/s",
        _SDKS,
        _sync_stream,
        _sync_stream_warm,
        is_async=False,
    ),
)
"""Every throughput scenario, in table order."""


def describe(scenario: Scenario, sizes: Sizes) -> str:
    """The scenario's title filled in with this run's sizes (``--quick`` shrinks them)."""
    return scenario.title.format(
        **asdict(sizes),
        concurrent_batch=sizes.concurrency * sizes.per_worker,
        concurrent16_batch=16 * sizes.per_worker16,
        concurrent256_batch=256 * sizes.per_worker256,
        threads_batch=sizes.threads * sizes.per_thread,
    )
