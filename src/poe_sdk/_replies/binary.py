"""Binary replies (a file's bytes, speech audio, a video): streamed, never read whole unless
asked.

An operation whose reply is not JSON (``application/octet-stream``, ``audio/*``, ``video/*``,
...) returns an :class:`AsyncBinaryResponse` (the sync client: :class:`BinaryResponse`) with
the connection still open: ``iter_bytes()`` streams the body, ``write_to_file(path)`` streams
it to disk chunk by chunk, ``read()``/``content`` read it whole (up to the client's
``max_body_bytes``). Close it (or use it as a context manager) when it is not read to the end.
"""

from __future__ import annotations

import os
from collections.abc import AsyncGenerator, Iterator
from types import TracebackType
from typing import TYPE_CHECKING

import anyio
import httpx

from .._http.exchange import aclose, body_chunks, next_chunk, read_body

if TYPE_CHECKING:
    from .._sync.runner import Runner

__all__ = ["AsyncBinaryResponse", "BinaryResponse"]


class AsyncBinaryResponse:
    """A binary reply of the async client, its body not read yet."""

    def __init__(self, response: httpx.Response, max_bytes: int) -> None:
        self.http_response = response
        self._max_bytes = max_bytes
        self._content: bytes | None = None
        self._started = False

    @property
    def content_type(self) -> str | None:
        """The reply's ``Content-Type``."""
        value: str | None = self.http_response.headers.get("content-type")
        return value

    @property
    def content(self) -> bytes:
        """The whole body, once :meth:`read` has read it."""
        if self._content is None:
            raise RuntimeError("The body is not read yet: await read() (or use iter_bytes())")
        return self._content

    async def read(self) -> bytes:
        """Read the whole body (at most the client's ``max_body_bytes``) and close."""
        if self._content is None:
            self._take()
            self._content = await read_body(self.http_response, self._max_bytes)
        return self._content

    async def iter_bytes(self) -> AsyncGenerator[bytes]:
        """The body, chunk by chunk as it arrives; the connection closes at its end."""
        if self._content is not None:
            yield self._content
            return
        self._take()
        body = body_chunks(self.http_response)
        try:
            while (chunk := await next_chunk(body, self.http_response.request)) is not None:
                yield chunk
        finally:
            await aclose(self.http_response, body)

    async def write_to_file(self, path: str | os.PathLike[str]) -> None:
        """Stream the body into the file at ``path`` (created or truncated)."""
        async with await anyio.open_file(path, "wb") as file:
            async for chunk in self.iter_bytes():
                await file.write(chunk)

    async def close(self) -> None:
        """Close the connection (the rest of the body is not read)."""
        await aclose(self.http_response)

    async def __aenter__(self) -> AsyncBinaryResponse:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def _take(self) -> None:
        if self._started:
            raise RuntimeError("The body was already read as a stream")
        self._started = True

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.http_response.status_code}] {self.content_type}>"


class BinaryResponse:
    """A binary reply of the sync client: the :class:`AsyncBinaryResponse` read on the
    client's event loop."""

    def __init__(self, reply: AsyncBinaryResponse, runner: Runner, keep_alive: object) -> None:
        self._reply = reply
        self._runner = runner
        self._keep_alive = keep_alive  # the client's loops live while this reply is read

    @property
    def http_response(self) -> httpx.Response:
        """The HTTP reply (status, headers)."""
        return self._reply.http_response

    @property
    def content_type(self) -> str | None:
        """The reply's ``Content-Type``."""
        return self._reply.content_type

    @property
    def content(self) -> bytes:
        """The whole body (read on first use, at most the client's ``max_body_bytes``)."""
        return self.read()

    def read(self) -> bytes:
        """Read the whole body and close."""
        return self._runner.run(self._reply.read)

    def iter_bytes(self) -> Iterator[bytes]:
        """The body, chunk by chunk as it arrives; the connection closes at its end."""
        chunks = self._reply.iter_bytes()

        async def next_chunk() -> bytes | None:
            return await anext(chunks, None)

        async def close() -> None:
            await chunks.aclose()

        try:
            while (chunk := self._runner.run(next_chunk)) is not None:
                yield chunk
        finally:
            self._runner.run(close)

    def write_to_file(self, path: str | os.PathLike[str]) -> None:
        """Stream the body into the file at ``path`` (created or truncated)."""
        with open(path, "wb") as file:
            for chunk in self.iter_bytes():
                file.write(chunk)

    def close(self) -> None:
        """Close the connection (the rest of the body is not read)."""
        self._runner.run_closing(self._reply.close)

    def __enter__(self) -> BinaryResponse:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.http_response.status_code}] {self.content_type}>"
