"""Cancellation at any stage of a request leaves no socket open and no connection checked out.

httpx's default transport (httpcore) can keep a connection cancelled during its setup
(encode/httpcore#1093): ``asyncio.wait_for(create(...), 0.002)`` repeated 1,000 times left
19-30 sockets open, and a pool of 10 connections then stuck. poe-sdk's default transport on
asyncio is aiohttp's pool, on trio httpx's. Each test here cancels at one stage (connecting,
the TLS handshake, writing the request, waiting for the reply's headers) or at random ones,
then counts the client's sockets to the server in the kernel's table (``/proc/net/tcp``),
so a socket nobody references any more still counts.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

import poe_sdk
from poe_sdk import AsyncPoeClient, RetryPolicy

from . import raw_servers as raw
from .checks import (
    MODEL,
    assert_pool_clean,
    assert_sync_pool_clean,
    async_client,
    eventually,
    sync_client,
    user,
)

pytestmark = pytest.mark.skipif(
    not Path("/proc/net/tcp").exists(), reason="counts sockets in Linux's /proc/net/tcp"
)

PATIENT = httpx.Timeout(30.0, connect=30.0)  # no timeout fires before the cancellation
_OPEN_STATES = {"01": "ESTABLISHED", "02": "SYN_SENT", "08": "CLOSE_WAIT"}


def client_sockets(port: int, states: tuple[str, ...] = tuple(_OPEN_STATES)) -> int:
    """Sockets of this machine connected (or connecting) to ``port`` whose file descriptor is
    still open: established, still connecting, or closed by the server only."""
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text().splitlines()[1:]:
                fields = line.split()
                if int(fields[2].rsplit(":", 1)[1], 16) == port and fields[3] in states:
                    count += 1
    return count


@contextlib.contextmanager
def unaccepting_port() -> Iterator[int]:
    """A port whose accept queue is full: a new connection stays in ``SYN_SENT``."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        filler.settimeout(2)
        filler.connect(("127.0.0.1", port))  # Fills the queue (backlog 0 holds one).
        yield port
    finally:
        filler.close()
        listener.close()


def _silent(conn: raw.Conn) -> None:
    """Accept, never answer (not even a TLS handshake); return when the client leaves."""
    conn.wait_eof(10)


def _never_read(conn: raw.Conn) -> None:
    """Accept, never read: the client's request write blocks once the buffers are full."""
    conn.server.stopping.wait(10)


def _small_receive_buffer() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # Inherited by accepted ones.
    sock.bind(("127.0.0.1", 0))
    return sock


_BIG = "x" * (8 * 1024 * 1024)  # Far more than the kernel buffers of a loopback connection.


async def _cancelled_after(seconds: float, client: AsyncPoeClient, text: str = "x") -> None:
    with anyio.move_on_after(seconds) as scope:
        await client.chat.completions.create(model=MODEL, messages=user(text))
    assert scope.cancelled_caught


# -- one stage at a time (asyncio and trio) ---------------------------------------------------


@pytest.mark.anyio
async def test_cancel_while_connecting_closes_the_socket() -> None:
    with unaccepting_port() as port:
        client = async_client(f"http://127.0.0.1:{port}/v1", timeout=PATIENT)
        started = time.monotonic()
        await _cancelled_after(0.3, client)
        assert time.monotonic() - started < 2
        assert await eventually(lambda: client_sockets(port, ("02",)) == 0)
        await assert_pool_clean(client)
        await client.close()


@pytest.mark.anyio
async def test_cancel_during_the_tls_handshake_closes_the_socket() -> None:
    with raw.RawServer(_silent) as server:
        client = async_client(f"https://127.0.0.1:{server.port}/v1", timeout=PATIENT)
        await _cancelled_after(0.3, client)
        assert await eventually(lambda: server.saw_disconnect(0))
        assert await eventually(lambda: client_sockets(server.port) == 0)
        await assert_pool_clean(client)
        await client.close()


@pytest.mark.anyio
async def test_cancel_while_writing_the_request_closes_the_socket() -> None:
    with raw.RawServer(_never_read, sock=_small_receive_buffer()) as server:
        client = async_client(server.base_url, timeout=PATIENT)
        await _cancelled_after(0.5, client, _BIG)
        assert server.accepted == 1
        assert await eventually(lambda: client_sockets(server.port) == 0)
        await assert_pool_clean(client)
        await client.close()


@pytest.mark.anyio
async def test_cancel_while_waiting_for_headers_closes_the_socket() -> None:
    with raw.api_server(raw.first(1, raw.no_answer)) as server:
        client = async_client(server.base_url, timeout=PATIENT)
        await _cancelled_after(0.3, client)
        assert await eventually(lambda: server.saw_disconnect(0))
        await assert_pool_clean(client)
        with anyio.fail_after(5):
            reply = await client.chat.completions.create(model=MODEL, messages=user("after"))
        assert reply.choices[0].message.content == "Echo: after"
        assert client_sockets(server.port) == 1  # The pooled connection of the last call.
        await client.close()
        assert await eventually(lambda: client_sockets(server.port) == 0)


# -- cancellation at random stages -------------------------------------------------------------


def _echo_after_a_moment(conn: raw.Conn, request: raw.RawRequest) -> bool:
    """The normal reply after 0 to 4 ms, so that deadlines of 0.5 to 4 ms fall at every stage
    (connecting, sending, waiting for headers, reading the body) and some calls succeed."""
    conn.sleep(random.uniform(0, 0.004))
    return raw.echo(conn, request)


def _every_request_answered() -> raw.RawServer:
    return raw.api_server(lambda index: _echo_after_a_moment)


async def _after_random_cancellations(
    client: AsyncPoeClient, port: int, cancelled: int, calls: int
) -> None:
    """The pool is clean, at most the one pooled connection is open, a call still works,
    and nothing is open once the client is closed."""
    assert 0 < cancelled <= calls
    await assert_pool_clean(client)
    assert await eventually(lambda: client_sockets(port) <= 1), client_sockets(port)
    with anyio.fail_after(5):
        reply = await client.chat.completions.create(model=MODEL, messages=user("after"))
    assert reply.choices[0].message.content == "Echo: after"
    await client.close()
    assert await eventually(lambda: client_sockets(port) == 0), client_sockets(port)


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.anyio
async def test_asyncio_wait_for_at_random_stages_leaks_nothing() -> None:
    """The report's case: ``wait_for(create(...), T)`` 1,000 times, T from 0.5 to 4 ms."""
    rng = random.Random(12)
    with _every_request_answered() as server:
        client = async_client(server.base_url, timeout=PATIENT, max_retries=0)
        cancelled = 0
        for _ in range(1000):
            try:
                await asyncio.wait_for(
                    client.chat.completions.create(model=MODEL, messages=user("x")),
                    rng.uniform(0.0005, 0.004),
                )
            except asyncio.TimeoutError:
                cancelled += 1
        await _after_random_cancellations(client, server.port, cancelled, 1000)


@pytest.mark.anyio
async def test_cancel_scopes_at_random_stages_leak_nothing() -> None:
    rng = random.Random(13)
    with _every_request_answered() as server:
        client = async_client(server.base_url, timeout=PATIENT, max_retries=0)
        cancelled = 0
        for _ in range(300):
            with anyio.move_on_after(rng.uniform(0.0005, 0.004)) as scope:
                await client.chat.completions.create(model=MODEL, messages=user("x"))
            cancelled += scope.cancelled_caught
        await _after_random_cancellations(client, server.port, cancelled, 300)


def test_sync_total_deadlines_at_random_stages_leak_nothing() -> None:
    """The sync facade: a ``total_timeout`` of 0.5 to 4 ms cancels the call on its loop."""
    rng = random.Random(14)
    with _every_request_answered() as server:
        client = sync_client(server.base_url, timeout=PATIENT, max_retries=0)
        timed_out = 0
        for _ in range(300):
            policy = RetryPolicy(max_retries=0, total_timeout=rng.uniform(0.0005, 0.004))
            options: Any = {"retry_policy": policy}
            try:
                client.with_options(**options).chat.completions.create(
                    model=MODEL, messages=user("x")
                )
            except poe_sdk.APITimeoutError:
                timed_out += 1
        assert 0 < timed_out <= 300
        assert_sync_pool_clean(client)
        deadline = time.monotonic() + 3
        while client_sockets(server.port) > 1 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert client_sockets(server.port) <= 1
        reply = client.chat.completions.create(model=MODEL, messages=user("after"))
        assert reply.choices[0].message.content == "Echo: after"
        client.close()
        deadline = time.monotonic() + 3
        while client_sockets(server.port) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert client_sockets(server.port) == 0
