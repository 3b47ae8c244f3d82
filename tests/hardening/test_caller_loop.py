"""The sync facade's plain calls on the calling thread's own loop (issue 12), over real sockets.

A plain ``PoeClient`` call runs the client's event loop in the calling thread while no other
thread does. These tests prove that loop keeps the loop thread's guarantees: a connection the
server closed while the loop sat idle is never used, ``close()`` from another thread ends the
call and its connection, a collected client closes its connections, Ctrl-C leaves nothing
behind, and a forked child never touches its parent's loop or connections.
"""

from __future__ import annotations

import gc
import os
import textwrap
import threading
import time

import httpx
import pytest

from poe_sdk import APITimeoutError, ClientClosedError
from support import in_forked_child

from . import raw_servers as raw
from .checks import (
    MODEL,
    assert_sync_pool_clean,
    connections_left_open,
    loop_threads,
    run_in_threads,
    run_script,
    sync_client,
    user,
    wait_loop_threads,
)


def _answer_then_hang_up(conn: raw.Conn, request: raw.RawRequest) -> bool:
    """Answer with keep-alive, then close the connection 20 ms later (an idle timeout)."""
    raw.echo(conn, request)
    conn.sleep(0.02)
    conn.close()
    return False


def test_a_connection_the_server_closed_while_idle_is_not_reused() -> None:
    with raw.api_server(raw.first(2, _answer_then_hang_up)) as server:
        client = sync_client(server.base_url, max_retries=0)  # A dead connection would fail.
        for text in ("one", "two", "three"):
            reply = client.chat.completions.create(model=MODEL, messages=user(text))
            assert reply.choices[0].message.content == f"Echo: {text}"
            time.sleep(0.2)  # The server hangs up meanwhile (after the first two replies).
        assert server.accepted == 3
        assert_sync_pool_clean(client)
        client.close()


def test_a_failed_call_closes_its_connection_before_it_returns() -> None:
    with raw.api_server(raw.first(1, raw.no_answer)) as server:
        client = sync_client(server.base_url, timeout=httpx.Timeout(0.3, connect=2.0))
        with pytest.raises(APITimeoutError):
            client.with_options(max_retries=0).chat.completions.create(
                model=MODEL, messages=user("x")
            )
        # Nothing drives the loop now: the socket is closed before the call returned.
        assert server.wait_disconnect(0, timeout=3)
        assert connections_left_open(server) == 0
        client.close()


def test_close_from_another_thread_ends_a_call_on_the_calling_threads_loop() -> None:
    threads = len(loop_threads())
    with raw.api_server(raw.first(1, raw.no_answer)) as server:
        client = sync_client(server.base_url)
        closer = threading.Timer(0.3, client.close)
        closer.start()
        started = time.monotonic()
        with pytest.raises(ClientClosedError):
            client.chat.completions.create(model=MODEL, messages=user("x"))
        assert time.monotonic() - started < 5
        closer.join()
        assert server.wait_disconnect(0, timeout=3)
        assert connections_left_open(server) == 0
        with pytest.raises(ClientClosedError):
            client.chat.completions.create(model=MODEL, messages=user("x"))
    assert len(loop_threads()) == threads  # The call ran on the calling thread.


def test_a_collected_sync_client_closes_its_connections() -> None:
    with raw.api_server(lambda index: raw.echo) as server:
        client = sync_client(server.base_url)
        for _ in range(3):
            client.chat.completions.create(model=MODEL, messages=user("x"))
        assert server.accepted == 1  # kept alive
        del client
        gc.collect()
        assert server.wait_disconnect(0, timeout=3)
        assert connections_left_open(server) == 0


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_never_touches_its_parents_loop_or_connections() -> None:
    with raw.api_server(lambda index: raw.echo) as server:
        client = sync_client(server.base_url, max_retries=0)
        client.chat.completions.create(model=MODEL, messages=user("parent"))

        def in_the_child() -> bool:
            reply = client.chat.completions.create(model=MODEL, messages=user("child"))
            client.close()
            return reply.choices[0].message.content == "Echo: child"

        assert in_forked_child(in_the_child)
        assert server.accepted == 2  # The child opened its own connection.
        for _ in range(3):  # The parent's kept-alive connection still works.
            reply = client.chat.completions.create(model=MODEL, messages=user("parent"))
            assert reply.choices[0].message.content == "Echo: parent"
        assert server.accepted == 2
        client.close()


def test_threads_sharing_a_client_get_their_replies_and_leave_nothing() -> None:
    threads = len(loop_threads())
    with raw.api_server(lambda index: raw.echo) as server:
        client = sync_client(server.base_url)
        errors: list[BaseException] = []

        def worker(index: int) -> None:
            try:
                for n in range(25):
                    text = f"{index}-{n}"
                    reply = client.chat.completions.create(model=MODEL, messages=user(text))
                    assert reply.choices[0].message.content == f"Echo: {text}"
            except BaseException as exc:
                errors.append(exc)

        run_in_threads(worker, 8, timeout=30)
        assert errors == []
        assert server.accepted <= 9  # at most one per thread in flight, plus the caller loop's
        assert_sync_pool_clean(client)
        client.close()
        assert connections_left_open(server) == 0
    assert wait_loop_threads(threads) == threads


def test_an_unclosed_client_closes_its_connection_quietly_at_exit() -> None:
    script = textwrap.dedent(
        """
        import sys
        import poe_sdk

        client = poe_sdk.PoeClient(api_key="sk-x", base_url=sys.argv[1], max_retries=0)
        for text in ("a", "b"):
            messages = [{"role": "user", "content": text}]
            reply = client.chat.completions.create(model="m", messages=messages)
            print(reply.choices[0].message.content, flush=True)
        """
    )
    with raw.api_server(lambda index: raw.echo) as server:
        done = run_script(script, server.base_url)
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines() == ["Echo: a", "Echo: b"]
        assert done.stderr == ""  # D25: "Task exception was never retrieved ... aclose()"
        assert server.accepted == 1
        assert server.wait_disconnect(0, timeout=3)
