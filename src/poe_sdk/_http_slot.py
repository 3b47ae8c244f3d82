"""The httpx client a client and its ``with_options`` copies share, bound to one event loop."""

from __future__ import annotations

import asyncio
import sys

import httpx

from ._http_defaults import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT, default_ssl_context

__all__ = ["HTTPClientSlot"]


class HTTPClientSlot:
    """The httpx client shared by a client and its ``with_options`` copies.

    An owned client is bound to the event loop that first used it; when a later call runs on
    another loop (a second ``asyncio.run()``), a fresh one is made instead of reusing
    connections that belong to a closed loop.
    """

    def __init__(self, client: httpx.AsyncClient | None) -> None:
        self.owned = client is None
        self._client = client
        self._loop: object = None

    def get(self) -> httpx.AsyncClient:
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
        return self._client

    async def aclose(self) -> None:
        """Close the httpx client (a passed one too; an owned one only on its own loop)."""
        client = self._client
        if not self.owned:
            if client is not None:
                await client.aclose()
            return
        self._client = None
        if client is not None and self._loop is current_loop():
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
