"""``Stream``: the sync facade's iterator over an :class:`AsyncStream` on the loop thread."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Generic

from ._loop_thread import LoopThread
from ._streaming import AsyncStream, ChunkT

if TYPE_CHECKING:
    import httpx

    from ._generated.models import ChatCompletion, ChatCompletionChunk

__all__ = ["Stream"]


class Stream(Generic[ChunkT]):
    """A sync iterator of typed chunks, with the async stream's guarantees.

    It crosses to the loop thread once per network read (a batch of chunks), not once per
    chunk. Use ``with stream:`` so the connection is released however the block ends;
    iterated without ``with``, a loop that stops early keeps the connection until
    :meth:`close`.
    """

    def __init__(self, stream: AsyncStream[ChunkT], runner: LoopThread) -> None:
        self._stream = stream
        self._runner = runner
        self._buffer: deque[ChunkT] = deque()

    @property
    def response(self) -> httpx.Response:
        """The HTTP response: status, headers (``x-request-id``, rate limits)."""
        return self._stream.response

    @property
    def request_id(self) -> str | None:
        """The server's ``x-request-id`` for this stream."""
        return self._stream.request_id

    @property
    def completed(self) -> bool:
        """True once ``data: [DONE]`` was received."""
        return self._stream.completed

    def __iter__(self) -> Iterator[ChunkT]:
        return self

    def __next__(self) -> ChunkT:
        buffer = self._buffer
        if not buffer:
            try:
                buffer.extend(self._runner.run(self._stream._next_batch))
            except BaseException:
                self.close()
                raise
            if not buffer:
                raise StopIteration
        return buffer.popleft()

    def __enter__(self) -> Stream[ChunkT]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection; safe to call more than once."""
        self._buffer.clear()
        if self._runner.running:
            self._runner.run(self._stream.close)

    def get_final_completion(self: Stream[ChatCompletionChunk]) -> ChatCompletion:
        """Consume the rest of the stream and return the completion assembled from all chunks."""
        for _ in self:
            pass
        return self._runner.run(self._stream.get_final_completion)

    def text_deltas(self: Stream[ChatCompletionChunk]) -> Iterator[str]:
        """Iterate just the non-empty text deltas of choice 0."""
        for chunk in self:
            if chunk.choices:
                text = chunk.choices[0].delta.content
                if text:
                    yield text
