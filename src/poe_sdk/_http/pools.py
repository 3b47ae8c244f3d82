"""The httpx client a client and its ``with_options`` copies share, bound to one event loop.

On asyncio an owned client carries its requests over aiohttp's connection pool
(:mod:`.aiohttp_transport`), which costs the same CPU per request at 1 or 1,000 requests in
flight; on trio, httpx's default transport (:mod:`.trio_transport`). What httpx takes from
the environment (proxies, ``SSL_CERT_FILE`` / ``SSL_CERT_DIR``) is read when the slot is made,
as ``httpx.AsyncClient()`` reads it, and applies to every pool the slot makes.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import sys
import weakref
from collections.abc import AsyncGenerator, Callable
from typing import Any

import anyio
import httpx

from .._exceptions import APIConnectionError
from .defaults import (
    DEFAULT_CONNECTION_LIMITS,
    DEFAULT_TIMEOUT,
    CertEnvironment,
    cert_environment,
    default_ssl_context,
)
from .proxies import EnvironmentProxies, environment_proxies
from .requests import own

__all__ = ["HTTPClientSlot"]


class HTTPClientSlot:
    """The httpx client shared by a client and its ``with_options`` copies.

    An owned client is bound to the event loop that uses it: each loop gets its own (a
    second ``asyncio.run()``, or two threads running their own loops at once), so no loop
    ever touches another loop's connections. So that those connections are not left open,
    each owned client registers a closer on its loop: an async generator, which
    ``asyncio.run()`` and ``trio.run()`` finalise before the loop ends, closing the client
    on its own loop.
    """

    def __init__(self, client: httpx.AsyncClient | None, *, trust_env: bool = True) -> None:
        self.owned = client is None
        self._client = client  # A passed client, or the owned one used last.
        # A passed client has its own configuration: the environment is read for an owned one.
        self._trust_env = trust_env
        self._proxies: EnvironmentProxies = environment_proxies(trust_env) if self.owned else ()
        self.certs: CertEnvironment | None = cert_environment(trust_env) if self.owned else None
        """The CA variables an owned pool's TLS context is built for (``None``: not owned)."""
        self._pools: dict[object, tuple[httpx.AsyncClient, AsyncGenerator[None, None]]] = {}
        self._finalizers: dict[object, weakref.finalize[Any, Any]] = {}

    async def get(self) -> httpx.AsyncClient:
        """The httpx client to use on the running event loop."""
        if not self.owned:
            assert self._client is not None
            return self._client
        loop = current_loop()
        pool = self._pools.get(loop)
        if pool is None:
            try:
                ssl_context = default_ssl_context(self.certs or (None, None))
            except OSError as exc:  # ssl.SSLError too: a file that is no CA bundle
                raise APIConnectionError(
                    "Could not load the CA certificates that SSL_CERT_FILE or SSL_CERT_DIR "
                    f"name: {exc}"
                ) from exc
            transport = default_transport(loop, ssl_context)
            client = own(
                httpx.AsyncClient(
                    limits=DEFAULT_CONNECTION_LIMITS,
                    timeout=DEFAULT_TIMEOUT,
                    verify=ssl_context,
                    trust_env=self._trust_env,
                    transport=transport,
                    mounts=proxy_mounts(self._proxies, transport, ssl_context) or None,
                )
            )
            closer = _close_when_the_loop_ends(client, weakref.ref(self), loop)
            self._pools[loop] = pool = (client, closer)
            # A client dropped without close() is cyclic garbage (it and its resources refer
            # to each other): this closes its pool on its loop before the sockets are freed.
            self._finalizers[loop] = finalizer = weakref.finalize(self, _close_soon, loop, closer)
            # Not at interpreter exit: it would close the pool while an atexit handler that
            # runs later still uses it (the sync facade's exit handler closes its pools).
            finalizer.atexit = False
            await closer.__anext__()
        self._client = pool[0]
        return pool[0]

    async def aclose(self) -> None:
        """Close the httpx client: a passed one, or the owned one of the running loop (those
        of other loops are closed when their loop ends)."""
        client = self._client
        if not self.owned:
            if client is not None:
                await client.aclose()
            return
        self._client = None
        loop = current_loop()
        pool = self._pools.pop(loop, None)
        finalizer = self._finalizers.pop(loop, None)
        if finalizer is not None:
            finalizer.detach()
        if pool is not None:
            await pool[1].aclose()  # Closes the client.

    def forget(self, loop: object, client: httpx.AsyncClient) -> None:
        """Drop ``client`` as the pool of ``loop`` (it is closing), if it still is."""
        pool = self._pools.get(loop)
        if pool is not None and pool[0] is client:
            del self._pools[loop]
            finalizer = self._finalizers.pop(loop, None)
            if finalizer is not None:
                finalizer.detach()


async def _close_when_the_loop_ends(
    client: httpx.AsyncClient, slot: weakref.ref[HTTPClientSlot], loop: object
) -> AsyncGenerator[None, None]:
    """Suspended for the loop's life; finalised (closing ``client``) when the loop shuts down
    its async generators, when the slot is garbage collected, or by
    :meth:`HTTPClientSlot.aclose`. The slot is held weakly: a cycle through it would let the
    collector free the sockets before this closes them."""
    try:
        yield
    finally:
        owner = slot()
        if owner is not None:
            owner.forget(loop, client)
        del owner
        with anyio.CancelScope(shield=True):
            await client.aclose()


def _close_soon(loop: object, closer: AsyncGenerator[None, None]) -> None:
    """Schedule ``closer.aclose()`` on ``loop`` (an asyncio loop or a trio token)."""
    with contextlib.suppress(Exception):  # The loop is gone: its end closed the pool.
        if isinstance(loop, asyncio.AbstractEventLoop):
            loop.call_soon_threadsafe(lambda: loop.create_task(_aclose_unless_closing(closer)))
        elif loop is not None:
            trio = sys.modules["trio"]
            loop.run_sync_soon(  # type: ignore[attr-defined]
                lambda: trio.lowlevel.spawn_system_task(_aclose_unless_closing, closer)
            )


async def _aclose_unless_closing(closer: AsyncGenerator[None, None]) -> None:
    """Close the pool, unless a close that is already running beat this one to it (at
    interpreter exit, the sync facade's exit handler and this finaliser both close it)."""
    try:
        await closer.aclose()
    except RuntimeError as exc:
        if "already running" not in str(exc):  # "aclose(): asynchronous generator is ..."
            raise


def default_transport(loop: object, ssl_context: ssl.SSLContext) -> httpx.AsyncBaseTransport:
    """aiohttp's pool on asyncio, httpx's own on trio (each imported on first use)."""
    if isinstance(loop, asyncio.AbstractEventLoop):
        from .aiohttp_transport import AiohttpTransport

        return AiohttpTransport(limits=DEFAULT_CONNECTION_LIMITS, ssl_context=ssl_context)
    from .trio_transport import trio_transport

    return trio_transport(limits=DEFAULT_CONNECTION_LIMITS, ssl_context=ssl_context)


def proxy_mounts(
    proxies: EnvironmentProxies, transport: httpx.AsyncBaseTransport, ssl_context: ssl.SSLContext
) -> dict[str, httpx.AsyncBaseTransport | None]:
    """httpx's ``mounts=`` for the environment's proxies (empty without any), as
    ``httpx.AsyncClient(trust_env=True)`` makes them: a ``NO_PROXY`` pattern maps to ``None``
    (the default transport). On asyncio a proxy is a route over the aiohttp pool, on trio an
    httpx transport over the same network backend; a SOCKS proxy is httpx's own transport
    (aiohttp has no SOCKS support)."""
    mounts: dict[str, httpx.AsyncBaseTransport | None] = {}
    # The aiohttp transport's routes (trio's transport has none).
    through: Callable[[httpx.Proxy], httpx.AsyncBaseTransport] | None = getattr(
        transport, "through", None
    )
    for pattern, proxy in proxies:
        if proxy is None:
            mounts[pattern] = None
        elif proxy.url.scheme.startswith("socks"):
            mounts[pattern] = httpx.AsyncHTTPTransport(
                verify=ssl_context, limits=DEFAULT_CONNECTION_LIMITS, proxy=proxy
            )
        elif through is not None:
            mounts[pattern] = through(proxy)
        else:
            from .trio_transport import trio_transport

            mounts[pattern] = trio_transport(
                limits=DEFAULT_CONNECTION_LIMITS, ssl_context=ssl_context, proxy=proxy
            )
    return mounts


def current_loop() -> object:
    """The running asyncio loop, or trio's token: what an httpx pool is bound to."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        trio = sys.modules.get("trio")
        if trio is None:
            return None
        return trio.lowlevel.current_trio_token()
