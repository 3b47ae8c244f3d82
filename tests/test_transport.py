"""The default transports: aiohttp's pool on asyncio, httpx's own on trio, chosen lazily."""

from __future__ import annotations

import gc
import ssl
import subprocess
import sys

import aiohttp
import httpx
import pytest
import respx

from hardening import raw_servers as raw
from poe_sdk import AsyncPoeClient
from poe_sdk._http.aiohttp_transport import AiohttpTransport
from poe_sdk._http.errors import httpx_error
from poe_sdk.testing import LocalServer
from support import BASE_URL


def test_importing_the_client_does_not_import_a_transport() -> None:
    code = (
        "import sys; from poe_sdk import AsyncPoeClient, PoeClient; AsyncPoeClient(api_key='k'); "
        "print(sorted(m for m in ('aiohttp', 'httpcore._async.connection_pool') "
        "if m in sys.modules))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "[]"


def test_a_request_on_asyncio_loads_only_what_it_uses() -> None:
    """Neither httpcore (which imports trio when installed) nor anyio's event-loop backend
    (loaded by a first cancel scope): ~6 MB of a process's memory."""
    code = (
        "import asyncio, sys\n"
        "from poe_sdk import AsyncPoeClient\n"
        "from poe_sdk.testing import LocalServer\n"
        "async def main():\n"
        "    with LocalServer() as server:\n"
        "        async with AsyncPoeClient(api_key='k', base_url=server.base_url) as client:\n"
        "            await client.chat.completions.create(\n"
        "                model='m', messages=[{'role': 'user', 'content': 'hi'}])\n"
        "            loaded = ('aiohttp', 'httpcore', 'trio', 'anyio._backends._asyncio')\n"
        "            print(sorted(m for m in loaded if m in sys.modules))\n"
        "asyncio.run(main())\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "['aiohttp']"


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (aiohttp.ConnectionTimeoutError("slow"), httpx.ConnectTimeout),
        (aiohttp.SocketTimeoutError("silent"), httpx.ReadTimeout),
        (TimeoutError(), httpx.ReadTimeout),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (aiohttp.ClientPayloadError("cut"), httpx.RemoteProtocolError),
        (aiohttp.InvalidURL("ftp://x"), httpx.UnsupportedProtocol),
        (ValueError("newline in header"), httpx.LocalProtocolError),
        (ConnectionResetError("reset"), httpx.ReadError),
        (aiohttp.ClientError("other"), httpx.TransportError),
    ],
)
def test_aiohttp_failures_become_httpx_errors(error: Exception, expected: type) -> None:
    assert type(httpx_error(error, connecting=False)) is expected


def test_a_refused_connection_is_a_connect_error() -> None:
    refused = aiohttp.ClientConnectorError(
        aiohttp.client_reqrep.ConnectionKey("h", 1, False, True, None, None, None),
        ConnectionRefusedError(111, "refused"),
    )
    assert type(httpx_error(refused, connecting=True)) is httpx.ConnectError


@pytest.mark.anyio
async def test_each_event_loop_gets_its_transport(anyio_backend: str) -> None:
    with LocalServer() as server:
        client = AsyncPoeClient(api_key="k", base_url=server.base_url)
        reply = await client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi"}]
        )
        assert reply.choices[0].message.content == "Echo: hi"
        # White-box: which transport a loop gets is a strategy (speed on asyncio, httpx's
        # resend on trio) with no public observation but timing, which tests do not assert.
        transport = (await client._http.get())._transport  # type: ignore[attr-defined]
        if anyio_backend == "asyncio":
            assert isinstance(transport, AiohttpTransport)
        else:  # httpx's own, which sends a request again when a reused connection closed
            assert isinstance(transport, httpx.AsyncHTTPTransport)
            assert not isinstance(transport, AiohttpTransport)
        await client.close()


@pytest.mark.anyio
async def test_a_call_leaves_no_reference_cycle_behind() -> None:
    """A returned call's response and request are freed at once, not by a later garbage
    collection (1,000 calls finishing together would hold them all until then)."""
    messages = [{"role": "user", "content": "hi"}]
    with LocalServer() as server:
        async with AsyncPoeClient(api_key="k", base_url=server.base_url) as client:
            await client.chat.completions.create(model="m", messages=messages)
            gc.collect()
            gc.disable()
            gc.set_debug(gc.DEBUG_SAVEALL)
            try:
                await client.chat.completions.create(model="m", messages=messages)
                gc.collect()
                left = [o for o in gc.garbage if isinstance(o, (httpx.Response, httpx.Request))]
            finally:
                gc.set_debug(0)
                gc.garbage.clear()
                gc.enable()
    assert left == []


@pytest.mark.anyio
async def test_a_passed_http_client_keeps_its_transport() -> None:
    with LocalServer() as server:
        http = httpx.AsyncClient()
        client = AsyncPoeClient(api_key="k", base_url=server.base_url, http_client=http)
        await client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
        assert type(http._transport) is httpx.AsyncHTTPTransport  # type: ignore[attr-defined]
        await client.close()


@pytest.mark.anyio
async def test_cookies_set_by_the_server_are_sent_back(router: respx.MockRouter) -> None:
    completion = {
        "id": "c",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "message": {"content": "hi"}, "finish_reason": "stop"}],
    }
    route = router.post("/chat/completions")
    route.side_effect = [
        httpx.Response(200, json=completion, headers={"set-cookie": "lb=node-7; Path=/"}),
        httpx.Response(200, json=completion),
        httpx.Response(200, json=completion),
    ]
    async with AsyncPoeClient(api_key="k", base_url=BASE_URL) as client:
        for _ in range(3):
            await client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "x"}]
            )
    sent = [call.request.headers.get("cookie") for call in route.calls]
    assert sent == [None, "lb=node-7", "lb=node-7"]


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.anyio
async def test_the_server_gets_what_httpx_would_send() -> None:
    """Same request line, body and headers (but the transport's own) as httpx's transport."""
    with raw.api_server(lambda index: raw.echo) as server:
        for http, calls in ((None, 2), (httpx.AsyncClient(), 1)):  # ours twice: headers reused
            client = AsyncPoeClient(api_key="k", base_url=server.base_url, http_client=http)
            for _ in range(calls):
                await client.chat.completions.create(
                    model="m",
                    messages=[{"role": "user", "content": "é"}],
                    extra_query={"q": "a b+c/%é&x=1"},
                    extra_headers={"X-Trace": "t-1"},
                )
            await client.close()
    first, again, httpx_own = server.requests
    for ours in (first, again):
        assert ours.path == httpx_own.path == "/v1/chat/completions?q=a+b%2Bc%2F%25%C3%A9%26x%3D1"
        assert ours.body == httpx_own.body
        for name in ("authorization", "content-type", "content-length", "x-trace", "user-agent"):
            assert ours.headers[name] == httpx_own.headers[name], name


def test_the_transport_passes_headers_as_httpx_decodes_them() -> None:
    """ASCII pairs (decoded once, then shared) and others (httpx's own decoding) alike, and
    no ``Transfer-Encoding``: the body is sent whole, with its length."""
    transport = AiohttpTransport(limits=httpx.Limits(), ssl_context=ssl.create_default_context())
    plain = httpx.Headers({"Accept": "*/*", "Transfer-Encoding": "chunked", "X-A": "1"})
    latin = httpx.Headers([(b"X-Name", "caf\u00e9".encode("latin-1")), (b"Accept", b"*/*")])
    for headers in (plain, plain, latin):
        expected = [p for p in headers.multi_items() if p[0] != "transfer-encoding"]
        assert transport._str_headers(headers) == expected
    assert transport._str_headers(latin)[0] == ("x-name", "caf\u00e9")


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.anyio
async def test_a_refused_connection_says_where_why_and_how_many_attempts() -> None:
    """Issue 26 item 6: no transport's wording ("Cannot connect to host ... ssl:default
    [Connect call failed ...]", "All connection attempts failed"), on either backend."""
    from poe_sdk import APIConnectionError, RetryPolicy

    port = _closed_port()
    fast = RetryPolicy(initial_delay=0.001, max_delay=0.001, jitter=0.0)
    async with AsyncPoeClient(
        api_key="k", base_url=f"http://127.0.0.1:{port}/v1", retry_policy=fast
    ) as client:
        with pytest.raises(APIConnectionError) as info:
            await client.models.list()
    assert str(info.value) == (
        f"Could not connect to http://127.0.0.1:{port} (connection refused) after 3 attempts"
    )


def test_the_sync_client_says_the_same_after_one_attempt() -> None:
    from poe_sdk import APIConnectionError, PoeClient

    port = _closed_port()
    with PoeClient(api_key="k", base_url=f"http://127.0.0.1:{port}/v1", max_retries=0) as sync:
        with pytest.raises(APIConnectionError) as once:
            sync.models.list()
    assert str(once.value) == (
        f"Could not connect to http://127.0.0.1:{port} (connection refused) after 1 attempt"
    )
