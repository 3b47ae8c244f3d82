"""pytest fixtures that run your tests against a :class:`~poe_sdk.testing.LocalServer`.

Not loaded automatically. Opt in from the ``conftest.py`` at the root of your tests::

    pytest_plugins = ["poe_sdk.testing.pytest_plugin"]

Fixtures:

* ``poe_server``: a started :class:`~poe_sdk.testing.LocalServer`, fresh for each test (it
  starts in milliseconds), requiring the key :data:`TEST_API_KEY`.
* ``poe_client``: a :class:`~poe_sdk.PoeClient` bound to it.
* ``async_poe_client``: an :class:`~poe_sdk.AsyncPoeClient` bound to it, for async tests
  run by anyio's plugin (``@pytest.mark.anyio``) or pytest-asyncio (``@pytest.mark.asyncio``,
  strict or auto mode), without warnings; it is closed on the test's event loop.

Both clients retry with :data:`FAST_RETRY_POLICY` (the default two retries, 10 ms apart
instead of 0.5 s) and time out after 30 s rather than 10 minutes. Tune them per call
(``timeout=``, ``max_retries=``) or with ``client.with_options(...)``. They read replies
with ``strict_replies=True`` when the server answers in its default ``"poe"`` dialect, so a
reply that drifts from the spec fails the test; with another dialect they read tolerantly,
as a default client would.

Configure the server of one test with the ``poe_server`` marker, whose keyword arguments
go to :class:`~poe_sdk.testing.LocalServer`::

    @pytest.mark.poe_server(requests_per_minute=2, rate_limit_window=0.5)
    def test_rate_limit(poe_server, poe_client): ...

    @pytest.mark.poe_server(api_key=None)  # no authentication
    def test_anonymous(poe_server): ...
"""

from __future__ import annotations

import importlib.util
from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

import httpx
import pytest

from poe_sdk import AsyncPoeClient, PoeClient, RetryPolicy
from poe_sdk.testing import LocalServer

_HAS_PYTEST_ASYNCIO = importlib.util.find_spec("pytest_asyncio") is not None

__all__ = [
    "FAST_RETRY_POLICY",
    "TEST_API_KEY",
    "async_poe_client",
    "poe_client",
    "poe_server",
    "pytest_configure",
]

TEST_API_KEY = "sk-poe-sdk-local-test-key"
"""The API key the ``poe_server`` fixture requires (unless the marker says otherwise)."""

FAST_RETRY_POLICY = RetryPolicy(initial_delay=0.01, max_delay=0.05, jitter=0.0)
"""The retry policy of the client fixtures: two retries, 10 ms then 20 ms apart."""

_CLIENT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
_ANONYMOUS_KEY = "sk-poe-sdk-local-no-auth"


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``poe_server`` marker."""
    config.addinivalue_line(
        "markers",
        "poe_server(**options): LocalServer options for the poe_server fixture "
        "(api_key, requests_per_minute, rate_limit_window, models, dialect, ...)",
    )


def _options(request: pytest.FixtureRequest) -> dict[str, Any]:
    marker = request.node.get_closest_marker("poe_server")
    options: dict[str, Any] = {"api_key": TEST_API_KEY}
    if marker is not None:
        if marker.args:
            raise TypeError("The poe_server marker takes keyword arguments only")
        options.update(marker.kwargs)
    return options


def _client_key(request: pytest.FixtureRequest) -> str:
    key = _options(request).get("api_key")
    return key if isinstance(key, str) and key else _ANONYMOUS_KEY


@pytest.fixture
def poe_server(request: pytest.FixtureRequest) -> Iterator[LocalServer]:
    """A started :class:`~poe_sdk.testing.LocalServer`, stopped after the test.

    It requires :data:`TEST_API_KEY`; the ``poe_server`` marker's keyword arguments override
    its options.
    """
    with LocalServer(**_options(request)) as server:
        yield server


@pytest.fixture
def poe_client(poe_server: LocalServer, request: pytest.FixtureRequest) -> Iterator[PoeClient]:
    """A :class:`~poe_sdk.PoeClient` bound to ``poe_server``, closed after the test."""
    client = PoeClient(
        api_key=_client_key(request),
        base_url=poe_server.base_url,
        retry_policy=FAST_RETRY_POLICY,
        timeout=_CLIENT_TIMEOUT,
        strict_replies=poe_server.dialect == "poe",
    )
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def async_poe_client(request: pytest.FixtureRequest) -> AsyncPoeClient:
    """An :class:`~poe_sdk.AsyncPoeClient` bound to ``poe_server``, closed after the test
    on its event loop.

    The test runs under anyio's pytest plugin (``@pytest.mark.anyio``, on asyncio or trio) or
    under pytest-asyncio (``@pytest.mark.asyncio``, strict or auto mode), without warnings:
    this fixture hands the work to the async fixture of the runner the test uses."""
    if "anyio_backend" in request.fixturenames:
        name = "_async_poe_client_anyio"
    elif request.node.get_closest_marker("asyncio") is not None and _HAS_PYTEST_ASYNCIO:
        name = "_async_poe_client_asyncio"
    else:
        raise pytest.UsageError(
            f"{request.node.name}: the async_poe_client fixture needs an async test run by "
            "anyio (@pytest.mark.anyio) or pytest-asyncio (@pytest.mark.asyncio)"
        )
    return cast(AsyncPoeClient, request.getfixturevalue(name))


async def _open_async_client(
    poe_server: LocalServer, request: pytest.FixtureRequest
) -> AsyncIterator[AsyncPoeClient]:
    client = AsyncPoeClient(
        api_key=_client_key(request),
        base_url=poe_server.base_url,
        retry_policy=FAST_RETRY_POLICY,
        timeout=_CLIENT_TIMEOUT,
        strict_replies=poe_server.dialect == "poe",
    )
    try:
        yield client
    finally:
        await client.close()


@pytest.fixture
async def _async_poe_client_anyio(
    poe_server: LocalServer, request: pytest.FixtureRequest, anyio_backend: object
) -> AsyncIterator[AsyncPoeClient]:
    """``async_poe_client`` under anyio, which runs it on the test's backend."""
    del anyio_backend  # Requested so that anyio runs this fixture on the test's backend.
    async for client in _open_async_client(poe_server, request):
        yield client


if _HAS_PYTEST_ASYNCIO:
    import pytest_asyncio

    @pytest_asyncio.fixture
    async def _async_poe_client_asyncio(
        poe_server: LocalServer, request: pytest.FixtureRequest
    ) -> AsyncIterator[AsyncPoeClient]:
        """``async_poe_client`` under pytest-asyncio, on the test's event loop."""
        async for client in _open_async_client(poe_server, request):
            yield client
