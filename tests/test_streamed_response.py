"""``with_streaming_response``: the reply's headers first, its body read only as iterated
(issue 26 item 5), on both clients; respx for what is pulled, the local server for the rest."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import respx

import poe_sdk
from poe_sdk import AsyncPoeClient, PoeClient
from poe_sdk.testing import LocalServer
from support import API_KEY, BASE_URL, USER_MESSAGES, completion_json

KEY = "sk-streamed-response-key"
ECHO = "Echo: Top 3 things to do in NYC?"  # the local server's reply to USER_MESSAGES


class CountedBody(httpx.AsyncByteStream):
    """A body of ``parts`` that records how many of them were pulled."""

    def __init__(self, parts: list[bytes]) -> None:
        self.parts = parts
        self.pulled = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self.parts:
            self.pulled += 1
            yield part


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer(api_key=KEY) as running:
        yield running


@pytest.mark.anyio
async def test_the_body_is_read_only_as_it_is_iterated(router: respx.MockRouter) -> None:
    body = CountedBody([b"line one\nline ", b"two\r\n", b"three"])
    router.get("/models").mock(return_value=httpx.Response(200, stream=body))
    async with AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        async with client.models.with_streaming_response.list() as response:
            assert response.status_code == 200
            assert body.pulled == 0  # headers only, so far
            lines = response.iter_lines()
            assert await lines.__anext__() == "line one"
            assert body.pulled == 1
            assert [line async for line in lines] == ["line two", "three"]


@pytest.mark.anyio
async def test_parse_gives_what_the_plain_call_gives(server: LocalServer) -> None:
    async with AsyncPoeClient(api_key=KEY, base_url=server.base_url) as client:
        create = client.chat.completions.with_streaming_response.create
        async with create(model="m", messages=USER_MESSAGES) as response:
            assert response.headers["content-type"].startswith("application/json")
            assert response.request_id is not None
            completion = await response.parse()
            assert completion.choices[0].message.content == ECHO
            assert completion._request_id == response.request_id
        async with create(model="m", messages=USER_MESSAGES, stream=True) as response:
            events = [line async for line in response.iter_lines() if line]
            assert events[-1] == "data: [DONE]"
        async with create(model="m", messages=USER_MESSAGES, stream=True) as response:
            stream = await response.parse()
            final = await stream.get_final_completion()
            assert final.choices[0].message.content == ECHO


@pytest.mark.anyio
async def test_an_error_status_raises_when_the_block_is_entered(server: LocalServer) -> None:
    async with AsyncPoeClient(api_key="sk-wrong", base_url=server.base_url) as client:
        with pytest.raises(poe_sdk.AuthenticationError):
            async with client.usage.with_streaming_response.current_balance():
                pytest.fail("entered")


@pytest.mark.anyio
async def test_arguments_are_checked_when_the_block_is_entered(
    router: respx.MockRouter,
) -> None:
    async with AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        streaming = client.chat.completions.with_streaming_response
        with pytest.raises(poe_sdk.RequestValidationError, match="temperature"):
            async with streaming.create(model="m", messages=USER_MESSAGES, temperature=5):
                pass
    assert not router.calls


def test_the_sync_client(server: LocalServer) -> None:
    with PoeClient(api_key=KEY, base_url=server.base_url) as client:
        create = client.chat.completions.with_streaming_response.create
        with create(model="m", messages=USER_MESSAGES) as response:
            assert isinstance(response, poe_sdk.StreamedAPIResponse)
            assert f'"{ECHO}"'.encode() in b"".join(response.iter_bytes())
        with create(model="m", messages=USER_MESSAGES) as response:
            assert response.parse().choices[0].message.content == ECHO
        with create(model="m", messages=USER_MESSAGES, stream=True) as response:
            stream = response.parse()
            assert stream.get_final_completion().choices[0].message.content == ECHO
        with client.models.with_streaming_response.list() as response:
            assert response.json()["object"] == "list"
        raw = client.with_streaming_response.models.list
        with raw() as response:
            assert response.read() == response.read()


def test_a_sync_body_is_read_only_as_it_is_iterated(router: respx.MockRouter) -> None:
    body = CountedBody([b'{"object":', b'"list","data":[]}'])
    router.get("/models").mock(return_value=httpx.Response(200, stream=body))
    router.post("/chat/completions").respond(json=completion_json())
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        with client.models.with_streaming_response.list() as response:
            chunks = response.iter_bytes()
            assert next(chunks) == b'{"object":'
            assert body.pulled == 1
            assert list(chunks) == [b'"list","data":[]}']


def test_an_iteration_left_unfinished_is_closed_with_the_response(server: LocalServer) -> None:
    """Breaking out of ``iter_lines()``, leaving the block and closing the client leaves
    nothing to finalise later (no error from a generator collected after the loop is gone)."""
    client = PoeClient(api_key=KEY, base_url=server.base_url)
    create = client.chat.completions.with_streaming_response.create
    with create(model="m", messages=USER_MESSAGES, stream=True) as response:
        lines = response.iter_lines()
        assert next(lines).startswith("data: ")
    client.close()
    del lines, response
    gc.collect()
