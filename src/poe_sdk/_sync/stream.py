"""``Stream``: the sync facade's iterator over an :class:`AsyncStream` on the client's loop.

Read from a thread that may drive the loop (:mod:`.runner`), each group of chunks is read by
a call on the loop: ``next_batch`` returns every chunk one network read decoded, and nothing
is read (no timer runs) while the caller does other things. The call is driven by the
calling thread, or handed to the loop thread while another thread drives the loop.

Read from a thread that runs an event loop (a notebook cell), which may not drive the
client's loop, a stream is read ahead by a producer task on the loop, which keeps the loop
thread driving it until the stream ends and puts chunks on a thread-safe queue, so the
caller's thread takes each chunk without a round trip to the loop. Chunks are handed
over in groups (up to ``_GROUP`` chunks, or whatever arrived within ``_GROUP_SECONDS``) so a
fast stream does not wake the caller's thread once per chunk. The producer pauses when
``_HIGH_WATER`` chunks are waiting and resumes once the caller has taken all but
``_LOW_WATER`` of them, so a slow reader never makes the stream buffer without bound.

The producer holds the stream only weakly between reads, so a stream dropped without being
closed is garbage collected: it then emits a ``ResourceWarning`` and its connection is closed
on the client's loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import warnings
import weakref
from collections import deque
from collections.abc import Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic

from .._exceptions import ClientClosedError
from .._replies.streaming import AsyncStream, ChunkReader, ChunkT, reader_of
from .loops import async_code_runs_here
from .runner import Runner

if TYPE_CHECKING:
    import httpx

    from .._generated.models import (
        ChatCompletion,
        ChatCompletionChunk,
        Message,
        MessageStreamEvent,
        Response,
        ResponseStreamEvent,
    )

__all__ = ["Stream"]

_HIGH_WATER = 256
_LOW_WATER = 32
_GROUP = 32
_GROUP_SECONDS = 0.001


class _End:
    """Queued after the last chunk."""


class _Failure:
    """Queued when the async stream raised; the caller's thread re-raises ``error``."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error


_END = _End()


class Stream(Generic[ChunkT]):
    """A sync iterator of typed chunks, with the async stream's guarantees.

    Use ``with stream:`` so the connection is released however the block ends; iterated
    without ``with``, a loop that stops early keeps the connection until :meth:`close`, or
    until the stream is garbage collected, which emits a ``ResourceWarning``. The stream
    keeps its client open until it is closed or exhausted.
    """

    def __init__(
        self, stream: AsyncStream[ChunkT], runner: Runner, *, keep_alive: object = None
    ) -> None:
        self._stream = stream
        self._reader = reader_of(stream)
        self._reader.warn_unclosed = False  # This stream warns instead.
        self._runner = runner
        self._keep_alive = keep_alive
        self._queue: queue.SimpleQueue[list[ChunkT] | _End | _Failure] = queue.SimpleQueue()
        self._buffer: deque[ChunkT] = deque()
        self._group: list[ChunkT] = []
        self._group_timer: asyncio.TimerHandle | None = None
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._resume: asyncio.Event | None = None
        self._paused = False
        self._produced = 0
        self._taken = 0
        self._finished = False
        self._read_here: bool | None = None  # Read by calls (True) or a producer (False).
        self._pinned = False  # The producer keeps the loop thread driving the loop.

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
        """True once the stream's end (``data: [DONE]`` or a final event) was received."""
        return self._stream.completed

    def __iter__(self) -> Iterator[ChunkT]:
        return self

    def __next__(self) -> ChunkT:
        buffer = self._buffer
        if not buffer:
            self._receive()
        self._taken += 1
        if self._paused and self._produced - self._taken <= _LOW_WATER:
            self._wake_producer()
        return buffer.popleft()

    def _receive(self) -> None:
        """Wait for the next group of chunks (or the end, or the stream's error)."""
        if self._finished:
            raise StopIteration
        if self._read_here is None:
            self._read_here = not async_code_runs_here()
        if self._read_here:
            self._read_batch()
            return
        if self._task is None:
            self._runner.pin()
            self._pinned = True
            self._runner.run(self._start)
        try:
            item = self._queue.get()
        except BaseException:
            self.close()
            raise
        if isinstance(item, _End):
            self._finished = True
            self._unpin()
            self._keep_alive = None
            raise StopIteration
        if isinstance(item, _Failure):
            self._finished = True
            self.close()
            raise item.error
        self._buffer.extend(item)

    def _read_batch(self) -> None:
        """Read the next group of chunks by a call on the loop (driven by this thread while
        no loop thread does)."""
        try:
            batch = self._runner.run(self._reader.next_batch)
        except ClientClosedError:
            self._finished = True
            if not self._produced:
                raise
            error = self._reader.incomplete("the client was closed")
            self.close()
            raise error from None
        except BaseException:
            self._finished = True
            self.close()
            raise
        if not batch:
            self._finished = True
            self._keep_alive = None
            raise StopIteration
        self._produced += len(batch)
        self._buffer.extend(batch)

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
        """Stop reading and release the connection; safe to call more than once."""
        self._finished = True
        self._buffer.clear()
        if self._runner.open:
            with contextlib.suppress(ClientClosedError):  # Closed with its client meanwhile.
                self._runner.run_closing(self._stop)
        self._unpin()
        self._keep_alive = None  # Last: releasing the client may close it.

    def __del__(self) -> None:
        if self.__dict__.get("_finished", True):
            return
        warnings.warn(
            f"unclosed stream {self!r}: use `with stream:` or call close()",
            ResourceWarning,
            stacklevel=2,
            source=self,
        )
        task, stream, runner, pinned = self._task, self._stream, self._runner, self._pinned

        async def abandon() -> None:
            try:
                await _abandon(task, stream)
            finally:
                if pinned:
                    runner.unpin()

        runner.spawn(abandon)

    def _unpin(self) -> None:
        """Let the loop thread stop driving the loop for this stream's producer."""
        if self._pinned:
            self._pinned = False
            self._runner.unpin()

    def get_final_completion(self: Stream[ChatCompletionChunk]) -> ChatCompletion:
        """Consume the rest of the stream and return the completion assembled from all chunks."""
        for _ in self:
            pass
        return self._runner.run(self._stream.get_final_completion)

    def get_final_response(self: Stream[ResponseStreamEvent]) -> Response:
        """Consume the rest of a Responses stream and return its final response."""
        for _ in self:
            pass
        return self._runner.run(self._stream.get_final_response)

    def get_final_message(self: Stream[MessageStreamEvent]) -> Message:
        """Consume the rest of a Messages stream and return the message assembled from it."""
        for _ in self:
            pass
        return self._runner.run(self._stream.get_final_message)

    @property
    def text_stream(self) -> Iterator[str]:
        """:meth:`text_deltas`, under the name of the anthropic SDK's streams."""
        return self.text_deltas()

    def text_deltas(self) -> Iterator[str]:
        """Iterate just the non-empty text deltas (of choice 0 in a chat completion stream,
        of ``response.output_text.delta`` events in a Responses stream, of ``text_delta``
        deltas in a Messages stream)."""
        text_delta = self._reader.text_delta
        for chunk in self:
            text = text_delta(chunk)
            if text:
                yield text

    async def _start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._resume = asyncio.Event()
        self._task = self._loop.create_task(
            Stream._produce(weakref.ref(self), self._reader, self._queue)
        )

    def _hand_over(self) -> None:
        """On the loop thread: queue the chunks gathered so far for the caller's thread."""
        if self._group_timer is not None:
            self._group_timer.cancel()
            self._group_timer = None
        group = self._group
        if group:
            self._group = []
            self._produced += len(group)
            self._queue.put(group)

    def _pause(self) -> asyncio.Event | None:
        """The event to wait on until the reader has taken enough chunks (``None``: go on)."""
        assert self._resume is not None
        self._resume.clear()
        self._paused = True
        # Re-check after publishing the flag: the caller may have drained the queue meanwhile.
        if self._produced - self._taken > _LOW_WATER:
            return self._resume
        self._paused = False
        return None

    def _wake_producer(self) -> None:
        self._paused = False
        if self._loop is not None and self._resume is not None:
            with contextlib.suppress(RuntimeError):  # The client was closed: nothing to wake.
                self._loop.call_soon_threadsafe(self._resume.set)

    async def _stop(self) -> None:
        if self._group_timer is not None:
            self._group_timer.cancel()
        task = self._task
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        await self._stream.close()

    @staticmethod
    async def _produce(
        ref: weakref.ref[Stream[Any]],
        reader: ChunkReader[Any],
        output: queue.SimpleQueue[Any],
    ) -> None:
        """On the loop thread: move chunks from the async stream to the queue, in groups.

        The sync stream is looked up through ``ref`` after each read and dropped before the next
        wait, so a stream its reader abandoned can be garbage collected (and closed)."""
        loop = asyncio.get_running_loop()
        try:
            while True:
                batch = await reader.next_batch()
                owner = ref()
                if owner is None:
                    return
                if not batch:
                    owner._hand_over()
                    output.put(_END)
                    return
                group = owner._group
                if not group:
                    owner._group_timer = loop.call_later(_GROUP_SECONDS, owner._hand_over)
                group.extend(batch)
                if len(group) >= _GROUP:
                    owner._hand_over()
                resume = owner._pause() if owner._produced - owner._taken >= _HIGH_WATER else None
                del owner
                if resume is not None:
                    await resume.wait()
                    owner = ref()
                    if owner is not None:
                        owner._paused = False
                    del owner
        except asyncio.CancelledError:
            # Cancelled by close() (the caller reads nothing more) or because the client was
            # closed mid-stream: then the caller must not see a silent end.
            Stream._hand_over_to(ref)
            output.put(_Failure(reader.incomplete("the client was closed")))
            raise
        except BaseException as exc:  # Handed to the caller's thread, which re-raises it.
            Stream._hand_over_to(ref)
            output.put(_Failure(exc))

    @staticmethod
    def _hand_over_to(ref: weakref.ref[Stream[Any]]) -> None:
        owner = ref()
        if owner is not None:
            owner._hand_over()


async def _abandon(task: asyncio.Task[None] | None, stream: AsyncStream[Any]) -> None:
    """On the loop thread: stop the producer of a garbage-collected stream and close it."""
    if task is not None and not task.done():
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    await stream.close()
