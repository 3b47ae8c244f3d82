"""Secrets, round two: errors pickle without the key, a key echoed by the server is redacted
from every message, credentials in ``base_url`` are refused, and header values are checked
before any I/O without being shown."""

from __future__ import annotations

import concurrent.futures
import json
import logging
import multiprocessing
import pickle
from typing import Any

import anyio
import httpx
import pytest

import poe_sdk
from poe_sdk import AsyncPoeClient, PoeClient, ResponseLimits

from . import raw_servers as raw
from .checks import KEY, MODEL, async_client, sync_client, user
from .test_secrets import SECRET_PART, _error_texts, assert_no_key, debug_logs

HEADER_SECRET = "hdr-secret-9f8e7d6c5b4a"
"""A caller's own credential header (``X-Api-Key``), as secret as the key."""


def _echo_key_401(conn: raw.Conn, request: raw.RawRequest) -> bool:
    """A 401 that echoes both credentials back, as some servers do."""
    sent = request.headers.get("authorization", "")
    other = request.headers.get("x-api-key", "")
    body = {"error": {"message": f"Invalid key {sent.removeprefix('Bearer ')} ({other})"}}
    return conn.send_response(401, json.dumps(body).encode())


def _echo_key_503(conn: raw.Conn, request: raw.RawRequest) -> bool:
    sent = request.headers.get("authorization", "")
    return conn.send_response(503, json.dumps({"error": {"message": sent}}).encode())


def _echo_key_stream_error(conn: raw.Conn, request: raw.RawRequest) -> bool:
    sent = request.headers.get("authorization", "")
    conn.start_stream()
    conn.send_chunk(raw.sse_event({"error": {"message": f"bad key {sent}", "code": 401}}))
    return conn.end_chunks()


def _echo_key_200(conn: raw.Conn, request: raw.RawRequest) -> bool:
    sent = request.headers.get("authorization", "")
    return conn.send_response(200, f"<html>key {sent}</html>".encode(), content_type="text/html")


def _big(conn: raw.Conn, request: raw.RawRequest) -> bool:
    return conn.send_response(200, b" " * 4096 + raw.completion_bytes())


# -- 13.8: errors pickle, without the key ----------------------------------------------------


async def _errors_of_every_kind(base_url: str, refused_url: str) -> list[poe_sdk.PoeError]:
    errors: list[poe_sdk.PoeError] = []
    client = async_client(base_url, default_headers={"X-Api-Key": HEADER_SECRET})
    calls: list[dict[str, Any]] = [
        {"messages": user("429")},
        {"messages": user("401")},
        {"messages": user("stream"), "stream": True},
        {"messages": user("html")},
        {"messages": user("503"), "fallback_models": ["other"], "max_retries": 0},
        {"messages": user("big")},
        {"messages": [{"role": "nobody"}]},
    ]
    for call in calls:
        try:
            result = await client.with_options(
                limits=ResponseLimits(max_body_bytes=2048)
            ).chat.completions.create(model=MODEL, **call)
            if call.get("stream"):
                await result.get_final_completion()
        except poe_sdk.PoeError as exc:
            errors.append(exc)
    await client.close()
    try:
        await client.chat.completions.create(model=MODEL, messages=user("x"))
    except poe_sdk.PoeError as exc:
        errors.append(exc)
    refused = async_client(refused_url, max_retries=0)
    try:
        await refused.chat.completions.create(model=MODEL, messages=user("x"))
    except poe_sdk.PoeError as exc:
        errors.append(exc)
    await refused.close()
    return errors


def _by_text(conn: raw.Conn, request: raw.RawRequest) -> bool:
    text = raw.last_user_text(request)
    action = {
        "429": raw.status(429, x_request_id="req-429", x_should_retry="false"),
        "401": _echo_key_401,
        "stream": _echo_key_stream_error,
        "html": _echo_key_200,
        "503": _echo_key_503,
        "big": _big,
    }.get(text, raw.echo)
    return action(conn, request)


@pytest.mark.anyio
async def test_every_error_pickles_without_the_key() -> None:
    with raw.api_server(lambda index: _by_text) as server, raw.refused_port() as refused:
        url = f"http://127.0.0.1:{refused.getsockname()[1]}/v1"
        with anyio.fail_after(20):
            errors = await _errors_of_every_kind(server.base_url, url)
    kinds = {type(e).__name__ for e in errors}
    assert kinds == {
        "RateLimitError",
        "AuthenticationError",
        "APIResponseValidationError",
        "AllModelsFailedError",
        "ResponseTooLargeError",
        "RequestValidationError",
        "ClientClosedError",
        "APIConnectionError",
    }
    for error in errors:
        data = pickle.dumps(error)
        assert SECRET_PART.encode() not in data, type(error).__name__
        assert HEADER_SECRET.encode() not in data, type(error).__name__
        back = pickle.loads(data)
        assert type(back) is type(error)
        assert str(back) == str(error)
        assert vars(back).keys() == vars(error).keys()
        if isinstance(error, poe_sdk.APIStatusError):
            assert isinstance(back, poe_sdk.APIStatusError)
            assert back.status_code == error.status_code
            assert back.request_id == error.request_id
            assert back.body == error.body
            assert back.response.request.headers["authorization"] == "[REDACTED]"
            assert back.response.request.headers["x-api-key"] == "[REDACTED]"


def _rate_limited_call(base_url: str) -> str:
    """In a worker process: a call that ends in RateLimitError."""
    client = PoeClient(api_key=KEY, base_url=base_url, max_retries=0)
    try:
        client.chat.completions.create(model=MODEL, messages=user("429"))
    finally:
        client.close()
    return "unreachable"


def _square(n: int) -> int:
    return n * n


def test_a_rate_limit_error_crosses_a_process_pool() -> None:
    with raw.api_server(lambda index: _by_text) as server:
        context = multiprocessing.get_context("fork")
        with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
            future = pool.submit(_rate_limited_call, server.base_url)
            with pytest.raises(poe_sdk.RateLimitError) as caught:
                future.result(timeout=30)
            assert caught.value.status_code == 429
            assert caught.value.request_id == "req-429"
            assert pool.submit(_square, 7).result(timeout=30) == 49  # the pool still works


# -- 13.9: a key echoed back is redacted -----------------------------------------------------


@pytest.mark.anyio
async def test_a_key_echoed_by_the_server_is_redacted() -> None:
    seen: list[object] = []
    built: list[str] = []
    with debug_logs() as logs, raw.api_server(lambda index: _by_text) as server:
        client = async_client(server.base_url, default_headers={"X-Api-Key": HEADER_SECRET})
        other = async_client(server.base_url).with_options(
            default_headers={"Authorization": f"Bearer {HEADER_SECRET}"}
        )
        for target, call in [
            (client, {"messages": user("401")}),
            (client, {"messages": user("stream"), "stream": True}),
            (client, {"messages": user("html")}),
            (client, {"messages": user("503"), "fallback_models": ["b"], "max_retries": 1}),
            (other, {"messages": user("401")}),
        ]:
            with pytest.raises(poe_sdk.APIError) as caught:
                result = await target.chat.completions.create(model=MODEL, **call)
                if call.get("stream"):
                    await result.get_final_completion()
            assert "[REDACTED]" in str(caught.value) or "[REDACTED]" in repr(caught.value.body)
            seen += _error_texts(caught.value)
            seen += [repr(caught.value.body)]
            # What the SDK builds (not httpx's own repr of the request's headers, which shows
            # a custom header the caller set, as the caller set it).
            built += [str(caught.value), repr(caught.value), repr(caught.value.args)]
            built += [repr(caught.value.body), repr(vars(caught.value))]
            logging.getLogger("test").exception("failed")
        await client.close()
        await other.close()
    assert_no_key(*seen, *logs.lines)
    for text in [*built, *logs.lines]:
        assert HEADER_SECRET not in text


def test_the_sync_facade_redacts_an_echoed_key() -> None:
    with raw.api_server(lambda index: _by_text) as server:
        client = sync_client(server.base_url)
        with pytest.raises(poe_sdk.AuthenticationError) as caught:
            client.chat.completions.create(model=MODEL, messages=user("401"))
        assert "Invalid key [REDACTED]" in str(caught.value)
        assert_no_key(*_error_texts(caught.value), repr(caught.value.body))
        client.close()


# -- 13.10: credentials in base_url ----------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["http://user:p4ssw0rd-secret@127.0.0.1:9/v1", "https://p4ssw0rd-secret@example.com/v1"]
)
def test_userinfo_in_base_url_is_refused_without_echoing_it(url: str) -> None:
    with pytest.raises(poe_sdk.RequestValidationError) as caught:
        AsyncPoeClient(api_key=KEY, base_url=url)
    assert caught.value.param == "base_url"
    with pytest.raises(poe_sdk.RequestValidationError):
        PoeClient(api_key=KEY, base_url=url)
    with pytest.raises(poe_sdk.RequestValidationError) as copied:
        AsyncPoeClient(api_key=KEY, base_url="http://127.0.0.1:9/v1").with_options(base_url=url)
    for error in (caught.value, copied.value):
        for text in _error_texts(error):
            assert "p4ssw0rd" not in (text if isinstance(text, str) else repr(text))


# -- 13.11: header values --------------------------------------------------------------------

BAD_HEADERS: list[tuple[str, object]] = [
    ("X-Secret-Token", "abc\r\nInjected: yes"),
    ("X-Secret-Token", "caf\u00e9-secret-value"),
    ("X-Secret-Token", None),
    ("X-Secret-Token", 12345),
    ("Bad Name", "v"),
]


@pytest.mark.anyio
@pytest.mark.parametrize(("name", "value"), BAD_HEADERS)
async def test_bad_extra_headers_fail_before_any_io(name: str, value: object) -> None:
    with raw.api_server(lambda index: raw.echo) as server:
        client = async_client(server.base_url)
        with anyio.fail_after(5), pytest.raises(poe_sdk.RequestValidationError) as caught:
            await client.chat.completions.create(
                model=MODEL,
                messages=user("x"),
                extra_headers={name: value},  # type: ignore[dict-item]
            )
        assert "extra_headers" in str(caught.value)
        if isinstance(value, str) and name != "Bad Name":
            assert value not in str(caught.value) and "secret" not in str(caught.value)
        assert server.requests == []  # nothing was sent, nothing retried
        await client.close()


@pytest.mark.parametrize(("name", "value"), BAD_HEADERS)
def test_bad_default_headers_fail_at_construction(name: str, value: object) -> None:
    for make in (AsyncPoeClient, PoeClient):
        with pytest.raises(poe_sdk.RequestValidationError, match="default_headers") as caught:
            make(api_key=KEY, base_url="http://127.0.0.1:9/v1", default_headers={name: value})  # type: ignore[dict-item]
        if isinstance(value, str) and name != "Bad Name":
            assert value not in str(caught.value)


def test_bad_sync_extra_headers_fail_before_any_io() -> None:
    with raw.api_server(lambda index: raw.echo) as server:
        client = sync_client(server.base_url)
        with pytest.raises(poe_sdk.RequestValidationError):
            client.chat.completions.create(
                model=MODEL, messages=user("x"), extra_headers={"X-Key": "a\nb"}
            )
        assert server.requests == []
        reply = client.chat.completions.create(
            model=MODEL, messages=user("x"), extra_headers={"X-Trace": "ok\tfine"}
        )
        assert reply.choices[0].message.content == "Echo: x"
        client.close()
    assert isinstance(httpx.Headers({"X-Trace": "ok"}), httpx.Headers)
