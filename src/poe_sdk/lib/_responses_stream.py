"""``responses.stream``: a Responses stream whose text events carry the object parsed so far.

Every event of the stream is passed on; ``response.output_text.delta`` and ``.done`` come as
:class:`ResponseTextDeltaEvent` and :class:`ResponseTextDoneEvent` with ``parsed``. The text's
final parse waits for the response's final event, so a response cut by ``max_output_tokens``
raises :class:`LengthFinishReasonError`, never a parse error of its partial JSON.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field, replace
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeAlias, TypeVar, cast

from .._generated.models import ResponseStreamEvent
from ._parsing import parse_output, parse_response
from ._partial import partial_reader
from ._pydantic_schema import OutputType
from ._response_accumulator import ResponseAccumulator
from ._types import ParsedResponse

if TYPE_CHECKING:
    import httpx

    from .._generated.models import Response
    from .._replies.streaming import AsyncStream
    from .._sync.stream import Stream

__all__ = [
    "AsyncResponseStream",
    "AsyncResponseStreamManager",
    "ResponseStream",
    "ResponseStreamManager",
    "ResponseStreamState",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponsesStreamEvent",
]

T = TypeVar("T")

_FINAL = frozenset({"response.completed", "response.failed", "response.incomplete"})


def _no_reader(text: str) -> Any:
    return None


@dataclass(frozen=True, slots=True)
class ResponseTextDeltaEvent(Generic[T]):
    """New output text: ``delta``, the ``snapshot`` so far and ``parsed``, the object parsed
    from it so far."""

    delta: str
    snapshot: str
    output_index: int = 0
    content_index: int = 0
    type: Literal["response.output_text.delta"] = "response.output_text.delta"
    _read: Callable[[str], Any] = field(default=_no_reader, repr=False, compare=False)

    @property
    def parsed(self) -> T | None:
        """The ``text_format`` object of the text so far, built when read (unvalidated: fields
        not received yet are absent; ``None`` before the first value). Never raises."""
        parsed: T | None = self._read(self.snapshot)
        return parsed


@dataclass(frozen=True, slots=True)
class ResponseTextDoneEvent(Generic[T]):
    """The output text is complete: the text and the fully parsed object."""

    text: str
    parsed: T | None
    output_index: int = 0
    content_index: int = 0
    type: Literal["response.output_text.done"] = "response.output_text.done"


ResponsesStreamEvent: TypeAlias = (
    ResponseTextDeltaEvent[T] | ResponseTextDoneEvent[T] | ResponseStreamEvent
)
"""An event of a Responses stream (match on ``type``)."""


class ResponseStreamState(Generic[T]):
    """Events in, events out, and the final parsed response (no I/O)."""

    def __init__(self, output: OutputType[T] | None) -> None:
        self._output = output
        self._read = _no_reader if output is None else partial_reader(output.type)
        self._accumulator = ResponseAccumulator()
        self._texts: dict[tuple[int, int], list[str]] = {}
        self._held: list[Any] = []

    def snapshot(self) -> Response:
        """The response assembled from the events so far."""
        return self._accumulator.completion()

    def events(self, event: Any) -> list[ResponsesStreamEvent[T]]:
        """The events ``event`` makes; at the final event, raises the typed error of a
        response that ended unparsable."""
        self._accumulator.add(event)
        kind = getattr(event, "type", None)
        at = (_int(getattr(event, "output_index", 0)), _int(getattr(event, "content_index", 0)))
        if kind == "response.output_text.delta":
            texts = self._texts.setdefault(at, [])
            texts.append(str(event.delta))
            snapshot = "".join(texts)
            return [
                ResponseTextDeltaEvent(
                    str(event.delta), snapshot, *at, "response.output_text.delta", self._read
                )
            ]
        if kind == "response.output_text.done":
            self._held.append(ResponseTextDoneEvent(str(event.text), None, *at))
            return []
        if self._held:  # after the text: wait for the final event to parse it
            self._held.append(event)
            if kind not in _FINAL:
                return []
            held, self._held = self._held, []
            return [self._parsed_done(e) for e in held]
        return [event]

    def _parsed_done(self, event: object) -> Any:
        if self._output is None or not isinstance(event, ResponseTextDoneEvent):
            unchanged: object = event
            return unchanged
        done = cast("ResponseTextDoneEvent[T]", event)
        final = self.final()  # raises for an incomplete response, prose or invalid JSON
        parsed = final.output_parsed
        if len(self._texts) > 1:  # several texts: parse this one on its own
            parsed = parse_output(self._output, done.text, final)
        return replace(done, parsed=parsed)

    def final(self) -> ParsedResponse[T]:
        """The response of every event received, parsed."""
        return parse_response(self.snapshot(), None if self._output is None else self._output.type)


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0


class AsyncResponseStream(Generic[T]):
    """The events of a Responses stream (``async for event in stream``)."""

    def __init__(self, stream: AsyncStream[ResponseStreamEvent], state: ResponseStreamState[T]):
        self._stream = stream
        self._state = state
        self._pending: deque[ResponsesStreamEvent[T]] = deque()

    @property
    def response(self) -> httpx.Response:
        """The HTTP response."""
        return self._stream.response

    def __aiter__(self) -> AsyncIterator[ResponsesStreamEvent[T]]:
        return self

    async def __anext__(self) -> ResponsesStreamEvent[T]:
        pending = self._pending
        while not pending:
            pending.extend(self._state.events(await self._stream.__anext__()))
        return pending.popleft()

    async def get_final_response(self) -> ParsedResponse[T]:
        """Consume the rest of the stream and return the parsed response."""
        async for _ in self:
            pass
        return self._state.final()

    async def close(self) -> None:
        """Release the connection."""
        await self._stream.close()


class AsyncResponseStreamManager(Generic[T]):
    """``async with client.responses.stream(...) as stream:`` opens the stream."""

    def __init__(
        self,
        open_stream: Callable[[], Awaitable[AsyncStream[ResponseStreamEvent]]],
        state: ResponseStreamState[T],
    ) -> None:
        self._open = open_stream
        self._state = state
        self._stream: AsyncResponseStream[T] | None = None

    async def __aenter__(self) -> AsyncResponseStream[T]:
        self._stream = AsyncResponseStream(await self._open(), self._state)
        return self._stream

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._stream is not None:
            await self._stream.close()


class ResponseStream(Generic[T]):
    """The events of a Responses stream, for the sync client (``for event in stream``)."""

    def __init__(self, stream: Stream[ResponseStreamEvent], state: ResponseStreamState[T]):
        self._stream = stream
        self._state = state
        self._pending: deque[ResponsesStreamEvent[T]] = deque()

    @property
    def response(self) -> httpx.Response:
        """The HTTP response."""
        return self._stream.response

    def __iter__(self) -> Iterator[ResponsesStreamEvent[T]]:
        return self

    def __next__(self) -> ResponsesStreamEvent[T]:
        pending = self._pending
        while not pending:
            pending.extend(self._state.events(next(self._stream)))
        return pending.popleft()

    def get_final_response(self) -> ParsedResponse[T]:
        """Consume the rest of the stream and return the parsed response."""
        for _ in self:
            pass
        return self._state.final()

    def close(self) -> None:
        """Release the connection."""
        self._stream.close()


class ResponseStreamManager(Generic[T]):
    """``with client.responses.stream(...) as stream:`` opens the stream."""

    def __init__(
        self, open_stream: Callable[[], Stream[ResponseStreamEvent]], state: ResponseStreamState[T]
    ) -> None:
        self._open = open_stream
        self._state = state
        self._stream: ResponseStream[T] | None = None

    def __enter__(self) -> ResponseStream[T]:
        self._stream = ResponseStream(self._open(), self._state)
        return self._stream

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._stream is not None:
            self._stream.close()
