"""Every scripted fault of LocalServer, and the client's documented reaction to it."""

from __future__ import annotations

import time

import httpx
import pytest

import poe_sdk
from poe_sdk import AsyncPoeClient
from poe_sdk.testing import LocalServer, faults
from support import MODEL, user

pytestmark = pytest.mark.anyio


async def still_works(client: AsyncPoeClient, text: str = "still here") -> None:
    """The client serves a plain call and a stream after a fault."""
    completion = await client.chat.completions.create(model=MODEL, messages=user(text))
    assert completion.choices[0].message.content == f"Echo: {text}"
    stream = await client.chat.completions.create(model=MODEL, messages=user(text), stream=True)
    assert (await stream.get_final_completion()).choices[0].message.content == f"Echo: {text}"


async def test_503_then_success_after_retry(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.status(503))

    raw = await async_poe_client.chat.completions.with_raw_response.create(
        model=MODEL, messages=user("retry me")
    )

    assert raw.parse().choices[0].message.content == "Echo: retry me"
    assert raw.retries_taken == 1
    assert [(e.status, e.fault) for e in poe_server.journal] == [
        (503, faults.status(503)),
        (200, None),
    ]
    assert poe_server.pending_faults == ()


async def test_status_fault_exhausts_retries(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.status(503), times=3)

    with pytest.raises(poe_sdk.ServiceUnavailableError) as caught:
        await async_poe_client.chat.completions.create(model=MODEL, messages=user("x"))

    assert caught.value.type == "overloaded_error"
    assert len(poe_server.journal) == 3
    await still_works(async_poe_client)


async def test_status_429_fault_with_retry_after(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    client = async_poe_client.with_options(retry_policy=poe_sdk.RetryPolicy(initial_delay=5.0))
    poe_server.inject(faults.status(429, retry_after=0.01))

    started = time.monotonic()
    completion = await client.chat.completions.create(model=MODEL, messages=user("x"))

    # The server's retry-after (10 ms), not the 5 s backoff, set the wait.
    assert time.monotonic() - started < 2.0
    assert completion.choices[0].message.content == "Echo: x"
    assert [e.status for e in poe_server.journal] == [429, 200]


async def test_status_fault_with_custom_body_and_headers(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(
        faults.status(
            500,
            body={"error": {"message": "boom", "type": "server_error", "code": "E42"}},
            headers={"x-should-retry": "false"},
        )
    )

    with pytest.raises(poe_sdk.InternalServerError) as caught:
        await async_poe_client.chat.completions.create(model=MODEL, messages=user("x"))

    assert caught.value.message == "Error code: 500 - boom"
    assert caught.value.code == "E42"
    assert len(poe_server.journal) == 1  # x-should-retry: false


async def test_delay_with_per_call_timeout(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.delay(5.0))

    started = time.monotonic()
    with pytest.raises(poe_sdk.APITimeoutError):
        await async_poe_client.chat.completions.create(
            model=MODEL, messages=user("x"), timeout=0.2, max_retries=0
        )

    assert time.monotonic() - started < 2.0
    await still_works(async_poe_client)


async def test_delay_within_the_timeout_succeeds(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.delay(0.2))

    started = time.monotonic()
    completion = await async_poe_client.chat.completions.create(model=MODEL, messages=user("x"))

    assert time.monotonic() - started >= 0.19
    assert completion.choices[0].message.content == "Echo: x"


async def test_slow_first_byte_with_read_timeout(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.slow_first_byte(5.0))

    stream = await async_poe_client.chat.completions.create(
        model=MODEL,
        messages=user("x"),
        stream=True,
        timeout=httpx.Timeout(5.0, read=0.2),
    )
    # The headers arrived at once: the call returned a stream; its first read times out.
    assert stream.response.status_code == 200
    started = time.monotonic()
    with pytest.raises(poe_sdk.APITimeoutError):
        async for _ in stream:
            pass

    assert time.monotonic() - started < 2.0
    await still_works(async_poe_client)


async def test_slow_first_byte_without_stream(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.slow_first_byte(5.0))

    with pytest.raises(poe_sdk.APITimeoutError):
        await async_poe_client.chat.completions.create(
            model=MODEL, messages=user("x"), timeout=httpx.Timeout(5.0, read=0.2), max_retries=0
        )
    await still_works(async_poe_client)


async def test_disconnect_mid_stream(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.disconnect_mid_stream(after_chunks=3))

    stream = await async_poe_client.chat.completions.create(
        model=MODEL, messages=user("one two three four"), stream=True
    )
    received: list[str] = []
    with pytest.raises(poe_sdk.IncompleteStreamError) as caught:
        async for delta in stream.text_deltas():
            received.append(delta)

    error = caught.value
    assert received == ["Echo: ", "one "]
    assert error.chunk_count == 3
    assert error.partial is not None
    assert error.partial.choices[0].message.content == "Echo: one "
    assert "connection failed" in error.message
    assert not stream.completed
    await still_works(async_poe_client)


async def test_disconnect_without_stream_is_retried(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.disconnect_mid_stream())

    completion = await async_poe_client.chat.completions.create(model=MODEL, messages=user("x"))

    assert completion.choices[0].message.content == "Echo: x"
    first, second = poe_server.journal
    assert isinstance(first.fault, faults.DisconnectMidStreamFault)
    assert first.client_port != second.client_port  # the dropped connection was not reused


async def test_truncated_stream(poe_server: LocalServer, async_poe_client: AsyncPoeClient) -> None:
    poe_server.inject(faults.truncate_stream(after_chunks=2))

    stream = await async_poe_client.chat.completions.create(
        model=MODEL, messages=user("cut short"), stream=True
    )
    with pytest.raises(poe_sdk.IncompleteStreamError) as caught:
        await stream.get_final_completion()

    assert caught.value.chunk_count == 2
    assert "closed the stream" in caught.value.message
    assert caught.value.partial is not None
    assert caught.value.partial.choices[0].message.content == "Echo: "
    await still_works(async_poe_client)
    # The body ended cleanly, so the connection went back to the pool.
    assert len({e.client_port for e in poe_server.journal}) == 1


async def test_truncated_json_body(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.truncate_stream())

    with pytest.raises(poe_sdk.APIResponseValidationError):
        await async_poe_client.chat.completions.create(model=MODEL, messages=user("x"))
    await still_works(async_poe_client)


async def test_malformed_chunk(poe_server: LocalServer, async_poe_client: AsyncPoeClient) -> None:
    poe_server.inject(faults.malformed_chunk(after_chunks=2))

    stream = await async_poe_client.chat.completions.create(
        model=MODEL, messages=user("x y z"), stream=True
    )
    chunks = []
    with pytest.raises(poe_sdk.APIResponseValidationError) as caught:
        async for chunk in stream:
            chunks.append(chunk)

    assert len(chunks) == 2
    assert "Malformed stream event" in caught.value.message
    assert "chatcmpl-broken" in caught.value.message
    await still_works(async_poe_client)


async def test_malformed_json_body(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.malformed_chunk(data="<<not json>>"))

    with pytest.raises(poe_sdk.APIResponseValidationError) as caught:
        await async_poe_client.chat.completions.create(model=MODEL, messages=user("x"))
    assert "<<not json>>" in caught.value.message


async def test_error_event_is_the_typed_error(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(
        faults.error_event(
            after_chunks=2,
            message="Too many requests, slow down",
            type="rate_limit_error",
            code="rate_limit_exceeded",
        )
    )

    stream = await async_poe_client.chat.completions.create(
        model=MODEL, messages=user("x"), stream=True
    )
    with pytest.raises(poe_sdk.RateLimitError) as caught:
        await stream.get_final_completion()

    error = caught.value
    assert error.status_code == 429
    assert error.response.status_code == 200
    assert (error.type, error.code) == ("rate_limit_error", "rate_limit_exceeded")
    assert "Too many requests, slow down" in error.message
    assert error.request_id == poe_server.journal[0].request_id
    await still_works(async_poe_client)


async def test_default_error_event_is_a_server_error(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.error_event(after_chunks=0))

    stream = await async_poe_client.chat.completions.create(
        model=MODEL, messages=user("x"), stream=True
    )
    with pytest.raises(poe_sdk.InternalServerError) as caught:
        async for _ in stream:
            pass
    assert caught.value.status_code == 500


async def test_html_error_page_after_retries(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.html_error(502), times=3)

    with pytest.raises(poe_sdk.InternalServerError) as caught:
        await async_poe_client.chat.completions.create(model=MODEL, messages=user("x"))

    error = caught.value
    assert error.status_code == 502
    assert "502 Bad Gateway" in error.message
    assert isinstance(error.body, str) and error.body.startswith("<html>")
    assert [e.status for e in poe_server.journal] == [502, 502, 502]
    await still_works(async_poe_client)


async def test_html_error_once_is_retried(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.html_error(504, title="Gateway Timeout (edge)"))

    completion = await async_poe_client.chat.completions.create(model=MODEL, messages=user("x"))

    assert completion.choices[0].message.content == "Echo: x"
    assert [e.status for e in poe_server.journal] == [504, 200]


async def test_faults_apply_in_fifo_order(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.status(500))
    poe_server.inject(faults.html_error(502))
    poe_server.inject(faults.status(503), times=2)
    assert [type(f).__name__ for f in poe_server.pending_faults] == [
        "StatusFault",
        "HtmlErrorFault",
        "StatusFault",
        "StatusFault",
    ]

    with pytest.raises(poe_sdk.ServiceUnavailableError):
        await async_poe_client.chat.completions.create(model=MODEL, messages=user("x"))
    assert [e.status for e in poe_server.journal] == [500, 502, 503]
    assert poe_server.pending_faults == (faults.status(503),)

    poe_server.clear_faults()
    await still_works(async_poe_client)


async def test_replacing_faults_skip_authentication(poe_server: LocalServer) -> None:
    poe_server.inject(faults.status(503))
    async with AsyncPoeClient(
        api_key="wrong", base_url=poe_server.base_url, max_retries=0
    ) as client:
        with pytest.raises(poe_sdk.ServiceUnavailableError):
            await client.chat.completions.create(model=MODEL, messages=user("x"))
        with pytest.raises(poe_sdk.AuthenticationError):
            await client.chat.completions.create(model=MODEL, messages=user("x"))


async def test_shaping_faults_apply_to_error_replies(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.delay(0.05))

    with pytest.raises(poe_sdk.BadRequestError):
        await async_poe_client.chat.completions.create(
            model=MODEL, messages=user("x"), extra_body={"top_p": 7}
        )
    assert isinstance(poe_server.journal[0].fault, faults.DelayFault)


async def test_stop_cuts_fault_waits_short() -> None:
    server = LocalServer()
    async with server:
        server.inject(faults.delay(30))
        async with AsyncPoeClient(
            api_key="k", base_url=server.base_url, timeout=0.2, max_retries=0
        ) as client:
            with pytest.raises(poe_sdk.APITimeoutError):
                await client.chat.completions.create(model=MODEL, messages=user("x"))
        started = time.monotonic()
    assert time.monotonic() - started < 2.0
    assert not server.running
