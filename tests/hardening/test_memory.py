"""Memory caps: no reply makes the client hold more than its ``ResponseLimits`` allow.

A line without a newline, a body without end, a gzip bomb: each stops at its limit with a
``ResponseTooLargeError`` naming the limit; an error reply keeps only a bounded prefix.
"""

from __future__ import annotations

import gzip
import json
from typing import Any

import anyio
import pytest

import poe_sdk
from poe_sdk import ResponseLimits, ResponseTooLargeError

from . import raw_servers as raw
from .checks import MODEL, TracedPeak, async_client, sync_client, user

MB = 1024 * 1024


def _endless_line(conn: raw.Conn, request: raw.RawRequest) -> bool:
    """``data: xxxx…`` without a newline, 1 MB at a time, up to 64 MB."""
    conn.start_stream()
    conn.send_chunk(b"data: ")
    for _ in range(64):
        if not conn.send_chunk(b"x" * MB):
            return False
    return conn.end_chunks()


def _huge_chunked_body(conn: raw.Conn, request: raw.RawRequest) -> bool:
    """A 200 whose chunked body is 96 MB of JSON-looking bytes."""
    head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked"
    conn.send(head.encode() + b"\r\n\r\n")
    conn.send_chunk(b'{"id": "')
    for _ in range(96):
        if not conn.send_chunk(b"x" * MB):
            return False
    return conn.end_chunks()


def _declared_huge_body(conn: raw.Conn, request: raw.RawRequest) -> bool:
    """A 200 that declares 500 MB, sends 1 MB, then waits for the client to leave."""
    head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 524288000"
    conn.send(head.encode() + b"\r\n\r\n" + b" " * MB)
    conn.wait_eof(10)
    return False


BOMB = gzip.compress(b" " * (256 * MB), compresslevel=9)  # ~250 KB inflating to 256 MB


def _gzip_bomb(conn: raw.Conn, request: raw.RawRequest) -> bool:
    headers = {"content-encoding": "gzip"}
    return conn.send_response(200, BOMB, headers=headers)


def _huge_error(conn: raw.Conn, request: raw.RawRequest) -> bool:
    """A 400 whose JSON error message is 8 MB long."""
    body = json.dumps({"error": {"message": "m" * (8 * MB), "type": "invalid"}}).encode()
    return conn.send_response(400, body)


async def _stream(client: poe_sdk.AsyncPoeClient) -> None:
    async with await client.chat.completions.create(
        model=MODEL, messages=user("x"), stream=True
    ) as stream:
        async for _ in stream:
            pass


async def _plain(client: poe_sdk.AsyncPoeClient) -> Any:
    return await client.chat.completions.create(model=MODEL, messages=user("x"))


@pytest.mark.anyio
async def test_a_line_without_a_newline_stops_at_max_event_bytes() -> None:
    with raw.api_server(lambda index: _endless_line) as server:
        client = async_client(server.base_url)
        with TracedPeak() as peak, anyio.fail_after(20):
            with pytest.raises(ResponseTooLargeError) as caught:
                await _stream(client)
        assert caught.value.limit == "max_event_bytes"
        assert caught.value.limit_bytes == 16 * MB  # the default
        assert "max_event_bytes" in str(caught.value)
        assert peak.delta < 48 * MB, f"traced peak {peak.delta / MB:.0f} MB"
        assert len(server.requests) == 1  # not retried
        await client.close()


@pytest.mark.anyio
async def test_a_body_without_end_stops_at_max_body_bytes() -> None:
    with raw.api_server(lambda index: _huge_chunked_body) as server:
        client = async_client(server.base_url)
        with TracedPeak() as peak, anyio.fail_after(20):
            with pytest.raises(ResponseTooLargeError) as caught:
                await _plain(client)
        assert caught.value.limit == "max_body_bytes"
        assert caught.value.limit_bytes == 64 * MB
        assert peak.delta < 160 * MB, f"traced peak {peak.delta / MB:.0f} MB"
        assert len(server.requests) == 1
        await client.close()


@pytest.mark.anyio
async def test_a_declared_huge_body_is_refused_before_reading() -> None:
    with raw.api_server(lambda index: _declared_huge_body) as server:
        client = async_client(server.base_url)
        with anyio.fail_after(5), pytest.raises(ResponseTooLargeError, match="max_body_bytes"):
            await _plain(client)
        await client.close()


@pytest.mark.anyio
async def test_a_gzip_bomb_stops_at_max_body_bytes() -> None:
    with raw.api_server(lambda index: _gzip_bomb) as server:
        client = async_client(server.base_url)
        with TracedPeak() as peak, anyio.fail_after(20):
            with pytest.raises(ResponseTooLargeError, match="decompression"):
                await _plain(client)
        assert peak.delta < 160 * MB, f"traced peak {peak.delta / MB:.0f} MB"
        await client.close()


@pytest.mark.anyio
async def test_an_error_reply_keeps_a_bounded_prefix() -> None:
    with raw.api_server(lambda index: _huge_error) as server:
        client = async_client(server.base_url)
        with anyio.fail_after(10), pytest.raises(poe_sdk.BadRequestError) as caught:
            await _plain(client)
        error = caught.value
        assert isinstance(error.body, str) and len(error.body) <= 64 * 1024
        assert len(str(error)) <= 64 * 1024 + 100
        assert error.response.content == b"" or len(error.response.content) <= 64 * 1024
        await client.close()


def test_limits_are_configurable_per_client_and_checked() -> None:
    small = ResponseLimits(max_body_bytes=64 * 1024, max_event_bytes=4096)
    with raw.api_server(lambda index: raw.echo) as server:
        client = sync_client(server.base_url, limits=small)
        assert client.limits is small
        assert client.with_options(timeout=3).limits is small
        reply = client.chat.completions.create(model=MODEL, messages=user("y" * 1000))
        assert reply.choices[0].message.content == "Echo: " + "y" * 1000
        with pytest.raises(ResponseTooLargeError, match="max_body_bytes"):
            client.chat.completions.create(model=MODEL, messages=user("y" * 70_000))
        with pytest.raises(ResponseTooLargeError, match="max_event_bytes"):
            with client.chat.completions.create(
                model=MODEL, messages=user("y" * 5000), stream=True
            ) as stream:
                for _ in stream:
                    pass
        roomy = client.with_options(limits=ResponseLimits())
        assert roomy.chat.completions.create(model=MODEL, messages=user("y" * 70_000))
        client.close()
    for bad in (0, 10, -1, True, 1.5, "1"):
        with pytest.raises(poe_sdk.RequestValidationError, match="max_body_bytes"):
            ResponseLimits(max_body_bytes=bad)  # type: ignore[arg-type]
    with pytest.raises(poe_sdk.RequestValidationError, match="limits"):
        poe_sdk.AsyncPoeClient(api_key="sk-x", limits={"max_body_bytes": 1})  # type: ignore[arg-type]


def _huge_invalid_json(conn: raw.Conn, request: raw.RawRequest) -> bool:
    """A 200 whose 8 MB body is JSON cut short."""
    return conn.send_response(200, b'{"id": "' + b"x" * (8 * MB))


@pytest.mark.anyio
async def test_a_2xx_reply_that_fails_validation_keeps_a_bounded_prefix() -> None:
    with raw.api_server(lambda index: _huge_invalid_json) as server:
        client = async_client(server.base_url)
        with anyio.fail_after(10), pytest.raises(poe_sdk.APIResponseValidationError) as caught:
            await _plain(client)
        raw_reply = await client.chat.completions.with_raw_response.create(
            model=MODEL, messages=user("x")
        )
        with pytest.raises(poe_sdk.APIResponseValidationError) as parsed_later:
            raw_reply.parse()
        await client.close()
    for error in (caught.value, parsed_later.value):
        assert isinstance(error.body, str) and len(error.body) <= 64 * 1024 + 3
        assert len(str(error)) <= 64 * 1024
        assert error.response is not None and len(error.response.content) <= 64 * 1024
