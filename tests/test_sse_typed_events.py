"""The decoder's fast path for typed events (``event: ...`` then ``data: ...``, one chunk each,
as the Responses API sends them) gives exactly what the general path gives."""

from __future__ import annotations

import pytest

from poe_sdk._replies.sse import ServerSentEvent, SSEDecodeError, SSEDecoder
from test_sse import reference

CHUNKS = [
    b'event: response.output_text.delta\ndata: {"delta":"a"}\n\n',
    b"event: \ndata: x\n\n",  # an empty type is "message"
    b"event: a b\ndata: x\n\n",
    b"event:tight\ndata: x\n\n",  # no space: the general path
    b"event: x\ndata:y\n\n",
    b"event: x\ndata: y\ndata: z\n\n",  # two data lines
    b"event: x\nid: 3\ndata: y\n\n",
    b"event: x\n\n",  # no data: no event
    b"event: x\ndata: \n\n",  # empty data
    b"event: x\ndata: y\n",  # not yet dispatched
    "event: é\ndata: 👋\n\n".encode(),
]


@pytest.mark.parametrize("chunk", CHUNKS)
def test_one_chunk_per_event_matches_the_reference(chunk: bytes) -> None:
    decoder = SSEDecoder()
    stream = chunk * 3
    events: list[ServerSentEvent] = []
    for _ in range(3):
        events += decoder.feed(chunk)
    assert events == reference(stream)


def test_the_event_type_resets_after_each_event() -> None:
    decoder = SSEDecoder()
    first = decoder.feed(b"event: response.created\ndata: 1\n\n")
    second = decoder.feed(b"data: 2\n\n")
    assert [(e.event, e.data) for e in first + second] == [
        ("response.created", "1"),
        ("message", "2"),
    ]


def test_invalid_utf8_in_a_typed_event_is_still_an_error() -> None:
    with pytest.raises(SSEDecodeError):
        SSEDecoder().feed(b"event: \xff\ndata: x\n\n")
