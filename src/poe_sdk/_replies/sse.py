"""An incremental server-sent-events decoder over bytes (no I/O, no event loop).

Implements the WHATWG HTML "event stream interpretation" algorithm, with one deliberate
deviation: invalid UTF-8 raises :class:`SSEDecodeError` instead of being replaced with
U+FFFD, so a corrupt stream never yields silently altered data.

Lines are split on bytes (every line terminator is ASCII, so a terminator byte can never sit
inside a multi-byte character) and each run of complete lines is decoded once; characters and
CRLF pairs split across chunks are therefore handled for free. Each input byte is scanned and
copied a bounded number of times, so the cost is linear in the input however it is chunked.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass

__all__ = ["SSEDecodeError", "SSEDecoder", "SSEEventTooLargeError", "ServerSentEvent"]

_BOM = b"\xef\xbb\xbf"


class SSEDecodeError(ValueError):
    """The stream is not valid UTF-8; ``.line`` holds the offending raw line (bytes).

    ``.line`` is the line's bytes without its terminator. Events completed earlier in the same
    ``feed()`` call are not returned; the decoder should be discarded after this error.
    """

    line: bytes

    def __init__(self, message: str, line: bytes) -> None:
        super().__init__(message)
        self.line = line

    def __reduce__(self) -> tuple[type[SSEDecodeError], tuple[str, bytes]]:
        return (type(self), (str(self), self.line))


class SSEEventTooLargeError(ValueError):
    """An unterminated line, or the data of one event, grew past ``max_event_bytes``."""


@dataclass(frozen=True, slots=True)
class ServerSentEvent:
    """One dispatched event of a server-sent-events stream."""

    data: str
    """The event's ``data`` lines joined with ``"\\n"``."""
    event: str = "message"
    """The event type: the last non-empty ``event`` field of the block, else ``"message"``."""
    id: str | None = None
    """The last event ID at dispatch time; persists across events, ``None`` if never set."""
    retry: int | None = None
    """The reconnection time (ms) set by a ``retry`` field in this event's block, else ``None``."""


# A frozen dataclass's __init__ sets each field through object.__setattr__; building events by
# calling the slot descriptors directly is ~40% faster and gives an identical object. Keep in
# step with ServerSentEvent (it has no __post_init__ to bypass).
_Setter = Callable[[ServerSentEvent, object], None]
_set_data: _Setter = vars(ServerSentEvent)["data"].__set__
_set_event: _Setter = vars(ServerSentEvent)["event"].__set__
_set_id: _Setter = vars(ServerSentEvent)["id"].__set__
_set_retry: _Setter = vars(ServerSentEvent)["retry"].__set__


def _new_event(data: str, event: str, last_id: str | None, retry: int | None) -> ServerSentEvent:
    """Return ``ServerSentEvent(data, event, last_id, retry)``, built the fast way."""
    new = object.__new__(ServerSentEvent)
    _set_data(new, data)
    _set_event(new, event)
    _set_id(new, last_id)
    _set_retry(new, retry)
    return new


class SSEDecoder:
    """Incrementally decodes a server-sent-events byte stream into :class:`ServerSentEvent`.

    Feed the stream's bytes in chunks of any size with :meth:`feed`, then call :meth:`close`
    at end of input. A line ending with CR is complete as soon as the CR arrives; an LF that
    starts the next chunk is recognised as the rest of that CRLF, never as a second line end.
    """

    __slots__ = (
        "_block_open",
        "_data",
        "_event",
        "_head",
        "_last_id",
        "_max_event",
        "_partial",
        "_retry",
        "_skip_lf",
        "_start",
    )

    def __init__(self, max_event_bytes: int | None = None) -> None:
        # Past this many buffered bytes of one line or event, feed() raises
        # SSEEventTooLargeError (None: no limit).
        self._max_event = max_event_bytes
        self._start: bool = True  # still at the start of the stream, where a BOM may be
        self._head: bytes = b""  # a proper prefix of the BOM held back at the start of the stream
        # The previous chunk ended with CR: one LF starting the next chunk belongs to it.
        self._skip_lf: bool = False
        self._partial: bytearray = bytearray()  # the bytes of the current, unterminated line
        self._data: list[str] = []  # the data buffer, one item per data line
        self._event: str = ""  # the event type buffer
        self._retry: int | None = None  # the retry value set in the current block
        self._block_open: bool = False  # a field line was seen since the last blank line
        self._last_id: str | None = None  # the last event ID buffer

    @property
    def has_pending(self) -> bool:
        """True when a partial line or an undispatched event is buffered.

        An undispatched event is any field line (``data``, ``event``, ``id``, ...) not yet
        followed by a blank line; comment lines do not count. Use it at end of input to tell a
        cleanly ended stream from a truncated one.
        """
        return bool(self._partial or self._head or self._block_open)

    @property
    def pending_data(self) -> int:
        """The size of the event being received: its data lines so far plus an unterminated
        line that is not a comment (0 between events). Growing, it shows that a large event
        is arriving, although no event completed."""
        partial = self._partial
        comment = partial.startswith(b":")
        return (0 if comment else len(partial)) + sum(map(len, self._data))

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Consume the next chunk of the stream; return the events it completes, in order.

        Raises :class:`SSEDecodeError` when a completed line is not valid UTF-8.
        """
        if type(chunk) is not bytes:
            chunk = bytes(chunk)
        if self._start or self._skip_lf or 13 in chunk:  # 13 is CR; `int in bytes` is memchr
            chunk = self._normalize(chunk)
        end = chunk.rfind(b"\n") + 1
        if not end:
            self._partial += chunk
            if self._max_event is not None and len(self._partial) > self._max_event:
                raise SSEEventTooLargeError(f"a line longer than {self._max_event} bytes")
            return []
        partial = self._partial
        block: bytes | bytearray
        if partial:
            partial += chunk[:end]
            block = partial
            self._partial = bytearray(chunk[end:])
        elif end == len(chunk):
            # The common case: exactly one "data: ..." line and a blank line, in a fresh block.
            if (
                (self._max_event is None or end <= self._max_event)
                and not self._block_open
                and chunk.startswith(b"data: ")
                and chunk.find(b"\n") == end - 2
            ):
                try:
                    value = chunk[6:-2].decode()
                except UnicodeDecodeError:
                    pass  # the general path below raises SSEDecodeError
                else:
                    return [_new_event(value, "message", self._last_id, None)]
            # Typed events (the Responses API): one "event: ..." line, one "data: ..." line.
            elif not self._block_open and chunk.startswith(b"event: "):
                line_end = chunk.find(b"\n")
                if chunk.startswith(b"data: ", line_end + 1) and (
                    chunk.find(b"\n", line_end + 1) == end - 2
                ):
                    try:
                        name = chunk[7:line_end].decode()
                        value = chunk[line_end + 7 : -2].decode()
                    except UnicodeDecodeError:
                        pass  # the general path below raises SSEDecodeError
                    else:
                        return [_new_event(value, name or "message", self._last_id, None)]
            block = chunk
        else:
            block = chunk[:end]
            self._partial = bytearray(chunk[end:])
        try:
            text = block.decode()
        except UnicodeDecodeError as exc:
            error, cause = _decode_error(block, exc.start)
            raise error from cause
        lines = text.split("\n")
        lines.pop()  # the empty string after the last LF
        events = self._process(lines)
        limit = self._max_event
        if limit is not None:
            if len(self._partial) > limit:
                raise SSEEventTooLargeError(f"a line longer than {limit} bytes")
            self._check_size(self._data)
        return events

    def _normalize(self, chunk: bytes) -> bytes:
        """Strip a leading BOM, drop the LF of a CRLF split across chunks, turn CR(LF) into LF.

        Returns the chunk with LF-only line ends (possibly empty when bytes are held back).
        """
        if self._start:
            if self._head:
                chunk = self._head + chunk
            if len(chunk) < 3 and _BOM.startswith(chunk):
                self._head = chunk
                return b""
            self._start = False
            self._head = b""
            if chunk.startswith(_BOM):
                chunk = chunk[3:]
        if self._skip_lf:
            if not chunk:
                return b""
            self._skip_lf = False
            if chunk[0] == 10:
                chunk = chunk[1:]
        if 13 in chunk:
            # A final CR ends its line now; an LF starting the next chunk belongs to it.
            self._skip_lf = chunk[-1] == 13
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        return chunk

    def _check_size(self, data: list[str]) -> None:
        limit = self._max_event
        if limit is not None and sum(map(len, data)) > limit:
            raise SSEEventTooLargeError(f"an event larger than {limit} bytes")

    def close(self) -> list[ServerSentEvent]:
        """Signal end of input: discard any unterminated line and event (per WHATWG).

        Always returns ``[]``: every complete event has already been returned by :meth:`feed`.
        The decoder is then ready for a new stream (e.g. after a reconnect); only the last
        event ID carries over, as WHATWG keeps it across reconnections.
        """
        self._start = True
        self._head = b""
        self._skip_lf = False
        self._partial = bytearray()
        self._data = []
        self._event = ""
        self._retry = None
        self._block_open = False
        return []

    def _process(self, lines: list[str]) -> list[ServerSentEvent]:
        """Interpret complete lines (without their terminators), updating the parser state."""
        events: list[ServerSentEvent] = []
        data = self._data
        block_open = self._block_open
        for line in lines:
            if not line:  # blank line: dispatch
                if data:
                    if self._max_event is not None:
                        self._check_size(data)
                    events.append(
                        _new_event(
                            "\n".join(data), self._event or "message", self._last_id, self._retry
                        )
                    )
                    data = []
                self._event = ""
                self._retry = None
                block_open = False
                continue
            if line.startswith("data:"):  # the hot path
                data.append(line[6:] if line.startswith(" ", 5) else line[5:])
                block_open = True
                continue
            colon = line.find(":")
            if colon == 0:  # comment
                continue
            block_open = True
            if colon < 0:
                name = line
                value = ""
            else:
                name = line[:colon]
                value = line[colon + 2 :] if line.startswith(" ", colon + 1) else line[colon + 1 :]
            if name == "data":
                data.append(value)
            elif name == "event":
                self._event = value
            elif name == "id":
                if "\0" not in value:
                    self._last_id = value
            elif name == "retry" and value.isascii() and value.isdigit():
                with suppress(ValueError):  # over sys.get_int_max_str_digits(): ignored
                    self._retry = int(value)
        self._data = data
        self._block_open = block_open
        return events


def _decode_error(
    block: bytes | bytearray, position: int
) -> tuple[SSEDecodeError, UnicodeDecodeError]:
    """Build the error (and its cause) for the line of ``block`` holding byte ``position``."""
    start = block.rfind(b"\n", 0, position) + 1
    stop = block.find(b"\n", position)
    line = bytes(block[start : stop if stop >= 0 else len(block)])
    try:
        line.decode()
    except UnicodeDecodeError as exc:
        message = f"invalid UTF-8 in event stream line at byte {exc.start}: {exc.reason}"
        return SSEDecodeError(f"{message}: {line[:200]!r}", line), exc
    raise AssertionError("unreachable: the line decodes")  # pragma: no cover
