"""``AsyncStream``: typed chunks from a server-sent-events reply, ending only where the
operation says a complete stream ends (``data: [DONE]`` by default, or a final event type).

A stream never ends silently: a body that stops before that end (or sends ``data: [DONE]``
before the final event of a stream that ends at one) raises :class:`IncompleteStreamError`, an
error event raises the matching :class:`APIError`, and a malformed event raises
:class:`APIResponseValidationError`.
"""

from __future__ import annotations

import time
import warnings
from collections import deque
from collections.abc import AsyncIterator, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

import anyio
import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from .._deadline import TotalDeadline
from .._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    IncompleteStreamError,
    PoeError,
    ResponseTooLargeError,
    StreamTimeoutError,
)
from .._http.exchange import aclose, body_chunks, next_chunk
from .._redaction import redact_error, secret_values
from .._request.operation import StreamEnd
from .errors import is_error_object, json_or_text, quote_start, stream_error
from .parse import check_event, checked_reply, read_event_reply, read_reply
from .sse import ServerSentEvent, SSEDecodeError, SSEDecoder, SSEEventTooLargeError

if TYPE_CHECKING:
    from .._generated.models import (
        ChatCompletion,
        ChatCompletionChunk,
        Message,
        MessageStreamEvent,
        Response,
        ResponseStreamEvent,
    )

__all__ = ["AsyncStream", "ChunkAccumulator", "ChunkReader", "reader_of"]

ChunkT = TypeVar("ChunkT")

_EVENT = "Malformed stream event"
_DONE_MARKER = "[DONE]"
"""What OpenAI-style servers end every stream with: for a stream that ends at a final event
instead (Responses), it ends the stream before that event, as a cut body does."""
_DEFAULT_END = StreamEnd()
_DRAIN_SECONDS = 0.25
_DRAIN_BYTES = 64 * 1024
_KEEP_ALIVE = frozenset({"ping", "keepalive", "keep-alive", "heartbeat"})
"""Names (SSE ``event:``) or types of keep-alive events: delivered as sent, not progress for
the idle timeout."""


ChunkT_contra = TypeVar("ChunkT_contra", contravariant=True)
ResultT_co = TypeVar("ResultT_co", covariant=True)


class ChunkAccumulator(Protocol[ChunkT_contra, ResultT_co]):
    """What a stream needs to assemble a final result from its chunks: ``add`` merges one
    and returns the error it reports (raised by the stream) or ``None``; ``text_delta`` is
    the text a chunk adds, for :meth:`AsyncStream.text_deltas`."""

    chunk_count: int

    def add(self, chunk: ChunkT_contra, /) -> object:
        """Merge one chunk; the error it reports (the stream raises it), else ``None``."""
        ...

    def completion(self) -> ResultT_co:
        """The result assembled from the chunks added so far."""
        ...

    def text_delta(self, chunk: ChunkT_contra, /) -> str | None:
        """The text ``chunk`` adds, if any."""
        ...


class AsyncStream(Generic[ChunkT]):
    """An async iterator of typed chunks over one HTTP response.

    Use it as ``async with stream:`` so the connection is released however the block ends
    (``break``, an exception, cancellation). Iterated without ``async with``, a loop that
    stops early keeps the connection until :meth:`close` is called; a stream garbage
    collected before it was closed or exhausted emits a ``ResourceWarning``, as files do.
    The stream keeps its client open until it is closed or exhausted.

    A stream that goes the client's ``stream_idle_timeout`` without an event that is progress
    (SSE comments and keep-alive events are not), or whose read times out, raises
    :class:`StreamTimeoutError` with the result assembled so far.
    """

    response: httpx.Response
    """The HTTP response: status, headers (``x-request-id``, rate limits)."""

    def __init__(
        self,
        response: httpx.Response,
        model: type[ChunkT] | TypeAdapter[ChunkT],
        *,
        accumulator: ChunkAccumulator[ChunkT, object] | None = None,
        strict: bool = False,
        end: StreamEnd = _DEFAULT_END,
        name: str = "",
        max_event_bytes: int | None = None,
        keep_alive: object = None,
        secrets: tuple[httpx.Headers, str] | None = None,
        deadline: tuple[float, float | None] | None = None,
        idle_timeout: float | None = None,
    ) -> None:
        self.response = response
        self._reader = ChunkReader(
            response,
            model,
            accumulator=accumulator,
            strict=strict,
            end=end,
            name=name,
            max_event_bytes=max_event_bytes,
            keep_alive=keep_alive,
            secrets=secrets,
            deadline=deadline,
            idle_timeout=idle_timeout,
        )

    @property
    def request_id(self) -> str | None:
        """The server's ``x-request-id`` for this stream."""
        request_id: str | None = self.response.headers.get("x-request-id")
        return request_id

    @property
    def completed(self) -> bool:
        """True once the stream's end (``data: [DONE]`` or a final event) was received."""
        return self._reader.completed

    def __aiter__(self) -> AsyncStream[ChunkT]:
        return self

    async def __anext__(self) -> ChunkT:
        return await self._reader.next_chunk()

    async def __aenter__(self) -> AsyncStream[ChunkT]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Release the connection; safe to call more than once, and while being cancelled."""
        await self._reader.close()

    def __del__(self) -> None:
        reader: ChunkReader[ChunkT] | None = self.__dict__.get("_reader")
        if reader is not None and not reader.finished and reader.warn_unclosed:
            warnings.warn(
                f"unclosed stream {self!r} (of {self.response.request.url.path}): use "
                "`async with stream:` or call close()",
                ResourceWarning,
                stacklevel=2,
                source=self,
            )

    async def aclose(self) -> None:
        """Alias of :meth:`close`, for ``contextlib.aclosing`` and async-generator habits."""
        await self.close()

    async def get_final_completion(self: AsyncStream[ChatCompletionChunk]) -> ChatCompletion:
        """Consume the rest of the stream and return the completion assembled from all chunks."""
        return cast("ChatCompletion", await self._final("get_final_completion"))

    async def get_final_response(self: AsyncStream[ResponseStreamEvent]) -> Response:
        """Consume the rest of a Responses stream and return its final response."""
        return cast("Response", await self._final("get_final_response"))

    async def get_final_message(self: AsyncStream[MessageStreamEvent]) -> Message:
        """Consume the rest of a Messages stream and return the message assembled from it."""
        return cast("Message", await self._final("get_final_message"))

    async def _final(self, name: str) -> object:
        accumulator = self._reader.accumulator
        if accumulator is None:
            raise TypeError(f"{name}() needs a stream whose operation assembles a result")
        async for _ in self:
            pass
        return accumulator.completion()

    @property
    def text_stream(self) -> AsyncIterator[str]:
        """:meth:`text_deltas`, under the name of the anthropic SDK's streams."""
        return self.text_deltas()

    async def text_deltas(self) -> AsyncIterator[str]:
        """Iterate just the non-empty text deltas (of choice 0 in a chat completion stream,
        of ``response.output_text.delta`` events in a Responses stream, of ``text_delta``
        deltas in a Messages stream)."""
        text_delta = self._reader.text_delta
        async for chunk in self:
            text = text_delta(chunk)
            if text:
                yield text


def reader_of(stream: AsyncStream[ChunkT]) -> ChunkReader[ChunkT]:
    """The reader behind ``stream``: the one way in for the modules that drive a stream."""
    # The stream's own attribute, read by the one accessor its module gives the drivers.
    return stream._reader  # pyright: ignore[reportPrivateUsage]


class ChunkReader(Generic[ChunkT]):
    """Reads, decodes and checks the chunks of an :class:`AsyncStream`.

    Its public names are the internal protocol of the modules that drive a stream: the call
    pipeline builds it with ``keep_alive``, ``secrets``, ``deadline`` and ``idle_timeout`` and
    may :meth:`prime` it; the sync facade reads it by :meth:`next_batch`, ends it with
    :meth:`incomplete` and takes over ``warn_unclosed``.
    """

    keep_alive: object = None
    """Kept until the stream is closed or exhausted (the client, so it outlives its caller)."""
    warn_unclosed = True
    """Whether the :class:`AsyncStream` warns when collected unclosed (the sync facade does)."""
    deadline: tuple[float, float | None] | None = None
    """The call's total_timeout: its monotonic deadline and its length in seconds."""
    secrets: tuple[httpx.Headers, str] | None = None
    """The request's headers and API key, redacted from the errors the stream raises."""
    idle_timeout: float | None = None
    """The longest wait, in seconds, for an event that is progress: SSE comments and
    keep-alive events are not (``None``: no limit)."""

    def __init__(
        self,
        response: httpx.Response,
        model: type[ChunkT] | TypeAdapter[ChunkT],
        *,
        accumulator: ChunkAccumulator[ChunkT, object] | None,
        strict: bool,
        end: StreamEnd,
        name: str,
        max_event_bytes: int | None,
        keep_alive: object = None,
        secrets: tuple[httpx.Headers, str] | None = None,
        deadline: tuple[float, float | None] | None = None,
        idle_timeout: float | None = None,
    ) -> None:
        self.response = response
        self.keep_alive = keep_alive
        self.secrets = secrets
        self.deadline = deadline
        self.idle_timeout = idle_timeout
        self._strict = strict
        # The validator itself (not the classmethod wrapper): this runs once per chunk.
        # An event that deviates is read tolerantly along its model class, or along the union
        # an adapter holds.
        self._model_class: type[Any] | None = None
        self._union: Any = None  # the union type of an adapter, read tolerantly along it
        if isinstance(model, TypeAdapter):
            self._union = getattr(model, "_type", None)
            self._validate_json: Callable[[str], ChunkT] = model.validator.validate_json
            self._name = name or "event"
        else:
            self._model_class = model
            validator = cast("type[BaseModel]", model).__pydantic_validator__
            self._validate_json = cast("Callable[[str], ChunkT]", validator.validate_json)
            self._name = name or model.__name__
        self._done = end.done
        self._final_events = frozenset(end.final_events)
        self.accumulator = accumulator
        self._count = 0
        self._body = body_chunks(response)
        self._max_event_bytes = max_event_bytes
        self._decoder = SSEDecoder(max_event_bytes)
        self._events: deque[ServerSentEvent] = deque()
        self.finished = False
        """True once the stream was closed or exhausted."""
        self.completed = False
        """True once the stream's end (``data: [DONE]`` or a final event) was received."""
        self._primed: ChunkT | None = None
        self._deferred_error: Exception | None = None
        # The idle timeout's state (see _idle_remaining): keep-alive chunks counted so far,
        # the progress and pending event data seen at the last read, and when the first read
        # without progress since the last progress started (time.monotonic(); None: none).
        self._keep_alives = 0
        self._progress_seen = 0
        self._pending_seen = 0
        self._idle_since: float | None = None
        self._read_timeout = _read_timeout(response)

    async def close(self) -> None:
        """Release the connection; safe to call more than once, and while being cancelled."""
        self.finished = True
        self.keep_alive = None
        await aclose(self.response, self._body)

    def text_delta(self, chunk: ChunkT) -> str | None:
        """The text ``chunk`` adds, as this stream's operation defines it."""
        if self.accumulator is None:
            raise TypeError("text deltas need a stream whose operation assembles a result")
        return self.accumulator.text_delta(chunk)

    async def next_chunk(self) -> ChunkT:
        """The next chunk, reading the network as needed; ``StopAsyncIteration`` at the end."""
        chunk = await self._next(wait=True)
        assert chunk is not None
        return chunk

    async def next_batch(self) -> list[ChunkT]:
        """The next chunk plus every chunk already decoded after it, without waiting for more
        network data; ``[]`` at the end. Lets the sync facade cross threads once per network
        read instead of once per chunk. An error after the first chunk is kept for the next
        call, so chunks before it are delivered first."""
        error, self._deferred_error = self._deferred_error, None
        if error is not None:
            raise error
        try:
            batch = [await self.next_chunk()]
        except StopAsyncIteration:
            return []
        try:
            while (chunk := await self._next(wait=False)) is not None:
                batch.append(chunk)
        except StopAsyncIteration:
            pass
        except Exception as exc:
            self._deferred_error = exc
        return batch

    async def prime(self) -> None:
        """Read the first chunk now, so errors before it surface at the call (fallbacks)."""
        if self._primed is None and not self.finished:
            self._primed = await self.next_chunk()

    def incomplete(self, why: str) -> IncompleteStreamError:
        """The error of a stream that ended, ``why``, before its end; marks it finished."""
        end, partial, count = self._cut()
        return IncompleteStreamError(
            f"The stream ended before {end}: {why} after {count} chunk(s).",
            request=self.response.request,
            partial=partial,
            chunk_count=count,
        )

    def timed_out(self, why: str) -> StreamTimeoutError:
        """The error of a stream that timed out, ``why``, before its end; marks it finished."""
        end, partial, count = self._cut()
        return StreamTimeoutError(
            f"The stream timed out before {end}, after {count} chunk(s): {why}",
            request=self.response.request,
            partial=partial,
            chunk_count=count,
        )

    def _cut(self) -> tuple[str, ChatCompletion | Response | Message | None, int]:
        """What the error of a stream cut short says: the end it missed, the partial result
        and the chunk count; marks the stream finished."""
        self.finished = True
        accumulator = self.accumulator
        count = self._count
        partial = accumulator.completion() if accumulator is not None and count else None
        # Every operation that assembles a result assembles one of these.
        end = " or ".join([*([self._done] if self._done else []), *sorted(self._final_events)])
        return end, cast("ChatCompletion | Response | Message | None", partial), count

    async def _next(self, *, wait: bool) -> ChunkT | None:
        """The next chunk; without ``wait``, ``None`` when none is decoded yet. The stream is
        closed by any error, and the API key redacted from it."""
        primed = self._primed
        if primed is not None:
            self._primed = None
            return primed
        try:
            return await self._read(wait=wait)
        except BaseException as exc:
            await self.close()
            if self.secrets is not None and isinstance(exc, PoeError):
                headers, key = self.secrets
                redact_error(exc, secret_values(headers.items(), key))
            raise

    async def _read(self, *, wait: bool) -> ChunkT | None:
        while True:
            if self.completed and not self.finished:  # after a final event: nothing more
                if not wait:
                    return None  # Drained by the next read, after this chunk is delivered.
                await self._finish()
            while self._events:
                event = self._events.popleft()
                if event.data == self._done:
                    await self._finish()
                    raise StopAsyncIteration
                if event.data == _DONE_MARKER:  # a stream that ends at a final event, cut
                    raise self.incomplete(f"the server sent 'data: {_DONE_MARKER}'")
                chunk = self._parse(event)
                if chunk is not None:
                    return chunk
            if self.finished:
                raise StopAsyncIteration
            if not wait:
                return None
            await self._read_more()

    async def _finish(self) -> None:
        self.completed = True
        self.finished = True
        self.keep_alive = None
        self._events.clear()
        await self._drain()
        await aclose(self.response, self._body)

    async def _read_more(self) -> None:
        try:
            idle = self.idle_timeout
            remaining = None
            if idle is not None:
                progress = self._count - self._keep_alives
                if progress != self._progress_seen:  # the hot path: one check per read
                    self._progress_seen = progress
                    self._pending_seen = 0
                    self._idle_since = None
                    read = self._read_timeout
                    if read is None or read > idle:  # a stream built outside the client
                        remaining = idle
                else:
                    remaining = self._idle_remaining(idle)
            if remaining is not None:
                data = None
                with anyio.move_on_after(remaining):
                    data = await self._receive()
                    remaining = None
                if remaining is not None:
                    raise self._idle_error()
            elif self.deadline is None:
                data = await next_chunk(self._body, self.response.request)
            else:
                data = await self._receive()
        except StreamTimeoutError:
            raise
        except APITimeoutError as exc:  # a read timeout, or the total_timeout
            raise self.timed_out(exc.message) from exc
        except APIConnectionError as exc:
            raise self.incomplete(f"the connection failed ({exc.message})") from exc
        if data is None:
            self._decoder.close()
            raise self.incomplete("the server closed the stream")
        try:
            self._events.extend(self._decoder.feed(data))
        except SSEDecodeError as exc:
            raise APIResponseValidationError(
                f"The stream is not valid UTF-8 near {quote_start(exc.line)}", self.response
            ) from exc
        except SSEEventTooLargeError as exc:
            limit = self._max_event_bytes or 0
            raise ResponseTooLargeError(
                f"The stream sent {exc}, over the client's max_event_bytes ({limit} bytes); "
                "raise it with limits=ResponseLimits(max_event_bytes=...).",
                request=self.response.request,
                limit="max_event_bytes",
                limit_bytes=limit,
            ) from exc

    async def _receive(self) -> bytes | None:
        """The next bytes of the body (``None`` at its end), within the total deadline."""
        if self.deadline is None:
            return await next_chunk(self._body, self.response.request)
        with TotalDeadline(*self.deadline, " while the stream was read"):
            return await next_chunk(self._body, self.response.request)

    def _idle_remaining(self, idle: float) -> float | None:
        """After a read without progress (no chunk, or only keep-alives): how long the next
        read may take (``None``: the read timeout ends it in time), or
        :class:`StreamTimeoutError` once ``idle`` seconds passed since that run of reads
        started. More of a large event counts as progress.

        The clock is read only here, never on a read that follows progress (the hot path);
        so the limit starts at the end of the first read without progress, which at most
        adds one interval between two keep-alives (the read timeout, lowered by the client
        to ``idle`` for a stream, bounds a silent read)."""
        now = time.monotonic()
        pending = self._decoder.pending_data
        if pending > self._pending_seen:
            self._pending_seen = pending
            self._idle_since = None
            read = self._read_timeout
            return idle if read is None or read > idle else None
        since = self._idle_since
        if since is None:
            self._idle_since = since = now
        remaining = since + idle - now
        if remaining <= 0:
            raise self._idle_error()
        return remaining

    def _idle_error(self) -> StreamTimeoutError:
        return self.timed_out(
            f"no event for {self.idle_timeout:g}s (the stream_idle_timeout; SSE comments and "
            "keep-alive events do not count)."
        )

    def _parse(self, event: ServerSentEvent) -> ChunkT | None:
        data = event.data
        if event.event == "error":
            raise stream_error(json_or_text(data), self.response)
        try:
            chunk = self._validate_json(data)
        except ValidationError as exc:
            if self._union is not None:
                chunk = self._read_union(event, data, exc)
                if chunk is None:
                    return None
            elif event.event != "message":
                payload = json_or_text(data)
                if is_error_object(payload):
                    raise stream_error(payload, self.response) from exc
                return None  # An event type this API does not define (e.g. "ping").
            elif self._model_class is None:  # a union whose type is unknown: strictly
                if is_error_object(json_or_text(data)):
                    raise stream_error(json_or_text(data), self.response) from exc
                raise APIResponseValidationError(
                    f"{_EVENT} (not a valid {self._name}): {quote_start('data: ' + data)}",
                    self.response,
                    body=json_or_text(data),
                ) from exc
            else:
                chunk = read_reply(
                    self._model_class,
                    data,
                    self.response,
                    exc,
                    strict=self._strict,
                    what=_EVENT,
                    quote=quote_start("data: " + data),
                )
        else:
            extra: dict[str, Any] | None = getattr(chunk, "__pydantic_extra__", None)
            # A chunk's unknown fields are rare: most chunks skip the error-object rule.
            if self._model_class is not None and (
                self._strict or (extra and is_error_object(extra))
            ):
                quote = quote_start("data: " + data)
                model = cast("BaseModel", chunk)
                checked_reply(
                    model, data, self.response, strict=self._strict, what=_EVENT, quote=quote
                )
            elif extra and is_error_object(extra):
                raise stream_error({"error": extra["error"]}, self.response)
            elif self._strict and self._union is not None:
                check_event(
                    self._union,
                    data,
                    self.response,
                    what=f"{_EVENT} (not a valid {self._name})",
                    quote=quote_start("data: " + data),
                )
        self._count += 1
        kind = event.event
        if (kind != "message" and kind in _KEEP_ALIVE) or (
            self._union is not None and getattr(chunk, "type", None) in _KEEP_ALIVE
        ):
            self._keep_alives += 1
        if self.accumulator is not None:
            failure = self.accumulator.add(chunk)
            if failure is not None:  # response.failed: the error its response reports
                raise stream_error(failure, self.response)
        if self._final_events and (
            event.event in self._final_events or getattr(chunk, "type", None) in self._final_events
        ):
            self.completed = True
        return chunk

    def _read_union(self, event: ServerSentEvent, data: str, cause: ValidationError) -> Any:
        """An event of a union that failed validation, read tolerantly along the union;
        ``None`` for a non-JSON event of a type the API does not define (e.g. ``ping``)."""
        if event.event != "message" and not isinstance(json_or_text(data), dict):
            return None
        return read_event_reply(
            self._union,
            data,
            self.response,
            cause,
            strict=self._strict,
            what=f"{_EVENT} (not a valid {self._name})",
            quote=quote_start("data: " + data),
        )

    async def _drain(self) -> None:
        """Read what follows ``[DONE]`` briefly so the connection can return to the pool."""
        received = 0
        with anyio.move_on_after(_DRAIN_SECONDS):
            while received <= _DRAIN_BYTES:
                try:
                    data = await next_chunk(self._body, self.response.request)
                except APIConnectionError:
                    break
                if data is None:
                    break
                received += len(data)


def _read_timeout(response: httpx.Response) -> float | None:
    """The read timeout the response's request was sent with (``None``: none, or unknown)."""
    try:
        timeouts: dict[str, float | None] = response.request.extensions.get("timeout") or {}
    except RuntimeError:  # a response built without its request
        return None
    return timeouts.get("read")
