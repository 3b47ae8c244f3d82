"""Tests for poe_sdk._replies.sse, the incremental server-sent-events decoder."""

from __future__ import annotations

import dataclasses
import itertools
import pickle
import re
from collections.abc import Iterator, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from poe_sdk._replies import sse as _sse
from poe_sdk._replies.sse import ServerSentEvent, SSEDecodeError, SSEDecoder

E = ServerSentEvent
BOM = b"\xef\xbb\xbf"


def decode(chunks: Sequence[bytes]) -> list[ServerSentEvent]:
    """Feed ``chunks`` to a fresh decoder, then close it; return every event."""
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events += decoder.feed(chunk)
    assert decoder.close() == []
    assert not decoder.has_pending
    return events


def splittings(stream: bytes) -> Iterator[list[bytes]]:
    """The stream as one chunk, one byte at a time, cut at every offset, and (when short)
    cut at every pair of offsets; some with empty chunks in between."""
    yield [stream]
    yield [stream[i : i + 1] for i in range(len(stream))]
    yield [b"", *(piece for i in range(len(stream)) for piece in (stream[i : i + 1], b""))]
    for i in range(len(stream) + 1):
        yield [stream[:i], stream[i:]]
    if len(stream) <= 48:
        for i in range(len(stream) + 1):
            for j in range(i, len(stream) + 1):
                yield [stream[:i], stream[i:j], stream[j:]]


# name -> (stream, expected events)
CASES: dict[str, tuple[bytes, list[ServerSentEvent]]] = {
    # Line ends.
    "lf": (b"data: a\n\n", [E("a")]),
    "crlf": (b"data: a\r\n\r\n", [E("a")]),
    "cr": (b"data: a\r\r", [E("a")]),
    "mixed": (b"data: a\r\ndata: b\rdata: c\n\r\n", [E("a\nb\nc")]),
    "cr-then-lf-is-one-line-end": (b"data: a\r\ndata: b\r\n\r\n", [E("a\nb")]),
    "lf-then-cr-is-two-line-ends": (b"data: a\n\rdata: b\n\n", [E("a"), E("b")]),
    "cr-cr-lf": (b"data: a\r\r\ndata: b\n\n", [E("a"), E("b")]),
    "many-events": (
        b"data: 1\n\ndata: 2\r\n\r\ndata: 3\r\rdata: 4\n\n",
        [E("1"), E("2"), E("3"), E("4")],
    ),
    "unicode-separators-are-not-line-ends": (
        "data: a\u2028b\x0bc\x0cd\x1ce\x85f\n\n".encode(),
        [E("a\u2028b\x0bc\x0cd\x1ce\x85f")],
    ),
    # UTF-8.
    "utf8": ("data: héllo 👋\n\n".encode(), [E("héllo 👋")]),
    "utf8-crlf": ("data: 👋\r\nid: é\r\nevent: ü\r\n\r\n".encode(), [E("👋", "ü", "é")]),
    "nul-in-data": (b"data: a\x00b\n\n", [E("a\x00b")]),
    # Byte order mark.
    "bom": (BOM + b"data: a\n\n", [E("a")]),
    "bom-crlf": (BOM + b"data: a\r\n\r\n", [E("a")]),
    "bom-only": (BOM, []),
    "bom-then-blank-line": (BOM + b"\ndata: a\n\n", [E("a")]),
    "second-bom-is-kept": (BOM + BOM + b"data: a\n\ndata: b\n\n", [E("b")]),
    "bom-not-at-start-is-kept": (b"data: a\n\n" + BOM + b"data: b\n\n", [E("a")]),
    "bom-in-value-is-kept": (b"data: " + BOM + b"x\n\n", [E("\ufeffx")]),
    # Comments.
    "comments": (
        b": keep-alive\n\ndata: a\n: in the middle\ndata: b\n\n:\n\n",
        [E("a\nb")],
    ),
    "comment-only": (b": ping\r\n\r\n: ping\n\n", []),
    # data.
    "multi-line-data": (b"data: a\ndata: b\ndata:\ndata: c\n\n", [E("a\nb\n\nc")]),
    "data-without-space": (b"data:a\n\n", [E("a")]),
    "data-two-spaces": (b"data:  a\n\n", [E(" a")]),
    "data-tab-not-stripped": (b"data:\ta\n\n", [E("\ta")]),
    "data-trailing-space-kept": (b"data: a \n\n", [E("a ")]),
    "data-empty-with-space": (b"data: \n\n", [E("")]),
    "data-empty-without-space": (b"data:\n\n", [E("")]),
    "data-colons-in-value": (b"data: a:b: c\n\n", [E("a:b: c")]),
    "data-json": (
        b'data: {"id":"x","choices":[{"delta":{"content":"hi"}}]}\n\n',
        [E('{"id":"x","choices":[{"delta":{"content":"hi"}}]}')],
    ),
    "done": (b'data: {"x":1}\n\ndata: [DONE]\n\n', [E('{"x":1}'), E("[DONE]")]),
    # Field syntax.
    "field-without-colon": (b"data\n\n", [E("")]),
    "two-fields-without-colon": (b"data\ndata\n\n", [E("\n")]),
    "unknown-field-ignored": (b"foo: bar\nfoo\ndata: a\n\n", [E("a")]),
    "unknown-field-alone-no-event": (b"foo: bar\n\n", []),
    "field-names-case-sensitive": (b"Data: a\nEVENT: b\n\n", []),
    "space-before-colon": (b"data : a\n\n", []),
    "leading-space": (b" data: a\n\n", []),
    # event.
    "event-types": (
        b"event: add\ndata: 1\n\nevent: remove\ndata: 2\n\ndata: 3\n\n",
        [E("1", "add"), E("2", "remove"), E("3")],
    ),
    "event-last-wins": (b"event: a\nevent: b\ndata: x\n\n", [E("x", "b")]),
    "event-empty-is-message": (b"event:\ndata: x\n\nevent\ndata: y\n\n", [E("x"), E("y")]),
    "event-reset-by-blank-line-without-data": (b"event: x\n\ndata: 1\n\n", [E("1")]),
    "event-after-data": (b"data: 1\nevent: late\n\n", [E("1", "late")]),
    # id.
    "id-persists": (
        b"id: 1\ndata: a\n\ndata: b\n\nid: 2\ndata: c\n\nid\ndata: d\n\n",
        [E("a", id="1"), E("b", id="1"), E("c", id="2"), E("d", id="")],
    ),
    "id-set-in-block-without-data": (b"id: 7\n\ndata: a\n\n", [E("a", id="7")]),
    "id-with-nul-ignored": (
        b"id: 1\ndata: a\n\nid: 2\x003\ndata: b\n\n",
        [E("a", id="1"), E("b", id="1")],
    ),
    "id-value-kept-verbatim": (b"id:  x y \ndata: a\n\n", [E("a", id=" x y ")]),
    # retry.
    "retry": (
        b"retry: 1500\ndata: a\n\ndata: b\n\n",
        [E("a", retry=1500), E("b")],
    ),
    "retry-leading-zeros": (b"retry: 007\ndata: a\n\n", [E("a", retry=7)]),
    "retry-last-valid-wins": (b"retry: 1\nretry: 2\nretry: x\ndata: a\n\n", [E("a", retry=2)]),
    "retry-not-digits": (
        b"retry: 15x\ndata: a\n\nretry: -1\ndata: b\n\nretry: 1.5\ndata: c\n\n"
        b"retry:\ndata: d\n\nretry:  10\ndata: e\n\nretry\ndata: f\n\n"
        b"retry: +1\ndata: g\n\n" + "retry: \u0661\u0662\ndata: h\n\n".encode(),
        [E("a"), E("b"), E("c"), E("d"), E("e"), E("f"), E("g"), E("h")],
    ),
    "retry-alone-no-event": (b"retry: 10\n\ndata: a\n\n", [E("a")]),
    # Dispatch.
    "blank-lines-without-data": (b"\n\n\r\n\revent: x\n\n", []),
    "unterminated-event-discarded": (b"data: a\n\ndata: b\n", [E("a")]),
    "unterminated-line-discarded": (b"data: a\n\ndata: b", [E("a")]),
    "unterminated-cr-line-discarded": (b"data: a\r\rdata: b\r", [E("a")]),
    "empty-stream": (b"", []),
    "all-fields": (
        b"id: 42\r\nevent: update\r\nretry: 3000\r\ndata: line 1\r\ndata: line 2\r\n\r\n",
        [E("line 1\nline 2", "update", "42", 3000)],
    ),
}


@pytest.mark.parametrize(("stream", "expected"), CASES.values(), ids=CASES.keys())
def test_decode_any_split(stream: bytes, expected: list[ServerSentEvent]) -> None:
    for chunks in splittings(stream):
        assert decode(chunks) == expected, chunks


def test_events_are_frozen_slotted_dataclasses() -> None:
    event = decode([b"id: 1\nevent: e\nretry: 5\ndata: a\n\n"])[0]
    fast = decode([b"data: a\n\n"])[0]  # built by the single-event fast path
    assert event == E("a", "e", "1", 5)
    assert fast == E("a")
    assert hash(fast) == hash(E("a"))
    assert repr(fast) == repr(E("a"))
    for built in (event, fast):
        assert type(built) is ServerSentEvent
        assert not hasattr(built, "__dict__")
        with pytest.raises(dataclasses.FrozenInstanceError):
            built.data = "b"  # type: ignore[misc]
    assert E("x") == E("x", "message", None, None)


def test_feed_returns_events_as_soon_as_complete() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n") == []
    assert decoder.feed(b"\ndata: b\n\ndata: c\n\ndata: d") == [E("a"), E("b"), E("c")]
    assert decoder.feed(b"\n") == []
    assert decoder.feed(b"\n") == [E("d")]


def test_cr_at_end_of_chunk_ends_the_line_once() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r") == []
    assert decoder.feed(b"\n") == []  # the LF of a split CRLF, not a blank line
    assert decoder.has_pending
    assert decoder.feed(b"\r") == [E("a")]  # a lone CR ends the blank line
    assert decoder.feed(b"\ndata: b\r\n\r") == [E("b")]
    assert decoder.feed(b"") == []
    assert decoder.feed(b"\n\n") == []  # the LF after the CR is skipped; the next is blank
    assert not decoder.has_pending


def test_has_pending() -> None:
    decoder = SSEDecoder()
    assert not decoder.has_pending
    for chunk, pending in [
        (b"\xef", True),  # maybe a BOM: a partial line
        (b"\xbb\xbf", False),  # a whole BOM: stripped, nothing held
        (b": comment\n", False),
        (b"data: a", True),
        (b"\n", True),
        (b"\n", False),
        (b"id: 1\n", True),
        (b"\r", False),
        (b"event: x\r", True),
        (b"\n\r", False),
        (b"\n", False),
        (b"retry: 1\n", True),
        (b"\n", False),
        (b"data", True),
    ]:
        decoder.feed(chunk)
        assert decoder.has_pending is pending, chunk
    assert decoder.close() == []
    assert not decoder.has_pending


def test_close_discards_and_resets_but_keeps_last_event_id() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(BOM + b"id: 1\ndata: a\n\nid: 2\ndata: b\nevent: x\nretry: 9\n") == [
        E("a", id="1")
    ]
    assert decoder.close() == []
    assert not decoder.has_pending
    # A new stream (say, after a reconnect): its BOM is stripped again, the last ID carries over.
    assert decoder.feed(BOM + b"data: c\n\n") == [E("c", id="2")]
    assert decoder.close() == []
    assert decoder.feed(b"data: d\r") == []
    assert decoder.close() == []
    assert decoder.feed(b"\ndata: e\n\n") == [E("e", id="2")]  # the LF is not skipped


def test_feed_tolerates_other_bytes_like_chunks() -> None:
    decoder = SSEDecoder()  # typed for bytes, but copes with what a transport might hand over
    assert decoder.feed(bytearray(b"data: a\n")) == []  # type: ignore[arg-type]
    assert decoder.feed(memoryview(b"\ndata: b\n\n")) == [E("a"), E("b")]  # type: ignore[arg-type]


# Invalid UTF-8: stream -> the raw line reported.
INVALID: dict[str, tuple[bytes, bytes]] = {
    "invalid-start-byte": (b"data: \xff\n\n", b"data: \xff"),
    "truncated-at-line-end": (b"data: \xc3\n\n", b"data: \xc3"),
    "truncated-emoji-crlf": (b"data: \xf0\x9f\x91\r\n\r\n", b"data: \xf0\x9f\x91"),
    "surrogate": (b"data: \xed\xa0\x80\r\r", b"data: \xed\xa0\x80"),
    "overlong": (b"data: \xc0\xaf\n", b"data: \xc0\xaf"),
    "in-field-name": (b"\xffdata: a\n\n", b"\xffdata: a"),
    "in-comment": (b": \xfe\n", b": \xfe"),
    "after-valid-events": ("data: é\n\n".encode() + b"id: 1\nevent: \xff\n", b"event: \xff"),
    "first-bad-line-reported": (b"data: ok\ndata: \x80a\ndata: \x80b\n\n", b"data: \x80a"),
    "partial-bom-then-text": (b"\xef\xbbdata: a\n\n", b"\xef\xbbdata: a"),
    "bom-after-bom-prefix": (b"\xef" + BOM + b"\n", b"\xef" + BOM),
    "lone-continuation": (b"data: a\n\n\x80\n\n", b"\x80"),
}


@pytest.mark.parametrize(("stream", "line"), INVALID.values(), ids=INVALID.keys())
def test_invalid_utf8_raises_with_raw_line(stream: bytes, line: bytes) -> None:
    for chunks in splittings(stream):
        with pytest.raises(SSEDecodeError) as info:
            decode(chunks)
        assert info.value.line == line, chunks
        assert isinstance(info.value, ValueError)
        assert isinstance(info.value.__cause__, UnicodeDecodeError)
        assert "invalid UTF-8" in str(info.value)


def test_invalid_utf8_in_unterminated_line_is_discarded() -> None:
    assert decode([b"data: a\n\ndata: \xff"]) == [E("a")]
    assert decode([b"data: a\n\n\xf0\x9f"]) == [E("a")]


def test_decode_error_pickles() -> None:
    with pytest.raises(SSEDecodeError) as info:
        SSEDecoder().feed(b"data: \xff\n")
    copy = pickle.loads(pickle.dumps(info.value))
    assert type(copy) is SSEDecodeError
    assert copy.line == b"data: \xff"
    assert str(copy) == str(info.value)


def test_public_api() -> None:
    assert sorted(_sse.__all__) == [
        "SSEDecodeError",
        "SSEDecoder",
        "SSEEventTooLargeError",
        "ServerSentEvent",
    ]
    for name in _sse.__all__:
        assert getattr(_sse, name).__doc__
    for member in (SSEDecoder.feed, SSEDecoder.close, SSEDecoder.has_pending):
        assert member.__doc__


# Linear cost, checked without timing: these inputs are fed one byte at a time, so a decoder
# that re-scans, re-decodes or re-joins its buffer on every feed does ~10^10-10^12 byte
# operations and visibly hangs (minutes), while a linear one takes well under a second.


def feed_bytewise(stream: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    feed = decoder.feed
    events: list[ServerSentEvent] = []
    for i in range(len(stream)):
        events += feed(stream[i : i + 1])
    return events


def test_1mb_line_fed_bytewise_is_linear() -> None:
    value = "x" * 1_000_000
    assert feed_bytewise(b"data: " + value.encode() + b"\n\n") == [E(value)]


@pytest.mark.parametrize("end", [b"\n", b"\r\n", b"\r"])
def test_200kb_utf8_line_fed_bytewise_is_linear(end: bytes) -> None:
    value = "é" * 100_000
    assert feed_bytewise(b"data: " + value.encode() + end + end) == [E(value)]


def test_many_data_lines_fed_bytewise_is_linear() -> None:
    stream = b"data: xy\n" * 20_000 + b"\n"  # 180 KB, 20,000 lines in one event
    assert feed_bytewise(stream) == [E("\n".join(["xy"] * 20_000))]


def test_many_events_in_one_chunk() -> None:
    stream = b'data: {"n":1}\n\n' * 50_000
    assert SSEDecoder().feed(stream) == [E('{"n":1}')] * 50_000


# Property tests against a straightforward transcription of the WHATWG algorithm.


def reference(stream: bytes) -> list[ServerSentEvent] | bytes:
    """The events of a whole stream, or the raw line that is not valid UTF-8."""
    if stream.startswith(BOM):
        stream = stream[3:]
    raw_lines = re.split(rb"\r\n|\r|\n", stream)[:-1]  # the unterminated tail is discarded
    events: list[ServerSentEvent] = []
    data, event_type, last_id, retry = "", "", None, None
    for raw in raw_lines:
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw
        if line == "":
            if data:
                events.append(E(data.removesuffix("\n"), event_type or "message", last_id, retry))
            data, event_type, retry = "", "", None
            continue
        if line.startswith(":"):
            continue
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            data += value + "\n"
        elif name == "event":
            event_type = value
        elif name == "id" and "\x00" not in value:
            last_id = value
        elif name == "retry" and value and all(c in "0123456789" for c in value):
            retry = int(value)
    return events


def outcome(chunks: Sequence[bytes]) -> tuple[list[ServerSentEvent] | bytes, bool | None]:
    """(events or the offending line, has_pending before close) of feeding ``chunks``."""
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    try:
        for chunk in chunks:
            events += decoder.feed(chunk)
    except SSEDecodeError as exc:
        return exc.line, None
    pending = decoder.has_pending
    assert decoder.close() == []
    return events, pending


TOKENS = [
    *(b"data", b"event", b"id", b"retry", b"dat", b":", b": ", b" ", b"x", b"7", b"[DONE]"),
    *(b"\n", b"\n", b"\r", b"\r\n", b"\n\n", b"\r\n\r\n", b"\x00", BOM, b"\xef\xbb"),
    *("é".encode(), "👋".encode(), b"\xff", b"\xf0\x9f", b"\x80"),
]
VALUE_TOKENS = [b"x", b"7", b"42", b" ", b"\x00", b":", b"[DONE]", BOM, "é".encode(), "👋".encode()]
# Mostly well-formed lines, so that events are actually dispatched.
WELL_FORMED = [
    b"data: d\n",
    b"data:\n",
    b"event: e\n",
    b"id: 1\r\n",
    b"retry: 10\r",
    b"\n",
    b"\r\n",
]
lines = st.sampled_from(WELL_FORMED) | st.tuples(
    st.sampled_from([b"data", b"data", b"event", b"id", b"retry", b"", b"", b":", b"dat", b"x"]),
    st.sampled_from([b": ", b": ", b":", b"", b":  "]),
    st.lists(st.sampled_from(VALUE_TOKENS), max_size=4).map(b"".join),
    st.sampled_from([b"\n", b"\n", b"\r", b"\r\n", b"\n\n", b"\r\n\r\n", b"\r\r", b""]),
).map(b"".join)
streams = st.one_of(
    st.binary(max_size=120),
    st.lists(st.sampled_from(TOKENS), max_size=80).map(b"".join),
    st.tuples(
        st.sampled_from([b"", BOM]), st.lists(lines, min_size=1, max_size=24).map(b"".join)
    ).map(b"".join),
    st.tuples(
        st.sampled_from([b"", b"", BOM]),
        st.lists(lines, max_size=16).map(b"".join),
        st.sampled_from([b"", b"", b"", b"\xff", b"\xc3"]),  # sometimes invalid UTF-8
        st.lists(lines, max_size=4).map(b"".join),
    ).map(b"".join),
)


@st.composite
def split_streams(draw: st.DrawFn) -> tuple[bytes, list[bytes]]:
    stream = draw(streams)
    cuts = sorted(draw(st.lists(st.integers(0, len(stream)), max_size=12)))
    bounds = [0, *cuts, len(stream)]
    return stream, [stream[a:b] for a, b in itertools.pairwise(bounds)]


@settings(max_examples=600, deadline=None)
@given(split_streams())
def test_splitting_never_changes_the_result(case: tuple[bytes, list[bytes]]) -> None:
    stream, chunks = case
    whole = outcome([stream])
    assert outcome(chunks) == whole
    assert outcome([stream[i : i + 1] for i in range(len(stream))]) == whole
    assert whole[0] == reference(stream)
