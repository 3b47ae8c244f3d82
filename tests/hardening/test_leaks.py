"""Nothing leaks: pool connections, tasks, loop threads, sockets, memory.

``test_faults.py`` checks the pool and the tasks after every single fault; here the checks
run after many faults at once, on clients left in awkward states, and across event loops.
The first test proves the pool check can see a leak at all.
"""

from __future__ import annotations

import asyncio
import gc
import itertools
import sys
import time
from collections.abc import Callable
from typing import Any

import anyio
import pytest
import trio

import poe_sdk
from poe_sdk import AsyncPoeClient
from poe_sdk.testing import LocalServer
from support import chunk_json

from . import raw_servers as raw
from .checks import (
    KEY,
    MODEL,
    SHORT,
    assert_pool_clean,
    assert_tasks_back_to,
    async_client,
    eventually,
    loop_threads,
    pool_problems,
    sync_client,
    task_count,
    user,
    wait_loop_threads,
)

# One action per request, in turn: every fault of the raw servers, mixed with normal replies.
MIXED: list[raw.Action] = [
    raw.echo,
    raw.reset_before_status,
    raw.echo,
    raw.reset_mid_body,
    raw.reset_mid_stream,
    raw.echo,
    raw.truncated_stream,
    raw.status(503),
    raw.status(429, retry_after="0.01"),
    raw.echo,
    raw.stall_mid_stream,
    raw.no_answer,
]


def mixed_plan(index: int) -> raw.Action:
    return MIXED[index % len(MIXED)]


async def _call(client: AsyncPoeClient, text: str, stream: bool) -> str | poe_sdk.PoeError:
    """One call that always resolves: the reply's text or the typed error."""
    try:
        if stream:
            async with await client.chat.completions.create(
                model=MODEL, messages=user(text), stream=True
            ) as response:
                completion = await response.get_final_completion()
        else:
            completion = await client.chat.completions.create(model=MODEL, messages=user(text))
    except poe_sdk.PoeError as exc:
        return exc
    return completion.choices[0].message.content or ""


def _collect_unraisable() -> list[str]:
    """Run the garbage collector and return what finalisers reported (warnings included)."""
    found: list[Any] = []
    previous = sys.unraisablehook
    sys.unraisablehook = found.append
    try:
        gc.collect()
    finally:
        sys.unraisablehook = previous
    return [f"{u.exc_type.__name__}: {u.exc_value}" for u in found]


# -- the detector works --------------------------------------------------------------------


@pytest.mark.anyio
async def test_the_pool_check_sees_a_stream_left_open() -> None:
    with raw.api_server(raw.first(1, raw.trickle_stream)) as server:
        client = async_client(server.base_url)
        stream = await client.chat.completions.create(model=MODEL, messages=user("x"), stream=True)
        await stream.__anext__()
        assert any("busy connection" in p for p in pool_problems(client))
        await stream.close()
        await assert_pool_clean(client)
        assert await eventually(lambda: server.saw_disconnect(0))
        await client.close()


# -- many faults at once -------------------------------------------------------------------


@pytest.mark.anyio
async def test_concurrent_faults_leave_nothing_behind() -> None:
    with raw.api_server(mixed_plan) as server:
        client = async_client(server.base_url, timeout=SHORT)
        baseline = task_count()
        results: list[str | poe_sdk.PoeError] = []

        async def one(i: int) -> None:
            results.append(await _call(client, f"m{i}", stream=i % 2 == 0))

        with anyio.fail_after(20):
            async with anyio.create_task_group() as group:
                for i in range(48):
                    group.start_soon(one, i)
        assert len(results) == 48
        texts = [r for r in results if isinstance(r, str)]
        errors = [r for r in results if not isinstance(r, str)]
        assert texts and all(t.startswith("Echo: m") for t in texts)
        assert all(isinstance(e, poe_sdk.PoeError) for e in errors)
        await assert_pool_clean(client)
        await client.close()
        await assert_tasks_back_to(baseline)
    assert not server.errors


def test_sync_clients_and_copies_stop_their_threads() -> None:
    baseline = len(loop_threads())
    with raw.api_server(lambda index: MIXED[index % 10]) as server:
        for _ in range(4):
            client = sync_client(server.base_url)
            copy = client.with_options(max_retries=0)
            for i in range(6):
                try:
                    if i % 2:
                        with client.chat.completions.create(
                            model=MODEL, messages=user("x"), stream=True
                        ) as stream:
                            stream.get_final_completion()
                    else:
                        copy.chat.completions.create(model=MODEL, messages=user("x"))
                except poe_sdk.PoeError:
                    pass
            # One loop, shared by the copy, driven by this thread: no loop thread at all.
            assert len(loop_threads()) == baseline
            copy.close()  # closes the shared loop and pool for both
        assert wait_loop_threads(baseline) == baseline


def test_closing_a_sync_client_releases_an_open_stream() -> None:
    baseline = len(loop_threads())
    with raw.api_server(raw.first(1, raw.trickle_stream)) as server:
        client = sync_client(server.base_url)
        stream = client.chat.completions.create(model=MODEL, messages=user("x"), stream=True)
        next(stream)
        client.close()
        assert server.wait_disconnect(0, timeout=3)
        with pytest.raises(poe_sdk.IncompleteStreamError):  # never a silent end (D8)
            for _ in stream:
                pass
        assert not stream.completed
    assert wait_loop_threads(baseline) == baseline
    assert _collect_unraisable() == []


def _burst_then_stall(conn: raw.Conn, request: raw.RawRequest) -> bool:
    """300 events at once (more than the sync stream buffers), then silence, no [DONE]."""
    conn.start_stream()
    conn.send_chunk(b"".join(raw.sse_event(chunk_json(f"{i} ")) for i in range(300)))
    conn.wait_eof(10)
    return False


def test_closing_a_sync_client_never_ends_a_stream_silently() -> None:
    """Deterministic: the producer is parked at its high-water mark (waiting for the reader,
    not the socket) when the client closes, so only its cancellation can end the stream. A
    stream is read ahead by a producer when its reader's thread runs an event loop (as in a
    notebook), which may not drive the client's loop."""
    with raw.api_server(raw.first(1, _burst_then_stall)) as server:
        client = sync_client(server.base_url)

        async def notebook_cell() -> list[Any]:
            stream = client.chat.completions.create(model=MODEL, messages=user("x"), stream=True)
            received = [next(stream)]
            deadline = time.monotonic() + 5
            # White-box: nothing public shows the producer parked, the state this test needs.
            while not stream._paused and time.monotonic() < deadline:  # backpressure reached
                time.sleep(0.01)  # noqa: ASYNC251 (the cell blocks, as a sync call in it does)
            assert stream._paused
            client.close()
            with pytest.raises(poe_sdk.APIConnectionError):
                received.extend(stream)  # the buffered chunks, then an error: not a clean end
            return received

        received = asyncio.run(notebook_cell())
        assert 1 < len(received) <= 300
    assert _collect_unraisable() == []


def test_closing_a_sync_client_never_ends_a_stream_read_by_its_caller_silently() -> None:
    """The same with the stream read by calls its caller drives: chunks already read, then an
    error, even though the server stays silent."""
    with raw.api_server(raw.first(1, _burst_then_stall)) as server:
        client = sync_client(server.base_url)
        stream = client.chat.completions.create(model=MODEL, messages=user("x"), stream=True)
        received = [next(stream)]
        client.close()
        with pytest.raises(poe_sdk.IncompleteStreamError):
            received.extend(stream)  # the chunks already read, then an error: not a clean end
        assert 1 <= len(received) <= 300
        assert server.wait_disconnect(0, timeout=3)
    assert _collect_unraisable() == []


def test_repeated_faults_do_not_grow_memory() -> None:
    """Each fault's objects (responses, errors, tracebacks) are freed once handled: the number
    of live memory blocks does not grow with the number of faults handled."""

    async def rounds(client: AsyncPoeClient, server: raw.RawServer, n: int) -> None:
        for i in range(n):
            await _call(client, "x", stream=i % 2 == 0)
            server.requests.clear()

    with raw.api_server(lambda index: MIXED[index % 10]) as server:  # not the two silent ones
        client = async_client(server.base_url)

        async def main() -> list[int]:
            blocks = []
            try:
                await rounds(client, server, 30)  # warm-up: caches, the pool, lazy imports
                for _ in range(3):
                    gc.collect()
                    blocks.append(sys.getallocatedblocks())
                    await rounds(client, server, 60)
                gc.collect()
                blocks.append(sys.getallocatedblocks())
            finally:
                await client.close()
            return blocks

        blocks = asyncio.run(main())
    growth = [b - a for a, b in itertools.pairwise(blocks)]
    # A leak of one small object per call would add 60 blocks per round; an error with its
    # traceback, hundreds. Caches settle after the warm-up, so the later rounds stay flat.
    assert max(growth[1:]) < 300, f"live blocks gained per round of 60 faulty calls: {growth}"


# -- a client that outlives its event loop -------------------------------------------------


def _echo(client: AsyncPoeClient) -> Callable[[], Any]:
    async def call() -> str | None:
        reply = await client.chat.completions.create(model=MODEL, messages=user("x"))
        return reply.choices[0].message.content

    return call


def test_a_client_used_from_two_asyncio_runs_closes_its_old_sockets() -> None:
    with LocalServer(api_key=KEY) as server:
        client = AsyncPoeClient(api_key=KEY, base_url=server.base_url)
        assert asyncio.run(_echo(client)()) == "Echo: x"
        assert asyncio.run(_echo(client)()) == "Echo: x"
        asyncio.run(client.close())
        assert _collect_unraisable() == []


def test_a_client_used_from_two_trio_runs_closes_its_old_sockets() -> None:
    with LocalServer(api_key=KEY) as server:
        client = AsyncPoeClient(api_key=KEY, base_url=server.base_url)
        assert trio.run(_echo(client)) == "Echo: x"
        assert trio.run(_echo(client)) == "Echo: x"
        trio.run(client.close)
        assert _collect_unraisable() == []


def test_closing_from_another_event_loop_closes_the_sockets() -> None:
    with LocalServer(api_key=KEY) as server:
        client = AsyncPoeClient(api_key=KEY, base_url=server.base_url)
        assert asyncio.run(_echo(client)()) == "Echo: x"
        asyncio.run(client.close())  # the usual `asyncio.run(main()); asyncio.run(close())`
        assert _collect_unraisable() == []


def test_a_client_closed_on_its_own_loop_leaves_nothing() -> None:
    """The supported pattern, for contrast with the xfails above."""
    with LocalServer(api_key=KEY) as server:

        async def main() -> None:
            client = AsyncPoeClient(api_key=KEY, base_url=server.base_url)
            assert await _echo(client)() == "Echo: x"
            await client.close()

        asyncio.run(main())
        trio.run(main)
        assert _collect_unraisable() == []
