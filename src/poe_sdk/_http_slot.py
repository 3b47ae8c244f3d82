"""The httpx client a client and its ``with_options`` copies share, bound to one event loop."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncGenerator

import anyio
import httpx

from ._http_defaults import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT, default_ssl_context

__all__ = ["HTTPClientSlot"]


class HTTPClientSlot:
    """The httpx client shared by a client and its ``with_options`` copies.

    An owned client is bound to the event loop that first used it; when a later call runs on
    another loop (a second ``asyncio.run()``), a fresh one is made instead of reusing
    connections that belong to a closed loop. So that those connections are not left open,
    each owned client registers a closer on its loop: an async generator, which
    ``asyncio.run()`` and ``trio.run()`` finalise before the loop ends, closing the client
    on its own loop.
    """

    def __init__(self, client: httpx.AsyncClient | None) -> None:
        self.owned = client is None
        self._client = client
        self._loop: object = None
        self._closer: AsyncGenerator[None, None] | None = None

    async def get(self) -> httpx.AsyncClient:
        """The httpx client to use on the running event loop."""
        if not self.owned:
            assert self._client is not None
            return self._client
        loop = current_loop()
        if self._client is None or loop is not self._loop:
            self._client = httpx.AsyncClient(
                limits=DEFAULT_CONNECTION_LIMITS,
                follow_redirects=True,
                timeout=DEFAULT_TIMEOUT,
                verify=default_ssl_context(),
            )
            self._loop = loop
            self._closer = _close_when_the_loop_ends(self._client)
            await self._closer.__anext__()
        return self._client

    async def aclose(self) -> None:
        """Close the httpx client (a passed one too; an owned one only on its own loop)."""
        client = self._client
        if not self.owned:
            if client is not None:
                await client.aclose()
            return
        closer, self._client, self._closer = self._closer, None, None
        if client is not None and self._loop is current_loop():
            if closer is not None:
                await closer.aclose()  # Closes the client.
            else:
                await client.aclose()


async def _close_when_the_loop_ends(client: httpx.AsyncClient) -> AsyncGenerator[None, None]:
    """Suspended for the loop's life; finalised (closing ``client``) when the loop shuts down
    its async generators, or by :meth:`HTTPClientSlot.aclose`."""
    try:
        yield
    finally:
        with anyio.CancelScope(shield=True):
            await client.aclose()


def current_loop() -> object:
    """The running asyncio loop, or trio's token: what an httpx pool is bound to."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        trio = sys.modules.get("trio")
        if trio is None:
            return None
        return trio.lowlevel.current_trio_token()
