"""``chat.completions.stream``: a chat completion stream as typed events, each content event
carrying the object parsed so far.

:class:`ChatStreamState` turns chunks into events without I/O; :class:`AsyncChatCompletionStream`
and :class:`ChatCompletionStream` drive it over the core's ``AsyncStream`` and the sync
facade's ``Stream`` (which runs the async one), so both clients share one implementation.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeAlias, TypeVar

from ._chat_accumulator import ChatCompletionAccumulator
from ._parsing import check_finish, parse_chat_completion, parse_output
from ._partial import partial_reader
from ._pydantic_schema import OutputType
from ._tools import parsed_tools
from ._types import ParsedChatCompletion

if TYPE_CHECKING:
    import httpx

    from .._generated.models import ChatCompletion, ChatCompletionChunk
    from .._replies.streaming import AsyncStream
    from .._sync.stream import Stream

__all__ = [
    "AsyncChatCompletionStream",
    "AsyncChatCompletionStreamManager",
    "ChatCompletionStream",
    "ChatCompletionStreamEvent",
    "ChatCompletionStreamManager",
    "ChatStreamState",
    "ChunkEvent",
    "ContentDeltaEvent",
    "ContentDoneEvent",
    "FunctionToolCallArgumentsDeltaEvent",
    "FunctionToolCallArgumentsDoneEvent",
    "RefusalDeltaEvent",
    "RefusalDoneEvent",
]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ChunkEvent:
    """Every chunk as it arrived."""

    chunk: ChatCompletionChunk
    type: Literal["chunk"] = "chunk"


def _no_reader(text: str) -> Any:
    return None


@dataclass(frozen=True, slots=True)
class ContentDeltaEvent(Generic[T]):
    """New content: ``delta``, the ``snapshot`` of the text so far and ``parsed``, the object
    parsed from it so far."""

    delta: str
    snapshot: str
    index: int = 0
    type: Literal["content.delta"] = "content.delta"
    _read: Callable[[str], Any] = field(default=_no_reader, repr=False, compare=False)

    @property
    def parsed(self) -> T | None:
        """The ``response_format`` object of the text so far, built when read (unvalidated:
        fields not received yet are absent; ``None`` before the first value or without a
        ``response_format``). Never raises."""
        parsed: T | None = self._read(self.snapshot)
        return parsed


@dataclass(frozen=True, slots=True)
class ContentDoneEvent(Generic[T]):
    """The content is complete: its text and the fully parsed object."""

    content: str
    parsed: T | None
    index: int = 0
    type: Literal["content.done"] = "content.done"


@dataclass(frozen=True, slots=True)
class RefusalDeltaEvent:
    """New refusal text, and the refusal so far."""

    delta: str
    snapshot: str
    index: int = 0
    type: Literal["refusal.delta"] = "refusal.delta"


@dataclass(frozen=True, slots=True)
class RefusalDoneEvent:
    """The model refused: the whole refusal."""

    refusal: str
    index: int = 0
    type: Literal["refusal.done"] = "refusal.done"


@dataclass(frozen=True, slots=True)
class FunctionToolCallArgumentsDeltaEvent:
    """New arguments of tool call ``index``: ``arguments``, the JSON so far."""

    name: str
    index: int
    arguments: str
    arguments_delta: str
    type: Literal["tool_calls.function.arguments.delta"] = "tool_calls.function.arguments.delta"
    _read: Callable[[str], Any] = field(default=_no_reader, repr=False, compare=False)

    @property
    def parsed_arguments(self) -> object:
        """For a ``pydantic_function_tool``, the arguments so far as its type, built when read
        (unvalidated, fields not received yet absent); else ``None``."""
        return self._read(self.arguments)


@dataclass(frozen=True, slots=True)
class FunctionToolCallArgumentsDoneEvent:
    """The arguments of tool call ``index`` are complete (parsed for a pydantic tool)."""

    name: str
    index: int
    arguments: str
    parsed_arguments: object
    type: Literal["tool_calls.function.arguments.done"] = "tool_calls.function.arguments.done"


ChatCompletionStreamEvent: TypeAlias = (
    ChunkEvent
    | ContentDeltaEvent[T]
    | ContentDoneEvent[T]
    | RefusalDeltaEvent
    | RefusalDoneEvent
    | FunctionToolCallArgumentsDeltaEvent
    | FunctionToolCallArgumentsDoneEvent
)
"""An event of a chat completion stream (match on ``type``)."""


@dataclass
class _ToolCallText:
    name: str = ""
    arguments: list[str] = field(default_factory=list[str])


@dataclass
class _ChoiceText:
    content: list[str] = field(default_factory=list[str])
    refusal: list[str] = field(default_factory=list[str])
    tool_calls: dict[int, _ToolCallText] = field(default_factory=dict[int, _ToolCallText])
    done: bool = False


class ChatStreamState(Generic[T]):
    """Chunks in, events out, and the final parsed completion (no I/O)."""

    def __init__(self, output: OutputType[T] | None, tools: list[object] | None) -> None:
        self._output = output
        self._tools_given = tools
        self._tools = parsed_tools(tools)
        self._read = _no_reader if output is None else partial_reader(output.type)
        self._tool_readers = {name: partial_reader(o.type) for name, o in self._tools.items()}
        self._accumulator = ChatCompletionAccumulator()
        self._choices: dict[int, _ChoiceText] = {}

    def snapshot(self) -> ChatCompletion:
        """The completion assembled from the chunks so far."""
        return self._accumulator.completion()

    def events(self, chunk: ChatCompletionChunk) -> list[ChatCompletionStreamEvent[T]]:
        """The events ``chunk`` makes; raises the typed error of a reply that ends unparsable."""
        self._accumulator.add(chunk)
        events: list[ChatCompletionStreamEvent[T]] = [ChunkEvent(chunk)]
        for choice in chunk.choices:
            state = self._choices.setdefault(choice.index, _ChoiceText())
            delta = choice.delta
            if delta.content:
                state.content.append(delta.content)
                text = "".join(state.content)
                events.append(
                    ContentDeltaEvent(
                        delta.content, text, choice.index, "content.delta", self._read
                    )
                )
            if delta.refusal:
                state.refusal.append(delta.refusal)
                text = "".join(state.refusal)
                events.append(RefusalDeltaEvent(delta.refusal, text, choice.index))
            for call in delta.tool_calls or ():
                position = call.index
                tool = state.tool_calls.setdefault(position, _ToolCallText())
                function = call.function
                if function is not None and function.name:
                    tool.name = function.name
                piece = function.arguments if function is not None else None
                if piece:
                    tool.arguments.append(piece)
                    text = "".join(tool.arguments)
                    events.append(
                        FunctionToolCallArgumentsDeltaEvent(
                            tool.name,
                            position,
                            text,
                            piece,
                            "tool_calls.function.arguments.delta",
                            self._tool_readers.get(tool.name, _no_reader),
                        )
                    )
            if choice.finish_reason is not None and not state.done:
                state.done = True
                events.extend(self._done(choice.index, choice.finish_reason, state))
        return events

    def final(self) -> ParsedChatCompletion[T]:
        """The completion of every chunk received, parsed."""
        response_format = None if self._output is None else self._output.type
        return parse_chat_completion(self.snapshot(), response_format, self._tools_given)

    def _done(
        self, index: int, finish_reason: str, state: _ChoiceText
    ) -> list[ChatCompletionStreamEvent[T]]:
        events: list[ChatCompletionStreamEvent[T]] = []
        content = "".join(state.content)
        if self._output is not None or self._tools:
            check_finish(finish_reason, self.snapshot(), content)
        if state.content:
            parsed = None
            if self._output is not None and not state.refusal:
                parsed = parse_output(self._output, content, self.snapshot())
            events.append(ContentDoneEvent(content, parsed, index))
        if state.refusal:
            events.append(RefusalDoneEvent("".join(state.refusal), index))
        for position, tool in sorted(state.tool_calls.items()):
            arguments = "".join(tool.arguments)
            output = self._tools.get(tool.name)
            parsed_arguments = None
            if output is not None:
                parsed_arguments = parse_output(output, arguments, self.snapshot())
            events.append(
                FunctionToolCallArgumentsDoneEvent(tool.name, position, arguments, parsed_arguments)
            )
        return events


class AsyncChatCompletionStream(Generic[T]):
    """The events of a chat completion stream (``async for event in stream``)."""

    def __init__(self, stream: AsyncStream[ChatCompletionChunk], state: ChatStreamState[T]) -> None:
        self._stream = stream
        self._state = state
        self._pending: deque[ChatCompletionStreamEvent[T]] = deque()

    @property
    def response(self) -> httpx.Response:
        """The HTTP response."""
        return self._stream.response

    @property
    def current_completion_snapshot(self) -> ChatCompletion:
        """The completion assembled from the chunks so far."""
        return self._state.snapshot()

    def __aiter__(self) -> AsyncIterator[ChatCompletionStreamEvent[T]]:
        return self

    async def __anext__(self) -> ChatCompletionStreamEvent[T]:
        pending = self._pending
        while not pending:
            pending.extend(self._state.events(await self._stream.__anext__()))
        return pending.popleft()

    async def get_final_completion(self) -> ParsedChatCompletion[T]:
        """Consume the rest of the stream and return the parsed completion."""
        async for _ in self:
            pass
        return self._state.final()

    async def until_done(self) -> AsyncChatCompletionStream[T]:
        """Consume the rest of the stream."""
        async for _ in self:
            pass
        return self

    async def close(self) -> None:
        """Release the connection."""
        await self._stream.close()


class AsyncChatCompletionStreamManager(Generic[T]):
    """``async with client.chat.completions.stream(...) as stream:`` opens the stream."""

    def __init__(
        self,
        open_stream: Callable[[], Awaitable[AsyncStream[ChatCompletionChunk]]],
        state: ChatStreamState[T],
    ) -> None:
        self._open = open_stream
        self._state = state
        self._stream: AsyncChatCompletionStream[T] | None = None

    async def __aenter__(self) -> AsyncChatCompletionStream[T]:
        self._stream = AsyncChatCompletionStream(await self._open(), self._state)
        return self._stream

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._stream is not None:
            await self._stream.close()


class ChatCompletionStream(Generic[T]):
    """The events of a chat completion stream, for the sync client (``for event in stream``)."""

    def __init__(self, stream: Stream[ChatCompletionChunk], state: ChatStreamState[T]) -> None:
        self._stream = stream
        self._state = state
        self._pending: deque[ChatCompletionStreamEvent[T]] = deque()

    @property
    def response(self) -> httpx.Response:
        """The HTTP response."""
        return self._stream.response

    @property
    def current_completion_snapshot(self) -> ChatCompletion:
        """The completion assembled from the chunks so far."""
        return self._state.snapshot()

    def __iter__(self) -> Iterator[ChatCompletionStreamEvent[T]]:
        return self

    def __next__(self) -> ChatCompletionStreamEvent[T]:
        pending = self._pending
        while not pending:
            pending.extend(self._state.events(next(self._stream)))
        return pending.popleft()

    def get_final_completion(self) -> ParsedChatCompletion[T]:
        """Consume the rest of the stream and return the parsed completion."""
        for _ in self:
            pass
        return self._state.final()

    def until_done(self) -> ChatCompletionStream[T]:
        """Consume the rest of the stream."""
        for _ in self:
            pass
        return self

    def close(self) -> None:
        """Release the connection."""
        self._stream.close()


class ChatCompletionStreamManager(Generic[T]):
    """``with client.chat.completions.stream(...) as stream:`` opens the stream."""

    def __init__(
        self, open_stream: Callable[[], Stream[ChatCompletionChunk]], state: ChatStreamState[T]
    ) -> None:
        self._open = open_stream
        self._state = state
        self._stream: ChatCompletionStream[T] | None = None

    def __enter__(self) -> ChatCompletionStream[T]:
        self._stream = ChatCompletionStream(self._open(), self._state)
        return self._stream

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._stream is not None:
            self._stream.close()
