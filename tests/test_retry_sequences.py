"""Whole retry, fallback, raw-response and rate-limit sequences against respx."""

from __future__ import annotations

import json
import logging

import httpx
import pytest
import respx

import poe_sdk
from poe_sdk import AsyncPoeClient, RetryPolicy
from poe_sdk._client import Clock as ClientClock
from support import API_KEY, BASE_URL, USER_MESSAGES, chunk_json, completion_json, sse, sse_response

pytestmark = pytest.mark.anyio


class Clock:
    """A fake monotonic clock advanced only by the fake sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def monotonic(self) -> float:
        return self.now


def make_client(clock: Clock, **kwargs: object) -> AsyncPoeClient:
    client = AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL, **kwargs)  # type: ignore[arg-type]
    # White-box on purpose: these tests check the exact schedule of waits (backoff, retry-after,
    # pacing, deadlines), which only a fake clock shows without real sleeps or timed
    # assertions. Users' own tests get fast, deterministic retries from public options
    # (RetryPolicy(initial_delay=..., jitter=0.0), the pytest plugin's FAST_RETRY_POLICY).
    client._clock = ClientClock(sleep=clock.sleep, monotonic=clock.monotonic, random=lambda: 0.0)
    return client


def error(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"error": {"message": f"status {status}"}}, headers=headers)


async def test_default_policy_makes_three_attempts_with_backoff(
    router: respx.MockRouter,
) -> None:
    clock = Clock()
    route = router.post("/chat/completions").mock(side_effect=[error(503), error(503), error(503)])
    async with make_client(clock) as client:
        with pytest.raises(poe_sdk.ServiceUnavailableError):
            await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert route.call_count == 3
    assert clock.sleeps == [0.5, 1.0]
    bodies = {call.request.content for call in route.calls}
    assert len(bodies) == 1, "the body is replayed byte-identical"


async def test_retry_then_success_reports_retries_taken(router: respx.MockRouter) -> None:
    clock = Clock()
    route = router.post("/chat/completions").mock(
        side_effect=[
            error(429, **{"retry-after": "2"}),
            httpx.Response(200, json=completion_json()),
        ]
    )
    async with make_client(clock) as client:
        raw = await client.chat.completions.with_raw_response.create(
            model="m", messages=USER_MESSAGES
        )
    assert raw.retries_taken == 1
    assert clock.sleeps == [2.0]
    assert raw.status_code == 200
    sent = route.calls.last.request  # the attempt that got the reply
    assert (raw.http_request.method, raw.http_request.url) == (sent.method, sent.url)
    assert raw.http_request.content == sent.content
    assert json.loads(raw.http_request.content)["model"] == "m"
    assert raw.parse().choices[0].message.content == "Hello!"


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 422])
async def test_client_errors_are_never_retried(router: respx.MockRouter, status: int) -> None:
    clock = Clock()
    route = router.post("/chat/completions").mock(return_value=error(status))
    async with make_client(clock) as client:
        with pytest.raises(poe_sdk.APIStatusError):
            await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert route.call_count == 1
    assert clock.sleeps == []


async def test_x_should_retry_overrides_the_status_rule(router: respx.MockRouter) -> None:
    clock = Clock()
    route = router.post("/chat/completions").mock(
        side_effect=[
            error(400, **{"x-should-retry": "true"}),
            error(503, **{"x-should-retry": "false"}),
        ]
    )
    async with make_client(clock) as client:
        with pytest.raises(poe_sdk.ServiceUnavailableError):
            await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert route.call_count == 2


async def test_server_delay_above_the_cap_raises_at_once(router: respx.MockRouter) -> None:
    clock = Clock()
    route = router.post("/chat/completions").mock(return_value=error(429, **{"retry-after": "600"}))
    async with make_client(clock) as client:
        with pytest.raises(poe_sdk.RateLimitError):
            await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert route.call_count == 1
    assert clock.sleeps == []


async def test_connection_errors_are_retried(router: respx.MockRouter) -> None:
    clock = Clock()
    route = router.post("/chat/completions").mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=completion_json())]
    )
    async with make_client(clock) as client:
        completion = await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert completion.id == "chatcmpl-1"
    assert route.call_count == 2


async def test_per_call_max_retries(router: respx.MockRouter) -> None:
    clock = Clock()
    route = router.post("/chat/completions").mock(return_value=error(500))
    async with make_client(clock) as client:
        with pytest.raises(poe_sdk.InternalServerError):
            await client.chat.completions.create(model="m", messages=USER_MESSAGES, max_retries=4)
    assert route.call_count == 5


async def test_retry_policy_delays_are_configurable(router: respx.MockRouter) -> None:
    clock = Clock()
    router.post("/chat/completions").mock(return_value=error(500))
    policy = RetryPolicy(max_retries=3, initial_delay=0.1, max_delay=0.3, jitter=0)
    async with make_client(clock, retry_policy=policy) as client:
        with pytest.raises(poe_sdk.InternalServerError):
            await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert clock.sleeps == [0.1, 0.2, 0.3]


async def test_total_timeout_stops_retrying(router: respx.MockRouter) -> None:
    clock = Clock()
    route = router.post("/chat/completions").mock(return_value=error(503, **{"retry-after": "4"}))
    policy = RetryPolicy(max_retries=10, total_timeout=10.0)
    async with make_client(clock, retry_policy=policy) as client:
        with pytest.raises(poe_sdk.ServiceUnavailableError):
            await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert route.call_count == 3, "4 s + 4 s fit in 10 s, a third wait does not"


async def test_each_retry_is_logged_at_info(
    router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock()
    router.post("/chat/completions").mock(
        side_effect=[
            error(503, **{"x-request-id": "req-7"}),
            httpx.Response(200, json=completion_json()),
        ]
    )
    caplog.set_level(logging.INFO, logger="poe_sdk")
    async with make_client(clock) as client:
        await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    [record] = [r for r in caplog.records if "Retrying" in r.getMessage()]
    message = record.getMessage()
    assert "attempt 2 of 3" in message
    assert "status 503" in message
    assert "req-7" in message
    assert (record.retry_delay, record.retry_reason) == (clock.sleeps[0], "status 503")
    assert API_KEY not in caplog.text


async def test_streams_are_retried_until_a_2xx_starts(router: respx.MockRouter) -> None:
    clock = Clock()
    route = router.post("/chat/completions").mock(
        side_effect=[error(503), sse_response(sse(chunk_json("ok")))]
    )
    async with make_client(clock) as client:
        stream = await client.chat.completions.create(
            model="m", messages=USER_MESSAGES, stream=True
        )
        texts = [t async for t in stream.text_deltas()]
    assert texts == ["ok"]
    assert route.call_count == 2


async def test_raw_response_exposes_headers_before_the_stream_is_read(
    router: respx.MockRouter,
) -> None:
    clock = Clock()
    headers = {
        "x-request-id": "req-1",
        "x-ratelimit-limit-requests": "500",
        "x-ratelimit-remaining-requests": "499",
        "x-ratelimit-reset-requests": "6m0s",
    }
    router.post("/chat/completions").mock(
        return_value=sse_response(sse(chunk_json("a")), **headers)
    )
    async with make_client(clock) as client:
        raw = await client.chat.completions.with_raw_response.create(
            model="m", messages=USER_MESSAGES, stream=True
        )
        assert raw.request_id == "req-1"
        assert raw.rate_limit == poe_sdk.RateLimit(limit=500, remaining=499, reset_after=360.0)
        assert client.rate_limit == raw.rate_limit
        stream = raw.parse()
        assert [t async for t in stream.text_deltas()] == ["a"]
    sent = router.calls.last.request
    assert not any(name.lower().startswith("x-stainless") for name in sent.headers)


async def test_fallback_models_answer_when_the_primary_fails(router: respx.MockRouter) -> None:
    clock = Clock()

    def answer(request: httpx.Request) -> httpx.Response:
        model = json.loads(request.content)["model"]
        if model == "A":
            return error(503)
        if model == "B":
            return error(404)
        return httpx.Response(200, json=completion_json(model=model))

    route = router.post("/chat/completions").mock(side_effect=answer)
    async with make_client(clock, max_retries=1) as client:
        completion = await client.chat.completions.create(
            model="A", messages=USER_MESSAGES, fallback_models=["B", "C"]
        )
    assert completion.model == "C"
    models = [json.loads(call.request.content)["model"] for call in route.calls]
    assert models == ["A", "A", "B", "C"]


@pytest.mark.parametrize("status", [400, 401, 402, 403])
async def test_no_fallback_on_client_errors(router: respx.MockRouter, status: int) -> None:
    clock = Clock()
    route = router.post("/chat/completions").mock(return_value=error(status))
    async with make_client(clock) as client:
        with pytest.raises(poe_sdk.APIStatusError) as info:
            await client.chat.completions.create(
                model="A", messages=USER_MESSAGES, fallback_models=["B"]
            )
    assert info.value.status_code == status
    assert route.call_count == 1


async def test_all_models_failing_carries_each_error(router: respx.MockRouter) -> None:
    clock = Clock()
    router.post("/chat/completions").mock(return_value=error(500))
    async with make_client(clock, max_retries=0) as client:
        with pytest.raises(poe_sdk.AllModelsFailedError) as info:
            await client.chat.completions.create(
                model="A", messages=USER_MESSAGES, fallback_models=["B"]
            )
    assert list(info.value.errors) == ["A", "B"]
    assert all(isinstance(e, poe_sdk.InternalServerError) for e in info.value.errors.values())


async def test_stream_fallback_happens_before_the_first_chunk(router: respx.MockRouter) -> None:
    clock = Clock()
    broken = b'data: {"error": {"message": "overloaded", "type": "overloaded_error"}}\n\n'

    def answer(request: httpx.Request) -> httpx.Response:
        model = json.loads(request.content)["model"]
        if model == "A":
            return sse_response(broken)
        return sse_response(sse(chunk_json("from B", model="B")))

    router.post("/chat/completions").mock(side_effect=answer)
    async with make_client(clock, max_retries=0) as client:
        stream = await client.chat.completions.create(
            model="A", messages=USER_MESSAGES, stream=True, fallback_models=["B"]
        )
        chunks = [chunk async for chunk in stream]
    assert [c.model for c in chunks] == ["B"]


async def test_pacing_waits_for_the_window_to_reset(router: respx.MockRouter) -> None:
    clock = Clock()
    exhausted = {"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "1.5s"}
    router.post("/chat/completions").mock(
        return_value=httpx.Response(200, json=completion_json(), headers=exhausted)
    )
    async with make_client(clock, pace_requests=True) as client:
        await client.chat.completions.create(model="m", messages=USER_MESSAGES)
        assert clock.sleeps == []
        await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert clock.sleeps == [1.5]


async def test_with_options_copies_share_the_injected_clock(router: respx.MockRouter) -> None:
    clock = Clock()
    router.post("/chat/completions").mock(side_effect=[error(503), error(503)])
    async with make_client(clock) as client:
        with pytest.raises(poe_sdk.ServiceUnavailableError):
            await client.with_options(max_retries=1).chat.completions.create(
                model="m", messages=USER_MESSAGES
            )
    assert clock.sleeps == [0.5]


async def test_the_reply_log_line_after_a_retry_names_the_attempt_and_excludes_the_wait(
    router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    """Issue 26 item 6: "-> 200 in 0.0ms (attempt 2 of 3)", not the 0.5 s slept before it."""
    clock = Clock()
    router.post("/chat/completions").mock(
        side_effect=[error(503), httpx.Response(200, json=completion_json())]
    )
    caplog.set_level(logging.DEBUG, logger="poe_sdk")
    async with make_client(clock) as client:
        await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    lines = [r.getMessage() for r in caplog.records if " -> " in r.getMessage()]
    assert lines == [
        "POST /v1/chat/completions -> 503 in 0.0ms (request id None)",
        "POST /v1/chat/completions -> 200 in 0.0ms (attempt 2 of 3) (request id None)",
    ]
    assert clock.sleeps == [0.5]
