"""The one boundary with httpx's I/O: send a request, read body chunks, close.

httpx's I/O failures (``httpx.HTTPError``) are translated here and nowhere else: timeouts
become :class:`APITimeoutError`, every other transport failure :class:`APIConnectionError`.
(``httpx.InvalidURL`` is no I/O failure: it is caught where a URL is checked.)
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import ssl
from collections.abc import AsyncIterator
from typing import cast

import anyio
import httpx

from ._exceptions import APIConnectionError, APITimeoutError, ResponseTooLargeError

__all__ = [
    "CLOSES_AT_ONCE",
    "aclose",
    "body_chunks",
    "connect_failure",
    "next_chunk",
    "read_body",
    "send",
    "transport_error",
]

CLOSES_AT_ONCE = "poe_sdk.closes_at_once"
"""A response extension a transport sets when closing the response never waits."""


def transport_error(exc: httpx.HTTPError, request: httpx.Request | None) -> APIConnectionError:
    """The poe-sdk exception for an httpx failure (the caller chains it with ``from``)."""
    if isinstance(exc, httpx.TimeoutException):
        kind = type(exc).__name__.removesuffix("Timeout").lower() or "request"
        return APITimeoutError(f"Request timed out ({kind} timeout).", request=request)
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.ConnectError) and request is not None:
        reason = connect_failure(exc) or detail
        url = request.url.copy_with(path="/", query=None, fragment=None)
        where = str(url).removesuffix("/")
        return APIConnectionError(f"Could not connect to {where} ({reason})", request=request)
    return APIConnectionError(f"Connection error: {detail}", request=request)


def connect_failure(exc: BaseException) -> str | None:
    """Why a connection could not be made, in the operating system's words ("connection
    refused", "name or service not known"), from the errors that caused ``exc``; ``None``
    when none of them says (a TLS failure keeps the library's own words)."""
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, ssl.SSLError):
            return None
        if isinstance(current, socket.gaierror) and current.strerror:
            return current.strerror.lower()
        if isinstance(current, OSError) and current.errno in _CONNECT_ERRNOS:
            return os.strerror(current.errno).lower()
        grouped: object = getattr(current, "exceptions", ())  # an exception group (trio's)
        if isinstance(grouped, tuple):
            pending.extend(
                e for e in cast(tuple[object, ...], grouped) if isinstance(e, BaseException)
            )
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)
    return None


_CONNECT_ERRNOS = frozenset(
    {
        errno.ECONNREFUSED,
        errno.ECONNRESET,
        errno.ECONNABORTED,
        errno.EHOSTUNREACH,
        errno.ENETUNREACH,
        errno.ETIMEDOUT,
        errno.EADDRNOTAVAIL,
    }
)


async def send(
    client: httpx.AsyncClient, request: httpx.Request, *, stream: bool
) -> httpx.Response:
    """Send ``request``; with ``stream=False`` the whole body is read before returning.
    Redirects are never followed here: the client decides which to follow."""
    try:
        return await client.send(request, stream=stream, follow_redirects=False)
    except httpx.HTTPError as exc:
        raise transport_error(exc, request) from exc


def body_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    """An iterator over a streamed body: the raw stream unless the server compressed it."""
    if response.headers.get("content-encoding", "identity") in ("", "identity"):
        return response.stream.__aiter__()  # type: ignore[union-attr]
    return response.aiter_bytes()


async def next_chunk(body: AsyncIterator[bytes], request: httpx.Request) -> bytes | None:
    """The next chunk of a streamed body, or ``None`` at its end."""
    try:
        return await body.__anext__()
    except StopAsyncIteration:
        return None
    except httpx.HTTPError as exc:
        raise transport_error(exc, request) from exc


async def aclose(response: httpx.Response, body: AsyncIterator[bytes] | None = None) -> None:
    """Close a response (and the iterator over its body) even while the caller is being
    cancelled: the close is shielded. A broken connection that fails to close is discarded.

    A response whose transport closes it without waiting (:data:`CLOSES_AT_ONCE`) has no
    point where a cancellation could land, so it needs no cancel scope (whose first use
    loads anyio's event-loop backend, ~3 MB of a process's memory)."""
    if body is None and response.extensions.get(CLOSES_AT_ONCE):
        with contextlib.suppress(httpx.HTTPError):
            await response.aclose()
        return
    with anyio.CancelScope(shield=True), contextlib.suppress(httpx.HTTPError):
        close_body = getattr(body, "aclose", None)
        if close_body is not None:
            await close_body()
        await response.aclose()


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
    except httpx.HTTPError as exc:
        raise transport_error(exc, response.request) from exc
    finally:
        await aclose(response)
    content = b"".join(parts)[:limit]
    response._content = content  # So ``response.content`` works, as after ``aread()``.
    return content


def _too_large(response: httpx.Response, limit: int) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"The reply's body is larger than the client's max_body_bytes ({limit} bytes, counted "
        "after decompression); raise it with limits=ResponseLimits(max_body_bytes=...).",
        request=response.request,
        limit="max_body_bytes",
        limit_bytes=limit,
    )
