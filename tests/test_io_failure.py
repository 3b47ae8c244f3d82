"""The one translation of the I/O stack's exceptions into poe-sdk's (issue 21, item 4): each
foreign exception type, and the places it can come from (send, body reads, stream reads,
closes) for a given ``http_client`` whose transport lets it through."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator

import aiohttp
import anyio
import h11
import httpcore
import httpx
import pytest
import trio

from poe_sdk import APIConnectionError, APITimeoutError
from poe_sdk._http.errors import httpx_error, io_failure
from poe_sdk._http.exchange import aclose, body_chunks, next_chunk, read_body, send

CONNECTION_ERRORS: list[Exception] = [
    ssl.SSLError(1, "[SSL: TLSV13_ALERT_CERTIFICATE_REQUIRED] tlsv13 alert certificate required"),
    ssl.SSLCertVerificationError(1, "certificate verify failed"),
    ssl.SSLEOFError(8, "EOF occurred in violation of protocol"),
    ConnectionResetError(104, "Connection reset by peer"),
    BrokenPipeError(32, "Broken pipe"),
    OSError(101, "Network is unreachable"),
    anyio.BrokenResourceError(),
    anyio.ClosedResourceError(),
    anyio.EndOfStream(),
    trio.BrokenResourceError(),
    trio.ClosedResourceError(),
    h11.RemoteProtocolError("illegal status line", 400),
    h11.LocalProtocolError("can't send data when our state is ERROR"),
    httpcore.ReadError("read failed"),
    httpcore.ConnectError("connect failed"),
    httpcore.RemoteProtocolError("Server disconnected"),
    httpcore.ProxyError("407"),
    aiohttp.ClientConnectionError("Connection closed"),
    aiohttp.ServerDisconnectedError(),
    aiohttp.ClientPayloadError("Response payload is not completed"),
    httpx.ReadError("read failed"),
    httpx.RemoteProtocolError("peer closed connection"),
    httpx.DecodingError("invalid gzip"),
]
TIMEOUTS: list[Exception] = [
    TimeoutError(),
    asyncio.TimeoutError(),
    httpcore.ReadTimeout("timed out"),
    aiohttp.ServerTimeoutError("Timeout on reading data from socket"),
    aiohttp.ConnectionTimeoutError("Connection timeout"),
    httpx.ReadTimeout("timed out"),
    httpx.PoolTimeout("timed out"),
]
NOT_IO: list[Exception] = [ValueError("bug"), RuntimeError("bug"), KeyError("bug"), TypeError()]


def _name(exc: Exception) -> str:
    return f"{type(exc).__module__}.{type(exc).__name__}"


@pytest.mark.parametrize("exc", CONNECTION_ERRORS, ids=_name)
def test_each_connection_failure_is_an_api_connection_error(exc: Exception) -> None:
    request = httpx.Request("POST", "https://api.example/v1/chat/completions")
    error = io_failure(exc, request)
    assert type(error) is APIConnectionError
    assert error.request is request
    assert str(exc) in str(error) or type(exc).__name__ in str(error)


@pytest.mark.parametrize("exc", TIMEOUTS, ids=_name)
def test_each_timeout_is_an_api_timeout_error(exc: Exception) -> None:
    assert type(io_failure(exc, None)) is APITimeoutError


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (e, APIConnectionError)
        for e in CONNECTION_ERRORS
        if isinstance(e, (aiohttp.ClientError, OSError))
    ]
    + [(e, APITimeoutError) for e in TIMEOUTS if isinstance(e, (aiohttp.ClientError, OSError))],
    ids=lambda value: _name(value) if isinstance(value, Exception) else value.__name__,
)
def test_a_failure_the_aiohttp_transport_raises_as_httpx_s_is_the_same_kind_of_error(
    exc: Exception, kind: type[APIConnectionError]
) -> None:
    # The aiohttp transport raises the httpx exception the one table names for a failure
    # (httpx's transport contract); the call's error is of the class the failure itself
    # gives, its message more precise where httpx's says more ("read timeout").
    assert type(io_failure(exc, None)) is kind
    for connecting in (True, False):
        raised = httpx_error(exc, connecting=connecting)
        assert type(io_failure(raised, None)) is kind, raised


@pytest.mark.parametrize("exc", NOT_IO, ids=_name)
def test_a_bug_is_not_taken_for_an_io_failure(exc: Exception) -> None:
    assert io_failure(exc, None) is None


class _Body(httpx.AsyncByteStream):
    """A body whose first read raises ``exc``; closing it raises ``exc`` too."""

    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    async def __aiter__(self) -> AsyncIterator[bytes]:
        raise self.exc
        yield b""  # pragma: no cover - makes this an async generator

    async def aclose(self) -> None:
        raise self.exc


class _Transport(httpx.AsyncBaseTransport):
    """A transport that raises ``exc`` when sending, or hands over a body that does."""

    def __init__(self, exc: Exception, *, at: str, encoding: str = "identity") -> None:
        self.exc, self.at, self.encoding = exc, at, encoding

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.at == "send":
            raise self.exc
        headers = {"content-encoding": self.encoding}
        return httpx.Response(200, headers=headers, stream=_Body(self.exc), request=request)


FOREIGN = [e for e in CONNECTION_ERRORS + TIMEOUTS if not isinstance(e, httpx.HTTPError)]


@pytest.mark.anyio
@pytest.mark.parametrize("exc", FOREIGN, ids=_name)
async def test_a_given_clients_transport_failure_is_translated_everywhere(exc: Exception) -> None:
    request = httpx.Request("POST", "http://127.0.0.1:9/v1/chat/completions")
    kind = APITimeoutError if isinstance(exc, TimeoutError) else APIConnectionError
    async with httpx.AsyncClient(transport=_Transport(exc, at="send")) as client:
        with pytest.raises(kind) as caught:
            await send(client, request, stream=True)
        assert caught.value.__cause__ is exc
    for encoding in ("identity", "gzip"):
        transport = _Transport(exc, at="body", encoding=encoding)
        async with httpx.AsyncClient(transport=transport) as client:
            response = await send(client, request, stream=True)
            with pytest.raises(kind) as caught:
                await read_body(response, 1024)  # closes the response: its error is ignored
            assert caught.value.__cause__ is exc
            response = await send(client, request, stream=True)
            body = body_chunks(response)
            with pytest.raises(kind) as caught:
                await next_chunk(body, request)
            assert caught.value.__cause__ is exc
            await aclose(response, body)  # the close fails too: ignored


@pytest.mark.anyio
async def test_a_bug_in_a_transport_is_not_hidden() -> None:
    request = httpx.Request("POST", "http://127.0.0.1:9/v1/chat/completions")
    transport = _Transport(RuntimeError("a bug"), at="send")
    async with httpx.AsyncClient(transport=transport) as client:
        with pytest.raises(RuntimeError, match="a bug"):
            await send(client, request, stream=True)
