"""Lifetimes: what a client, its streams and its raw responses keep open, and for how long.

A stream keeps its client open until it is closed or exhausted; a closed client raises
``ClientClosedError`` and opens nothing; ``close()`` with calls in flight leaves no socket; a
client stays usable from ``atexit`` handlers; one async client may serve two event loops at
once; and a stream dropped without being closed warns (``ResourceWarning``), as files do.
"""

from __future__ import annotations

import asyncio
import gc
import textwrap
import threading
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import anyio
import anyio.lowlevel
import pytest
import trio

import poe_sdk
from poe_sdk import AsyncPoeClient, ClientClosedError
from poe_sdk._replies.streaming import reader_of
from support import chunk_json

from . import raw_servers as raw
from .checks import (
    KEY,
    MODEL,
    async_client,
    connections_left_open,
    eventually,
    loop_threads,
    run_in_threads,
    run_script,
    sync_client,
    user,
    wait_loop_threads,
)

CHUNKS = 600


def _long_stream(conn: raw.Conn, request: raw.RawRequest) -> bool:
    """``CHUNKS`` events in small writes, then ``[DONE]``."""
    conn.start_stream()
    for index in range(CHUNKS):
        if not conn.send_chunk(raw.sse_event(chunk_json(f"{index} "))):
            return False
    conn.send_chunk(raw.DONE)
    return conn.end_chunks()


def _long_or_echo(conn: raw.Conn, request: raw.RawRequest) -> bool:
    return (_long_stream if raw.wants_stream(request) else raw.echo)(conn, request)


@contextmanager
def _resource_warnings() -> Iterator[list[str]]:
    """The ``ResourceWarning`` messages emitted inside the block (finalisers included)."""
    found: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield found
        gc.collect()
    found += [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    # httpx's own async generators under trio: documented in pyproject's filterwarnings.
    found[:] = [m for m in found if "Async generator 'http" not in m]


# -- 13.1: a stream outlives its client object ----------------------------------------------


@pytest.mark.anyio
async def test_an_async_stream_outlives_its_client_object() -> None:
    with raw.api_server(lambda index: _long_or_echo) as server:

        async def ask() -> poe_sdk.AsyncStream[Any]:
            client = async_client(server.base_url)
            return await client.chat.completions.create(
                model=MODEL, messages=user("x"), stream=True
            )

        stream = await ask()
        count = 0
        with anyio.fail_after(20):
            async for _ in stream:
                count += 1
                if count % 50 == 0:
                    gc.collect()
                    await (
                        anyio.lowlevel.checkpoint()
                    )  # let a dropped client's closer run, if scheduled
        assert count == CHUNKS
        assert stream.completed
        assert reader_of(stream).keep_alive is None  # released: the client may now be collected


def test_a_sync_stream_outlives_its_client_object() -> None:
    threads = len(loop_threads())
    with raw.api_server(lambda index: _long_or_echo) as server:

        def ask() -> poe_sdk.Stream[Any]:
            return sync_client(server.base_url).chat.completions.create(
                model=MODEL, messages=user("x"), stream=True
            )

        stream = ask()
        gc.collect()
        count = 0
        for _ in stream:
            count += 1
            if count % 50 == 0:
                gc.collect()
        assert count == CHUNKS
        assert stream.completed
        gc.collect()
        assert wait_loop_threads(threads) == threads  # exhausted: the client is released

        def ask_raw() -> poe_sdk.APIResponse[Any]:
            return sync_client(server.base_url).chat.completions.with_raw_response.create(
                model=MODEL, messages=user("x"), stream=True
            )

        response = ask_raw()
        gc.collect()
        with response.parse() as raw_stream:
            assert sum(1 for _ in raw_stream) == CHUNKS
        del response, raw_stream
        gc.collect()
        assert wait_loop_threads(threads) == threads


# -- 14.1: a closed client raises a typed error ---------------------------------------------


@pytest.mark.anyio
async def test_a_closed_async_client_raises_client_closed_error() -> None:
    with raw.api_server(lambda index: raw.echo) as server:
        client = async_client(server.base_url)
        copy = client.with_options(max_retries=0)
        async with client:
            await client.chat.completions.create(model=MODEL, messages=user("x"))
        for closed in (client, copy):
            with pytest.raises(ClientClosedError, match="closed") as caught:
                await closed.chat.completions.create(model=MODEL, messages=user("x"))
            assert isinstance(caught.value, poe_sdk.PoeError)
            assert isinstance(caught.value, RuntimeError)
        assert len(server.requests) == 1  # no new pool, no request
        assert await eventually(lambda: connections_left_open(server, wait=0) == 0)


def test_a_closed_sync_client_raises_client_closed_error() -> None:
    with raw.api_server(lambda index: raw.echo) as server:
        client = sync_client(server.base_url)
        with client:
            client.chat.completions.create(model=MODEL, messages=user("x"))
        with pytest.raises(ClientClosedError):
            client.chat.completions.create(model=MODEL, messages=user("x"))
        with pytest.raises(RuntimeError):  # `except RuntimeError` code keeps working
            client.with_options(timeout=3).chat.completions.create(model=MODEL, messages=user("x"))
        assert len(server.requests) == 1


def test_client_closed_error_is_exported() -> None:
    assert "ClientClosedError" in poe_sdk.__all__
    assert issubclass(poe_sdk.ClientClosedError, poe_sdk.PoeError)
    assert issubclass(poe_sdk.ClientClosedError, RuntimeError)


# -- 13.3: close() while calls are in flight ------------------------------------------------


def _slow_echo(conn: raw.Conn, request: raw.RawRequest) -> bool:
    """Streams trickle; plain replies come after 0.05 s, or 1 s for texts starting "slow"."""
    if raw.wants_stream(request):
        return raw.trickle_stream(conn, request)
    conn.sleep(1.0 if raw.last_user_text(request).startswith("slow") else 0.05)
    return raw.echo(conn, request)


def test_closing_a_shared_sync_client_mid_flight_leaves_no_socket() -> None:
    threads = len(loop_threads())
    with raw.api_server(lambda index: _slow_echo) as server:
        client = sync_client(server.base_url)
        outcomes: list[object] = []
        start = threading.Barrier(64)

        def worker(index: int) -> None:
            start.wait()
            try:
                if index % 16 == 15:
                    time.sleep(0.05)
                    client.close()
                    outcomes.append("closed")
                    return
                for _ in range(5):
                    if index % 2:
                        with client.chat.completions.create(
                            model=MODEL, messages=user("x"), stream=True
                        ) as stream:
                            for _ in stream:
                                pass
                    else:
                        client.chat.completions.create(model=MODEL, messages=user("x"))
                outcomes.append("done")
            except poe_sdk.PoeError as exc:
                outcomes.append(exc)

        run_in_threads(worker, 64, timeout=20)
        assert len(outcomes) == 64
        errors = [o for o in outcomes if isinstance(o, BaseException)]
        assert errors, "the close came too late to test anything"
        assert all(isinstance(e, (ClientClosedError, poe_sdk.APIConnectionError)) for e in errors)
        assert connections_left_open(server) == 0, "sockets left open after close()"
    assert wait_loop_threads(threads) == threads


@pytest.mark.anyio
async def test_closing_an_async_client_mid_flight_leaves_no_socket() -> None:
    with raw.api_server(lambda index: _slow_echo) as server:
        client = async_client(server.base_url)
        outcomes: list[object] = []

        async def call(index: int) -> None:
            try:
                if index % 2:
                    async with await client.chat.completions.create(
                        model=MODEL, messages=user("x"), stream=True
                    ) as stream:
                        async for _ in stream:
                            pass
                else:
                    await client.chat.completions.create(model=MODEL, messages=user("slow"))
                outcomes.append("done")
            except poe_sdk.PoeError as exc:
                outcomes.append(exc)

        with anyio.fail_after(15):
            async with anyio.create_task_group() as group:
                for index in range(32):
                    group.start_soon(call, index)
                await anyio.sleep(0.2)
                await client.close()
        errors = [o for o in outcomes if isinstance(o, BaseException)]
        assert len(outcomes) == 32 and errors
        assert all(isinstance(e, (ClientClosedError, poe_sdk.APIConnectionError)) for e in errors)
        assert any(isinstance(e, ClientClosedError) for e in errors)  # not retried after close
        assert await anyio.to_thread.run_sync(connections_left_open, server) == 0


# -- 13.4: a client used from an atexit handler ---------------------------------------------


def test_a_sync_client_works_in_an_atexit_handler_registered_before_it() -> None:
    script = textwrap.dedent(
        """
        import atexit, sys
        import poe_sdk

        def late():
            reply = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "late"}])
            print("ATEXIT", reply.choices[0].message.content, flush=True)

        atexit.register(late)
        client = poe_sdk.PoeClient(api_key="sk-x", base_url=sys.argv[1], max_retries=0)
        reply = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "now"}])
        print("MAIN", reply.choices[0].message.content, flush=True)
        """  # noqa: E501
    )
    with raw.api_server(lambda index: raw.echo) as server:
        done = run_script(script, server.base_url)
    assert done.returncode == 0, done.stderr
    assert "MAIN Echo: now" in done.stdout
    assert "ATEXIT Echo: late" in done.stdout, done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


# -- 13.5: one async client, two event loops at once ----------------------------------------


def test_one_async_client_serves_two_running_loops_at_once() -> None:
    with raw.api_server(lambda index: _long_or_echo) as server:
        client = AsyncPoeClient(api_key=KEY, base_url=server.base_url, max_retries=0)
        results: dict[str, object] = {}
        ready = threading.Barrier(2)

        async def work(name: str) -> None:
            await anyio.to_thread.run_sync(ready.wait)
            texts = []
            for index in range(20):
                if index % 4 == 0:
                    async with await client.chat.completions.create(
                        model=MODEL, messages=user(name), stream=True
                    ) as stream:
                        texts.append(sum([1 async for _ in stream]))
                else:
                    reply = await client.chat.completions.create(
                        model=MODEL, messages=user(f"{name}{index}")
                    )
                    texts.append(reply.choices[0].message.content)
            results[name] = texts

        def run(name: str, runner: str) -> None:
            try:
                if runner == "asyncio":
                    asyncio.run(work(name))
                else:
                    trio.run(work, name)
            except BaseException as exc:
                results[name] = exc

        threads = [
            threading.Thread(target=run, args=("a", "asyncio")),
            threading.Thread(target=run, args=("b", "asyncio")),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        for name in ("a", "b"):
            texts = results[name]
            assert isinstance(texts, list), texts
            assert texts[1] == f"Echo: {name}1" and texts[0] == CHUNKS
        assert connections_left_open(server) == 0  # each loop closed its own pool at its end
        # White-box: nothing public shows the per-loop registry, and an entry left for an
        # ended loop would hold its closed pool (and the loop) for the client's lifetime.
        assert client._http._pools == {}
        trio.run(work_after_loops, client, server.base_url)


async def work_after_loops(client: AsyncPoeClient, base_url: str) -> None:
    """The client still works on a third loop (trio), and closes cleanly there."""
    reply = await client.chat.completions.create(model=MODEL, messages=user("c"))
    assert reply.choices[0].message.content == "Echo: c"
    await client.close()


# -- 14.3: an unclosed stream warns when collected ------------------------------------------


@pytest.mark.anyio
async def test_an_unclosed_async_stream_warns_when_collected() -> None:
    with raw.api_server(lambda index: raw.trickle_stream) as server:
        client = async_client(server.base_url)
        with _resource_warnings() as found:
            stream = await client.chat.completions.create(
                model=MODEL, messages=user("x"), stream=True
            )
            await stream.__anext__()
            del stream
        assert any(m.startswith("unclosed stream <poe_sdk") for m in found), found
        await client.close()
        assert await eventually(lambda: server.saw_disconnect(0))


def test_an_unclosed_sync_stream_warns_and_is_closed_when_collected() -> None:
    with raw.api_server(lambda index: raw.trickle_stream) as server:
        client = sync_client(server.base_url)
        with _resource_warnings() as found:
            stream = client.chat.completions.create(model=MODEL, messages=user("x"), stream=True)
            next(stream)
            del stream
        assert any(m.startswith("unclosed stream <poe_sdk") for m in found), found
        assert server.wait_disconnect(0, timeout=3)  # its connection was closed
        client.close()


@pytest.mark.anyio
async def test_closed_or_exhausted_streams_do_not_warn() -> None:
    with raw.api_server(lambda index: _long_or_echo) as server:
        with _resource_warnings() as found:
            client = async_client(server.base_url)
            exhausted = await client.chat.completions.create(
                model=MODEL, messages=user("x"), stream=True
            )
            async for _ in exhausted:
                pass
            closed = await client.chat.completions.create(
                model=MODEL, messages=user("x"), stream=True
            )
            await closed.__anext__()
            await closed.close()
            # A stream that keeps its dropped client alive, then ends.
            kept = await async_client(server.base_url).chat.completions.create(
                model=MODEL, messages=user("x"), stream=True
            )
            async for _ in kept:
                pass
            del exhausted, closed, kept
            await client.close()
        assert found == []


def test_closed_or_exhausted_sync_streams_do_not_warn() -> None:
    with raw.api_server(lambda index: _long_or_echo) as server:
        with _resource_warnings() as found:
            client = sync_client(server.base_url)
            for _ in client.chat.completions.create(model=MODEL, messages=user("x"), stream=True):
                pass
            with client.chat.completions.create(
                model=MODEL, messages=user("x"), stream=True
            ) as stream:
                next(stream)
            for _ in sync_client(server.base_url).chat.completions.create(
                model=MODEL, messages=user("x"), stream=True
            ):
                pass
            del stream
            client.close()
        assert found == []
