"""Shared fixtures: both async backends, a respx router, a clean environment."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import respx

from support import BASE_URL


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """Run every ``@pytest.mark.anyio`` test on asyncio and on trio."""
    return str(request.param)


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    """A respx router for the test base URL; unmatched requests fail the test."""
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as mock:
        yield mock


PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def _no_env_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POE_API_KEY", raising=False)
    monkeypatch.delenv("POE_BASE_URL", raising=False)
    # The tests talk to 127.0.0.1: a proxy of the machine's environment would get every
    # request (as with httpx). Proxy tests set their own.
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
