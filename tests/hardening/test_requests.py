"""Requests and replies, round two: a query in ``base_url``, redirects, replies that are not
what was asked for, silent coercions, and retry waits spread over time."""

from __future__ import annotations

import json
import logging
import math
import re
import time
from typing import Any

import anyio
import pytest

import poe_sdk
from poe_sdk import RetryPolicy

from . import raw_servers as raw
from .checks import MODEL, async_client, sync_client, user

# -- 13.12: a query in base_url --------------------------------------------------------------


@pytest.mark.anyio
async def test_a_query_in_base_url_stays_a_query() -> None:
    with raw.api_server(lambda index: raw.echo) as server:
        client = async_client(server.base_url + "?api-version=1", default_query={"tenant": "t1"})
        reply = await client.chat.completions.create(
            model=MODEL, messages=user("x"), extra_query={"trace": "on"}
        )
        assert reply.choices[0].message.content == "Echo: x"
        await client.close()
    (request,) = server.requests
    path, _, query = request.path.partition("?")
    assert path == "/v1/chat/completions"
    assert sorted(query.split("&")) == ["api-version=1", "tenant=t1", "trace=on"]


def test_a_query_in_base_url_stays_a_query_sync() -> None:
    with raw.api_server(lambda index: raw.echo) as server:
        client = sync_client(server.base_url + "/?api-version=2")
        client.chat.completions.create(model=MODEL, messages=user("x"))
        client.close()
    assert server.requests[0].path == "/v1/chat/completions?api-version=2"


# -- 13.13: redirects ------------------------------------------------------------------------


def _redirect(code: int, location: str = "/v1/moved/chat/completions") -> raw.Action:
    def action(conn: raw.Conn, request: raw.RawRequest) -> bool:
        if request.path.startswith("/v1/moved"):
            return raw.echo(conn, request)
        return conn.send_response(code, b"", headers={"location": location})

    return action


@pytest.mark.anyio
@pytest.mark.parametrize("code", [301, 302, 303])
@pytest.mark.parametrize("stream", [False, True])
async def test_a_redirect_that_drops_the_body_is_an_error(code: int, stream: bool) -> None:
    with raw.api_server(lambda index: _redirect(code)) as server:
        client = async_client(server.base_url)
        with anyio.fail_after(5), pytest.raises(poe_sdk.APIStatusError) as caught:
            await client.chat.completions.create(model=MODEL, messages=user("x"), stream=stream)
        await client.close()
    assert caught.value.status_code == code
    assert "as a GET" in str(caught.value)
    assert [r.method for r in server.requests] == ["POST"]  # never a GET, never retried


@pytest.mark.anyio
@pytest.mark.parametrize("code", [307, 308])
async def test_a_same_origin_307_or_308_keeps_method_and_body(code: int) -> None:
    with raw.api_server(lambda index: _redirect(code)) as server:
        client = async_client(server.base_url)
        reply = await client.chat.completions.create(model=MODEL, messages=user("kept"))
        async with await client.chat.completions.create(
            model=MODEL, messages=user("s"), stream=True
        ) as stream:
            final = await stream.get_final_completion()
        await client.close()
    assert reply.choices[0].message.content == "Echo: kept"
    assert final.choices[0].message.content == "Echo: s"
    first, second = server.requests[:2]
    assert second.method == "POST" and second.path == "/v1/moved/chat/completions"
    assert second.body == first.body


def test_a_redirect_loop_is_an_error_without_retries() -> None:
    with raw.api_server(lambda index: _redirect(307, "/v1/chat/completions")) as server:
        client = sync_client(server.base_url)
        with pytest.raises(poe_sdk.APIStatusError, match="loop"):
            client.chat.completions.create(model=MODEL, messages=user("x"))
        client.close()
    assert len(server.requests) == 6  # the request and 5 hops; before the fix: 63


# -- 13.15: replies that are not what was asked for ------------------------------------------


def _json_completion(conn: raw.Conn, request: raw.RawRequest) -> bool:
    return conn.send_response(200, raw.completion_bytes("not a stream"))


def _html_page(conn: raw.Conn, request: raw.RawRequest) -> bool:
    page = b"<html><title>Portal</title></html>"
    return conn.send_response(200, page, content_type="text/html")


def _json_error(conn: raw.Conn, request: raw.RawRequest) -> bool:
    body = {"error": {"message": "slow down", "type": "rate_limit_error"}}
    return conn.send_response(200, json.dumps(body).encode())


def _status_999(conn: raw.Conn, request: raw.RawRequest) -> bool:
    return conn.send_response(999, b'{"error": {"message": "?"}}')


STREAM_REPLIES: dict[str, tuple[raw.Action, type[poe_sdk.PoeError], str]] = {
    "json-completion": (_json_completion, poe_sdk.APIResponseValidationError, "application/json"),
    "html-page": (_html_page, poe_sdk.APIResponseValidationError, "text/html"),
    "json-error-object": (_json_error, poe_sdk.RateLimitError, "slow down"),
}


@pytest.mark.anyio
@pytest.mark.parametrize("case", list(STREAM_REPLIES))
async def test_a_stream_request_answered_without_a_stream(case: str) -> None:
    action, error, text = STREAM_REPLIES[case]
    with raw.api_server(lambda index: action) as server:
        client = async_client(server.base_url)
        with anyio.fail_after(5), pytest.raises(error, match=text) as caught:
            await client.chat.completions.create(model=MODEL, messages=user("x"), stream=True)
        assert not isinstance(caught.value, poe_sdk.APIConnectionError)
        assert len(server.requests) == 1
        await client.close()


def test_a_sync_stream_request_answered_with_json() -> None:
    with raw.api_server(lambda index: _json_completion) as server:
        client = sync_client(server.base_url)
        with pytest.raises(poe_sdk.APIResponseValidationError, match="not text/event-stream"):
            client.chat.completions.create(model=MODEL, messages=user("x"), stream=True)
        client.close()


@pytest.mark.anyio
async def test_a_status_outside_100_to_599_is_invalid_not_retried() -> None:
    with raw.api_server(lambda index: _status_999) as server:
        client = async_client(server.base_url)
        with anyio.fail_after(5), pytest.raises(poe_sdk.APIResponseValidationError, match="999"):
            await client.chat.completions.create(model=MODEL, messages=user("x"))
        assert len(server.requests) == 1
        await client.close()


# -- 13.14: silent coercions -----------------------------------------------------------------


def _tool(parameters: Any) -> list[dict[str, Any]]:
    return [{"type": "function", "function": {"name": "f", "parameters": parameters}}]


def _deep(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = {"a": value}
    return value


COERCIONS: dict[str, tuple[dict[str, Any], str]] = {
    "max_tokens-true": ({"max_tokens": True}, "max_tokens"),
    "temperature-true": ({"temperature": True}, "temperature"),
    "nan-in-tool-parameters": (
        {"tools": _tool({"type": "object", "default": math.nan})},
        "tools[0].function.parameters.default",
    ),
    "infinity-in-tool-parameters": (
        {"tools": _tool({"minimum": -math.inf})},
        "tools[0].function.parameters.minimum",
    ),
    "deep-tool-parameters": ({"tools": _tool(_deep(5000))}, "tools"),
    "deep-extra-body": ({"extra_body": {"x": _deep(5000)}}, "extra_body"),
    "nan-in-extra-body": ({"extra_body": {"x": [math.nan]}}, "extra_body.x[0]"),
}


@pytest.mark.anyio
@pytest.mark.parametrize("case", list(COERCIONS))
async def test_values_that_would_be_coerced_are_rejected(case: str) -> None:
    arguments, param = COERCIONS[case]
    with raw.api_server(lambda index: raw.echo) as server:
        client = async_client(server.base_url)
        with pytest.raises(poe_sdk.RequestValidationError) as caught:
            await client.chat.completions.create(model=MODEL, messages=user("x"), **arguments)
        assert caught.value.param == param
        assert server.requests == []
        await client.close()


def test_real_numbers_and_deep_but_sane_schemas_still_pass() -> None:
    with raw.api_server(lambda index: raw.echo) as server:
        client = sync_client(server.base_url)
        client.chat.completions.create(
            model=MODEL,
            messages=user("x"),
            max_tokens=10,
            temperature=0.5,
            tools=_tool({"type": "object", "properties": _deep(40), "minimum": 1.5}),
            extra_body={"flag": True, "deep": _deep(40)},
        )
        client.close()
    body = server.requests[0].json
    assert body["max_tokens"] == 10 and body["flag"] is True


# -- 13.16: server-directed waits are spread -------------------------------------------------


@pytest.mark.anyio
async def test_a_herd_told_to_retry_after_1s_does_not_return_at_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """100 calls get ``429`` with ``retry-after: 1`` at the same moment: each waits at least
    1 s (seen by the server), and the waits the client chose differ (its INFO retry log;
    before the fix every one was exactly 1.00 s)."""
    caplog.set_level(logging.INFO, logger="poe_sdk")
    arrivals: dict[str, list[float]] = {}
    gate = anyio.Event()

    def action(conn: raw.Conn, request: raw.RawRequest) -> bool:
        arrivals.setdefault(raw.last_user_text(request), []).append(time.monotonic())
        return conn.send_response(
            429, b'{"error": {"message": "busy"}}', headers={"retry-after": "1"}
        )

    policy = RetryPolicy(max_retries=1, max_server_delay=5)
    with raw.api_server(lambda index: action) as server:
        client = async_client(server.base_url, retry_policy=policy)
        with anyio.fail_after(15):
            async with anyio.create_task_group() as group:
                for index in range(100):
                    group.start_soon(_expect_rate_limit, client, index, gate)
                gate.set()
        await client.close()
    assert len(server.requests) == 200
    waits = sorted(second - first for first, second in arrivals.values())
    assert waits[0] >= 1.0  # never sooner than the server asked
    chosen = [
        float(match.group(1))
        for record in caplog.records
        if (match := re.search(r" in ([0-9.]+)s after status 429", record.getMessage()))
    ]
    assert len(chosen) == 100
    assert min(chosen) >= 1.0 and max(chosen) <= 1.1
    assert len(set(chosen)) >= 5, f"the retries were not spread: {sorted(set(chosen))}"


async def _expect_rate_limit(client: poe_sdk.AsyncPoeClient, index: int, gate: anyio.Event) -> None:
    await gate.wait()
    with pytest.raises(poe_sdk.RateLimitError):
        await client.chat.completions.create(model=MODEL, messages=user(f"m{index}"))
