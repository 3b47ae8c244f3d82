# DO NOT EDIT: generated from openapi.yaml (sha256 50ff854c859bf859) by `make generate` (python codegen/generate.py).  # noqa: E501
# pyright: reportPrivateUsage=false
"""The operations of openapi.yaml, grouped by resource (``client.chat.completions.create``).

``AsyncRootResources`` and ``SyncRootResources`` are mixins of the hand-written clients, so a
new operation in the spec appears on the client after ``make generate`` with no hand edits.
Each method packs its arguments and calls the client's ``_request``; see ``poe_sdk._resource``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Literal, cast, overload

import httpx
from pydantic import Field

from poe_sdk._accumulator import ChatCompletionAccumulator
from poe_sdk._models import RequestModel
from poe_sdk._not_given import NOT_GIVEN, NotGiven, Omit
from poe_sdk._pagination import AsyncPaginator, SyncPage
from poe_sdk._resource import (
    AsyncAPIResource,
    AsyncRequester,
    Operation,
    Pagination,
    Parameter,
    RequestOptions,
    Server,
    SyncAPIResource,
    SyncRequester,
)

from .models import (
    ChatCompletion,
    ChatCompletionAudioRequest,
    ChatCompletionChunk,
    ChatCompletionRequestMessage,
    ChatCompletionStreamOptions,
    ChatCompletionTool,
    ChatCompletionToolChoiceOption,
    CreateChatCompletionRequest,
    CurrentBalance,
    Model,
    ModelList,
    PointsHistory,
    PointsHistoryEntry,
    ReasoningEffort,
    ResponseFormat,
    ServiceTier,
)
from .params import (
    ChatCompletionAudioRequestParam,
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
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncRootResources",
    "AsyncRootResourcesWithRawResponse",
    "AsyncUsage",
    "AsyncUsageWithRawResponse",
    "CREATE_CHAT_COMPLETION",
    "Chat",
    "ChatCompletions",
    "ChatCompletionsWithRawResponse",
    "ChatWithRawResponse",
    "GET_CURRENT_BALANCE",
    "GET_POINTS_HISTORY",
    "LIST_MODELS",
    "Models",
    "ModelsWithRawResponse",
    "SyncRootResources",
    "SyncRootResourcesWithRawResponse",
    "Usage",
    "UsageWithRawResponse",
]

CREATE_CHAT_COMPLETION = Operation(
    operation_id="createChatCompletion",
    method="POST",
    path="/chat/completions",
    body_model=CreateChatCompletionRequest,
    response_model=ChatCompletion,
    stream_model=ChatCompletionChunk,
    stream_name="ChatCompletionChunk",
    stream_flag="stream",
    accumulator=ChatCompletionAccumulator,
)
"""``POST /chat/completions`` (createChatCompletion)."""

LIST_MODELS = Operation(
    operation_id="listModels",
    method="GET",
    path="/models",
    response_model=ModelList,
    pagination=Pagination(items="data", has_more=None, cursor=None, cursor_field=None),
)
"""``GET /models`` (listModels)."""

GET_CURRENT_BALANCE = Operation(
    operation_id="getCurrentBalance",
    method="GET",
    path="/usage/current_balance",
    response_model=CurrentBalance,
    server=Server(url="https://api.poe.com", default="https://api.poe.com", base_path="/v1"),
)
"""``GET /usage/current_balance`` (getCurrentBalance)."""


class _UsagePointsHistoryParams(RequestModel):
    """The path, query and header parameters of getPointsHistory."""

    limit: Annotated[int, Field(ge=1, le=100)] | None = None
    starting_after: str | None = None


GET_POINTS_HISTORY = Operation(
    operation_id="getPointsHistory",
    method="GET",
    path="/usage/points_history",
    response_model=PointsHistory,
    params_model=_UsagePointsHistoryParams,
    parameters=(
        Parameter("limit", "query"),
        Parameter("starting_after", "query"),
    ),
    server=Server(url="https://api.poe.com", default="https://api.poe.com", base_path="/v1"),
    pagination=Pagination(
        items="data", has_more="has_more", cursor="starting_after", cursor_field="query_id"
    ),
)
"""``GET /usage/points_history`` (getPointsHistory)."""


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
        messages: Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage],
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
        audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None = None,
        service_tier: ServiceTier | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> ChatCompletion: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage],
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
        audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None = None,
        service_tier: ServiceTier | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> AsyncStream[ChatCompletionChunk]: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage],
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
        audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None = None,
        service_tier: ServiceTier | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]: ...

    async def create(
        self,
        *,
        model: str | None = None,
        messages: Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage]
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
        audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None = None,
        service_tier: ServiceTier | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
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
            n: Number of choices. Poe's policy is exactly 1; other servers may allow more.
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
            audio: Audio output settings, required when `modalities` includes `audio`.
            service_tier: The processing tier to serve the request with (where the server offers
                tiers).

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
                    "audio": audio,
                    "service_tier": service_tier,
                },
                params=None,
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
        messages: Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage],
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
        audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None = None,
        service_tier: ServiceTier | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> AsyncAPIResponse[ChatCompletion]: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage],
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
        audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None = None,
        service_tier: ServiceTier | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> AsyncAPIResponse[AsyncStream[ChatCompletionChunk]]: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage],
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
        audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None = None,
        service_tier: ServiceTier | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> AsyncAPIResponse[ChatCompletion] | AsyncAPIResponse[AsyncStream[ChatCompletionChunk]]: ...

    async def create(
        self,
        *,
        model: str | None = None,
        messages: Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage]
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
        audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None = None,
        service_tier: ServiceTier | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
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
            n: Number of choices. Poe's policy is exactly 1; other servers may allow more.
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
            audio: Audio output settings, required when `modalities` includes `audio`.
            service_tier: The processing tier to serve the request with (where the server offers
                tiers).

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
                    "audio": audio,
                    "service_tier": service_tier,
                },
                params=None,
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
        messages: Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage],
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
        audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None = None,
        service_tier: ServiceTier | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> ChatCompletion: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage],
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
        audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None = None,
        service_tier: ServiceTier | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage],
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
        audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None = None,
        service_tier: ServiceTier | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]: ...

    def create(
        self,
        *,
        model: str | None = None,
        messages: Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage]
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
        audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None = None,
        service_tier: ServiceTier | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
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
            n: Number of choices. Poe's policy is exactly 1; other servers may allow more.
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
            audio: Audio output settings, required when `modalities` includes `audio`.
            service_tier: The processing tier to serve the request with (where the server offers
                tiers).

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
                    "audio": audio,
                    "service_tier": service_tier,
                },
                params=None,
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
        messages: Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage],
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
        audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None = None,
        service_tier: ServiceTier | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> APIResponse[ChatCompletion]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage],
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
        audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None = None,
        service_tier: ServiceTier | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> APIResponse[Stream[ChatCompletionChunk]]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage],
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
        audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None = None,
        service_tier: ServiceTier | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> APIResponse[ChatCompletion] | APIResponse[Stream[ChatCompletionChunk]]: ...

    def create(
        self,
        *,
        model: str | None = None,
        messages: Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage]
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
        audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None = None,
        service_tier: ServiceTier | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
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
            n: Number of choices. Poe's policy is exactly 1; other servers may allow more.
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
            audio: Audio output settings, required when `modalities` includes `audio`.
            service_tier: The processing tier to serve the request with (where the server offers
                tiers).

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
                    "audio": audio,
                    "service_tier": service_tier,
                },
                params=None,
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


class AsyncModels(AsyncAPIResource):
    """The ``models`` operations."""

    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncModelsWithRawResponse(self._client)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncPaginator[Model, ModelList]:
        """List the models (bots) the server offers.

        Needs no API key on Poe; `created` is in milliseconds there.

        Paginated: ``await`` it for the first page, or ``async for`` over the items of every
        page.

        extra_headers, extra_query, extra_body, timeout, max_retries: per-call options (see
        poe_sdk._resource.RequestOptions).
        """
        return AsyncPaginator[Model, ModelList](
            self._client,
            LIST_MODELS,
            {},
            RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class AsyncModelsWithRawResponse(AsyncAPIResource):
    """``models`` with raw responses.

    Methods return an ``AsyncAPIResponse``: the HTTP reply, with the parsed result on demand.
    """

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncAPIResponse[ModelList]:
        """List the models (bots) the server offers.

        Needs no API key on Poe; `created` is in milliseconds there.

        extra_headers, extra_query, extra_body, timeout, max_retries: per-call options (see
        poe_sdk._resource.RequestOptions).
        """
        return cast(
            "AsyncAPIResponse[ModelList]",
            await self._client._request(
                LIST_MODELS,
                body=None,
                params=None,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
                raw=True,
            ),
        )


class Models(SyncAPIResource):
    """The ``models`` operations."""

    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return ModelsWithRawResponse(self._client)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> SyncPage[Model, ModelList]:
        """List the models (bots) the server offers.

        Needs no API key on Poe; `created` is in milliseconds there.

        Paginated: ``for`` over the items of every page.

        extra_headers, extra_query, extra_body, timeout, max_retries: per-call options (see
        poe_sdk._resource.RequestOptions).
        """
        return SyncPage[Model, ModelList].first(
            self._client,
            LIST_MODELS,
            {},
            RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class ModelsWithRawResponse(SyncAPIResource):
    """``models`` with raw responses.

    Methods return an ``APIResponse``: the HTTP reply, with the parsed result on demand.
    """

    def list(
        self,
        *,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> APIResponse[ModelList]:
        """List the models (bots) the server offers.

        Needs no API key on Poe; `created` is in milliseconds there.

        extra_headers, extra_query, extra_body, timeout, max_retries: per-call options (see
        poe_sdk._resource.RequestOptions).
        """
        return cast(
            "APIResponse[ModelList]",
            self._client._request(
                LIST_MODELS,
                body=None,
                params=None,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
                raw=True,
            ),
        )


class AsyncUsage(AsyncAPIResource):
    """The ``usage`` operations."""

    @cached_property
    def with_raw_response(self) -> AsyncUsageWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncUsageWithRawResponse(self._client)

    async def current_balance(
        self,
        *,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> CurrentBalance:
        """The account's current point balance.

        extra_headers, extra_query, extra_body, timeout, max_retries: per-call options (see
        poe_sdk._resource.RequestOptions).
        """
        return cast(
            "CurrentBalance",
            await self._client._request(
                GET_CURRENT_BALANCE,
                body=None,
                params=None,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
                raw=False,
            ),
        )

    def points_history(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncPaginator[PointsHistoryEntry, PointsHistory]:
        """The points spent in the last 30 days, newest first.

        Paginated: ``await`` it for the first page, or ``async for`` over the items of every
        page.

        Args:
            limit: Entries per page, 1 to 100 (the server's default is 20).
            starting_after: The `query_id` of the last entry of the previous page.

        extra_headers, extra_query, extra_body, timeout, max_retries: per-call options (see
        poe_sdk._resource.RequestOptions).
        """
        return AsyncPaginator[PointsHistoryEntry, PointsHistory](
            self._client,
            GET_POINTS_HISTORY,
            {"limit": limit, "starting_after": starting_after},
            RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class AsyncUsageWithRawResponse(AsyncAPIResource):
    """``usage`` with raw responses.

    Methods return an ``AsyncAPIResponse``: the HTTP reply, with the parsed result on demand.
    """

    async def current_balance(
        self,
        *,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncAPIResponse[CurrentBalance]:
        """The account's current point balance.

        extra_headers, extra_query, extra_body, timeout, max_retries: per-call options (see
        poe_sdk._resource.RequestOptions).
        """
        return cast(
            "AsyncAPIResponse[CurrentBalance]",
            await self._client._request(
                GET_CURRENT_BALANCE,
                body=None,
                params=None,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
                raw=True,
            ),
        )

    async def points_history(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncAPIResponse[PointsHistory]:
        """The points spent in the last 30 days, newest first.

        Args:
            limit: Entries per page, 1 to 100 (the server's default is 20).
            starting_after: The `query_id` of the last entry of the previous page.

        extra_headers, extra_query, extra_body, timeout, max_retries: per-call options (see
        poe_sdk._resource.RequestOptions).
        """
        return cast(
            "AsyncAPIResponse[PointsHistory]",
            await self._client._request(
                GET_POINTS_HISTORY,
                body=None,
                params={"limit": limit, "starting_after": starting_after},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
                raw=True,
            ),
        )


class Usage(SyncAPIResource):
    """The ``usage`` operations."""

    @cached_property
    def with_raw_response(self) -> UsageWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return UsageWithRawResponse(self._client)

    def current_balance(
        self,
        *,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> CurrentBalance:
        """The account's current point balance.

        extra_headers, extra_query, extra_body, timeout, max_retries: per-call options (see
        poe_sdk._resource.RequestOptions).
        """
        return cast(
            "CurrentBalance",
            self._client._request(
                GET_CURRENT_BALANCE,
                body=None,
                params=None,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
                raw=False,
            ),
        )

    def points_history(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> SyncPage[PointsHistoryEntry, PointsHistory]:
        """The points spent in the last 30 days, newest first.

        Paginated: ``for`` over the items of every page.

        Args:
            limit: Entries per page, 1 to 100 (the server's default is 20).
            starting_after: The `query_id` of the last entry of the previous page.

        extra_headers, extra_query, extra_body, timeout, max_retries: per-call options (see
        poe_sdk._resource.RequestOptions).
        """
        return SyncPage[PointsHistoryEntry, PointsHistory].first(
            self._client,
            GET_POINTS_HISTORY,
            {"limit": limit, "starting_after": starting_after},
            RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class UsageWithRawResponse(SyncAPIResource):
    """``usage`` with raw responses.

    Methods return an ``APIResponse``: the HTTP reply, with the parsed result on demand.
    """

    def current_balance(
        self,
        *,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> APIResponse[CurrentBalance]:
        """The account's current point balance.

        extra_headers, extra_query, extra_body, timeout, max_retries: per-call options (see
        poe_sdk._resource.RequestOptions).
        """
        return cast(
            "APIResponse[CurrentBalance]",
            self._client._request(
                GET_CURRENT_BALANCE,
                body=None,
                params=None,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
                raw=True,
            ),
        )

    def points_history(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> APIResponse[PointsHistory]:
        """The points spent in the last 30 days, newest first.

        Args:
            limit: Entries per page, 1 to 100 (the server's default is 20).
            starting_after: The `query_id` of the last entry of the previous page.

        extra_headers, extra_query, extra_body, timeout, max_retries: per-call options (see
        poe_sdk._resource.RequestOptions).
        """
        return cast(
            "APIResponse[PointsHistory]",
            self._client._request(
                GET_POINTS_HISTORY,
                body=None,
                params={"limit": limit, "starting_after": starting_after},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
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

    @cached_property
    def models(self) -> AsyncModels:
        """The ``models`` resource."""
        return AsyncModels(cast("AsyncRequester", self))

    @cached_property
    def usage(self) -> AsyncUsage:
        """The ``usage`` resource."""
        return AsyncUsage(cast("AsyncRequester", self))


class AsyncRootResourcesWithRawResponse(AsyncAPIResource):
    """The resources with raw responses.

    Methods return an ``AsyncAPIResponse``: the HTTP reply, with the parsed result on demand.
    """

    @cached_property
    def chat(self) -> AsyncChatWithRawResponse:
        """The ``chat`` resource."""
        return AsyncChatWithRawResponse(self._client)

    @cached_property
    def models(self) -> AsyncModelsWithRawResponse:
        """The ``models`` resource."""
        return AsyncModelsWithRawResponse(self._client)

    @cached_property
    def usage(self) -> AsyncUsageWithRawResponse:
        """The ``usage`` resource."""
        return AsyncUsageWithRawResponse(self._client)


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

    @cached_property
    def models(self) -> Models:
        """The ``models`` resource."""
        return Models(cast("SyncRequester", self))

    @cached_property
    def usage(self) -> Usage:
        """The ``usage`` resource."""
        return Usage(cast("SyncRequester", self))


class SyncRootResourcesWithRawResponse(SyncAPIResource):
    """The resources with raw responses.

    Methods return an ``APIResponse``: the HTTP reply, with the parsed result on demand.
    """

    @cached_property
    def chat(self) -> ChatWithRawResponse:
        """The ``chat`` resource."""
        return ChatWithRawResponse(self._client)

    @cached_property
    def models(self) -> ModelsWithRawResponse:
        """The ``models`` resource."""
        return ModelsWithRawResponse(self._client)

    @cached_property
    def usage(self) -> UsageWithRawResponse:
        """The ``usage`` resource."""
        return UsageWithRawResponse(self._client)
