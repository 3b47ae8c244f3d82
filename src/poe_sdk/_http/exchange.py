"""The calls' one way to the network: send a request, read body chunks, close.

Every failure of the I/O stack raised on the way becomes poe-sdk's exception here, through
:func:`.errors.io_failure`, with the original as ``__cause__``.

A compressed body is decompressed here, a bounded piece at a time (:mod:`.decoding`).
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections.abc import AsyncIterable, AsyncIterator, Coroutine, Iterator
from typing import Any, cast

import anyio
import httpx

from .._exceptions import APIConnectionError, ResponseTooLargeError
from .decoding import BodyDecoder, body_decoder
from .errors import io_failure
from .limits import ERROR_BODY_KEPT

__all__ = [
    "CLOSES_AT_ONCE",
    "aclose",
    "body_chunks",
    "next_chunk",
    "read_body",
    "read_error_body",
    "send",
]

CLOSES_AT_ONCE = "poe_sdk.closes_at_once"
"""A response extension a transport sets when closing the response never waits."""


async def send(
    client: httpx.AsyncClient, request: httpx.Request, *, stream: bool
) -> httpx.Response:
    """Send ``request``; with ``stream=False`` the whole body is read before returning.
    Redirects are never followed here: the client decides which to follow."""
    if client in _cancelled_on:
        _cancelled_on.discard(client)
        await _close_orphaned_connections(client)
    try:
        return await client.send(request, stream=stream, follow_redirects=False)
    except Exception as exc:
        error = io_failure(exc, request)
        if error is None:
            raise
        raise error from exc
    except BaseException:  # Cancelled: the request may have left a connection behind.
        _cancelled_on.add(client)
        raise


_cancelled_on: weakref.WeakSet[httpx.AsyncClient] = weakref.WeakSet()
"""The clients a request was cancelled on since their pool was last swept of orphans."""


async def _close_orphaned_connections(client: httpx.AsyncClient) -> None:
    """Close the connections that cancelled requests left behind in a given client's pool.

    httpcore 1.0 (encode/httpcore#1093, open): a request cancelled while its new connection
    is being set up (waiting for the pool, or for the connection's lock once connected)
    leaves that connection in the pool, neither idle nor closed and owned by no request;
    once ``max_connections`` of them pile up, every request waits for the pool until it
    times out. Before each request, such connections are taken out of the pool and closed,
    as httpcore's proposed fix does (encode/httpcore#1094). Only httpx's own transport (and
    poe-sdk's on trio) over httpcore's pool is looked at; any other is left as it is. The
    sweep runs before the next request after a cancellation (:func:`send`): the pool is
    walked only then, not on every request (whose CPU cost grows with the connections)."""
    transport = getattr(client, "_transport", None)  # httpx 0.28-0.29 (private): no accessor
    if not isinstance(transport, httpx.AsyncHTTPTransport):
        return
    # httpcore 1.0.9 (private): the pool's connections and waiting requests.
    pool = getattr(transport, "_pool", None)
    connections: list[Any] | None = getattr(pool, "_connections", None)
    if not connections:
        return
    busy = [c for c in connections if not (c.is_idle() or c.is_closed())]
    if not busy:
        return
    owned = {id(getattr(waiting, "connection", None)) for waiting in getattr(pool, "_requests", ())}
    orphans = [c for c in busy if id(c) not in owned]
    for connection in orphans:
        connections.remove(connection)
    for connection in orphans:
        with anyio.CancelScope(shield=True), contextlib.suppress(Exception):
            if _on_asyncio():
                await _shielded(connection.aclose())
            else:
                await connection.aclose()


def body_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    """An iterator over a streamed body: the raw stream unless the server compressed it,
    else its decompressed pieces (each at most ``decoding.PIECE_BYTES``)."""
    stream = cast("AsyncIterable[bytes]", response.stream)
    raw = stream.__aiter__()
    encoding = response.headers.get("content-encoding")
    if not encoding or encoding == "identity":
        return raw
    decoder = body_decoder(encoding)
    return raw if decoder is None else _DecodedBody(raw, decoder)


class _DecodedBody:
    """A compressed body's decompressed pieces: a network read is decompressed only as its
    pieces are asked for, so a reader that stops at a limit stops the decompression too."""

    def __init__(self, raw: AsyncIterator[bytes], decoder: BodyDecoder) -> None:
        self._raw = raw
        self._decoder = decoder
        self._pieces: Iterator[bytes] = iter(())
        self._ended = False

    def __aiter__(self) -> _DecodedBody:
        return self

    async def __anext__(self) -> bytes:
        while True:
            piece = next(self._pieces, None)
            if piece is not None:
                return piece
            if self._ended:
                raise StopAsyncIteration
            try:
                data = await self._raw.__anext__()
            except StopAsyncIteration:
                self._ended = True
                self._pieces = self._decoder.flush()
                continue
            self._pieces = self._decoder.decode(data)

    async def aclose(self) -> None:
        self._ended = True
        self._pieces = iter(())
        close = getattr(self._raw, "aclose", None)
        if close is not None:
            await close()


async def next_chunk(body: AsyncIterator[bytes], request: httpx.Request) -> bytes | None:
    """The next chunk of a streamed body, or ``None`` at its end."""
    try:
        return await body.__anext__()
    except StopAsyncIteration:
        return None
    except Exception as exc:
        error = io_failure(exc, request)
        if error is None:
            raise
        raise error from exc


async def aclose(response: httpx.Response, body: AsyncIterator[bytes] | None = None) -> None:
    """Close a response (and the iterator over its body) even while the caller is being
    cancelled: the close is shielded. A broken connection that fails to close is discarded.

    A response whose transport closes it without waiting (:data:`CLOSES_AT_ONCE`) has no
    point where a cancellation could land, so it needs no cancel scope (whose first use
    loads anyio's event-loop backend, ~3 MB of a process's memory). Any other response (a
    given ``http_client``'s) is closed, on asyncio, in a task of its own: anyio's shield holds
    off anyio's cancellation but not asyncio's own (``asyncio.wait_for``, ``Task.cancel()``),
    and a close cut short there leaves httpcore's connection checked out for good."""
    try:
        if body is None and response.extensions.get(CLOSES_AT_ONCE):
            await response.aclose()
            return
        with anyio.CancelScope(shield=True):
            if response.extensions.get(CLOSES_AT_ONCE) or not _on_asyncio():
                await _close(response, body)
            else:
                await _shielded(_close(response, body))
    except Exception as exc:  # A broken connection: discarded, whatever its close raised.
        if io_failure(exc, None) is None:
            raise


async def _close(response: httpx.Response, body: AsyncIterator[bytes] | None) -> None:
    close_body = getattr(body, "aclose", None)
    if close_body is not None:
        await close_body()
    await response.aclose()


async def _shielded(close: Coroutine[Any, Any, None]) -> None:
    """Run ``close`` on asyncio in a task of its own, so that no cancellation of the caller
    reaches it: the caller waits for it (at most 5 s) and is cancelled only once it is done."""
    closing = asyncio.ensure_future(close)
    try:
        await asyncio.shield(closing)
    except asyncio.CancelledError:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + _CLOSE_GRACE_SECONDS
        while not closing.done() and loop.time() < deadline:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait((closing,), timeout=deadline - loop.time())
        raise
    finally:
        if closing.done() and not closing.cancelled():
            closing.exception()  # Retrieved (an httpx error is suppressed by the caller).
    closing.result()


_CLOSE_GRACE_SECONDS = 5.0


def _on_asyncio() -> bool:
    # The stdlib's running-loop lookup that does not raise (asyncio.get_running_loop raises).
    return asyncio._get_running_loop() is not None


async def read_body(response: httpx.Response, limit: int, *, prefix: bool = False) -> bytes:
    """Read a streamed body whole (decompressed) and close the response; the bytes are also
    ``response.content``. Past ``limit`` bytes it raises :class:`ResponseTooLargeError`, or with
    ``prefix=True`` returns the first ``limit`` bytes (the rest is never read)."""
    parts: list[bytes] = []
    size = 0
    try:
        declared = response.headers.get("content-length", "")
        identity = response.headers.get("content-encoding", "identity") in ("", "identity")
        if not prefix and identity and declared.isdigit() and int(declared) > limit:
            raise _too_large(response, limit)
        # An uncompressed body is read from the raw stream: httpx's decoder chain would only
        # pass its chunks through (~3 % of a small request's CPU).
        async for part in body_chunks(response):
            parts.append(part)
            size += len(part)
            if size > limit:
                if not prefix:
                    raise _too_large(response, limit)
                break
    except Exception as exc:
        error = io_failure(exc, response.request)
        if error is None:
            raise
        raise error from exc
    finally:
        await aclose(response)
    content = b"".join(parts)[:limit]
    # httpx 0.28-0.29 (private): the body read, so ``response.content`` works as after aread().
    response._content = content  # pyright: ignore[reportPrivateUsage]
    return content


async def read_error_body(response: httpx.Response) -> bytes:
    """The first ``ERROR_BODY_KEPT`` bytes of an error reply (the rest is never read), or
    nothing when the connection fails meanwhile; the response is closed."""
    try:
        return await read_body(response, ERROR_BODY_KEPT, prefix=True)
    except APIConnectionError:
        return b""


def _too_large(response: httpx.Response, limit: int) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"The reply's body is larger than the client's max_body_bytes ({limit} bytes, counted "
        "after decompression); raise it with limits=ResponseLimits(max_body_bytes=...).",
        request=response.request,
        limit="max_body_bytes",
        limit_bytes=limit,
    )
