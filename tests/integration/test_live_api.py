"""The API behaviour of LocalServer through AsyncPoeClient, on asyncio and trio."""

from __future__ import annotations

import json

import httpx
import pytest

import poe_sdk
from poe_sdk import AsyncPoeClient
from poe_sdk.testing import LocalServer, faults
from poe_sdk.testing.pytest_plugin import TEST_API_KEY
from support import MODEL, user

from .helpers import PDF_BYTES, PDF_DATA_URL, PNG_DATA_URL, TIME_TOOL, WEATHER_TOOL

pytestmark = pytest.mark.anyio


async def test_plain_completion(poe_server: LocalServer, async_poe_client: AsyncPoeClient) -> None:
    completion = await async_poe_client.chat.completions.create(
        model=MODEL, messages=user("Hello there, server!")
    )

    assert completion.model == MODEL
    assert completion.object == "chat.completion"
    choice = completion.choices[0]
    assert choice.message.role == "assistant"
    assert choice.message.content == "Echo: Hello there, server!"
    assert choice.finish_reason == "stop"
    assert completion.usage is not None
    # One token per word and per punctuation mark.
    assert (completion.usage.prompt_tokens, completion.usage.completion_tokens) == (5, 7)
    assert completion.usage.total_tokens == 12
    rate = async_poe_client.rate_limit
    assert rate is not None
    assert (rate.limit, rate.remaining) == (500, 499)
    [entry] = poe_server.journal
    assert (entry.method, entry.path, entry.status) == ("POST", "/v1/chat/completions", 200)
    assert entry.json["messages"] == user("Hello there, server!")


async def test_replies_are_deterministic(async_poe_client: AsyncPoeClient) -> None:
    first = await async_poe_client.chat.completions.create(model="m", messages=user("same"))
    second = await async_poe_client.chat.completions.create(model="m", messages=user("same"))

    assert first.choices[0].message == second.choices[0].message
    assert first.usage == second.usage
    assert first.id != second.id


async def test_every_reply_has_a_request_id_and_rate_limit_headers(
    async_poe_client: AsyncPoeClient,
) -> None:
    ids = set()
    for _ in range(2):
        raw = await async_poe_client.chat.completions.with_raw_response.create(
            model=MODEL, messages=user("hi")
        )
        headers = raw.http_response.headers
        ids.add(headers["x-request-id"])
        assert headers["x-ratelimit-limit-requests"] == "500"
        assert headers["x-ratelimit-reset-requests"]
    assert len(ids) == 2
    assert headers["x-ratelimit-remaining-requests"] == "498"


async def test_streaming_text_deltas(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    stream = await async_poe_client.chat.completions.create(
        model=MODEL, messages=user("stream these four words"), stream=True
    )
    async with stream:
        deltas = [delta async for delta in stream.text_deltas()]

    assert deltas == ["Echo: ", "stream ", "these ", "four ", "words"]
    assert stream.completed
    assert stream.request_id == poe_server.journal[0].request_id
    assert stream.response.headers["content-type"].startswith("text/event-stream")


async def test_streaming_final_completion_with_usage_chunk(
    async_poe_client: AsyncPoeClient,
) -> None:
    stream = await async_poe_client.chat.completions.create(
        model=MODEL,
        messages=user("count my words"),
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = [chunk async for chunk in stream]

    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-2].choices[0].finish_reason == "stop"
    usage_chunk = chunks[-1]
    assert usage_chunk.choices == []
    assert usage_chunk.usage is not None
    assert (usage_chunk.usage.prompt_tokens, usage_chunk.usage.completion_tokens) == (3, 5)
    assert all(chunk.usage is None for chunk in chunks[:-1])


async def test_get_final_completion(async_poe_client: AsyncPoeClient) -> None:
    stream = await async_poe_client.chat.completions.create(
        model=MODEL,
        messages=user("assemble me"),
        stream=True,
        stream_options={"include_usage": True},
    )
    completion = await stream.get_final_completion()

    assert completion.choices[0].message.content == "Echo: assemble me"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None
    assert completion.usage.total_tokens == 6


async def test_no_usage_chunk_without_include_usage(async_poe_client: AsyncPoeClient) -> None:
    stream = await async_poe_client.chat.completions.create(
        model=MODEL, messages=user("hi"), stream=True
    )
    chunks = [chunk async for chunk in stream]

    assert all(chunk.choices for chunk in chunks)
    assert chunks[-1].choices[0].finish_reason == "stop"


async def test_tool_call_round_trip(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    messages: list[dict[str, object]] = [{"role": "user", "content": "Paris"}]
    first = await async_poe_client.chat.completions.create(
        model=MODEL, messages=messages, tools=[WEATHER_TOOL, TIME_TOOL]
    )

    choice = first.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content is None
    [call] = choice.message.tool_calls or []
    assert call.type == "function"
    assert call.function.name == "get_weather"
    # Required string parameters get the user's text; enums their first value.
    assert json.loads(call.function.arguments) == {"city": "Paris", "unit": "celsius"}

    messages.append(choice.message.to_dict())
    messages.append({"role": "tool", "tool_call_id": call.id, "content": "18°C and sunny"})
    second = await async_poe_client.chat.completions.create(
        model=MODEL, messages=messages, tools=[WEATHER_TOOL, TIME_TOOL]
    )

    assert second.choices[0].finish_reason == "stop"
    assert second.choices[0].message.content == "The tool get_weather returned: 18°C and sunny"
    sent = poe_server.journal[1].json["messages"]
    assert sent[1]["tool_calls"][0]["id"] == call.id
    assert sent[2] == {"role": "tool", "tool_call_id": call.id, "content": "18°C and sunny"}


async def test_named_tool_choice_and_none(async_poe_client: AsyncPoeClient) -> None:
    named = await async_poe_client.chat.completions.create(
        model=MODEL,
        messages=user("UTC"),
        tools=[WEATHER_TOOL, TIME_TOOL],
        tool_choice={"type": "function", "function": {"name": "get_time"}},
    )
    [call] = named.choices[0].message.tool_calls or []
    assert (call.function.name, json.loads(call.function.arguments)) == (
        "get_time",
        {"zone": "UTC"},
    )

    plain = await async_poe_client.chat.completions.create(
        model=MODEL, messages=user("UTC"), tools=[WEATHER_TOOL], tool_choice="none"
    )
    assert plain.choices[0].message.tool_calls is None
    assert plain.choices[0].message.content == "Echo: UTC"


async def test_unknown_named_tool_is_a_400(async_poe_client: AsyncPoeClient) -> None:
    with pytest.raises(poe_sdk.BadRequestError) as caught:
        await async_poe_client.chat.completions.create(
            model=MODEL,
            messages=user("x"),
            tools=[WEATHER_TOOL],
            tool_choice={"type": "function", "function": {"name": "nope"}},
        )
    assert caught.value.param == "tool_choice"


async def test_streamed_tool_call_is_split_across_chunks(
    async_poe_client: AsyncPoeClient,
) -> None:
    stream = await async_poe_client.chat.completions.create(
        model=MODEL, messages=user("Lisbon"), tools=[WEATHER_TOOL], stream=True
    )
    chunks = [chunk async for chunk in stream]

    deltas = [c.choices[0].delta.tool_calls for c in chunks if c.choices]
    pieces = [d[0] for d in deltas if d]
    assert len(pieces) >= 3
    head = pieces[0]
    assert head.id and head.type == "function"
    assert head.function is not None and head.function.name == "get_weather"
    assert all(p.id is None and p.function and p.function.name is None for p in pieces[1:])
    completion = await stream.get_final_completion()  # the chunks already read
    [call] = completion.choices[0].message.tool_calls or []
    assert json.loads(call.function.arguments) == {"city": "Lisbon", "unit": "celsius"}
    assert completion.choices[0].finish_reason == "tool_calls"


async def test_multimodal_parts_are_received(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    completion = await async_poe_client.chat.completions.create(
        model=MODEL,
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Summarise this"},
                    {"type": "file", "file": {"filename": "notes.pdf", "file_data": PDF_DATA_URL}},
                    {"type": "image_url", "image_url": {"url": PNG_DATA_URL}},
                ],
            }
        ],
    )

    content = completion.choices[0].message.content
    assert content == (
        f"Echo: Summarise this [received: file 'notes.pdf' (application/pdf, {len(PDF_BYTES)} "
        "bytes); image (image/png, 16 bytes)]"
    )
    part = poe_server.journal[0].json["messages"][0]["content"][1]
    assert part == {"type": "file", "file": {"filename": "notes.pdf", "file_data": PDF_DATA_URL}}


async def test_invalid_body_sent_with_extra_body_is_a_400(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    with pytest.raises(poe_sdk.BadRequestError) as caught:
        await async_poe_client.chat.completions.create(
            model=MODEL, messages=user("hi"), extra_body={"temperature": 9}
        )

    error = caught.value
    assert error.status_code == 400
    assert (error.type, error.param, error.code) == (
        "invalid_request_error",
        "temperature",
        "invalid_value",
    )
    assert "temperature" in error.message
    assert error.request_id == poe_server.journal[0].request_id
    assert [e.status for e in poe_server.journal] == [400]  # not retried


async def test_missing_field_names_the_parameter(async_poe_client: AsyncPoeClient) -> None:
    with pytest.raises(poe_sdk.BadRequestError) as caught:
        await async_poe_client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "x"}], extra_body={"messages": []}
        )
    assert caught.value.param == "messages"


@pytest.mark.poe_server(api_key="sk-the-right-key")
async def test_wrong_key_is_an_authentication_error(poe_server: LocalServer) -> None:
    async with AsyncPoeClient(
        api_key="sk-a-wrong-key-123", base_url=poe_server.base_url, max_retries=0
    ) as client:
        with pytest.raises(poe_sdk.AuthenticationError) as caught:
            await client.chat.completions.create(model=MODEL, messages=user("hi"))

    error = caught.value
    assert (error.status_code, error.type, error.code) == (
        401,
        "authentication_error",
        "invalid_api_key",
    )
    [entry] = poe_server.journal
    assert entry.headers["authorization"] == "Bearer [REDACTED]"
    assert "sk-a-wrong-key-123" not in repr(poe_server.journal)
    assert "sk-a-wrong-key-123" not in error.message


async def test_journal_never_holds_the_key(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    await async_poe_client.chat.completions.create(
        model=MODEL, messages=user("hi"), extra_headers={"X-Api-Key": TEST_API_KEY}
    )

    [entry] = poe_server.journal
    assert entry.headers["authorization"] == "Bearer [REDACTED]"
    assert entry.headers["x-api-key"] == "[REDACTED]"
    assert TEST_API_KEY not in repr(entry)
    assert TEST_API_KEY not in repr(vars(poe_server))
    assert TEST_API_KEY not in repr(poe_server)


@pytest.mark.poe_server(requests_per_minute=1, rate_limit_window=0.3)
async def test_rate_limit_429_is_retried_after_retry_after(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    await async_poe_client.chat.completions.create(model=MODEL, messages=user("one"))
    assert async_poe_client.rate_limit is not None
    assert async_poe_client.rate_limit.remaining == 0

    raw = await async_poe_client.chat.completions.with_raw_response.create(
        model=MODEL, messages=user("two")
    )

    assert raw.parse().choices[0].message.content == "Echo: two"
    assert raw.retries_taken == 1
    assert [e.status for e in poe_server.journal] == [200, 429, 200]
    # The retry waited for the window to free a slot.
    assert poe_server.journal[2].received_at - poe_server.journal[0].received_at >= 0.29


@pytest.mark.poe_server(requests_per_minute=1, rate_limit_window=30)
async def test_rate_limit_429_headers_and_body(poe_server: LocalServer) -> None:
    async with httpx.AsyncClient(
        base_url=poe_server.url, headers={"Authorization": f"Bearer {TEST_API_KEY}"}
    ) as http:
        body = {"model": MODEL, "messages": user("hi")}
        assert (await http.post("/v1/chat/completions", json=body)).status_code == 200
        response = await http.post("/v1/chat/completions", json=body)

    assert response.status_code == 429
    assert response.json()["error"]["type"] == "rate_limit_error"
    assert response.json()["error"]["code"] == "rate_limit_exceeded"
    assert 29 <= int(response.headers["retry-after"]) <= 30
    assert 29_000 < int(response.headers["retry-after-ms"]) <= 30_000
    assert response.headers["x-ratelimit-remaining-requests"] == "0"
    assert 29 < float(response.headers["x-ratelimit-reset-requests"]) <= 30


@pytest.mark.poe_server(requests_per_minute=1, rate_limit_window=30)
async def test_rate_limit_gives_up_when_retry_after_exceeds_the_cap(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    client = async_poe_client.with_options(
        retry_policy=poe_sdk.RetryPolicy(initial_delay=0.01, max_server_delay=1.0)
    )
    await client.chat.completions.create(model=MODEL, messages=user("one"))
    with pytest.raises(poe_sdk.RateLimitError):
        await client.chat.completions.create(model=MODEL, messages=user("two"))
    assert [e.status for e in poe_server.journal] == [200, 429]


async def test_raw_http_errors(poe_server: LocalServer) -> None:
    async with httpx.AsyncClient(base_url=poe_server.url) as http:
        anonymous = await http.post("/v1/chat/completions", json={})
        http.headers["Authorization"] = f"Bearer {TEST_API_KEY}"
        not_json = await http.post(
            "/v1/chat/completions", content=b"{nope", headers={"content-type": "application/json"}
        )
        not_object = await http.post("/v1/chat/completions", json=[1, 2])
        unknown = await http.get("/v1/nothing-here")
        wrong_method = await http.get("/v1/chat/completions")

    assert anonymous.status_code == 401
    assert anonymous.json()["error"]["code"] == "invalid_api_key"
    assert not_json.status_code == 400
    assert not_json.json()["error"]["type"] == "invalid_request_error"
    assert not_object.status_code == 400
    assert unknown.status_code == 404
    assert unknown.json()["error"]["code"] == "unknown_url"
    assert wrong_method.status_code == 405
    assert wrong_method.headers["allow"] == "POST"
    assert [e.body for e in poe_server.journal[:3]] == [{}, "{nope", [1, 2]]


async def test_models_endpoint(poe_server: LocalServer) -> None:
    async with httpx.AsyncClient(
        base_url=poe_server.base_url + "/", headers={"Authorization": f"Bearer {TEST_API_KEY}"}
    ) as http:
        listed = (await http.get("models")).json()
        one = await http.get(f"models/{MODEL}")
        missing = await http.get("models/No-Such-Model")

    assert listed["object"] == "list"
    assert MODEL in [m["id"] for m in listed["data"]]
    assert one.json()["id"] == MODEL
    assert missing.status_code == 404


@pytest.mark.poe_server(api_key=None, models=["Only-Model"])
async def test_restricted_models_and_no_auth(poe_server: LocalServer) -> None:
    async with AsyncPoeClient(api_key="anything", base_url=poe_server.base_url) as client:
        ok = await client.chat.completions.create(model="Only-Model", messages=user("hi"))
        with pytest.raises(poe_sdk.NotFoundError) as caught:
            await client.chat.completions.create(model=MODEL, messages=user("hi"))

    assert ok.model == "Only-Model"
    assert caught.value.code == "model_not_found"


async def test_finish_reason_length_and_stop(async_poe_client: AsyncPoeClient) -> None:
    cut = await async_poe_client.chat.completions.create(
        model=MODEL, messages=user("one two three four five"), max_tokens=3
    )
    assert cut.choices[0].message.content == "Echo: one"
    assert cut.choices[0].finish_reason == "length"

    stopped = await async_poe_client.chat.completions.create(
        model=MODEL, messages=user("one two STOP three"), stop=["STOP"]
    )
    assert stopped.choices[0].message.content == "Echo: one two "
    assert stopped.choices[0].finish_reason == "stop"


async def test_json_response_formats(async_poe_client: AsyncPoeClient) -> None:
    obj = await async_poe_client.chat.completions.create(
        model=MODEL, messages=user("hi"), response_format={"type": "json_object"}
    )
    assert json.loads(obj.choices[0].message.content or "") == {"echo": "hi"}

    schema = {
        "type": "object",
        "properties": {"answer": {"type": "string"}, "score": {"type": "number"}},
        "required": ["answer", "score"],
    }
    structured = await async_poe_client.chat.completions.create(
        model=MODEL,
        messages=user("yes"),
        response_format={"type": "json_schema", "json_schema": {"name": "r", "schema": schema}},
    )
    assert json.loads(structured.choices[0].message.content or "") == {"answer": "yes", "score": 0}


async def test_two_streams_share_one_connection(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    for text in ("first", "second"):
        stream = await async_poe_client.chat.completions.create(
            model=MODEL, messages=user(text), stream=True
        )
        assert (await stream.get_final_completion()).choices[0].message.content == f"Echo: {text}"
    await async_poe_client.chat.completions.create(model=MODEL, messages=user("third"))

    ports = {entry.client_port for entry in poe_server.journal}
    assert len(poe_server.journal) == 3
    assert len(ports) == 1, "each stream should hand its connection back after [DONE]"


async def test_local_server_as_async_context_manager() -> None:
    async with LocalServer() as server:
        assert server.running
        async with AsyncPoeClient(api_key="k", base_url=server.base_url) as client:
            reply = await client.chat.completions.create(model=MODEL, messages=user("async"))
        assert reply.choices[0].message.content == "Echo: async"
        server.inject(faults.status(500))
        assert len(server.pending_faults) == 1
    assert not server.running
