# DO NOT EDIT: generated from openapi.yaml (sha256 ed82894058e15e81) by `make generate` (python codegen/generate.py).  # noqa: E501
# pyright: reportPrivateUsage=false
"""The operations of openapi.yaml, grouped by resource (``client.chat.completions.create``).

``AsyncRootResources`` and ``SyncRootResources`` are mixins of the hand-written clients, so a
new operation in the spec appears on the client after ``make generate`` with no hand edits.
Each method packs its arguments and calls the client's ``_request``; see ``poe_sdk._resource``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast, overload

import httpx

from poe_sdk._resource import (
    AsyncAPIResource,
    AsyncRequester,
    Operation,
    RequestOptions,
    SyncAPIResource,
    SyncRequester,
)

from .models import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionMessage,
    ChatCompletionRequestMessage,
    ChatCompletionStreamOptions,
    ChatCompletionTool,
    ChatCompletionToolChoiceOption,
    CreateChatCompletionRequest,
    ReasoningEffort,
    ResponseFormat,
)
from .params import (
    ChatCompletionRequestMessageParam,
    ChatCompletionStreamOptionsParam,
    ChatCompletionToolChoiceOptionParam,
    ChatCompletionToolParam,
    ResponseFormatParam,
    StopConfigurationParam,
)

if TYPE_CHECKING:
    from poe_sdk._raw_response import APIResponse, AsyncAPIResponse
    from poe_sdk._streaming import AsyncStream
    from poe_sdk._sync_stream import Stream

__all__ = [
    "AsyncChat",
    "AsyncChatCompletions",
    "AsyncChatCompletionsWithRawResponse",
    "AsyncChatWithRawResponse",
    "AsyncRootResources",
    "AsyncRootResourcesWithRawResponse",
    "CREATE_CHAT_COMPLETION",
    "Chat",
    "ChatCompletions",
    "ChatCompletionsWithRawResponse",
    "ChatWithRawResponse",
    "SyncRootResources",
    "SyncRootResourcesWithRawResponse",
]

CREATE_CHAT_COMPLETION = Operation(
    operation_id="createChatCompletion",
    method="POST",
    path="/chat/completions",
    body_model=CreateChatCompletionRequest,
    response_model=ChatCompletion,
    stream_model=ChatCompletionChunk,
    stream_flag="stream",
    path_params=(),
    query_params=(),
)
"""``POST /chat/completions`` (createChatCompletion)."""


class AsyncChat(AsyncAPIResource):
    """The ``chat`` operations."""

    @cached_property
    def with_raw_response(self) -> AsyncChatWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncChatWithRawResponse(self._client)

    @cached_property
    def completions(self) -> AsyncChatCompletions:
        """The ``chat.completions`` resource."""
        return AsyncChatCompletions(self._client)


class AsyncChatWithRawResponse(AsyncAPIResource):
    """``chat`` with raw responses.

    Methods return an ``AsyncAPIResponse``: the HTTP reply, with the parsed result on demand.
    """

    @cached_property
    def completions(self) -> AsyncChatCompletionsWithRawResponse:
        """The ``chat.completions`` resource."""
        return AsyncChatCompletionsWithRawResponse(self._client)


class Chat(SyncAPIResource):
    """The ``chat`` operations."""

    @cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return ChatWithRawResponse(self._client)

    @cached_property
    def completions(self) -> ChatCompletions:
        """The ``chat.completions`` resource."""
        return ChatCompletions(self._client)


class ChatWithRawResponse(SyncAPIResource):
    """``chat`` with raw responses.

    Methods return an ``APIResponse``: the HTTP reply, with the parsed result on demand.
    """

    @cached_property
    def completions(self) -> ChatCompletionsWithRawResponse:
        """The ``chat.completions`` resource."""
        return ChatCompletionsWithRawResponse(self._client)


class AsyncChatCompletions(AsyncAPIResource):
    """The ``chat.completions`` operations."""

    @cached_property
    def with_raw_response(self) -> AsyncChatCompletionsWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncChatCompletionsWithRawResponse(self._client)

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ],
        max_tokens: int | None = None,
        max_completion_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop: StopConfigurationParam | None = None,
        stream: Literal[False] | None = None,
        stream_options: ChatCompletionStreamOptionsParam
        | ChatCompletionStreamOptions
        | None = None,
        tools: Iterable[ChatCompletionToolParam | ChatCompletionTool] | None = None,
        tool_choice: ChatCompletionToolChoiceOptionParam
        | ChatCompletionToolChoiceOption
        | None = None,
        parallel_tool_calls: bool | None = None,
        n: int | None = None,
        response_format: ResponseFormatParam | ResponseFormat | None = None,
        seed: int | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        logit_bias: Mapping[str, int] | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        user: str | None = None,
        reasoning_effort: ReasoningEffort | None = None,
        metadata: Mapping[str, str] | None = None,
        store: bool | None = None,
        modalities: Sequence[Literal["text", "audio"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> ChatCompletion: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ],
        max_tokens: int | None = None,
        max_completion_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop: StopConfigurationParam | None = None,
        stream: Literal[True],
        stream_options: ChatCompletionStreamOptionsParam
        | ChatCompletionStreamOptions
        | None = None,
        tools: Iterable[ChatCompletionToolParam | ChatCompletionTool] | None = None,
        tool_choice: ChatCompletionToolChoiceOptionParam
        | ChatCompletionToolChoiceOption
        | None = None,
        parallel_tool_calls: bool | None = None,
        n: int | None = None,
        response_format: ResponseFormatParam | ResponseFormat | None = None,
        seed: int | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        logit_bias: Mapping[str, int] | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        user: str | None = None,
        reasoning_effort: ReasoningEffort | None = None,
        metadata: Mapping[str, str] | None = None,
        store: bool | None = None,
        modalities: Sequence[Literal["text", "audio"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> AsyncStream[ChatCompletionChunk]: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ],
        max_tokens: int | None = None,
        max_completion_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop: StopConfigurationParam | None = None,
        stream: bool,
        stream_options: ChatCompletionStreamOptionsParam
        | ChatCompletionStreamOptions
        | None = None,
        tools: Iterable[ChatCompletionToolParam | ChatCompletionTool] | None = None,
        tool_choice: ChatCompletionToolChoiceOptionParam
        | ChatCompletionToolChoiceOption
        | None = None,
        parallel_tool_calls: bool | None = None,
        n: int | None = None,
        response_format: ResponseFormatParam | ResponseFormat | None = None,
        seed: int | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        logit_bias: Mapping[str, int] | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        user: str | None = None,
        reasoning_effort: ReasoningEffort | None = None,
        metadata: Mapping[str, str] | None = None,
        store: bool | None = None,
        modalities: Sequence[Literal["text", "audio"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]: ...

    async def create(
        self,
        *,
        model: str | None = None,
        messages: Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ]
        | None = None,
        max_tokens: int | None = None,
        max_completion_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop: StopConfigurationParam | None = None,
        stream: bool | None = None,
        stream_options: ChatCompletionStreamOptionsParam
        | ChatCompletionStreamOptions
        | None = None,
        tools: Iterable[ChatCompletionToolParam | ChatCompletionTool] | None = None,
        tool_choice: ChatCompletionToolChoiceOptionParam
        | ChatCompletionToolChoiceOption
        | None = None,
        parallel_tool_calls: bool | None = None,
        n: int | None = None,
        response_format: ResponseFormatParam | ResponseFormat | None = None,
        seed: int | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        logit_bias: Mapping[str, int] | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        user: str | None = None,
        reasoning_effort: ReasoningEffort | None = None,
        metadata: Mapping[str, str] | None = None,
        store: bool | None = None,
        modalities: Sequence[Literal["text", "audio"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]:
        """Create a chat completion.

        Creates a model response for the given conversation. With `stream: true` the reply is a
        stream of server-sent events, one `ChatCompletionChunk` per `data:` line, ending with
        `data: [DONE]`.

        Args:
            model: Poe model (bot) name, e.g. `Claude-Sonnet-4`.
            messages: The conversation so far.
            max_tokens: Maximum number of tokens to generate.
            max_completion_tokens: Upper bound for generated tokens, reasoning tokens included.
            temperature: Sampling temperature, 0 to 2.
            top_p: Nucleus sampling probability mass, 0 to 1.
            top_k: Top-k sampling (model specific, not OpenAI standard).
            stop: Up to 4 sequences where the model stops generating.
            stream: Stream the reply as server-sent events ending with `[DONE]`.
            stream_options: Options for streamed replies.
            tools: Functions the model may call.
            tool_choice: "none", "auto", "required", or a named function.
            parallel_tool_calls: Allow several tool calls in one turn.
            n: Number of choices; Poe documents exactly 1.
            response_format: Plain text, any JSON object, or JSON matching a schema.
            seed: Seed for best-effort deterministic sampling.
            frequency_penalty: Penalty for frequent tokens, -2 to 2.
            presence_penalty: Penalty for tokens already present, -2 to 2.
            logit_bias: Token id to bias, -100 to 100.
            logprobs: Return log probabilities of the output tokens.
            top_logprobs: Number of most likely tokens to return per position, 0 to 20.
            user: Stable identifier of the end user, for abuse monitoring.
            reasoning_effort: How much effort reasoning models spend.
            metadata: Key-value pairs attached to the request.
            store: Store the output for distillation or evals.
            modalities: Output modalities, e.g. `["text"]` or `["text", "audio"]`.

        extra_headers, extra_query, extra_body, timeout, max_retries, fallback_models: per-call
        options (see poe_sdk._resource.RequestOptions).
        """
        return cast(
            "ChatCompletion | AsyncStream[ChatCompletionChunk]",
            await self._client._request(
                CREATE_CHAT_COMPLETION,
                body={
                    "model": model,
                    "messages": messages,
                    "max_tokens": max_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "temperature": temperature,
                    "top_p": top_p,
                    "top_k": top_k,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "n": n,
                    "response_format": response_format,
                    "seed": seed,
                    "frequency_penalty": frequency_penalty,
                    "presence_penalty": presence_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "top_logprobs": top_logprobs,
                    "user": user,
                    "reasoning_effort": reasoning_effort,
                    "metadata": metadata,
                    "store": store,
                    "modalities": modalities,
                },
                path=None,
                query=None,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                    fallback_models=fallback_models,
                ),
                raw=False,
            ),
        )


class AsyncChatCompletionsWithRawResponse(AsyncAPIResource):
    """``chat.completions`` with raw responses.

    Methods return an ``AsyncAPIResponse``: the HTTP reply, with the parsed result on demand.
    """

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ],
        max_tokens: int | None = None,
        max_completion_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop: StopConfigurationParam | None = None,
        stream: Literal[False] | None = None,
        stream_options: ChatCompletionStreamOptionsParam
        | ChatCompletionStreamOptions
        | None = None,
        tools: Iterable[ChatCompletionToolParam | ChatCompletionTool] | None = None,
        tool_choice: ChatCompletionToolChoiceOptionParam
        | ChatCompletionToolChoiceOption
        | None = None,
        parallel_tool_calls: bool | None = None,
        n: int | None = None,
        response_format: ResponseFormatParam | ResponseFormat | None = None,
        seed: int | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        logit_bias: Mapping[str, int] | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        user: str | None = None,
        reasoning_effort: ReasoningEffort | None = None,
        metadata: Mapping[str, str] | None = None,
        store: bool | None = None,
        modalities: Sequence[Literal["text", "audio"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> AsyncAPIResponse[ChatCompletion]: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ],
        max_tokens: int | None = None,
        max_completion_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop: StopConfigurationParam | None = None,
        stream: Literal[True],
        stream_options: ChatCompletionStreamOptionsParam
        | ChatCompletionStreamOptions
        | None = None,
        tools: Iterable[ChatCompletionToolParam | ChatCompletionTool] | None = None,
        tool_choice: ChatCompletionToolChoiceOptionParam
        | ChatCompletionToolChoiceOption
        | None = None,
        parallel_tool_calls: bool | None = None,
        n: int | None = None,
        response_format: ResponseFormatParam | ResponseFormat | None = None,
        seed: int | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        logit_bias: Mapping[str, int] | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        user: str | None = None,
        reasoning_effort: ReasoningEffort | None = None,
        metadata: Mapping[str, str] | None = None,
        store: bool | None = None,
        modalities: Sequence[Literal["text", "audio"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> AsyncAPIResponse[AsyncStream[ChatCompletionChunk]]: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ],
        max_tokens: int | None = None,
        max_completion_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop: StopConfigurationParam | None = None,
        stream: bool,
        stream_options: ChatCompletionStreamOptionsParam
        | ChatCompletionStreamOptions
        | None = None,
        tools: Iterable[ChatCompletionToolParam | ChatCompletionTool] | None = None,
        tool_choice: ChatCompletionToolChoiceOptionParam
        | ChatCompletionToolChoiceOption
        | None = None,
        parallel_tool_calls: bool | None = None,
        n: int | None = None,
        response_format: ResponseFormatParam | ResponseFormat | None = None,
        seed: int | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        logit_bias: Mapping[str, int] | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        user: str | None = None,
        reasoning_effort: ReasoningEffort | None = None,
        metadata: Mapping[str, str] | None = None,
        store: bool | None = None,
        modalities: Sequence[Literal["text", "audio"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> AsyncAPIResponse[ChatCompletion] | AsyncAPIResponse[AsyncStream[ChatCompletionChunk]]: ...

    async def create(
        self,
        *,
        model: str | None = None,
        messages: Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ]
        | None = None,
        max_tokens: int | None = None,
        max_completion_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop: StopConfigurationParam | None = None,
        stream: bool | None = None,
        stream_options: ChatCompletionStreamOptionsParam
        | ChatCompletionStreamOptions
        | None = None,
        tools: Iterable[ChatCompletionToolParam | ChatCompletionTool] | None = None,
        tool_choice: ChatCompletionToolChoiceOptionParam
        | ChatCompletionToolChoiceOption
        | None = None,
        parallel_tool_calls: bool | None = None,
        n: int | None = None,
        response_format: ResponseFormatParam | ResponseFormat | None = None,
        seed: int | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        logit_bias: Mapping[str, int] | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        user: str | None = None,
        reasoning_effort: ReasoningEffort | None = None,
        metadata: Mapping[str, str] | None = None,
        store: bool | None = None,
        modalities: Sequence[Literal["text", "audio"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> AsyncAPIResponse[ChatCompletion] | AsyncAPIResponse[AsyncStream[ChatCompletionChunk]]:
        """Create a chat completion.

        Creates a model response for the given conversation. With `stream: true` the reply is a
        stream of server-sent events, one `ChatCompletionChunk` per `data:` line, ending with
        `data: [DONE]`.

        Args:
            model: Poe model (bot) name, e.g. `Claude-Sonnet-4`.
            messages: The conversation so far.
            max_tokens: Maximum number of tokens to generate.
            max_completion_tokens: Upper bound for generated tokens, reasoning tokens included.
            temperature: Sampling temperature, 0 to 2.
            top_p: Nucleus sampling probability mass, 0 to 1.
            top_k: Top-k sampling (model specific, not OpenAI standard).
            stop: Up to 4 sequences where the model stops generating.
            stream: Stream the reply as server-sent events ending with `[DONE]`.
            stream_options: Options for streamed replies.
            tools: Functions the model may call.
            tool_choice: "none", "auto", "required", or a named function.
            parallel_tool_calls: Allow several tool calls in one turn.
            n: Number of choices; Poe documents exactly 1.
            response_format: Plain text, any JSON object, or JSON matching a schema.
            seed: Seed for best-effort deterministic sampling.
            frequency_penalty: Penalty for frequent tokens, -2 to 2.
            presence_penalty: Penalty for tokens already present, -2 to 2.
            logit_bias: Token id to bias, -100 to 100.
            logprobs: Return log probabilities of the output tokens.
            top_logprobs: Number of most likely tokens to return per position, 0 to 20.
            user: Stable identifier of the end user, for abuse monitoring.
            reasoning_effort: How much effort reasoning models spend.
            metadata: Key-value pairs attached to the request.
            store: Store the output for distillation or evals.
            modalities: Output modalities, e.g. `["text"]` or `["text", "audio"]`.

        extra_headers, extra_query, extra_body, timeout, max_retries, fallback_models: per-call
        options (see poe_sdk._resource.RequestOptions).
        """
        return cast(
            "AsyncAPIResponse[ChatCompletion] | AsyncAPIResponse[AsyncStream[ChatCompletionChunk]]",
            await self._client._request(
                CREATE_CHAT_COMPLETION,
                body={
                    "model": model,
                    "messages": messages,
                    "max_tokens": max_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "temperature": temperature,
                    "top_p": top_p,
                    "top_k": top_k,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "n": n,
                    "response_format": response_format,
                    "seed": seed,
                    "frequency_penalty": frequency_penalty,
                    "presence_penalty": presence_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "top_logprobs": top_logprobs,
                    "user": user,
                    "reasoning_effort": reasoning_effort,
                    "metadata": metadata,
                    "store": store,
                    "modalities": modalities,
                },
                path=None,
                query=None,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                    fallback_models=fallback_models,
                ),
                raw=True,
            ),
        )


class ChatCompletions(SyncAPIResource):
    """The ``chat.completions`` operations."""

    @cached_property
    def with_raw_response(self) -> ChatCompletionsWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return ChatCompletionsWithRawResponse(self._client)

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ],
        max_tokens: int | None = None,
        max_completion_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop: StopConfigurationParam | None = None,
        stream: Literal[False] | None = None,
        stream_options: ChatCompletionStreamOptionsParam
        | ChatCompletionStreamOptions
        | None = None,
        tools: Iterable[ChatCompletionToolParam | ChatCompletionTool] | None = None,
        tool_choice: ChatCompletionToolChoiceOptionParam
        | ChatCompletionToolChoiceOption
        | None = None,
        parallel_tool_calls: bool | None = None,
        n: int | None = None,
        response_format: ResponseFormatParam | ResponseFormat | None = None,
        seed: int | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        logit_bias: Mapping[str, int] | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        user: str | None = None,
        reasoning_effort: ReasoningEffort | None = None,
        metadata: Mapping[str, str] | None = None,
        store: bool | None = None,
        modalities: Sequence[Literal["text", "audio"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> ChatCompletion: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ],
        max_tokens: int | None = None,
        max_completion_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop: StopConfigurationParam | None = None,
        stream: Literal[True],
        stream_options: ChatCompletionStreamOptionsParam
        | ChatCompletionStreamOptions
        | None = None,
        tools: Iterable[ChatCompletionToolParam | ChatCompletionTool] | None = None,
        tool_choice: ChatCompletionToolChoiceOptionParam
        | ChatCompletionToolChoiceOption
        | None = None,
        parallel_tool_calls: bool | None = None,
        n: int | None = None,
        response_format: ResponseFormatParam | ResponseFormat | None = None,
        seed: int | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        logit_bias: Mapping[str, int] | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        user: str | None = None,
        reasoning_effort: ReasoningEffort | None = None,
        metadata: Mapping[str, str] | None = None,
        store: bool | None = None,
        modalities: Sequence[Literal["text", "audio"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ],
        max_tokens: int | None = None,
        max_completion_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop: StopConfigurationParam | None = None,
        stream: bool,
        stream_options: ChatCompletionStreamOptionsParam
        | ChatCompletionStreamOptions
        | None = None,
        tools: Iterable[ChatCompletionToolParam | ChatCompletionTool] | None = None,
        tool_choice: ChatCompletionToolChoiceOptionParam
        | ChatCompletionToolChoiceOption
        | None = None,
        parallel_tool_calls: bool | None = None,
        n: int | None = None,
        response_format: ResponseFormatParam | ResponseFormat | None = None,
        seed: int | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        logit_bias: Mapping[str, int] | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        user: str | None = None,
        reasoning_effort: ReasoningEffort | None = None,
        metadata: Mapping[str, str] | None = None,
        store: bool | None = None,
        modalities: Sequence[Literal["text", "audio"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]: ...

    def create(
        self,
        *,
        model: str | None = None,
        messages: Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ]
        | None = None,
        max_tokens: int | None = None,
        max_completion_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop: StopConfigurationParam | None = None,
        stream: bool | None = None,
        stream_options: ChatCompletionStreamOptionsParam
        | ChatCompletionStreamOptions
        | None = None,
        tools: Iterable[ChatCompletionToolParam | ChatCompletionTool] | None = None,
        tool_choice: ChatCompletionToolChoiceOptionParam
        | ChatCompletionToolChoiceOption
        | None = None,
        parallel_tool_calls: bool | None = None,
        n: int | None = None,
        response_format: ResponseFormatParam | ResponseFormat | None = None,
        seed: int | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        logit_bias: Mapping[str, int] | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        user: str | None = None,
        reasoning_effort: ReasoningEffort | None = None,
        metadata: Mapping[str, str] | None = None,
        store: bool | None = None,
        modalities: Sequence[Literal["text", "audio"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]:
        """Create a chat completion.

        Creates a model response for the given conversation. With `stream: true` the reply is a
        stream of server-sent events, one `ChatCompletionChunk` per `data:` line, ending with
        `data: [DONE]`.

        Args:
            model: Poe model (bot) name, e.g. `Claude-Sonnet-4`.
            messages: The conversation so far.
            max_tokens: Maximum number of tokens to generate.
            max_completion_tokens: Upper bound for generated tokens, reasoning tokens included.
            temperature: Sampling temperature, 0 to 2.
            top_p: Nucleus sampling probability mass, 0 to 1.
            top_k: Top-k sampling (model specific, not OpenAI standard).
            stop: Up to 4 sequences where the model stops generating.
            stream: Stream the reply as server-sent events ending with `[DONE]`.
            stream_options: Options for streamed replies.
            tools: Functions the model may call.
            tool_choice: "none", "auto", "required", or a named function.
            parallel_tool_calls: Allow several tool calls in one turn.
            n: Number of choices; Poe documents exactly 1.
            response_format: Plain text, any JSON object, or JSON matching a schema.
            seed: Seed for best-effort deterministic sampling.
            frequency_penalty: Penalty for frequent tokens, -2 to 2.
            presence_penalty: Penalty for tokens already present, -2 to 2.
            logit_bias: Token id to bias, -100 to 100.
            logprobs: Return log probabilities of the output tokens.
            top_logprobs: Number of most likely tokens to return per position, 0 to 20.
            user: Stable identifier of the end user, for abuse monitoring.
            reasoning_effort: How much effort reasoning models spend.
            metadata: Key-value pairs attached to the request.
            store: Store the output for distillation or evals.
            modalities: Output modalities, e.g. `["text"]` or `["text", "audio"]`.

        extra_headers, extra_query, extra_body, timeout, max_retries, fallback_models: per-call
        options (see poe_sdk._resource.RequestOptions).
        """
        return cast(
            "ChatCompletion | Stream[ChatCompletionChunk]",
            self._client._request(
                CREATE_CHAT_COMPLETION,
                body={
                    "model": model,
                    "messages": messages,
                    "max_tokens": max_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "temperature": temperature,
                    "top_p": top_p,
                    "top_k": top_k,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "n": n,
                    "response_format": response_format,
                    "seed": seed,
                    "frequency_penalty": frequency_penalty,
                    "presence_penalty": presence_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "top_logprobs": top_logprobs,
                    "user": user,
                    "reasoning_effort": reasoning_effort,
                    "metadata": metadata,
                    "store": store,
                    "modalities": modalities,
                },
                path=None,
                query=None,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                    fallback_models=fallback_models,
                ),
                raw=False,
            ),
        )


class ChatCompletionsWithRawResponse(SyncAPIResource):
    """``chat.completions`` with raw responses.

    Methods return an ``APIResponse``: the HTTP reply, with the parsed result on demand.
    """

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ],
        max_tokens: int | None = None,
        max_completion_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop: StopConfigurationParam | None = None,
        stream: Literal[False] | None = None,
        stream_options: ChatCompletionStreamOptionsParam
        | ChatCompletionStreamOptions
        | None = None,
        tools: Iterable[ChatCompletionToolParam | ChatCompletionTool] | None = None,
        tool_choice: ChatCompletionToolChoiceOptionParam
        | ChatCompletionToolChoiceOption
        | None = None,
        parallel_tool_calls: bool | None = None,
        n: int | None = None,
        response_format: ResponseFormatParam | ResponseFormat | None = None,
        seed: int | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        logit_bias: Mapping[str, int] | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        user: str | None = None,
        reasoning_effort: ReasoningEffort | None = None,
        metadata: Mapping[str, str] | None = None,
        store: bool | None = None,
        modalities: Sequence[Literal["text", "audio"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> APIResponse[ChatCompletion]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ],
        max_tokens: int | None = None,
        max_completion_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop: StopConfigurationParam | None = None,
        stream: Literal[True],
        stream_options: ChatCompletionStreamOptionsParam
        | ChatCompletionStreamOptions
        | None = None,
        tools: Iterable[ChatCompletionToolParam | ChatCompletionTool] | None = None,
        tool_choice: ChatCompletionToolChoiceOptionParam
        | ChatCompletionToolChoiceOption
        | None = None,
        parallel_tool_calls: bool | None = None,
        n: int | None = None,
        response_format: ResponseFormatParam | ResponseFormat | None = None,
        seed: int | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        logit_bias: Mapping[str, int] | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        user: str | None = None,
        reasoning_effort: ReasoningEffort | None = None,
        metadata: Mapping[str, str] | None = None,
        store: bool | None = None,
        modalities: Sequence[Literal["text", "audio"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> APIResponse[Stream[ChatCompletionChunk]]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ],
        max_tokens: int | None = None,
        max_completion_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop: StopConfigurationParam | None = None,
        stream: bool,
        stream_options: ChatCompletionStreamOptionsParam
        | ChatCompletionStreamOptions
        | None = None,
        tools: Iterable[ChatCompletionToolParam | ChatCompletionTool] | None = None,
        tool_choice: ChatCompletionToolChoiceOptionParam
        | ChatCompletionToolChoiceOption
        | None = None,
        parallel_tool_calls: bool | None = None,
        n: int | None = None,
        response_format: ResponseFormatParam | ResponseFormat | None = None,
        seed: int | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        logit_bias: Mapping[str, int] | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        user: str | None = None,
        reasoning_effort: ReasoningEffort | None = None,
        metadata: Mapping[str, str] | None = None,
        store: bool | None = None,
        modalities: Sequence[Literal["text", "audio"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> APIResponse[ChatCompletion] | APIResponse[Stream[ChatCompletionChunk]]: ...

    def create(
        self,
        *,
        model: str | None = None,
        messages: Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ]
        | None = None,
        max_tokens: int | None = None,
        max_completion_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop: StopConfigurationParam | None = None,
        stream: bool | None = None,
        stream_options: ChatCompletionStreamOptionsParam
        | ChatCompletionStreamOptions
        | None = None,
        tools: Iterable[ChatCompletionToolParam | ChatCompletionTool] | None = None,
        tool_choice: ChatCompletionToolChoiceOptionParam
        | ChatCompletionToolChoiceOption
        | None = None,
        parallel_tool_calls: bool | None = None,
        n: int | None = None,
        response_format: ResponseFormatParam | ResponseFormat | None = None,
        seed: int | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        logit_bias: Mapping[str, int] | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        user: str | None = None,
        reasoning_effort: ReasoningEffort | None = None,
        metadata: Mapping[str, str] | None = None,
        store: bool | None = None,
        modalities: Sequence[Literal["text", "audio"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> APIResponse[ChatCompletion] | APIResponse[Stream[ChatCompletionChunk]]:
        """Create a chat completion.

        Creates a model response for the given conversation. With `stream: true` the reply is a
        stream of server-sent events, one `ChatCompletionChunk` per `data:` line, ending with
        `data: [DONE]`.

        Args:
            model: Poe model (bot) name, e.g. `Claude-Sonnet-4`.
            messages: The conversation so far.
            max_tokens: Maximum number of tokens to generate.
            max_completion_tokens: Upper bound for generated tokens, reasoning tokens included.
            temperature: Sampling temperature, 0 to 2.
            top_p: Nucleus sampling probability mass, 0 to 1.
            top_k: Top-k sampling (model specific, not OpenAI standard).
            stop: Up to 4 sequences where the model stops generating.
            stream: Stream the reply as server-sent events ending with `[DONE]`.
            stream_options: Options for streamed replies.
            tools: Functions the model may call.
            tool_choice: "none", "auto", "required", or a named function.
            parallel_tool_calls: Allow several tool calls in one turn.
            n: Number of choices; Poe documents exactly 1.
            response_format: Plain text, any JSON object, or JSON matching a schema.
            seed: Seed for best-effort deterministic sampling.
            frequency_penalty: Penalty for frequent tokens, -2 to 2.
            presence_penalty: Penalty for tokens already present, -2 to 2.
            logit_bias: Token id to bias, -100 to 100.
            logprobs: Return log probabilities of the output tokens.
            top_logprobs: Number of most likely tokens to return per position, 0 to 20.
            user: Stable identifier of the end user, for abuse monitoring.
            reasoning_effort: How much effort reasoning models spend.
            metadata: Key-value pairs attached to the request.
            store: Store the output for distillation or evals.
            modalities: Output modalities, e.g. `["text"]` or `["text", "audio"]`.

        extra_headers, extra_query, extra_body, timeout, max_retries, fallback_models: per-call
        options (see poe_sdk._resource.RequestOptions).
        """
        return cast(
            "APIResponse[ChatCompletion] | APIResponse[Stream[ChatCompletionChunk]]",
            self._client._request(
                CREATE_CHAT_COMPLETION,
                body={
                    "model": model,
                    "messages": messages,
                    "max_tokens": max_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "temperature": temperature,
                    "top_p": top_p,
                    "top_k": top_k,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "n": n,
                    "response_format": response_format,
                    "seed": seed,
                    "frequency_penalty": frequency_penalty,
                    "presence_penalty": presence_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "top_logprobs": top_logprobs,
                    "user": user,
                    "reasoning_effort": reasoning_effort,
                    "metadata": metadata,
                    "store": store,
                    "modalities": modalities,
                },
                path=None,
                query=None,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                    fallback_models=fallback_models,
                ),
                raw=True,
            ),
        )


class AsyncRootResources:
    """Mixin of the async client: one cached property per top-level resource."""

    @cached_property
    def with_raw_response(self) -> AsyncRootResourcesWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncRootResourcesWithRawResponse(cast("AsyncRequester", self))

    @cached_property
    def chat(self) -> AsyncChat:
        """The ``chat`` resource."""
        return AsyncChat(cast("AsyncRequester", self))


class AsyncRootResourcesWithRawResponse(AsyncAPIResource):
    """The resources with raw responses.

    Methods return an ``AsyncAPIResponse``: the HTTP reply, with the parsed result on demand.
    """

    @cached_property
    def chat(self) -> AsyncChatWithRawResponse:
        """The ``chat`` resource."""
        return AsyncChatWithRawResponse(self._client)


class SyncRootResources:
    """Mixin of the sync client: one cached property per top-level resource."""

    @cached_property
    def with_raw_response(self) -> SyncRootResourcesWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return SyncRootResourcesWithRawResponse(cast("SyncRequester", self))

    @cached_property
    def chat(self) -> Chat:
        """The ``chat`` resource."""
        return Chat(cast("SyncRequester", self))


class SyncRootResourcesWithRawResponse(SyncAPIResource):
    """The resources with raw responses.

    Methods return an ``APIResponse``: the HTTP reply, with the parsed result on demand.
    """

    @cached_property
    def chat(self) -> ChatWithRawResponse:
        """The ``chat`` resource."""
        return ChatWithRawResponse(self._client)
