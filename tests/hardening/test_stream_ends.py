"""How a stream ends, over real sockets (issue 21): a Responses stream that a server ends with
``data: [DONE]`` before ``response.completed`` is a cut stream, whose ``.partial`` keeps the
text received; on asyncio, trio and the sync client."""

from __future__ import annotations

import json
from typing import Any

import anyio
import pytest

import poe_sdk
from poe_sdk.types.responses import Response

from . import raw_servers as raw
from .checks import (
    MODEL,
    assert_pool_clean,
    assert_sync_pool_clean,
    async_client,
    bounded,
    sync_client,
)

# -- Responses events ----------------------------------------------------------------------


def _response(status: str, *output: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1700000000,
        "status": status,
        "model": MODEL,
        "output": list(output),
    }


def _message(text: str) -> dict[str, Any]:
    part = {"type": "output_text", "text": text, "annotations": []}
    return {"type": "message", "id": "msg_1", "role": "assistant", "content": [part]}


def _event(kind: str, **fields: Any) -> bytes:
    return f"event: {kind}\ndata: {json.dumps({'type': kind, **fields})}\n\n".encode()


def _delta(text: str) -> bytes:
    return _event(
        "response.output_text.delta", item_id="msg_1", output_index=0, content_index=0, delta=text
    )


_START = [
    _event("response.created", response=_response("in_progress")),
    _event(
        "response.output_item.added",
        output_index=0,
        item={"type": "message", "id": "msg_1", "role": "assistant", "content": []},
    ),
    _delta("Hel"),
    _delta("lo"),
]
_COMPLETED = _event("response.completed", response=_response("completed", _message("Hello")))


def _stream(*events: bytes) -> raw.Action:
    def action(conn: raw.Conn, request: raw.RawRequest) -> bool:
        conn.start_stream()
        for event in events:
            conn.send_chunk(event)
        return conn.end_chunks()

    return action


_DONE_FIRST = _stream(*_START, raw.DONE)
_DONE_AFTER_COMPLETED = _stream(*_START, _COMPLETED, raw.DONE)


def _check_cut(error: BaseException | None) -> None:
    assert type(error) is poe_sdk.IncompleteStreamError, repr(error)
    assert "data: [DONE]" in str(error)
    partial = error.partial
    assert isinstance(partial, Response)
    assert partial.output_text == "Hello"
    assert error.chunk_count == len(_START)


# -- item 7: [DONE] before response.completed ----------------------------------------------


@pytest.mark.anyio
async def test_done_before_response_completed_is_a_cut_stream_async() -> None:
    with raw.api_server(lambda index: _DONE_FIRST) as server:
        client = async_client(server.base_url)
        try:
            with anyio.fail_after(10):
                stream = await client.responses.create(model=MODEL, input="hi", stream=True)
                error: BaseException | None = None
                try:
                    async with stream:
                        await stream.get_final_response()
                except poe_sdk.PoeError as exc:
                    error = exc
            _check_cut(error)
            await assert_pool_clean(client)
        finally:
            await client.close()
    assert len(server.requests) == 1  # a cut stream is not retried


def test_done_before_response_completed_is_a_cut_stream_sync() -> None:
    with raw.api_server(lambda index: _DONE_FIRST) as server:
        client = sync_client(server.base_url)

        def call() -> BaseException | None:
            with client.responses.create(model=MODEL, input="hi", stream=True) as stream:
                texts: list[str] = []
                try:
                    for text in stream.text_deltas():
                        texts.append(text)
                except poe_sdk.PoeError as exc:
                    assert texts == ["Hel", "lo"]  # every event before [DONE] was delivered
                    return exc
            return None

        try:
            _check_cut(bounded(call, 10, client.close))
            assert_sync_pool_clean(client)
        finally:
            client.close()


@pytest.mark.anyio
async def test_done_after_response_completed_still_completes_async() -> None:
    with raw.api_server(lambda index: _DONE_AFTER_COMPLETED) as server:
        client = async_client(server.base_url)
        try:
            with anyio.fail_after(10):
                for _ in range(2):  # the second call reuses the drained connection
                    stream = await client.responses.create(model=MODEL, input="hi", stream=True)
                    async with stream:
                        response = await stream.get_final_response()
                    assert response.output_text == "Hello"
                    assert stream.completed
            await assert_pool_clean(client)
        finally:
            await client.close()
    assert server.accepted == 1


def test_done_after_response_completed_still_completes_sync() -> None:
    with raw.api_server(lambda index: _DONE_AFTER_COMPLETED) as server:
        client = sync_client(server.base_url)

        def call() -> str:
            with client.responses.create(model=MODEL, input="hi", stream=True) as stream:
                return stream.get_final_response().output_text

        try:
            assert bounded(call, 10, client.close) == "Hello"
            assert_sync_pool_clean(client)
        finally:
            client.close()
