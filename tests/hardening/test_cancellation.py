"""Cancelling a request or a stream closes its connection, and the client stays usable.

The servers are raw sockets whose scripts watch for the client's EOF, so each test checks
the disconnect from the server's side, not just the client's. After each cancellation the
pool has nothing checked out, no task is left behind, and a next call succeeds.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
import time
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest

import poe_sdk
from poe_sdk import AsyncPoeClient, PoeClient

from . import raw_servers as raw
from .checks import (
    MODEL,
    assert_pool_clean,
    assert_sync_pool_clean,
    assert_tasks_back_to,
    async_client,
    eventually,
    loop_threads,
    sync_client,
    task_count,
    user,
    wait_loop_threads,
)

PATIENT = httpx.Timeout(30.0, connect=5.0)  # no timeout fires before the cancellation

asyncio_only = pytest.mark.parametrize("anyio_backend", ["asyncio"])


async def _still_usable(client: AsyncPoeClient) -> None:
    with anyio.fail_after(5):
        reply = await client.chat.completions.create(model=MODEL, messages=user("after"))
    assert reply.choices[0].message.content == "Echo: after"
    await assert_pool_clean(client)


async def _open_stream(client: AsyncPoeClient) -> poe_sdk.AsyncStream[Any]:
    return await client.chat.completions.create(model=MODEL, messages=user("x"), stream=True)


# -- async: anyio cancel scopes (asyncio and trio) ------------------------------------------


@pytest.mark.anyio
async def test_cancel_scope_cancels_a_request() -> None:
    with raw.api_server(raw.first(1, raw.no_answer)) as server:
        client = async_client(server.base_url, timeout=PATIENT)
        baseline = task_count()
        with anyio.move_on_after(0.2) as scope:
            await client.chat.completions.create(model=MODEL, messages=user("x"))
        assert scope.cancelled_caught
        assert await eventually(lambda: server.saw_disconnect(0))
        await assert_pool_clean(client)
        await _still_usable(client)
        await client.close()
        await assert_tasks_back_to(baseline)


@pytest.mark.anyio
async def test_fail_after_around_a_request_raises_timeout_error() -> None:
    with raw.api_server(raw.first(1, raw.no_answer)) as server:
        client = async_client(server.base_url, timeout=PATIENT)
        started = time.monotonic()
        with pytest.raises(TimeoutError), anyio.fail_after(0.2):
            await client.chat.completions.create(model=MODEL, messages=user("x"))
        assert time.monotonic() - started < 2
        assert await eventually(lambda: server.saw_disconnect(0))
        await _still_usable(client)
        await client.close()


@pytest.mark.anyio
async def test_fail_after_around_a_stalled_stream() -> None:
    with raw.api_server(raw.first(1, raw.stall_mid_stream)) as server:
        client = async_client(server.base_url, timeout=PATIENT)
        baseline = task_count()
        chunks = []
        with pytest.raises(TimeoutError), anyio.fail_after(0.3):
            stream = await _open_stream(client)
            async with stream:
                async for chunk in stream:
                    chunks.append(chunk)
        assert len(chunks) == 1
        assert await eventually(lambda: server.saw_disconnect(0))
        await _still_usable(client)
        await client.close()
        await assert_tasks_back_to(baseline)


@pytest.mark.anyio
async def test_another_task_cancels_a_stream_mid_way() -> None:
    with raw.api_server(raw.first(1, raw.trickle_stream)) as server:
        client = async_client(server.base_url, timeout=PATIENT)
        baseline = task_count()
        received: list[str] = []
        got_some = anyio.Event()

        async def consume() -> None:
            async with await _open_stream(client) as stream:
                async for text in stream.text_deltas():
                    received.append(text)
                    if len(received) == 3:
                        got_some.set()

        with anyio.fail_after(5):
            async with anyio.create_task_group() as group:
                group.start_soon(consume)
                await got_some.wait()
                group.cancel_scope.cancel()
        assert 3 <= len(received) < 500
        assert await eventually(lambda: server.saw_disconnect(0))
        await _still_usable(client)
        await client.close()
        await assert_tasks_back_to(baseline)


@pytest.mark.anyio
async def test_breaking_out_of_a_stream_closes_its_connection() -> None:
    with raw.api_server(raw.first(1, raw.trickle_stream)) as server:
        client = async_client(server.base_url, timeout=PATIENT)
        with anyio.fail_after(5):
            async with await _open_stream(client) as stream:
                async for chunk in stream:
                    if chunk.choices[0].delta.content == "2 ":
                        break
            assert not stream.completed
        assert await eventually(lambda: server.saw_disconnect(0))
        await _still_usable(client)
        await client.close()


@pytest.mark.anyio
async def test_cancel_during_the_retry_sleep() -> None:
    def busy(conn: raw.Conn, request: raw.RawRequest) -> bool:
        return conn.send_response(
            503, b'{"error": {"message": "busy"}}', headers={"retry-after": "5"}
        )

    with raw.api_server(raw.first(1, busy)) as server:
        client = async_client(server.base_url, timeout=PATIENT)
        baseline = task_count()
        started = time.monotonic()
        with anyio.move_on_after(0.3) as scope:
            await client.chat.completions.create(model=MODEL, messages=user("x"))
        assert scope.cancelled_caught
        assert time.monotonic() - started < 2  # the 5 s server-directed wait was cut short
        assert len(server.requests) == 1
        await assert_pool_clean(client)
        await _still_usable(client)
        await client.close()
        await assert_tasks_back_to(baseline)


@pytest.mark.anyio
async def test_cancel_while_queued_for_a_pool_connection() -> None:
    with raw.api_server(raw.first(1, raw.no_answer)) as server:
        http = httpx.AsyncClient(limits=httpx.Limits(max_connections=1))
        client = async_client(server.base_url, timeout=PATIENT, http_client=http)
        pool = http._transport._pool  # type: ignore[attr-defined]
        with anyio.fail_after(5):
            async with anyio.create_task_group() as group:
                for _ in range(2):  # the first holds the only connection, the second queues
                    group.start_soon(
                        lambda: client.chat.completions.create(model=MODEL, messages=user("x"))
                    )
                assert await eventually(lambda: len(pool._requests) == 2)
                assert await eventually(lambda: len(server.requests) == 1)  # sent, unanswered
                group.cancel_scope.cancel()
        assert pool._requests == []
        assert await eventually(lambda: server.saw_disconnect(0))
        await _still_usable(client)
        await client.close()


# -- async: asyncio's own cancellation -----------------------------------------------------


@asyncio_only
@pytest.mark.anyio
async def test_asyncio_task_cancel_mid_request() -> None:
    with raw.api_server(raw.first(1, raw.no_answer)) as server:
        client = async_client(server.base_url, timeout=PATIENT)
        baseline = task_count()
        task = asyncio.ensure_future(
            client.chat.completions.create(model=MODEL, messages=user("x"))
        )
        assert await eventually(lambda: len(server.requests) == 1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert await eventually(lambda: server.saw_disconnect(0))
        await _still_usable(client)
        await client.close()
        await assert_tasks_back_to(baseline)


@asyncio_only
@pytest.mark.anyio
async def test_asyncio_task_cancel_mid_stream() -> None:
    with raw.api_server(raw.first(1, raw.trickle_stream)) as server:
        client = async_client(server.base_url, timeout=PATIENT)
        baseline = task_count()
        received: list[str] = []

        async def consume() -> None:
            async with await _open_stream(client) as stream:
                async for text in stream.text_deltas():
                    received.append(text)

        task = asyncio.ensure_future(consume())
        assert await eventually(lambda: len(received) >= 3)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert await eventually(lambda: server.saw_disconnect(0))
        await _still_usable(client)
        await client.close()
        await assert_tasks_back_to(baseline)


@asyncio_only
@pytest.mark.anyio
async def test_asyncio_wait_for_around_a_stalled_stream() -> None:
    with raw.api_server(raw.first(1, raw.stall_mid_stream)) as server:
        client = async_client(server.base_url, timeout=PATIENT)
        baseline = task_count()

        async def consume() -> None:
            async with await _open_stream(client) as stream:
                async for _ in stream:
                    pass

        # asyncio.TimeoutError: on Python 3.10 not yet the builtin TimeoutError.
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(consume(), 0.3)
        assert await eventually(lambda: server.saw_disconnect(0))
        await _still_usable(client)
        await client.close()
        await assert_tasks_back_to(baseline)


# -- the sync facade: Ctrl-C ---------------------------------------------------------------


@contextlib.contextmanager
def ctrl_c_after(delay: float) -> Iterator[None]:
    """Send SIGINT to the main thread after ``delay`` seconds, as Ctrl-C does.

    The handler raises ``KeyboardInterrupt`` once, only inside this block, so a late signal
    can never interrupt the rest of the test run.
    """
    armed = threading.Event()
    armed.set()

    def handler(signum: int, frame: object) -> None:
        if armed.is_set():
            armed.clear()
            raise KeyboardInterrupt

    assert threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, handler)
    timer = threading.Timer(
        delay, signal.pthread_kill, (threading.main_thread().ident, signal.SIGINT)
    )
    timer.start()
    try:
        yield
    finally:
        armed.clear()
        timer.cancel()
        timer.join()
        for _ in range(3):  # Let a signal still pending reach the disarmed handler.
            time.sleep(0.001)
        signal.signal(signal.SIGINT, previous)


def _sync_still_usable(client: PoeClient) -> None:
    reply = client.chat.completions.create(model=MODEL, messages=user("after"))
    assert reply.choices[0].message.content == "Echo: after"
    assert_sync_pool_clean(client)


def test_sync_ctrl_c_cancels_a_request() -> None:
    threads = len(loop_threads())
    with raw.api_server(raw.first(1, raw.no_answer)) as server:
        client = sync_client(server.base_url, timeout=PATIENT)
        started = time.monotonic()
        with ctrl_c_after(0.3), pytest.raises(KeyboardInterrupt):
            client.chat.completions.create(model=MODEL, messages=user("x"))
        assert time.monotonic() - started < 5
        assert server.wait_disconnect(0, timeout=3)
        assert_sync_pool_clean(client)
        _sync_still_usable(client)
        client.close()
    assert wait_loop_threads(threads) == threads


def test_sync_ctrl_c_cancels_a_stream() -> None:
    threads = len(loop_threads())
    with raw.api_server(raw.first(1, raw.stall_mid_stream)) as server:
        client = sync_client(server.base_url, timeout=PATIENT)
        stream = client.chat.completions.create(model=MODEL, messages=user("x"), stream=True)
        chunks = []
        with ctrl_c_after(0.3), pytest.raises(KeyboardInterrupt):
            for chunk in stream:
                chunks.append(chunk)
        assert len(chunks) == 1
        assert server.wait_disconnect(0, timeout=3)
        _sync_still_usable(client)
        client.close()
    assert wait_loop_threads(threads) == threads


def test_sync_ctrl_c_during_the_retry_sleep() -> None:
    def busy(conn: raw.Conn, request: raw.RawRequest) -> bool:
        return conn.send_response(
            503, b'{"error": {"message": "busy"}}', headers={"retry-after": "5"}
        )

    with raw.api_server(raw.first(1, busy)) as server:
        client = sync_client(server.base_url, timeout=PATIENT)
        started = time.monotonic()
        with ctrl_c_after(0.3), pytest.raises(KeyboardInterrupt):
            client.chat.completions.create(model=MODEL, messages=user("x"))
        assert time.monotonic() - started < 2
        assert len(server.requests) == 1
        _sync_still_usable(client)
        client.close()


def test_sync_breaking_out_of_a_stream_closes_its_connection() -> None:
    with raw.api_server(raw.first(1, raw.trickle_stream)) as server:
        client = sync_client(server.base_url, timeout=PATIENT)
        with client.chat.completions.create(model=MODEL, messages=user("x"), stream=True) as stream:
            for chunk in stream:
                if chunk.choices[0].delta.content == "2 ":
                    break
        assert not stream.completed
        assert server.wait_disconnect(0, timeout=3)
        _sync_still_usable(client)
        client.close()
