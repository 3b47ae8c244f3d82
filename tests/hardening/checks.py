"""Leak checks shared by the hardening tests: pool, tasks, loop threads, bounded calls."""

from __future__ import annotations

import asyncio
import concurrent.futures
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
import httpx

from poe_sdk import AsyncPoeClient, PoeClient, RetryPolicy
from poe_sdk._http.aiohttp_transport import AiohttpTransport
from poe_sdk._http.pools import current_loop

# Shared with the other tests, and imported from here by the hardening tests.
from support import MODEL as MODEL
from support import loop_threads as loop_threads
from support import user as user

T = TypeVar("T")

KEY = "sk-hardening-secret-0123456789abcdef"
FAST = RetryPolicy(initial_delay=0.01, max_delay=0.05, jitter=0.0)
"""Two retries, 10 ms then 20 ms apart: fault tests measure outcomes, not backoff."""
SHORT = httpx.Timeout(0.3, connect=1.0)
"""Short read/write/pool timeouts so a server that never answers fails fast."""
STEADY = httpx.Timeout(5.0, connect=2.0)
"""The clients' default here: no normal reply times out on a loaded 2-core machine. Tests of
silence pass SHORT (or shorter) themselves."""


def async_client(base_url: str, **options: Any) -> AsyncPoeClient:
    options.setdefault("retry_policy", FAST)
    options.setdefault("timeout", STEADY)
    options.setdefault("strict_replies", True)  # the test servers speak the spec exactly
    return AsyncPoeClient(api_key=KEY, base_url=base_url, **options)


def sync_client(base_url: str, **options: Any) -> PoeClient:
    options.setdefault("retry_policy", FAST)
    options.setdefault("timeout", STEADY)
    options.setdefault("strict_replies", True)  # the test servers speak the spec exactly
    return PoeClient(api_key=KEY, base_url=base_url, **options)


# -- the connection pool -------------------------------------------------------------------


# White-box on purpose: whether a connection is still checked out of the pool, or a request
# still queued in it, after a cancelled or failed call is the leak these checks catch at once;
# a server sees such a connection only as open, like an idle kept-alive one.


def pool_of(client: AsyncPoeClient) -> Any | None:
    """The transport behind ``client`` on the running loop: httpcore's pool (trio, or a
    passed ``http_client``) or the aiohttp transport (asyncio); ``None`` before the first
    request on this loop."""
    slot = client._http
    if slot.owned:
        pool = slot._pools.get(current_loop())
        http: httpx.AsyncClient | None = None if pool is None else pool[0]
    else:
        http = slot._client
    if http is None:
        return None
    transport = http._transport  # type: ignore[attr-defined]
    return transport if isinstance(transport, AiohttpTransport) else transport._pool


def pool_problems(client: AsyncPoeClient) -> list[str]:
    """What is checked out of the pool: queued requests and connections in use."""
    pool = pool_of(client)
    if pool is None:
        return []
    if isinstance(pool, AiohttpTransport):
        return pool.checked_out()
    problems = [f"queued request {r!r}" for r in pool._requests]
    problems += [
        f"busy connection {c!r}" for c in pool.connections if not (c.is_idle() or c.is_closed())
    ]
    return problems


async def assert_pool_clean(client: AsyncPoeClient, wait: float = 1.0) -> None:
    """No request is queued and no connection is checked out (waits up to ``wait``)."""
    deadline = time.monotonic() + wait
    while (problems := pool_problems(client)) and time.monotonic() < deadline:  # noqa: ASYNC110
        await anyio.sleep(0.01)
    assert not problems, problems


def assert_sync_pool_clean(client: PoeClient, wait: float = 1.0) -> None:
    """The same check for the sync facade, on its one loop if it is open (run there through
    the facade's runner: the pool belongs to that loop)."""

    async def check() -> None:
        await assert_pool_clean(client._async, wait)

    if client._runner.open:
        client._runner.run(check)


# -- tasks ---------------------------------------------------------------------------------


def task_count() -> int:
    """Tasks alive on the running event loop (asyncio or trio)."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        trio = sys.modules["trio"]
        stack = [trio.lowlevel.current_root_task()]
        count = 0
        while stack:
            task = stack.pop()
            count += 1
            for nursery in task.child_nurseries:
                stack.extend(nursery.child_tasks)
        return count
    return len([t for t in asyncio.all_tasks(loop) if not t.done()])


async def assert_tasks_back_to(baseline: int, wait: float = 1.0) -> None:
    deadline = time.monotonic() + wait
    while task_count() > baseline and time.monotonic() < deadline:  # noqa: ASYNC110
        await anyio.sleep(0.01)
    assert task_count() <= baseline, f"{task_count()} tasks alive, {baseline} before"


async def eventually(condition: Callable[[], bool], wait: float = 3.0) -> bool:
    """Poll ``condition`` on the event loop until it holds or ``wait`` seconds pass."""
    deadline = time.monotonic() + wait
    while not condition():
        if time.monotonic() >= deadline:
            return False
        await anyio.sleep(0.01)
    return True


# -- threads -------------------------------------------------------------------------------


def connections_left_open(server: Any, wait: float = 3.0) -> int:
    """Connections a raw server (``raw_servers.RawServer``) still holds open after up to
    ``wait`` seconds."""

    def count() -> int:
        with server._lock:
            return len(server._open)

    deadline = time.monotonic() + wait
    while count() and time.monotonic() < deadline:
        time.sleep(0.02)
    return count()


def run_in_threads(target: Callable[[int], object], count: int, timeout: float) -> None:
    """Run ``target(0)`` ... ``target(count - 1)`` in threads at once; fail if one hangs."""
    workers = [threading.Thread(target=target, args=(index,)) for index in range(count)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join(timeout)
    assert not any(thread.is_alive() for thread in workers), "a caller hung"


def run_script(script: str, base_url: str) -> subprocess.CompletedProcess[str]:
    """Run a Python ``script`` (given ``base_url`` as ``sys.argv[1]``) in a fresh interpreter
    that turns every warning into an error but those pyproject.toml's pytest filters ignore
    too (under trio, httpx's and httpcore's body iterators closed before their end, which trio
    then closes itself); its exit code and output."""
    return subprocess.run(
        [
            sys.executable,
            "-W",
            "error",
            "-W",
            "ignore:Async generator 'httpx.:ResourceWarning",
            "-W",
            "ignore:Async generator 'httpcore.:ResourceWarning",
            "-c",
            script,
            base_url,
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )


def wait_loop_threads(baseline: int, wait: float = 5.0) -> int:
    deadline = time.monotonic() + wait
    while len(loop_threads()) > baseline and time.monotonic() < deadline:
        time.sleep(0.01)
    return len(loop_threads())


def bounded(func: Callable[[], T], seconds: float, on_timeout: Callable[[], object]) -> T:
    """Run a blocking ``func`` in a worker thread; fail (after ``on_timeout``) if it hangs."""
    pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="bounded")
    future = pool.submit(func)
    try:
        return future.result(timeout=seconds)
    except concurrent.futures.TimeoutError:
        on_timeout()
        raise AssertionError(f"the call hung for more than {seconds}s") from None
    finally:
        pool.shutdown(wait=False)


# -- memory ---------------------------------------------------------------------------------


class TracedPeak:
    """The peak of Python's traced heap inside the block, above its level at the start.

    tracemalloc counts every allocation exactly (the local server's, in this process, too),
    unlike RSS, which a previous test's freed but retained memory hides.
    """

    def __init__(self) -> None:
        self.delta = 0

    def __enter__(self) -> TracedPeak:
        tracemalloc.start()
        self._start = tracemalloc.get_traced_memory()[0]
        return self

    def __exit__(self, *exc: object) -> None:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        self.delta = peak - self._start
