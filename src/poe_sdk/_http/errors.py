"""Foreign I/O exceptions become poe-sdk's: one table, read at the one boundary.

Every failure of the I/O stack reaches the caller as :class:`APITimeoutError` (timeouts) or
:class:`APIConnectionError` (every other failure), with the original as ``__cause__``
(:func:`io_failure`, which :mod:`.exchange` applies to whatever a send, a body read or a close
raised). Those are httpx's (``httpx.HTTPError``) and whatever a transport lets through from
below it: httpx's own transport, in an ``http_client`` the caller gave, passes on
``ssl.SSLError`` (a TLS alert at the first read) and other OS errors, and anyio's, trio's,
h11's, httpcore's and aiohttp's exceptions in places. (``httpx.InvalidURL`` is no I/O failure:
it is caught where a URL is checked.)

:data:`_FOREIGN_ERRORS` is the one table of those foreign exceptions: each with the httpx
exception it stands for. httpx's transport contract (encode/httpx#1524: "transports should
raise httpx exception classes") has every transport mounted in an ``httpx.AsyncClient`` raise
httpx's exceptions, as httpx's own transport maps httpcore's; so the aiohttp transport raises
its row's httpx exception (:func:`httpx_error`, ``from`` the original), and a call's error
names the same httpx failure (``__cause__``), over the original, whichever transport carried
it. A foreign exception that reaches :func:`io_failure` unmapped (let through by a given
client's transport) is read along the same table.
"""

from __future__ import annotations

import errno
import os
import socket
import ssl
import sys
from typing import cast

import httpx

from .._exceptions import APIConnectionError, APITimeoutError

__all__ = ["connect_failure", "httpx_error", "io_failure"]

_FOREIGN_ERRORS: tuple[tuple[str, str, type[httpx.TransportError]], ...] = (
    # (module, exception, the httpx exception it is), the most specific first. A module that
    # is not loaded raised nothing: none is imported for this.
    ("aiohttp", "ConnectionTimeoutError", httpx.ConnectTimeout),
    ("builtins", "TimeoutError", httpx.ReadTimeout),  # socket.timeout too
    ("asyncio", "TimeoutError", httpx.ReadTimeout),  # distinct before Python 3.11; aiohttp's
    ("httpcore", "TimeoutException", httpx.TimeoutException),
    ("aiohttp", "ClientConnectorError", httpx.ConnectError),  # an OSError, TLS failures too
    ("aiohttp", "ClientHttpProxyError", httpx.ProxyError),  # the proxy refused a CONNECT
    ("aiohttp", "ServerDisconnectedError", httpx.RemoteProtocolError),
    ("aiohttp", "ClientPayloadError", httpx.RemoteProtocolError),
    ("aiohttp", "ClientResponseError", httpx.RemoteProtocolError),
    ("aiohttp", "InvalidURL", httpx.UnsupportedProtocol),
    ("builtins", "OSError", httpx.NetworkError),  # ssl.SSLError too; see httpx_error
    ("aiohttp", "ClientError", httpx.TransportError),
    ("anyio", "BrokenResourceError", httpx.NetworkError),
    ("anyio", "ClosedResourceError", httpx.NetworkError),
    ("anyio", "EndOfStream", httpx.NetworkError),
    ("trio", "BrokenResourceError", httpx.NetworkError),
    ("trio", "ClosedResourceError", httpx.NetworkError),
    ("h11", "ProtocolError", httpx.ProtocolError),
    ("httpcore", "NetworkError", httpx.NetworkError),
    ("httpcore", "ProtocolError", httpx.ProtocolError),
    ("httpcore", "ProxyError", httpx.ProxyError),
    ("httpcore", "UnsupportedProtocol", httpx.UnsupportedProtocol),
)


def _httpx_class(exc: BaseException) -> type[httpx.TransportError] | None:
    """The httpx exception ``exc`` stands for (its first row in :data:`_FOREIGN_ERRORS`), or
    ``None`` when it is no I/O failure."""
    for module, name, counterpart in _FOREIGN_ERRORS:
        loaded = sys.modules.get(module)
        foreign = getattr(loaded, name, None)
        if isinstance(foreign, type) and isinstance(exc, foreign):
            return counterpart
    return None


def io_failure(exc: Exception, request: httpx.Request | None) -> APIConnectionError | None:
    """The poe-sdk exception for a failure of the I/O stack (the caller chains it with
    ``from``), or ``None`` when ``exc`` is no I/O failure (a bug, which is not hidden)."""
    if isinstance(exc, httpx.TimeoutException):
        kind = type(exc).__name__.removesuffix("Timeout").lower() or "request"
        return APITimeoutError(f"Request timed out ({kind} timeout).", request=request)
    if isinstance(exc, httpx.ConnectError) and request is not None:
        reason = connect_failure(exc) or str(exc) or type(exc).__name__
        url = request.url.copy_with(path="/", query=None, fragment=None)
        where = str(url).removesuffix("/")
        return APIConnectionError(f"Could not connect to {where} ({reason})", request=request)
    if not isinstance(exc, httpx.HTTPError):
        counterpart = _httpx_class(exc)
        if counterpart is None:
            return None
        if issubclass(counterpart, httpx.TimeoutException):
            return APITimeoutError("Request timed out.", request=request)
    return APIConnectionError(
        f"Connection error: {str(exc) or type(exc).__name__}", request=request
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
    (``connecting``: before the reply's head arrived), which raises it ``from exc``: its row
    of :data:`_FOREIGN_ERRORS`; an OS error is a ``ConnectError`` or a ``ReadError`` by when it
    happened, and a ``ValueError`` (a header aiohttp cannot send) a ``LocalProtocolError``."""
    message = str(exc) or type(exc).__name__
    counterpart = _httpx_class(exc) or httpx.TransportError
    if isinstance(exc, ValueError) and counterpart in (httpx.TransportError, httpx.NetworkError):
        # A request aiohttp cannot send (a ValueError other than aiohttp's InvalidURL;
        # ssl.SSLCertVerificationError's ValueError side too).
        counterpart = httpx.LocalProtocolError
    if counterpart is httpx.NetworkError:
        counterpart = httpx.ConnectError if connecting else httpx.ReadError
    elif counterpart is httpx.RemoteProtocolError and connecting:
        import aiohttp  # Loaded already: only the aiohttp transport calls this.

        if isinstance(exc, aiohttp.ServerDisconnectedError):
            message = "Server disconnected without sending a response."
    return counterpart(message)
