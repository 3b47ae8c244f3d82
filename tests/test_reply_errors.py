"""One rule for "this body is an error object" (issue 22), the same for a 2xx reply, a stream
event and a JSON answer to a stream request; decided without an event loop where it can be."""

from __future__ import annotations

import json

import httpx
import pytest
import respx

import poe_sdk
from poe_sdk import AsyncPoeClient
from poe_sdk._replies.errors import is_error_object
from support import API_KEY, BASE_URL, USER_MESSAGES, completion_json

ERROR = {"error": {"message": "Upstream is overloaded", "type": "overloaded_error"}}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (ERROR, True),
        ({"error": "Rate limit exceeded"}, True),
        ({"error": None, "id": "x"}, False),
        ({"error": {}}, False),
        ({"error": ""}, False),
        ({"error": 1}, False),
        ({"error": ["a"]}, False),
        ({"id": "x"}, False),
        ("error", False),
        (["error"], False),
        (None, False),
    ],
)
def test_an_error_object_is_a_json_object_whose_error_is_a_non_empty_object_or_text(
    value: object, expected: bool
) -> None:
    assert is_error_object(value) is expected


def _client() -> AsyncPoeClient:
    return AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL, max_retries=0)


@pytest.mark.anyio
async def test_an_error_object_in_a_200_reply_raises_the_error_it_describes(
    router: respx.MockRouter,
) -> None:
    router.post("/chat/completions").respond(json=ERROR)
    async with _client() as client:
        with pytest.raises(poe_sdk.ServiceUnavailableError, match="Upstream is overloaded"):
            await client.chat.completions.create(model="m", messages=USER_MESSAGES)


@pytest.mark.anyio
async def test_a_null_error_in_a_200_reply_is_no_error(router: respx.MockRouter) -> None:
    router.post("/chat/completions").respond(json={**completion_json("Hi"), "error": None})
    async with _client() as client:
        reply = await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert reply.choices[0].message.content == "Hi"


@pytest.mark.anyio
async def test_an_error_object_answering_a_stream_request_raises_the_error_it_describes(
    router: respx.MockRouter,
) -> None:
    router.post("/chat/completions").respond(json=ERROR)
    async with _client() as client:
        with pytest.raises(poe_sdk.ServiceUnavailableError, match="Upstream is overloaded"):
            await client.chat.completions.create(model="m", messages=USER_MESSAGES, stream=True)


@pytest.mark.anyio
async def test_json_without_an_error_object_answering_a_stream_request_is_no_stream(
    router: respx.MockRouter,
) -> None:
    router.post("/chat/completions").respond(json={"error": None})
    async with _client() as client:
        with pytest.raises(poe_sdk.APIResponseValidationError, match="not text/event-stream"):
            await client.chat.completions.create(model="m", messages=USER_MESSAGES, stream=True)


@pytest.mark.anyio
@pytest.mark.parametrize("event", ["", "event: upstream\n"])
async def test_an_error_object_in_a_stream_event_raises_the_error_it_describes(
    router: respx.MockRouter, event: str
) -> None:
    body = f"{event}data: {json.dumps(ERROR)}\n\n".encode()
    router.post("/chat/completions").mock(
        return_value=httpx.Response(
            200, content=body, headers={"content-type": "text/event-stream"}
        )
    )
    async with _client() as client:
        stream = await client.chat.completions.create(
            model="m", messages=USER_MESSAGES, stream=True
        )
        with pytest.raises(poe_sdk.ServiceUnavailableError, match="Upstream is overloaded"):
            async for _ in stream:
                pass
