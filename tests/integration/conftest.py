"""Integration tests: real sockets against ``poe_sdk.testing.LocalServer``.

The fixtures come from ``poe_sdk.testing.pytest_plugin``. Users opt in with
``pytest_plugins = ["poe_sdk.testing.pytest_plugin"]`` in their top-level conftest; pytest
refuses ``pytest_plugins`` in a nested conftest like this one (it would break a run of the
whole suite), so the plugin's fixtures and hook are imported here instead, which scopes them
to this directory.
"""

from __future__ import annotations

from poe_sdk.testing.pytest_plugin import (
    _async_poe_client_anyio,
    _async_poe_client_asyncio,
    async_poe_client,
    poe_client,
    poe_server,
    pytest_configure,
)

__all__ = [
    "_async_poe_client_anyio",
    "_async_poe_client_asyncio",
    "async_poe_client",
    "poe_client",
    "poe_server",
    "pytest_configure",
]
