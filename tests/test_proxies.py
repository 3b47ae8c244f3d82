"""What the client takes from the environment, without I/O: proxies as httpx reads them, the
CA variables, the TLS context cached per value, and the ``trust_env`` option."""

from __future__ import annotations

import ssl

import httpx
import pytest

from poe_sdk import AsyncPoeClient, PoeClient, RequestValidationError
from poe_sdk._http.defaults import cert_environment, default_ssl_context
from poe_sdk._http.pools import proxy_mounts
from poe_sdk._http.proxies import environment_proxies, proxy_authorization, safe_proxy_url


@pytest.fixture(autouse=True)
def _no_ca_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


@pytest.mark.parametrize(
    "environment",
    [
        {},
        {"HTTP_PROXY": "http://p:1"},
        {"HTTPS_PROXY": "p:2", "ALL_PROXY": "http://q:3", "NO_PROXY": "a.com,.b.org,10.0.0.1,::1"},
        {"all_proxy": "http://p:1", "no_proxy": "localhost, http://c.net"},
        {"HTTP_PROXY": "http://p:1", "NO_PROXY": "x.com,*"},
    ],
)
def test_the_proxies_are_the_mounts_httpx_makes(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str]
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    ours = {pattern: None if p is None else str(p.url) for pattern, p in environment_proxies(True)}
    theirs = {
        str(pattern.pattern): None if transport is None else _proxy_url(transport)
        for pattern, transport in httpx.AsyncClient()._mounts.items()
    }
    assert ours == theirs
    assert environment_proxies(False) == ()


def _proxy_url(transport: httpx.AsyncBaseTransport) -> str:
    url = transport._pool._proxy_url  # type: ignore[attr-defined]
    return f"{url.scheme.decode()}://{url.host.decode()}:{url.port}"


def test_credentials_leave_the_proxy_url_for_the_header(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://al%40ice:p%C3%A4ss@proxy:3128")
    ((_, proxy),) = environment_proxies(True)
    assert proxy is not None
    assert str(proxy.url) == "http://proxy:3128"
    # base64 of the UTF-8 "al@ice:päss", as httpcore sends it
    assert proxy_authorization(proxy) == "Basic YWxAaWNlOnDDpHNz"
    assert proxy_authorization(httpx.Proxy("http://proxy:1")) is None


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://u:secret@proxy:3128/path", "http://proxy:3128"),
        ("ftp://u:secret@host", "ftp://host"),
        ("http://[::1", "a value that is not a URL, not shown"),
        ("secret", "a value without a host, not shown"),
    ],
)
def test_a_proxy_url_is_shown_without_credentials(url: str, shown: str) -> None:
    assert safe_proxy_url(url) == shown


def test_the_ca_variables_are_read_unless_the_environment_is_not_trusted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert cert_environment(True) == (None, None)
    monkeypatch.setenv("SSL_CERT_FILE", "/ca.pem")
    monkeypatch.setenv("SSL_CERT_DIR", "")
    assert cert_environment(True) == ("/ca.pem", None)
    assert cert_environment(False) == (None, None)


def test_the_tls_context_is_built_once_per_value() -> None:
    default = default_ssl_context()
    assert default is default_ssl_context((None, None))  # the speed of the old cache
    assert default.verify_mode is ssl.CERT_REQUIRED and default.get_ca_certs()
    with pytest.raises(FileNotFoundError):  # a failure is not cached
        default_ssl_context(("/nonexistent/ca.pem", None))


def test_no_proxy_means_no_mounts() -> None:
    """Without proxies the owned client gets no mounts: no per-request pattern matching."""
    assert proxy_mounts((), httpx.AsyncHTTPTransport(), default_ssl_context()) == {}


def test_trust_env_is_a_constructor_option() -> None:
    with pytest.raises(RequestValidationError, match="with_options"):
        AsyncPoeClient(api_key="k").with_options(trust_env=False)  # type: ignore[call-arg]
    with pytest.raises(RequestValidationError, match="http_client"):
        PoeClient(api_key="k", http_client=httpx.AsyncClient(), trust_env=True)


@pytest.mark.parametrize("value", ["http://u:secret@[::1", "ftp://u:secret@host", "http://h:port"])
def test_a_proxy_httpx_refuses_is_a_validation_error(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("ALL_PROXY", value)
    with pytest.raises(Exception) as by_httpx:  # noqa: PT011  # what httpx raises varies
        httpx.AsyncClient()
    assert not isinstance(by_httpx.value, RequestValidationError)
    with pytest.raises(RequestValidationError, match="ALL_PROXY") as caught:
        environment_proxies(True)
    assert "secret" not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
