"""Foreign I/O exceptions become poe-sdk's: the one translation, used by :mod:`.exchange`.

Every failure of the I/O stack reaches the caller as :class:`APITimeoutError` (timeouts) or
:class:`APIConnectionError` (every other failure), with the original as ``__cause__``. Those
are httpx's (``httpx.HTTPError``) and whatever a transport lets through from below it:
httpx's own transport, in an ``http_client`` the caller gave, passes on ``ssl.SSLError`` (a
TLS alert at the first read) and other OS errors, and anyio's, trio's, h11's, httpcore's and
aiohttp's exceptions in places (see :func:`io_failure`). (``httpx.InvalidURL`` is no I/O
failure: it is caught where a URL is checked.)

The aiohttp transport is an httpx transport and, like httpx's own (which maps httpcore's
exceptions), raises httpx's exceptions (:func:`httpx_error`): so a call's error names the same
httpx failure (``__cause__``), over the original, whichever transport carried it.
"""

from __future__ import annotations

import asyncio
import errno
import os
import socket
import ssl
import sys
from typing import cast

import anyio
import httpx

from .._exceptions import APIConnectionError, APITimeoutError

__all__ = ["connect_failure", "httpx_error", "io_failure"]


def io_failure(exc: Exception, request: httpx.Request | None) -> APIConnectionError | None:
    """The poe-sdk exception for a failure of the I/O stack (the caller chains it with
    ``from``), or ``None`` when ``exc`` is no I/O failure (a bug, which is not hidden)."""
    if isinstance(exc, httpx.TimeoutException):
        kind = type(exc).__name__.removesuffix("Timeout").lower() or "request"
        return APITimeoutError(f"Request timed out ({kind} timeout).", request=request)
    if isinstance(exc, (TimeoutError, asyncio.TimeoutError)) or _is_foreign_timeout(exc):
        return APITimeoutError("Request timed out.", request=request)
    if isinstance(exc, _io_errors()):
        detail = str(exc) or type(exc).__name__
        if isinstance(exc, httpx.ConnectError) and request is not None:
            reason = connect_failure(exc) or detail
            url = request.url.copy_with(path="/", query=None, fragment=None)
            where = str(url).removesuffix("/")
            return APIConnectionError(f"Could not connect to {where} ({reason})", request=request)
        return APIConnectionError(f"Connection error: {detail}", request=request)
    return None


def _io_errors() -> tuple[type[Exception], ...]:
    """httpx's and the socket's I/O exceptions, and those of the libraries below httpx that
    are loaded (none is imported for this: a library that is not loaded raised nothing)."""
    errors: list[type[Exception]] = [
        httpx.HTTPError,
        OSError,  # ssl.SSLError too
        anyio.BrokenResourceError,
        anyio.ClosedResourceError,
        anyio.EndOfStream,
    ]
    for module, names in _FOREIGN_IO_ERRORS:
        loaded = sys.modules.get(module)
        if loaded is not None:
            errors += [getattr(loaded, name) for name in names if hasattr(loaded, name)]
    return tuple(errors)


def _is_foreign_timeout(exc: Exception) -> bool:
    httpcore = sys.modules.get("httpcore")
    return httpcore is not None and isinstance(exc, httpcore.TimeoutException)


_FOREIGN_IO_ERRORS = (
    ("h11", ("ProtocolError",)),
    ("httpcore", ("NetworkError", "ProtocolError", "ProxyError", "UnsupportedProtocol")),
    ("aiohttp", ("ClientError",)),
    ("trio", ("BrokenResourceError", "ClosedResourceError")),
)


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


def httpx_error(exc: BaseException, *, connecting: bool) -> httpx.TransportError:
    """The httpx exception for an aiohttp (or socket) failure in the aiohttp transport
    (``connecting``: before the reply's head arrived), which raises it ``from exc``."""
    import aiohttp  # Loaded already: only the aiohttp transport calls this.

    message = str(exc) or type(exc).__name__
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message)
    if isinstance(exc, (asyncio.TimeoutError, TimeoutError)):  # Distinct before Python 3.11.
        return httpx.ReadTimeout(message)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message)
    if isinstance(exc, aiohttp.ClientHttpProxyError):  # the proxy refused a CONNECT
        return httpx.ProxyError(message)
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(
            "Server disconnected without sending a response." if connecting else message
        )
    if isinstance(exc, (aiohttp.ClientPayloadError, aiohttp.ClientResponseError)):
        return httpx.RemoteProtocolError(message)
    if isinstance(exc, aiohttp.InvalidURL):
        return httpx.UnsupportedProtocol(message)
    if isinstance(exc, ValueError):
        return httpx.LocalProtocolError(message)
    if isinstance(exc, OSError):
        return httpx.ReadError(message) if not connecting else httpx.ConnectError(message)
    return httpx.TransportError(message)
