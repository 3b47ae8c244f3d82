"""Typing assertions for ``with_streaming_response`` on both clients; never run."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from typing_extensions import assert_type

from poe_sdk import (
    AsyncPoeClient,
    AsyncResponseContextManager,
    AsyncStream,
    AsyncStreamedAPIResponse,
    PoeClient,
    ResponseContextManager,
    Stream,
    StreamedAPIResponse,
)
from poe_sdk.types import ChatCompletion, ChatCompletionChunk, ModelList


async def async_usage(client: AsyncPoeClient) -> None:
    streaming = client.chat.completions.with_streaming_response
    manager = streaming.create(model="m", messages=[{"role": "user", "content": "Hi"}])
    assert_type(manager, AsyncResponseContextManager[ChatCompletion])
    async with manager as response:
        assert_type(response, AsyncStreamedAPIResponse[ChatCompletion])
        assert_type(response.status_code, int)
        assert_type(response.iter_bytes(), AsyncIterator[bytes])
        assert_type(response.iter_lines(), AsyncIterator[str])
        assert_type(await response.parse(), ChatCompletion)
        assert_type(await response.read(), bytes)
        assert_type(await response.json(), Any)
    events = streaming.create(model="m", messages=[], stream=True)
    async with events as response:
        assert_type(await response.parse(), AsyncStream[ChatCompletionChunk])
    async with client.models.with_streaming_response.list() as models:
        assert_type(await models.parse(), ModelList)


def sync_usage(client: PoeClient) -> None:
    streaming = client.chat.completions.with_streaming_response
    manager = streaming.create(model="m", messages=[{"role": "user", "content": "Hi"}])
    assert_type(manager, ResponseContextManager[ChatCompletion])
    with manager as response:
        assert_type(response, StreamedAPIResponse[ChatCompletion])
        assert_type(response.iter_bytes(), Iterator[bytes])
        assert_type(response.parse(), ChatCompletion)
    with streaming.create(model="m", messages=[], stream=True) as response:
        assert_type(response.parse(), Stream[ChatCompletionChunk])
