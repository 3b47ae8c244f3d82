"""Typing assertions for the client options of both clients and ``with_options``; never run."""

from __future__ import annotations

import httpx
from typing_extensions import assert_type

from poe_sdk import NOT_GIVEN, AsyncPoeClient, PoeClient, ResponseLimits, RetryPolicy


def constructors(http: httpx.AsyncClient) -> None:
    client = AsyncPoeClient(
        "key",
        base_url=httpx.URL("http://127.0.0.1:8000/v1"),
        timeout=httpx.Timeout(5.0),
        max_retries=1,
        retry_policy=RetryPolicy(),
        default_headers={"X-A": "1"},
        default_query={"a": 1},
        http_client=http,
        pace_requests=True,
        strict_replies=True,
        server_urls={"https://api.poe.com": "http://127.0.0.1:8000"},
        limits=ResponseLimits(),
        stream_idle_timeout=120.0,
    )
    assert_type(client, AsyncPoeClient)
    assert_type(client.stream_idle_timeout, float | None)
    PoeClient(stream_idle_timeout=None)
    assert_type(
        PoeClient(api_key="key", base_url="http://127.0.0.1:8000/v1", timeout=None), PoeClient
    )
    AsyncPoeClient(timeout="5")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    PoeClient(pace_requests=None)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    PoeClient(max_retry=1)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    assert_type(PoeClient(trust_env=False), PoeClient)
    AsyncPoeClient(trust_env=None)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    AsyncPoeClient(http_client=httpx.Client())  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def copies(client: AsyncPoeClient, sync_client: PoeClient) -> None:
    assert_type(client.with_options(timeout=NOT_GIVEN, pace_requests=None), AsyncPoeClient)
    assert_type(client.copy(api_key="other", max_retries=0), AsyncPoeClient)
    assert_type(sync_client.with_options(timeout=None, strict_replies=None), PoeClient)
    assert_type(sync_client.copy(default_headers={"X-B": "2"}), PoeClient)
    assert_type(client.with_options(stream_idle_timeout=NOT_GIVEN), AsyncPoeClient)
    assert_type(sync_client.with_options(stream_idle_timeout=None), PoeClient)
    assert_type(sync_client.stream_idle_timeout, float | None)
    client.with_options(stream_idle_timeout="5")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    client.with_options(http_client=None)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    client.with_options(trust_env=False)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    sync_client.with_options(limits=1)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
