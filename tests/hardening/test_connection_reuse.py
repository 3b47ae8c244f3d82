"""Kept-alive connections the server already closed (issue 21, item 2).

The server here closes the connection after every reply without saying so (no
``Connection: close``). An idle connection it closed must not carry the next request, and a
request that fails on a reused connection before any byte of its reply is sent again at once
on a new one, not as a retry: with ``max_retries=0`` every call succeeds, and the server
reads each request exactly once.
"""

from __future__ import annotations

import anyio
import pytest

import poe_sdk

from . import raw_servers as raw
from .checks import (
    MODEL,
    assert_pool_clean,
    assert_sync_pool_clean,
    async_client,
    sync_client,
    user,
)


def close_after_reply(conn: raw.Conn, request: raw.RawRequest) -> bool:
    """The normal reply, then the connection is closed (FIN), with no word in the reply."""
    raw.echo(conn, request)
    return False


def _closing_server() -> raw.RawServer:
    return raw.api_server(lambda index: close_after_reply, lifetime=120)


CALLS = [100, pytest.param(300, marks=pytest.mark.stress)]


@pytest.mark.anyio
@pytest.mark.parametrize("calls", CALLS)
async def test_sequential_calls_to_a_server_that_closes_after_each_reply(calls: int) -> None:
    with _closing_server() as server:
        client = async_client(server.base_url, max_retries=0)
        try:
            for index in range(calls):
                with anyio.fail_after(10):
                    reply = await client.chat.completions.with_raw_response.create(
                        model=MODEL, messages=user(f"n{index}")
                    )
                assert reply.retries_taken == 0
                assert reply.parse().choices[0].message.content == f"Echo: n{index}"
            await assert_pool_clean(client)
        finally:
            await client.close()
        assert len(server.requests) == calls  # each read once: nothing sent twice to it
        assert not server.errors


@pytest.mark.anyio
@pytest.mark.parametrize("calls", CALLS)
async def test_concurrent_calls_to_a_server_that_closes_after_each_reply(calls: int) -> None:
    with _closing_server() as server:
        client = async_client(server.base_url, max_retries=0)
        replies: dict[int, str | None] = {}

        async def calls_in_a_row(task: int) -> None:
            for index in range(task, calls, 25):
                reply = await client.chat.completions.create(
                    model=MODEL, messages=user(f"n{index}")
                )
                replies[index] = reply.choices[0].message.content

        try:
            with anyio.fail_after(30):
                async with anyio.create_task_group() as group:  # 25 tasks, each call after call
                    for task in range(25):
                        group.start_soon(calls_in_a_row, task)
            await assert_pool_clean(client)
        finally:
            await client.close()
        assert replies == {index: f"Echo: n{index}" for index in range(calls)}
        assert len(server.requests) == calls


@pytest.mark.parametrize("calls", CALLS)
def test_sync_calls_to_a_server_that_closes_after_each_reply(calls: int) -> None:
    with _closing_server() as server:
        client = sync_client(server.base_url, max_retries=0)
        try:
            for index in range(calls):
                reply = client.chat.completions.create(model=MODEL, messages=user(f"n{index}"))
                assert reply.choices[0].message.content == f"Echo: n{index}"
            with client.chat.completions.create(
                model=MODEL, messages=user("stream"), stream=True
            ) as stream:  # Streams run on the loop thread: its pool too.
                assert stream.get_final_completion().choices[0].message.content == "Echo: stream"
            assert_sync_pool_clean(client)
        finally:
            client.close()
        assert len(server.requests) == calls + 1


def _partial_reply_on_reuse(conn: raw.Conn, request: raw.RawRequest) -> bool:
    """The first request on a connection gets its reply; the next gets half a status line,
    then the connection closes."""
    if raw.last_user_text(request) == "first":
        return raw.echo(conn, request)
    conn.send(b"HTTP/1.1 2")
    conn.close()
    return False


@pytest.mark.anyio
async def test_a_request_whose_reply_had_begun_is_not_sent_again() -> None:
    """A byte of the reply arrived: the server may have acted on the request, so only the
    retry policy may send it again (here there is none)."""
    with raw.api_server(lambda index: _partial_reply_on_reuse) as server:
        client = async_client(server.base_url, max_retries=0)
        try:
            await client.chat.completions.create(model=MODEL, messages=user("first"))
            with pytest.raises(poe_sdk.APIConnectionError):
                await client.chat.completions.create(model=MODEL, messages=user("second"))
            await assert_pool_clean(client)
        finally:
            await client.close()
        assert [raw.last_user_text(r) for r in server.requests] == ["first", "second"]
        assert server.accepted == 1
