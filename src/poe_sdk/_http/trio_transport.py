"""The default transport on trio: httpx's own (httpcore), with cancellation during TLS fixed
and a request sent again when a reused connection turns out closed.

httpcore closes a socket whose TLS handshake fails with an ``Exception``, but not one whose
handshake is cancelled (trio's ``Cancelled`` is a ``BaseException``): the socket then stays
open with nothing referring to it. The network backend here closes it on any way out of the
handshake. Its streams also tell a reused connection that closed before any byte of the reply
(:class:`_ReusedConnectionClosed`), and the transport then sends the request again once (see
:mod:`.connection_reuse`; httpcore's pool itself skips idle connections that are readable).
(On asyncio poe-sdk uses :mod:`.aiohttp_transport`.) A proxy's transport (``proxy=``, an
http:// or https:// one) is httpx's, over the same network backend.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable
from typing import Any, cast

import anyio
import httpcore
import httpx

from .connection_reuse import can_send_again

__all__ = ["trio_transport"]

# The methods below keep httpcore's signatures, ``timeout`` parameters included.
# ruff: noqa: ASYNC109


def trio_transport(
    *, limits: httpx.Limits, ssl_context: ssl.SSLContext, proxy: httpx.Proxy | None = None
) -> httpx.AsyncHTTPTransport:
    """httpx's default async transport over a pool whose TLS handshakes close on cancel."""
    transport = _ResendingTransport(verify=ssl_context, limits=limits, proxy=proxy)
    backend = _CancelSafeBackend(cast(httpcore.AsyncNetworkBackend, httpcore.TrioBackend()))
    # httpx 0.28-0.29 (private): the transport's httpcore pool, replaced to set the backend.
    if proxy is None:
        transport._pool = httpcore.AsyncConnectionPool(  # pyright: ignore[reportPrivateUsage]
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend,
        )
    else:  # As httpx.AsyncHTTPTransport(proxy=...) makes it, with the backend above.
        transport._pool = httpcore.AsyncHTTPProxy(  # pyright: ignore[reportPrivateUsage]
            proxy_url=httpcore.URL(
                scheme=proxy.url.raw_scheme,
                host=proxy.url.raw_host,
                port=proxy.url.port,
                target=proxy.url.raw_path,
            ),
            proxy_auth=proxy.raw_auth,
            proxy_headers=proxy.headers.raw,
            proxy_ssl_context=proxy.ssl_context,
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend,
        )
    return transport


class _ResendingTransport(httpx.AsyncHTTPTransport):
    """Sends a request again, once, when a reused connection closed before its reply."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except httpx.TransportError as exc:
            if not isinstance(exc.__cause__, _ReusedConnectionClosed) or not can_send_again(
                request
            ):
                raise
        return await super().handle_async_request(request)


class _ReusedConnectionClosed(httpcore.ReadError):
    """A reused connection closed (or reset) before any byte of the reply arrived."""


class _CancelSafeBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_tcp(
            host, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )
        return _CancelSafeStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_unix_socket(
            path, timeout=timeout, socket_options=socket_options
        )
        return _CancelSafeStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


class _CancelSafeStream(httpcore.AsyncNetworkStream):
    """A TCP stream, or the TLS stream over one, that knows whether the request being sent
    reuses the connection and whether a byte of its reply arrived."""

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream
        self._reused = False  # The request being sent is not the connection's first.
        self._replied = False  # A byte of the reply to the request being sent arrived.

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            data = await self._stream.read(max_bytes, timeout)
        except httpcore.ReadError as exc:
            if self._reused and not self._replied:
                raise _ReusedConnectionClosed(str(exc)) from exc
            raise
        if data:
            self._replied = True
        elif self._reused and not self._replied:
            raise _ReusedConnectionClosed("Server disconnected without sending a response.")
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if self._replied:  # The previous request had its reply: this one reuses the connection.
            self._reused = True
            self._replied = False
        await self._stream.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            return _CancelSafeStream(
                await self._stream.start_tls(ssl_context, server_hostname, timeout)
            )
        except BaseException:
            with anyio.CancelScope(shield=True):
                await self._stream.aclose()
            raise

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)
