"""``with_streaming_response``: the HTTP reply with its body unread, streamed on demand.

``async with client.chat.completions.with_streaming_response.create(...) as response:`` gives
an :class:`AsyncStreamedAPIResponse` once the status and headers have arrived (an error status
raises as usual); its body is read only as you iterate it (``iter_bytes()``, ``iter_text()``,
``iter_lines()``), never buffered whole, or all at once by ``read()`` / ``parse()`` (bounded by
the client's ``max_body_bytes``). Leaving the block closes the response. The sync client's
:class:`StreamedAPIResponse` does the same with ``with`` and plain iterators.
"""

from __future__ import annotations

import codecs
import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from .._exceptions import ClientClosedError
from .._http.exchange import aclose, body_chunks, next_chunk, read_body
from .raw_response import ReplyFacts

if TYPE_CHECKING:
    from .._sync.runner import Runner

__all__ = [
    "AsyncResponseContextManager",
    "AsyncStreamedAPIResponse",
    "ResponseContextManager",
    "StreamedAPIResponse",
]

T = TypeVar("T")
ItemT = TypeVar("ItemT")


class AsyncStreamedAPIResponse(ReplyFacts, Generic[T]):
    """A reply whose body is read as you iterate it (see the module's documentation)."""

    def __init__(
        self,
        http_response: httpx.Response,
        parse: Callable[[], Awaitable[T]],
        *,
        retries_taken: int,
        elapsed: float,
        max_body_bytes: int,
        parse_reads_body: bool = True,
        keep_alive: object = None,
    ) -> None:
        super().__init__(
            http_response, retries_taken=retries_taken, elapsed=elapsed, keep_alive=keep_alive
        )
        self._parse = parse
        self._max_body_bytes = max_body_bytes
        self._parse_reads_body = parse_reads_body
        self._parsed: list[T] = []
        self._content: bytes | None = None

    async def iter_bytes(self) -> AsyncIterator[bytes]:
        """The body's bytes as they arrive (decompressed), none of them kept."""
        body = body_chunks(self.http_response)
        try:
            while (chunk := await next_chunk(body, self.http_request)) is not None:
                if chunk:
                    yield chunk
        finally:
            await aclose(self.http_response, body)

    async def iter_text(self) -> AsyncIterator[str]:
        """The body as text (in the reply's charset, else UTF-8) as it arrives."""
        decoder = codecs.getincrementaldecoder(self._encoding())(errors="replace")
        async for chunk in self.iter_bytes():
            if text := decoder.decode(chunk):
                yield text
        if tail := decoder.decode(b"", final=True):
            yield tail

    async def iter_lines(self) -> AsyncIterator[str]:
        """The body's lines (without their line ending) as they arrive."""
        splitter = _Lines()
        async for text in self.iter_text():
            for line in splitter.feed(text):
                yield line
        for line in splitter.end():
            yield line

    async def read(self) -> bytes:
        """The whole body (at most the client's ``max_body_bytes``, else
        :class:`ResponseTooLargeError`)."""
        if self._content is None:
            self._content = await read_body(self.http_response, self._max_body_bytes)
        return self._content

    async def text(self) -> str:
        """The whole body as text."""
        return (await self.read()).decode(self._encoding(), errors="replace")

    async def json(self) -> Any:
        """The whole body, decoded from JSON."""
        return json.loads(await self.read())

    async def parse(self) -> T:
        """The typed result, as the call without ``with_streaming_response`` returns it (for
        ``stream=True``, the stream of events); the body is read here."""
        if not self._parsed:
            if self._parse_reads_body:
                await self.read()
            self._parsed.append(await self._parse())
        return self._parsed[0]

    async def close(self) -> None:
        """Close the reply, unread body included (leaving ``async with`` does it)."""
        await aclose(self.http_response)

    def _encoding(self) -> str:
        return self.http_response.charset_encoding or "utf-8"


class AsyncResponseContextManager(Generic[T]):
    """What an async ``with_streaming_response`` method returns: ``async with`` it."""

    def __init__(self, request: Coroutine[Any, Any, AsyncStreamedAPIResponse[T]]) -> None:
        self._request: Coroutine[Any, Any, AsyncStreamedAPIResponse[T]] | None = request
        self._response: AsyncStreamedAPIResponse[T] | None = None

    async def __aenter__(self) -> AsyncStreamedAPIResponse[T]:
        if self._request is None:
            raise RuntimeError("This response context manager has already been entered")
        request, self._request = self._request, None
        self._response = await request
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()

    def __del__(self) -> None:
        if self._request is not None:  # Never entered: the request was never sent.
            self._request.close()


class StreamedAPIResponse(ReplyFacts, Generic[T]):
    """The sync client's :class:`AsyncStreamedAPIResponse`: each read runs on the client's
    event loop, where the connection lives."""

    def __init__(
        self,
        response: AsyncStreamedAPIResponse[Any],
        runner: Runner,
        to_sync: Any,
        *,
        keep_alive: object = None,
    ) -> None:
        super().__init__(
            response.http_response,
            retries_taken=response.retries_taken,
            elapsed=response.elapsed.total_seconds(),
            keep_alive=keep_alive,
        )
        self._async = response
        self._runner = runner
        self._to_sync = to_sync
        self._iterating: list[AsyncIterator[Any]] = []  # Closed with the response.

    def iter_bytes(self) -> Iterator[bytes]:
        """The body's bytes as they arrive (decompressed), none of them kept."""
        return self._iterate(self._async.iter_bytes())

    def iter_text(self) -> Iterator[str]:
        """The body as text (in the reply's charset, else UTF-8) as it arrives."""
        return self._iterate(self._async.iter_text())

    def iter_lines(self) -> Iterator[str]:
        """The body's lines (without their line ending) as they arrive."""
        return self._iterate(self._async.iter_lines())

    def read(self) -> bytes:
        """The whole body (at most the client's ``max_body_bytes``)."""
        return self._runner.run(self._async.read)

    def text(self) -> str:
        """The whole body as text."""
        return self._runner.run(self._async.text)

    def json(self) -> Any:
        """The whole body, decoded from JSON."""
        return self._runner.run(self._async.json)

    def parse(self) -> T:
        """The typed result, as the call without ``with_streaming_response`` returns it."""
        result: T = self._to_sync(self._runner.run(self._async.parse))
        return result

    def close(self) -> None:
        """Close the reply, unread body included (leaving ``with`` does it)."""
        iterating, self._iterating = self._iterating, []
        for items in iterating:  # An iteration left unfinished, on its loop.
            self._runner.run(_aclose, items)
        self._runner.run_closing(self._async.close)

    def _iterate(self, items: AsyncIterator[ItemT]) -> Iterator[ItemT]:
        self._iterating.append(items)
        try:
            while True:
                item = cast(ItemT, self._runner.run(_anext, items))
                if item is _END:
                    return
                yield item
        finally:
            if items in self._iterating:  # Else close() closed it already.
                self._iterating.remove(items)
                with contextlib.suppress(ClientClosedError):  # Its loop is gone with it.
                    self._runner.run(_aclose, items)


class ResponseContextManager(Generic[T]):
    """What a sync ``with_streaming_response`` method returns: ``with`` it."""

    def __init__(self, request: Callable[[], StreamedAPIResponse[T]]) -> None:
        self._request: Callable[[], StreamedAPIResponse[T]] | None = request
        self._response: StreamedAPIResponse[T] | None = None

    def __enter__(self) -> StreamedAPIResponse[T]:
        if self._request is None:
            raise RuntimeError("This response context manager has already been entered")
        request, self._request = self._request, None
        self._response = request()
        return self._response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


_END: Any = object()


async def _anext(items: AsyncIterator[ItemT]) -> ItemT:
    """The next item, or ``_END`` (an exception would not cross threads as the end)."""
    try:
        return await items.__anext__()
    except StopAsyncIteration:
        return _END  # type: ignore[no-any-return]


async def _aclose(items: AsyncIterator[Any]) -> None:
    close = getattr(items, "aclose", None)
    if close is not None:
        await close()


class _Lines:
    """Splits text that arrives in pieces into lines (``\\n``, ``\\r\\n`` or ``\\r``)."""

    def __init__(self) -> None:
        self._pending = ""

    def feed(self, text: str) -> list[str]:
        text = self._pending + text
        lines = text.splitlines(keepends=True)
        self._pending = ""
        if lines and (not lines[-1].endswith(("\n", "\r")) or lines[-1].endswith("\r")):
            self._pending = lines.pop()  # Unfinished, or a "\r" whose "\n" may follow.
        return [line.rstrip("\r\n") for line in lines]

    def end(self) -> list[str]:
        pending, self._pending = self._pending, ""
        return [pending.rstrip("\r\n")] if pending else []
