"""Streams that do not end with ``[DONE]``: union-typed events and a final event type."""

from __future__ import annotations

import json
from typing import Annotated, Literal

import httpx
import pytest
from pydantic import Field, TypeAdapter

import poe_sdk
from poe_sdk import AsyncStream
from poe_sdk._base_models import ResponseModel
from poe_sdk._request.operation import StreamEnd

pytestmark = pytest.mark.anyio


class Delta(ResponseModel):
    type: Literal["response.output_text.delta"]
    delta: str


class Completed(ResponseModel):
    type: Literal["response.completed"]


Event = Annotated[Delta | Completed, Field(discriminator="type")]
EVENTS: TypeAdapter[Delta | Completed] = TypeAdapter(Event)
FINAL = StreamEnd(done=None, final_events=("response.completed",))


def body(*events: dict[str, object], named: bool = True) -> bytes:
    lines = []
    for event in events:
        name = f"event: {event['type']}\n" if named else ""
        lines.append(f"{name}data: {json.dumps(event)}\n\n")
    return "".join(lines).encode()


def stream(data: bytes, end: StreamEnd = FINAL) -> AsyncStream[Delta | Completed]:
    request = httpx.Request("POST", "http://127.0.0.1:1/v1/responses")
    response = httpx.Response(200, content=data, request=request)
    return AsyncStream(response, EVENTS, end=end, name="ResponseStreamEvent")


@pytest.mark.parametrize("named", [True, False])
async def test_a_final_event_completes_the_stream(named: bool) -> None:
    events = [
        {"type": "response.output_text.delta", "delta": "Hi"},
        {"type": "response.completed"},
    ]
    s = stream(body(*events, named=named))
    received = [event async for event in s]
    assert [type(e) for e in received] == [Delta, Completed]
    assert s.completed


async def test_nothing_after_the_final_event_is_read() -> None:
    data = body({"type": "response.completed"}) + b"data: not json\n\n"
    s = stream(data)
    assert [type(e) async for e in s] == [Completed]


async def test_a_body_that_ends_before_the_final_event_is_truncated() -> None:
    s = stream(body({"type": "response.output_text.delta", "delta": "Hi"}))
    with pytest.raises(poe_sdk.IncompleteStreamError) as info:
        async for _ in s:
            pass
    assert info.value.chunk_count == 1
    assert "response.completed" in str(info.value)
    assert "1 chunk(s)" in str(info.value)


def strict_stream(data: bytes) -> AsyncStream[Delta | Completed]:
    request = httpx.Request("POST", "http://127.0.0.1:1/v1/responses")
    response = httpx.Response(200, content=data, request=request)
    return AsyncStream(response, EVENTS, end=FINAL, name="ResponseStreamEvent", strict=True)


async def test_a_deviating_union_event_is_read_along_the_union() -> None:
    deviating = {"type": "response.output_text.delta", "delta": 7, "extra": "kept"}
    s = stream(body(deviating, {"type": "response.completed"}))
    first, last = [event async for event in s]
    assert isinstance(first, Delta)
    assert first.delta == 7  # kept as sent
    assert first.extra == "kept"  # type: ignore[attr-defined]
    assert isinstance(last, Completed)


async def test_strict_replies_refuse_a_malformed_event_naming_the_union() -> None:
    s = strict_stream(b'data: {"type": "response.output_text.delta"}\n\n')
    with pytest.raises(poe_sdk.APIResponseValidationError, match="ResponseStreamEvent"):
        async for _ in s:
            pass


async def test_a_union_event_that_is_not_json_is_an_error() -> None:
    s = stream(b"data: {not json\n\n")
    with pytest.raises(poe_sdk.APIResponseValidationError, match="not JSON"):
        async for _ in s:
            pass


async def test_done_streams_still_end_at_done() -> None:
    data = body({"type": "response.output_text.delta", "delta": "a"}) + b"data: [DONE]\n\n"
    s = stream(data, StreamEnd())
    assert len([e async for e in s]) == 1
    assert s.completed


async def test_done_before_the_final_event_is_a_cut_stream_with_its_partial() -> None:
    """Issue 21 item 7: a Responses-style stream ended by ``data: [DONE]`` without a final
    event raises ``IncompleteStreamError`` keeping what arrived, as a cut body does."""
    events = [
        {"type": "response.output_text.delta", "delta": "Hel"},
        {"type": "response.output_text.delta", "delta": "lo"},
    ]
    s = stream(body(*events) + b"data: [DONE]\n\n" + body({"type": "response.completed"}))
    received: list[object] = []
    with pytest.raises(poe_sdk.IncompleteStreamError) as info:
        async for event in s:
            received.append(event)
    assert len(received) == 2
    assert info.value.chunk_count == 2
    assert "data: [DONE]" in str(info.value)
    assert "response.completed" in str(info.value)
    assert not s.completed


async def test_done_after_the_final_event_is_not_read() -> None:
    s = stream(body({"type": "response.completed"}) + b"data: [DONE]\n\n")
    assert [type(e) async for e in s] == [Completed]
    assert s.completed
