"""The default transport on asyncio: httpx's request and response types over aiohttp's pool.

httpx's own async pool (httpcore) walks every connection on every request, so its client CPU
per request grows with the number of requests in flight (about tenfold from 1 to 64 in
flight on the bench server); aiohttp's pool hands out a connection in constant time and
parses HTTP in C, so the cost stays flat (figures in ``bench/README.md`` and
``bench/results.md``). The client stays an ``httpx.AsyncClient`` (timeouts, hooks,
redirects, ``httpx.Response``); only the I/O below it changes.

Proxies (from the environment, see :mod:`.proxies`) are routes over the same pool:
:meth:`AiohttpTransport.through` gives the transport httpx mounts for a proxy's URLs; aiohttp
sends ``http://`` requests to the proxy in absolute form and tunnels ``https://`` ones with
``CONNECT``. Its connections are keyed by proxy too, so direct and proxied ones never mix.

The transport raises httpx's exceptions, as every httpx transport does (see :mod:`.errors`).
Mocking libraries that patch httpx's default transport or httpcore's pool (respx,
pytest-httpx) keep working: while such a patch is in place, requests go through httpx's
default transport instead.
"""

from __future__ import annotations

import asyncio
import functools
import ssl
import sys
import weakref
from collections.abc import Callable
from types import TracebackType
from typing import Any, cast

import aiohttp
import httpx
import yarl
from aiohttp.client_proto import ResponseHandler  # aiohttp 3.14 (private): see _Connection
from aiohttp.helpers import (  # aiohttp 3.14 (private): ditto
    _EXC_SENTINEL as _NO_CAUSE,  # pyright: ignore[reportPrivateUsage]
)
from multidict import istr

from .connection_reuse import FRESH_CONNECTION, can_send_again, socket_readable
from .errors import httpx_error
from .exchange import CLOSES_AT_ONCE
from .proxies import proxy_authorization

__all__ = ["AiohttpTransport", "ProxyRoute"]

_MAX_HEADER_BYTES = 100 * 1024  # httpcore's limit, so both transports accept the same replies
_MAX_HEADERS = 1000
_WHOLE_BODY_BYTES = 1024 * 1024  # aiohttp warns about larger bytes bodies; send those in pieces
_PIECE_BYTES = 256 * 1024
# Each read hands over what arrived, up to this much: a compressed body is decompressed a read
# at a time, so a bounded read bounds what one step of a gzip bomb inflates to (as httpcore's).
_READ_BYTES = 64 * 1024
_MAX_HEADER_PAIRS = 256
_LEGACY_TLS_TRANSPORT = sys.version_info < (3, 11)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncBaseTransport`` over one ``aiohttp.ClientSession`` (made on first use,
    on the running loop). HTTP/1.1 only; redirects, cookies and decompression stay httpx's."""

    def __init__(self, *, limits: httpx.Limits, ssl_context: ssl.SSLContext) -> None:
        self._limits = limits
        self._ssl_context = ssl_context
        self._session: aiohttp.ClientSession | None = None
        self._header_pairs: dict[tuple[bytes, bytes], tuple[str, str]] = {}
        self._fallback: httpx.AsyncHTTPTransport | None = None
        self._closed = False
        # Bodies handed out and maybe not yet closed: closing the transport closes them too.
        self._bodies: weakref.WeakSet[_ResponseBody] = weakref.WeakSet()

    def _open_session(self) -> aiohttp.ClientSession:
        if self._closed:
            raise httpx.TransportError("The transport is closed.")
        limits = self._limits
        connector = aiohttp.TCPConnector(
            limit=limits.max_connections or 0,
            limit_per_host=0,
            keepalive_timeout=limits.keepalive_expiry or 5.0,
            ssl=self._ssl_context,
        )
        # aiohttp 3.14 (private): the protocol factory, so the pool makes _Connection objects.
        cast(Any, connector)._factory = functools.partial(
            _Connection, loop=asyncio.get_running_loop()
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,
            timeout=aiohttp.ClientTimeout(total=None),
            skip_auto_headers=("Accept", "Accept-Encoding", "User-Agent", "Content-Type"),
            max_line_size=_MAX_HEADER_BYTES,
            max_field_size=_MAX_HEADER_BYTES,
            max_headers=_MAX_HEADERS,  # aiohttp's own cap is 128 headers
            requote_redirect_url=False,
        )
        return self._session

    def through(self, proxy: httpx.Proxy) -> ProxyRoute:
        """The transport for requests sent through ``proxy`` (an http:// or https:// one),
        over this transport's pool; closing this transport closes its connections."""
        return ProxyRoute(self, proxy)

    async def handle_async_request(
        self, request: httpx.Request, route: ProxyRoute | None = None
    ) -> httpx.Response:
        if _mocked():
            return await self._fallback_transport().handle_async_request(request)
        session = self._session or self._open_session()
        body = await request.aread()
        headers = self._str_headers(request.headers)
        proxy = proxy_headers = None
        if route is not None:
            proxy = route.url
            if route.authorization is not None:
                if request.url.scheme == "https":  # sent with CONNECT, not to the server
                    proxy_headers = {"Proxy-Authorization": route.authorization}
                else:  # an absolute-form request goes to the proxy itself
                    headers.append((istr("proxy-authorization"), route.authorization))
        timeouts: dict[str, float | None] = request.extensions.get("timeout") or {}
        send = functools.partial(
            session.request,
            request.method,
            yarl.URL(str(request.url), encoded=True),  # httpx has encoded it
            headers=headers,
            data=_Pieces(body) if len(body) > _WHOLE_BODY_BYTES else body or None,
            allow_redirects=False,
            timeout=_client_timeout(
                timeouts.get("connect"), timeouts.get("read"), timeouts.get("pool")
            ),
            server_hostname=request.extensions.get("sni_hostname"),
            proxy=proxy,
            proxy_headers=proxy_headers,
        )
        try:
            response = await send()
        except _ReusedConnectionClosed as exc:
            if not can_send_again(request):
                raise httpx_error(exc.failure, connecting=True) from exc.failure
            response = await self._send_again(send)
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError, OSError) as exc:
            raise httpx_error(exc, connecting=True) from exc
        # Closing the response only hands the connection back (or closes it): no waiting.
        extensions: dict[str, object] = {"http_version": b"HTTP/1.1", CLOSES_AT_ONCE: True}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("latin-1", "replace")
        body_stream = _ResponseBody(response)
        self._bodies.add(body_stream)
        return httpx.Response(
            status_code=response.status,
            headers=response.raw_headers,
            stream=body_stream,
            request=request,
            extensions=extensions,
        )

    @staticmethod
    async def _send_again(send: Callable[[], Any]) -> aiohttp.ClientResponse:
        """Send a request again, on a new connection, after a reused one closed under it
        before any byte of the reply (see :mod:`.connection_reuse`). The idle connections
        to the same server are closed on the way: they are as suspect as the one that was."""
        fresh = FRESH_CONNECTION.set(True)
        try:
            response: aiohttp.ClientResponse = await send()
        except _ReusedConnectionClosed as exc:  # Not reused: never raised for a new one.
            raise httpx_error(exc.failure, connecting=True) from exc.failure
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError, OSError) as exc:
            raise httpx_error(exc, connecting=True) from exc
        finally:
            FRESH_CONNECTION.reset(fresh)
        return response

    def _str_headers(self, headers: httpx.Headers) -> list[tuple[str, str]]:
        """The request's headers as aiohttp takes them: ``str``, names in lower case (as
        ``headers.multi_items()``), without ``Transfer-Encoding`` (the body is sent whole,
        with its length). A client sends the same few headers on every request: each ASCII
        pair is decoded once and shared (up to a bound), with its name as a ``multidict.istr``,
        whose lower-case form aiohttp's header dicts then reuse instead of making their own."""
        known = self._header_pairs
        pairs: list[tuple[str, str]] = []
        for raw_pair in headers.raw:
            pair = known.get(raw_pair)
            if pair is None:
                name, value = raw_pair
                if not (name.isascii() and value.isascii()):  # httpx decodes them all alike
                    return [p for p in headers.multi_items() if p[0] != "transfer-encoding"]
                pair = (istr(name.decode("ascii").lower()), value.decode("ascii"))
                if len(known) < _MAX_HEADER_PAIRS:
                    known[raw_pair] = pair
            if pair[0] != "transfer-encoding":
                pairs.append(pair)
        return pairs

    def _fallback_transport(self) -> httpx.AsyncHTTPTransport:
        if self._fallback is None:
            self._fallback = httpx.AsyncHTTPTransport(verify=self._ssl_context, limits=self._limits)
        return self._fallback

    async def aclose(self) -> None:
        self._closed = True
        self._header_pairs.clear()
        session, self._session = self._session, None
        fallback, self._fallback = self._fallback, None
        # A body whose reader was cut short by the close (a sync stream whose client closed
        # under it) is never closed by its reader: close its connection now, so that nothing
        # of it is left for the garbage collector (aiohttp warns "Unclosed connection").
        for body in list(self._bodies):
            body.abandon()
        if session is not None:
            await session.close()
        if fallback is not None:
            await fallback.aclose()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.aclose()

    def checked_out(self) -> list[str]:
        """Connections in use and requests waiting for one (for leak checks)."""
        session = self._session
        if session is None or session.closed:
            return []
        connector = session.connector
        assert isinstance(connector, aiohttp.TCPConnector)
        # aiohttp 3.14 (private): the pool's checked-out connections and waiting requests.
        acquired = connector._acquired  # pyright: ignore[reportPrivateUsage]
        problems = [f"busy connection {proto!r}" for proto in acquired]
        waiters = connector._waiters  # pyright: ignore[reportPrivateUsage]
        waiting = sum(len(queue) for queue in waiters.values())
        if waiting:
            problems.append(f"{waiting} requests waiting for a connection")
        return problems


@functools.lru_cache(maxsize=64)
def _client_timeout(
    connect: float | None, read: float | None, pool: float | None
) -> aiohttp.ClientTimeout:
    """httpx's per-request timeouts as aiohttp's (made once for each combination):
    ``connect`` bounds opening a socket, ``pool`` + ``connect`` waiting for a free connection
    and opening it, ``read`` the silence between two reads. aiohttp has no write timeout."""
    acquire = None if pool is None or connect is None else pool + connect
    return aiohttp.ClientTimeout(total=None, connect=acquire, sock_connect=connect, sock_read=read)


class ProxyRoute(httpx.AsyncBaseTransport):
    """Requests through one proxy, over an :class:`AiohttpTransport`'s pool (which closes
    the connections: closing a route closes nothing). Credentials in the proxy's URL are
    sent as ``Proxy-Authorization`` and kept out of the URL aiohttp sees, so no aiohttp
    error or ``repr`` can show them."""

    def __init__(self, transport: AiohttpTransport, proxy: httpx.Proxy) -> None:
        self._transport = transport
        self.url = yarl.URL(str(proxy.url), encoded=True)  # httpx removed the credentials
        self.authorization = proxy_authorization(proxy)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._transport.handle_async_request(request, self)

    def __repr__(self) -> str:
        return f"<ProxyRoute {self.url}>"


class _Connection(ResponseHandler):
    """aiohttp's connection protocol, with two fixes for closing it and two for reusing it.

    aiohttp 3.14 (private, tested with 3.14.5): ``ResponseHandler`` is no public API; its
    ``set_response_params``, ``set_exception`` (and its ``_EXC_SENTINEL`` default) and
    ``_payload`` are used as aiohttp's own client uses them.

    A connection closes gracefully: bytes still unsent are sent first. When a request is
    cancelled (or times out) while the server is not reading, they never are, and the
    socket would stay open; such a connection is aborted instead. And a body still being
    read fails with a connection error instead of waiting for bytes that cannot come.

    An idle connection whose socket is readable (the server closed it) is not reused; and a
    reused connection that closes before any byte of its reply fails with
    :class:`_ReusedConnectionClosed`, which the transport answers by sending the request
    again (see :mod:`.connection_reuse`)."""

    # aiohttp 3.14 (private): ResponseHandler's _payload (the body being read) is used below.
    _requests = 0  # Requests sent over this connection.
    _replied = False  # Whether a byte of the reply to the current request arrived.

    def is_connected(self) -> bool:
        transport = self.transport
        if transport is None or transport.is_closing():
            return False
        payload = self._payload
        if not self._replied or (payload is not None and not payload.is_eof()):
            return True  # In use, not idle: its reply may be waiting in the socket.
        # Idle in the pool (aiohttp asks this before reusing a connection, and when sweeping
        # expired ones): bytes to read there mean the server closed it.
        return not FRESH_CONNECTION.get() and not socket_readable(
            transport.get_extra_info("socket")
        )

    def set_response_params(self, **params: Any) -> None:
        self._requests += 1
        self._replied = False
        super().set_response_params(**params)

    def data_received(self, data: bytes) -> None:
        self._replied = True
        super().data_received(data)

    def set_exception(self, exc: BaseException, exc_cause: BaseException = _NO_CAUSE) -> None:
        if (
            self._requests > 1
            and not self._replied
            and isinstance(exc, (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError))
        ):
            exc = _ReusedConnectionClosed(exc)
        super().set_exception(exc, exc_cause)

    def connection_lost(self, exc: BaseException | None) -> None:
        transport = self.transport
        super().connection_lost(exc)
        # CPython 3.10's TLS transport (asyncio/sslproto.py, replaced in 3.11) stays "open"
        # when its connection is lost after the handshake (a server that refuses the client's
        # certificate with an alert): the garbage collector then warns "unclosed transport".
        # Closing it is what 3.11 does itself, and does nothing else once the connection is lost.
        if _LEGACY_TLS_TRANSPORT and transport is not None and not transport.is_closing():
            transport.close()

    def close(self) -> None:
        transport = self.transport
        if transport is not None and transport.get_write_buffer_size():
            transport.abort()
        payload = self._payload
        super().close()
        # aiohttp forgets the body being read before the connection is lost, so a reader
        # (a stream whose client is being closed) would wait forever: tell it.
        if payload is not None and not payload.is_eof():
            payload.set_exception(aiohttp.ClientConnectionError("Connection closed"))


class _ReusedConnectionClosed(aiohttp.ClientConnectionError):
    """A reused connection closed (or reset) before any byte of the reply arrived."""

    def __init__(self, failure: BaseException) -> None:
        super().__init__(str(failure))
        self.failure = failure


class _Pieces:
    """A large request body in pieces (its ``Content-Length`` header stays httpx's)."""

    def __init__(self, body: bytes) -> None:
        self._view = memoryview(body)
        self._at = 0

    def __aiter__(self) -> _Pieces:
        return self

    async def __anext__(self) -> memoryview:
        at = self._at
        if at >= len(self._view):
            raise StopAsyncIteration
        self._at = at + _PIECE_BYTES
        return self._view[at : at + _PIECE_BYTES]


class _ResponseBody(httpx.AsyncByteStream):
    """The body as it arrives: each read returns the bytes buffered so far (up to 64 KiB)."""

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response
        self._content = response.content

    def __aiter__(self) -> _ResponseBody:
        return self

    async def __anext__(self) -> bytes:
        content = self._content
        try:
            chunk = await content.read(_READ_BYTES)
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            # aiohttp raises a failure before the bytes that arrived ahead of it: hand those
            # over first (the failure is raised again by the next read).
            # aiohttp 3.14 (private): StreamReader's buffer, read without waiting.
            if content._buffer:  # pyright: ignore[reportPrivateUsage]
                return content._read_nowait(_READ_BYTES)  # pyright: ignore[reportPrivateUsage]
            raise httpx_error(exc, connecting=False) from exc
        if not chunk:
            self._response.release()
            raise StopAsyncIteration
        return chunk

    async def aclose(self) -> None:
        # Back to the pool when the body was read to its end; otherwise the connection closes.
        # Either way without waiting, as CLOSES_AT_ONCE tells the callers.
        self._response.release()

    def abandon(self) -> None:
        """Close the connection under this body (the transport is closing)."""
        self._response.close()


def _mocked() -> bool:
    """True while respx, pytest-httpx or the like patch httpx's default transport.

    Compared by name, not identity: this module may be imported while a patch is active.
    httpcore is not imported for this (with trio installed, it imports trio: ~3 MB): a
    library that patches it has imported it."""
    httpcore = sys.modules.get("httpcore")
    if (
        getattr(httpx.AsyncHTTPTransport.handle_async_request, "__qualname__", None)
        != "AsyncHTTPTransport.handle_async_request"
    ):
        return True
    return (
        httpcore is not None
        and getattr(httpcore.AsyncConnectionPool.handle_async_request, "__qualname__", None)
        != "AsyncConnectionPool.handle_async_request"
    )
