"""``RetryPolicy(total_timeout=...)`` bounds the whole call: every attempt, every wait, an
error body, and a stream's whole body, on asyncio, trio and the sync client; per call too,
with ``total_timeout=`` or through ``with_options``."""

from __future__ import annotations

import time
from typing import Any

import anyio
import pytest

import poe_sdk
from poe_sdk import RetryPolicy
from support import chunk_json

from . import raw_servers as raw
from .checks import MODEL, async_client, bounded, sync_client, user

BOUND = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.05, total_timeout=0.5)
"""A 0.5 s deadline; the clients' read timeout is 5 s, so no other timeout fires first."""
LIMIT = 3.0
"""The test fails when the call took longer than this (without the fix: forever)."""


def _keepalive_forever(conn: raw.Conn, request: raw.RawRequest) -> bool:
    """One chunk, then an SSE comment every 50 ms: the read timeout never fires."""
    conn.start_stream()
    conn.send_chunk(raw.sse_event(chunk_json("Echo: ")))
    for _ in range(400):
        if not conn.send_chunk(b": keep-alive\n\n") or conn.wait_eof(0.05):
            return False
    return False


def _dripping_error(conn: raw.Conn, request: raw.RawRequest) -> bool:
    """A 500 whose 200-byte body comes one byte every 50 ms."""
    body = b'{"error": {"message": "' + b"x" * 174 + b'"}}'
    head = f"HTTP/1.1 500 Oops\r\ncontent-type: application/json\r\ncontent-length: {len(body)}"
    conn.send(head.encode() + b"\r\n\r\n")
    for byte in body:
        if not conn.send(bytes([byte])) or conn.wait_eof(0.05):
            return False
    return False


def _exhausted_window(conn: raw.Conn, request: raw.RawRequest) -> bool:
    """A normal reply that says no requests remain for 30 s."""
    headers = {"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "30"}
    return conn.send_response(200, raw.completion_bytes("Echo: x"), headers=headers)


async def _read(client: poe_sdk.AsyncPoeClient, stream: bool) -> None:
    if stream:
        async with await client.chat.completions.create(
            model=MODEL, messages=user("x"), stream=True
        ) as chunks:
            async for _ in chunks:
                pass
    else:
        await client.chat.completions.create(model=MODEL, messages=user("x"))


def _read_sync(client: poe_sdk.PoeClient, stream: bool) -> None:
    if stream:
        with client.chat.completions.create(model=MODEL, messages=user("x"), stream=True) as s:
            for _ in s:
                pass
    else:
        client.chat.completions.create(model=MODEL, messages=user("x"))


CASES: dict[str, tuple[raw.Action, bool]] = {
    "keepalive-stream": (_keepalive_forever, True),
    "dripping-error-body-of-a-stream": (_dripping_error, True),
}


@pytest.mark.anyio
@pytest.mark.parametrize("case", list(CASES))
async def test_total_timeout_bounds_the_whole_async_call(case: str) -> None:
    action, stream = CASES[case]
    with raw.api_server(lambda index: action) as server:
        client = async_client(server.base_url, retry_policy=BOUND)
        started = time.monotonic()
        with anyio.fail_after(LIMIT), pytest.raises(poe_sdk.APITimeoutError, match="total_time"):
            await _read(client, stream)
        assert time.monotonic() - started < LIMIT
        await client.close()


@pytest.mark.parametrize("case", list(CASES))
def test_total_timeout_bounds_the_whole_sync_call(case: str) -> None:
    action, stream = CASES[case]
    with raw.api_server(lambda index: action) as server:
        client = sync_client(server.base_url)
        per_call = client.with_options(retry_policy=BOUND)  # the bound for one call

        def call() -> None:
            with pytest.raises(poe_sdk.APITimeoutError, match="total_timeout"):
                _read_sync(per_call, stream)

        bounded(call, LIMIT, client.close)
        client.close()


@pytest.mark.anyio
async def test_total_timeout_bounds_the_pace_requests_wait() -> None:
    with raw.api_server(lambda index: _exhausted_window) as server:
        client = async_client(server.base_url, pace_requests=True)
        await _read(client, stream=False)  # the window is now exhausted for 30 s
        started = time.monotonic()
        with anyio.fail_after(LIMIT), pytest.raises(poe_sdk.APITimeoutError):
            await _read(client.with_options(retry_policy=BOUND), stream=False)
        assert time.monotonic() - started < LIMIT
        assert len(server.requests) == 1  # the paced request was never sent
        await client.close()


def test_total_timeout_bounds_the_sync_pace_requests_wait() -> None:
    with raw.api_server(lambda index: _exhausted_window) as server:
        client = sync_client(server.base_url, pace_requests=True, retry_policy=BOUND)
        _read_sync(client, stream=False)

        def call() -> Any:
            with pytest.raises(poe_sdk.APITimeoutError):
                _read_sync(client, stream=False)

        bounded(call, LIMIT, client.close)
        client.close()


@pytest.mark.anyio
@pytest.mark.parametrize("stream", [True, False], ids=["stream", "error-body"])
async def test_a_per_call_total_timeout_bounds_an_async_call(stream: bool) -> None:
    action = _keepalive_forever if stream else _dripping_error
    with raw.api_server(lambda index: action) as server:
        client = async_client(server.base_url)
        started = time.monotonic()
        with anyio.fail_after(LIMIT), pytest.raises(poe_sdk.APITimeoutError, match="total_time"):
            reply = await client.chat.completions.create(
                model=MODEL, messages=user("x"), stream=True, total_timeout=0.5, max_retries=0
            )
            async with reply:
                async for _ in reply:
                    pass
        assert time.monotonic() - started < LIMIT
        await client.close()


def test_a_per_call_total_timeout_bounds_a_sync_stream() -> None:
    with raw.api_server(lambda index: _keepalive_forever) as server:
        client = sync_client(server.base_url)

        def call() -> None:
            with pytest.raises(poe_sdk.APITimeoutError, match="total_timeout"):
                stream = client.chat.completions.create(
                    model=MODEL, messages=user("x"), stream=True, total_timeout=0.5
                )
                with stream:
                    for _ in stream:
                        pass

        bounded(call, LIMIT, client.close)
        client.close()


def test_a_per_call_total_timeout_is_checked_before_any_io() -> None:
    client = sync_client("http://127.0.0.1:9/v1")
    with pytest.raises(poe_sdk.RequestValidationError, match="total_timeout"):
        client.chat.completions.create(model=MODEL, messages=user("x"), total_timeout=-1)
    client.close()
