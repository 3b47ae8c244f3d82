"""Proxies and TLS from the environment (issue 21, items 1 and 5), over real loopback sockets.

The default client honours ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` as
``httpx.Client()`` does (each case compared with httpx's own choice), sends ``http://``
requests to the proxy in absolute form and tunnels ``https://`` ones with ``CONNECT``, on
asyncio (aiohttp's pool), trio (httpx's) and the sync facade; ``trust_env=False`` turns the
environment off; a client keeps the variables in force when it was made, and
``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` set after a first client apply to the next one. Proxy
credentials never show in errors or logs.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import poe_sdk
from poe_sdk import APIConnectionError, APIStatusError, RequestValidationError

from . import raw_servers as raw
from .checks import MODEL, assert_pool_clean, async_client, sync_client, user
from .proxy_servers import ForwardProxy, LocalCA, TLSServer, make_local_ca

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
PATH = "/v1/chat/completions"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy and no CA variable but the test's own (conftest removes the proxies)."""
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


@pytest.fixture(scope="module")
def local_ca(tmp_path_factory: pytest.TempPathFactory) -> LocalCA:
    return make_local_ca(tmp_path_factory.mktemp("ca"))


@pytest.fixture
def server() -> Iterator[raw.RawServer]:
    with raw.api_server(lambda index: raw.echo) as api:
        yield api


@pytest.fixture
def tls_server(local_ca: LocalCA) -> Iterator[TLSServer]:
    with TLSServer(raw.api_script(lambda index: raw.echo), local_ca) as api:
        yield api


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    with ForwardProxy() as forward:
        yield forward


async def _ask(base_url: str, text: str = "hi", **options: Any) -> str | None:
    client = async_client(base_url, **options)
    try:
        reply = await client.chat.completions.create(model=MODEL, messages=user(text))
        await assert_pool_clean(client)
        return reply.choices[0].message.content
    finally:
        await client.close()


def _ask_sync(base_url: str, text: str = "hi", **options: Any) -> str | None:
    client = sync_client(base_url, **options)
    try:
        reply = client.chat.completions.create(model=MODEL, messages=user(text))
        return reply.choices[0].message.content
    finally:
        client.close()


async def _stream(base_url: str, **options: Any) -> str:
    client = async_client(base_url, **options)
    try:
        stream = await client.chat.completions.create(
            model=MODEL, messages=user("streamed"), stream=True
        )
        async with stream:
            return "".join([c.choices[0].delta.content or "" async for c in stream])
    finally:
        await client.close()


# -- item 1: http:// through the proxy, in absolute form ------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
async def test_an_environment_proxy_carries_http_requests(
    monkeypatch: pytest.MonkeyPatch, server: raw.RawServer, proxy: ForwardProxy, variable: str
) -> None:
    monkeypatch.setenv(variable, proxy.url())
    assert await _ask(server.base_url, "via proxy") == "Echo: via proxy"
    assert await _stream(server.base_url) == "Echo: streamed"
    assert [(p.method, p.target) for p in proxy.passages] == [
        ("POST", server.url + PATH),
        ("POST", server.url + PATH),
    ]
    assert [r.path for r in server.requests] == [PATH, PATH]  # origin form, from the proxy


def test_the_sync_facade_uses_the_environment_proxy(
    monkeypatch: pytest.MonkeyPatch, server: raw.RawServer, proxy: ForwardProxy
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url())
    assert _ask_sync(server.base_url, "sync") == "Echo: sync"
    client = sync_client(server.base_url)
    with client.chat.completions.create(model=MODEL, messages=user("s"), stream=True) as stream:
        assert "".join(c.choices[0].delta.content or "" for c in stream) == "Echo: s"
    client.close()
    assert [p.target for p in proxy.passages] == [server.url + PATH] * 2


# -- item 1: what bypasses the proxy -----------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("environment", "options"),
    [
        ({"NO_PROXY": "127.0.0.1"}, {}),
        ({"no_proxy": "example.com, 127.0.0.1"}, {}),
        ({"NO_PROXY": "*"}, {}),
        ({}, {"trust_env": False}),
    ],
    ids=["NO_PROXY-host", "no_proxy-list", "NO_PROXY-star", "trust_env-False"],
)
async def test_no_proxy_and_trust_env_false_go_direct(
    monkeypatch: pytest.MonkeyPatch,
    server: raw.RawServer,
    proxy: ForwardProxy,
    environment: dict[str, str],
    options: dict[str, Any],
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url())
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert await _ask(server.base_url, **options) == "Echo: hi"
    assert proxy.passages == []
    assert [r.path for r in server.requests] == [PATH]


def test_the_sync_facade_with_trust_env_false_goes_direct(
    monkeypatch: pytest.MonkeyPatch, server: raw.RawServer, proxy: ForwardProxy
) -> None:
    monkeypatch.setenv("ALL_PROXY", proxy.url())
    assert _ask_sync(server.base_url, trust_env=False) == "Echo: hi"
    assert proxy.passages == []


# -- item 1: the same choice as httpx.Client() -----------------------------------------------

# Two proxies, A and B; each case sets variables (``{A}``/``{B}`` are their URLs) and the
# request goes through A, B or neither: whichever httpx.Client() picks.
PRECEDENCE_CASES = {
    "http-over-all": {"HTTP_PROXY": "{A}", "ALL_PROXY": "{B}"},
    "all-alone": {"ALL_PROXY": "{B}"},
    "https-only": {"HTTPS_PROXY": "{A}"},
    "lowercase-wins": {"http_proxy": "{B}", "HTTP_PROXY": "{A}"},
    "no_proxy-other-host": {"HTTP_PROXY": "{A}", "NO_PROXY": "localhost,.example.com"},
    "no_proxy-port-scheme": {"ALL_PROXY": "{A}", "NO_PROXY": "http://127.0.0.1"},
    "no_proxy-suffix": {"HTTP_PROXY": "{A}", "NO_PROXY": "0.0.1"},
    "no-scheme-in-url": {"HTTP_PROXY": "127.0.0.1:{B_PORT}"},
}


def _which(proxies: dict[str, ForwardProxy], path: str) -> str:
    hits = [name for name, p in proxies.items() if any(path in x.target for x in p.passages)]
    assert len(hits) <= 1, hits
    return hits[0] if hits else "direct"


@pytest.mark.anyio
@pytest.mark.parametrize("case", sorted(PRECEDENCE_CASES))
async def test_the_proxy_chosen_is_the_one_httpx_chooses(
    monkeypatch: pytest.MonkeyPatch, server: raw.RawServer, case: str
) -> None:
    with ForwardProxy() as a, ForwardProxy() as b:
        values = {"A": a.url(), "B": b.url(), "B_PORT": str(b.port)}
        for name, value in PRECEDENCE_CASES[case].items():
            monkeypatch.setenv(name, value.format(**values))
        proxies = {"A": a, "B": b}
        async with httpx.AsyncClient() as plain:
            assert (await plain.get(server.url + "/httpx-probe")).status_code == 200
        httpx_choice = _which(proxies, "/httpx-probe")
        assert await _ask(server.base_url) == "Echo: hi"
        assert _which(proxies, PATH) == httpx_choice
    assert [r.path for r in server.requests] == ["/httpx-probe", PATH]


# -- item 1: https:// through CONNECT ---------------------------------------------------------


@pytest.mark.anyio
async def test_https_goes_through_a_connect_tunnel(
    monkeypatch: pytest.MonkeyPatch, tls_server: TLSServer, local_ca: LocalCA, proxy: ForwardProxy
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(local_ca.ca))
    monkeypatch.setenv("HTTPS_PROXY", proxy.url())
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # must not be used for https
    assert await _ask(tls_server.base_url, "tls") == "Echo: tls"
    assert await _stream(tls_server.base_url) == "Echo: streamed"
    connects = [p for p in proxy.passages if p.method == "CONNECT"]
    assert connects and all(p.target == f"127.0.0.1:{tls_server.port}" for p in connects)
    assert [p.method for p in proxy.passages] == ["CONNECT"] * len(proxy.passages)
    assert [r.path for r in tls_server.requests] == [PATH, PATH]


def test_the_sync_facade_tunnels_https(
    monkeypatch: pytest.MonkeyPatch, tls_server: TLSServer, local_ca: LocalCA, proxy: ForwardProxy
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(local_ca.ca))
    monkeypatch.setenv("ALL_PROXY", proxy.url())
    assert _ask_sync(tls_server.base_url, "tls") == "Echo: tls"
    assert [(p.method, p.target) for p in proxy.passages] == [
        ("CONNECT", f"127.0.0.1:{tls_server.port}")
    ]


# -- item 1: credentials in the proxy's URL ---------------------------------------------------

SECRET = "pr0xy-s3cret-pw"


@pytest.mark.anyio
@pytest.mark.parametrize("scheme", ["http", "https"])
async def test_proxy_credentials_are_sent_and_never_shown(
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    server: raw.RawServer,
    tls_server: TLSServer,
    local_ca: LocalCA,
    scheme: str,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(local_ca.ca))
    base_url = server.base_url if scheme == "http" else tls_server.base_url
    caplog.set_level(logging.DEBUG)
    with ForwardProxy(credentials=("alice", SECRET)) as proxy:
        monkeypatch.setenv("ALL_PROXY", proxy.url(f"alice:{SECRET}"))
        assert await _ask(base_url) == "Echo: hi"
        monkeypatch.setenv("ALL_PROXY", proxy.url("alice:wrong-password"))
        client = async_client(base_url, max_retries=0)
        with pytest.raises((APIConnectionError, APIStatusError)) as caught:
            await client.chat.completions.create(model=MODEL, messages=user("hi"))
        await client.close()
        assert "407" in str(caught.value)
        # The proxy got the credentials, in the header for its kind of request.
        first = proxy.passages[0]
        assert first.method == ("POST" if scheme == "http" else "CONNECT")
        assert first.headers["proxy-authorization"].startswith("Basic ")
    shown = [str(caught.value), repr(caught.value), repr(caught.value.__cause__)]
    shown += [str(vars(caught.value)), repr(client), caplog.text]
    for text in shown:
        assert SECRET not in text and "wrong-password" not in text


def test_a_proxy_url_httpx_would_refuse_is_an_error_at_construction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", f"ftp://bob:{SECRET}@proxy.example:21")
    with pytest.raises(RequestValidationError, match="HTTPS_PROXY") as caught:
        poe_sdk.PoeClient(api_key="k")
    assert SECRET not in str(caught.value) and caught.value.__cause__ is None
    with pytest.raises(
        ValueError, match="Unknown scheme"
    ):  # httpx refuses it too, when a client is made
        httpx.Client()
    poe_sdk.PoeClient(api_key="k", trust_env=False).close()  # the way out


def test_a_socks_proxy_without_socksio_is_an_error_at_construction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if importlib.util.find_spec("socksio") is not None:
        pytest.skip("socksio is installed: httpx's transport carries SOCKS proxies")
    monkeypatch.setenv("ALL_PROXY", f"socks5://carol:{SECRET}@127.0.0.1:1080")
    with pytest.raises(RequestValidationError, match="httpx\\[socks\\]") as caught:
        poe_sdk.AsyncPoeClient(api_key="k")
    assert "ALL_PROXY" in str(caught.value) and SECRET not in str(caught.value)
    with pytest.raises(ImportError, match="socksio"):  # httpx fails too, when a client is made
        httpx.Client()


def test_trust_env_belongs_to_the_client_poe_sdk_makes() -> None:
    given = httpx.AsyncClient()
    with pytest.raises(RequestValidationError, match="http_client"):
        poe_sdk.AsyncPoeClient(api_key="k", http_client=given, trust_env=False)
    with pytest.raises(RequestValidationError, match="True or False"):
        poe_sdk.AsyncPoeClient(api_key="k", trust_env="no")  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_a_given_http_client_keeps_its_own_configuration(
    monkeypatch: pytest.MonkeyPatch, server: raw.RawServer, proxy: ForwardProxy
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url())
    direct = httpx.AsyncClient(trust_env=False)
    assert await _ask(server.base_url, http_client=direct) == "Echo: hi"
    assert proxy.passages == []
    assert await _ask(server.base_url, http_client=httpx.AsyncClient()) == "Echo: hi"
    assert len(proxy.passages) == 1  # httpx's own reading of the environment


@pytest.mark.anyio
async def test_a_client_reads_the_environment_when_it_is_made(
    monkeypatch: pytest.MonkeyPatch,
    server: raw.RawServer,
    tls_server: TLSServer,
    local_ca: LocalCA,
    proxy: ForwardProxy,
) -> None:
    """As ``httpx.Client()``: the proxy and the CA variables in force when a client is made
    stay its own after they change, before its first request."""
    monkeypatch.setenv("HTTP_PROXY", proxy.url())
    monkeypatch.setenv("SSL_CERT_DIR", str(local_ca.ca_dir))
    proxied = async_client(server.base_url)
    trusting = async_client(tls_server.base_url, max_retries=0)
    monkeypatch.delenv("HTTP_PROXY")
    monkeypatch.delenv("SSL_CERT_DIR")
    try:
        reply = await proxied.chat.completions.create(model=MODEL, messages=user("via"))
        assert reply.choices[0].message.content == "Echo: via"
        assert [p.target for p in proxy.passages] == [server.url + PATH]
        reply = await trusting.chat.completions.create(model=MODEL, messages=user("ca"))
        assert reply.choices[0].message.content == "Echo: ca"
    finally:
        await proxied.close()
        await trusting.close()
    assert await _ask(server.base_url, "direct") == "Echo: direct"  # made without the proxy
    assert len(proxy.passages) == 1


# -- item 5: SSL_CERT_FILE / SSL_CERT_DIR set after a first client -----------------------------


@contextlib.contextmanager
def _refused_certificate() -> Iterator[None]:
    """The call fails with APIConnectionError because the server's certificate was not
    trusted (said by the error or, on trio, by an exception it was raised from)."""
    with pytest.raises(APIConnectionError) as caught:
        yield
    chain: list[str] = []
    seen: BaseException | None = caught.value
    while seen is not None:
        chain.append(str(seen))
        seen = seen.__cause__ or seen.__context__
    assert "CERTIFICATE_VERIFY_FAILED" in " | ".join(chain), chain


@pytest.mark.anyio
@pytest.mark.parametrize("variable", ["SSL_CERT_FILE", "SSL_CERT_DIR"])
async def test_a_ca_set_after_a_first_client_applies_to_the_next(
    monkeypatch: pytest.MonkeyPatch, tls_server: TLSServer, local_ca: LocalCA, variable: str
) -> None:
    first = async_client(tls_server.base_url, max_retries=0)
    with _refused_certificate():
        await first.chat.completions.create(model=MODEL, messages=user("hi"))
    monkeypatch.setenv(
        variable, str(local_ca.ca if variable == "SSL_CERT_FILE" else local_ca.ca_dir)
    )
    assert await _ask(tls_server.base_url, "trusted") == "Echo: trusted"
    # As with httpx, a client reads the variables when it is made: the first one does not.
    with _refused_certificate():
        await first.chat.completions.create(model=MODEL, messages=user("hi"))
    await first.close()
    with _refused_certificate():
        await _ask(tls_server.base_url, trust_env=False, max_retries=0)
    # A variable that names no CA bundle is a connection error naming the variables.
    monkeypatch.setenv("SSL_CERT_FILE", str(local_ca.ca.parent / "missing.pem"))
    with pytest.raises(APIConnectionError, match="SSL_CERT_FILE"):
        await _ask(tls_server.base_url, max_retries=0)


def test_the_sync_facade_uses_a_ca_set_after_a_first_client(
    monkeypatch: pytest.MonkeyPatch, tls_server: TLSServer, local_ca: LocalCA
) -> None:
    with _refused_certificate():
        _ask_sync(tls_server.base_url, max_retries=0)
    monkeypatch.setenv("SSL_CERT_FILE", str(local_ca.ca))
    assert _ask_sync(tls_server.base_url, "trusted") == "Echo: trusted"
