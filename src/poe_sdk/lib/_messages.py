"""``client.messages.stream(...)``: the anthropic SDK's context manager around a streamed
message. It opens the stream on entry and closes it on exit however the block ends; the stream
it gives is the ordinary one (``text_stream``, ``text_deltas()``, ``get_final_message()``,
typed events)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated.models import MessageStreamEvent
    from .._generated.resources import MessagesCreateArgs
    from .._replies.streaming import AsyncStream
    from .._sync.stream import Stream

__all__ = [
    "AsyncMessageStreamManager",
    "AsyncMessagesHelpers",
    "MessageStreamManager",
    "MessagesHelpers",
]


class AsyncMessageStreamManager:
    """``async with client.messages.stream(...) as stream:`` opens the stream (the request is
    sent on entry) and closes it on exit."""

    def __init__(self, open_stream: Callable[[], Awaitable[AsyncStream[MessageStreamEvent]]]):
        self._open = open_stream
        self._stream: AsyncStream[MessageStreamEvent] | None = None

    async def __aenter__(self) -> AsyncStream[MessageStreamEvent]:
        self._stream = await self._open()
        return self._stream

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            await stream.close()


class MessageStreamManager:
    """``with client.messages.stream(...) as stream:`` opens the stream (the request is sent
    on entry) and closes it on exit."""

    def __init__(self, open_stream: Callable[[], Stream[MessageStreamEvent]]):
        self._open = open_stream
        self._stream: Stream[MessageStreamEvent] | None = None

    def __enter__(self) -> Stream[MessageStreamEvent]:
        self._stream = self._open()
        return self._stream

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.close()


class AsyncMessagesHelpers:
    """``stream`` of ``AsyncPoeClient.messages``."""

    def stream(self, **kwargs: Unpack[MessagesCreateArgs]) -> AsyncMessageStreamManager:
        """Stream a message (``async with ... as stream:``): iterate its typed events or
        ``stream.text_stream``, then ``await stream.get_final_message()``."""
        create = cast("Any", self).create

        def open_stream() -> Awaitable[AsyncStream[MessageStreamEvent]]:
            return cast("Awaitable[AsyncStream[MessageStreamEvent]]", create(stream=True, **kwargs))

        return AsyncMessageStreamManager(open_stream)


class MessagesHelpers:
    """``stream`` of ``PoeClient.messages``."""

    def stream(self, **kwargs: Unpack[MessagesCreateArgs]) -> MessageStreamManager:
        """Stream a message (``with ... as stream:``): iterate its typed events or
        ``stream.text_stream``, then ``stream.get_final_message()``."""
        create = cast("Any", self).create

        def open_stream() -> Stream[MessageStreamEvent]:
            return cast("Stream[MessageStreamEvent]", create(stream=True, **kwargs))

        return MessageStreamManager(open_stream)
