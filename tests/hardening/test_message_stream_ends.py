"""How an Anthropic Messages stream ends, over real sockets, on asyncio, trio and the sync
client: ``ping`` events are delivered but are not progress (a stream of pings ends with
``StreamTimeoutError`` keeping the partial message, and the connection is closed); a body cut
before ``message_stop`` is ``IncompleteStreamError``."""

from __future__ import annotations

import json
from typing import Any

import anyio
import pytest

import poe_sdk
from poe_sdk.types import Message, TextBlock

from . import raw_servers as raw
from .checks import assert_pool_clean, assert_sync_pool_clean, async_client, bounded, sync_client
from .test_stream_ends import IDLE, _keeps_alive

CLAUDE = "claude-sonnet-4"


def _event(kind: str, **fields: Any) -> bytes:
    return f"event: {kind}\ndata: {json.dumps({'type': kind, **fields})}\n\n".encode()


_MESSAGE = {"id": "msg_1", "type": "message", "role": "assistant", "model": CLAUDE, "content": []}
_START = b"".join(
    [
        _event("message_start", message={**_MESSAGE, "usage": {"input_tokens": 3}}),
        _event("content_block_start", index=0, content_block={"type": "text", "text": ""}),
        _event("content_block_delta", index=0, delta={"type": "text_delta", "text": "Hello"}),
    ]
)
_PINGS = _keeps_alive(_START, _event("ping"))


def _cut(conn: raw.Conn, request: raw.RawRequest) -> bool:
    conn.start_stream()
    conn.send_chunk(_START)
    conn.end_chunks()
    return True


def _text(message: object) -> str:
    assert isinstance(message, Message)
    return "".join(b.text for b in message.content if isinstance(b, TextBlock))


@pytest.mark.anyio
async def test_a_stream_of_pings_times_out_with_its_partial_message_async() -> None:
    with raw.api_server(lambda index: _PINGS) as server:
        client = async_client(server.base_url, stream_idle_timeout=IDLE)
        try:
            kinds: list[str] = []
            with anyio.fail_after(10), pytest.raises(poe_sdk.StreamTimeoutError) as caught:
                stream = await client.messages.create(
                    model=CLAUDE,
                    max_tokens=5,
                    messages=[{"role": "user", "content": "x"}],
                    stream=True,
                )
                async with stream:
                    async for event in stream:
                        kinds.append(event.type)
            assert kinds[:3] == ["message_start", "content_block_start", "content_block_delta"]
            assert "ping" in kinds  # delivered, typed
            assert _text(caught.value.partial) == "Hello"
            assert len(server.requests) == 1  # a stream that started is not retried
            await assert_pool_clean(client)
        finally:
            await client.close()


def test_a_stream_of_pings_times_out_with_its_partial_message_sync() -> None:
    with raw.api_server(lambda index: _PINGS) as server:
        client = sync_client(server.base_url, stream_idle_timeout=IDLE)

        def call() -> BaseException | None:
            try:
                with client.messages.stream(
                    model=CLAUDE, max_tokens=5, messages=[{"role": "user", "content": "x"}]
                ) as stream:
                    stream.get_final_message()
            except poe_sdk.PoeError as exc:
                return exc
            return None

        try:
            error = bounded(call, 10, client.close)
            assert type(error) is poe_sdk.StreamTimeoutError, repr(error)
            assert _text(error.partial) == "Hello"
            assert server.wait_disconnect(0)
            assert_sync_pool_clean(client)
        finally:
            client.close()


@pytest.mark.anyio
async def test_a_body_cut_before_message_stop_is_incomplete_async() -> None:
    with raw.api_server(lambda index: _cut) as server:
        client = async_client(server.base_url)
        try:
            with anyio.fail_after(10):
                stream = await client.messages.create(
                    model=CLAUDE,
                    max_tokens=5,
                    messages=[{"role": "user", "content": "x"}],
                    stream=True,
                )
                with pytest.raises(poe_sdk.IncompleteStreamError, match="message_stop") as caught:
                    await stream.get_final_message()
            assert type(caught.value) is poe_sdk.IncompleteStreamError
            assert _text(caught.value.partial) == "Hello"
            assert caught.value.chunk_count == 3
            await assert_pool_clean(client)
        finally:
            await client.close()
