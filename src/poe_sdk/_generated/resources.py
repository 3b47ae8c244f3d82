# DO NOT EDIT: generated from openapi.yaml (sha256 d4d193692776a069) by `make generate` (python codegen/generate.py).  # noqa: E501
# pyright: reportPrivateUsage=false
"""The operations of openapi.yaml, grouped by resource (``client.chat.completions.create``).

``AsyncRootResources`` and ``SyncRootResources`` are mixins of the hand-written clients, so a
new operation in the spec appears on the client after ``make generate`` with no hand edits.
Each method packs its arguments and calls the client's ``_request``; see ``poe_sdk._operation``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Any, Literal, cast, overload

from pydantic import Field, TypeAdapter
from typing_extensions import Required, Unpack

from poe_sdk._accumulator import ChatCompletionAccumulator, ResponseAccumulator
from poe_sdk._base_models import RequestModel
from poe_sdk._not_given import NOT_GIVEN
from poe_sdk._operation import (
    AsyncAPIResource,
    AsyncRequester,
    CallOptions,
    ModelCallOptions,
    Operation,
    Pagination,
    Parameter,
    Server,
    StreamEnd,
    SyncAPIResource,
    SyncRequester,
    UnknownArgument,
    call_arguments,
)
from poe_sdk._pagination import AsyncPaginator, SyncPage
from poe_sdk._signatures import signature_of_options
from poe_sdk._streamed_response import AsyncResponseContextManager, ResponseContextManager
from poe_sdk.lib import (
    AsyncChatCompletionsHelpers,
    AsyncResponsesHelpers,
    ChatCompletionsHelpers,
    ResponsesHelpers,
)
from poe_sdk.lib._resources import describe_helpers

from .models import (
    ChatCompletion,
    ChatCompletionAudioRequest,
    ChatCompletionChunk,
    ChatCompletionMessage,
    ChatCompletionRequestMessage,
    ChatCompletionStreamOptions,
    ChatCompletionTool,
    ChatCompletionToolChoiceOption,
    CreateChatCompletionRequest,
    CreateResponseRequest,
    CurrentBalance,
    Model,
    ModelList,
    PointsHistory,
    PointsHistoryEntry,
    ReasoningEffort,
    Response,
    ResponseFormat,
    ResponseFunctionToolCall,
    ResponseInputItem,
    ResponseOutputMessage,
    ResponseReasoningConfig,
    ResponseStreamEvent,
    ResponseTextConfig,
    ResponseTool,
    ResponseToolChoice,
    ServiceTier,
)
from .params import (
    ChatCompletionAudioRequestParam,
    ChatCompletionRequestMessageParam,
    ChatCompletionStreamOptionsParam,
    ChatCompletionToolChoiceOptionParam,
    ChatCompletionToolParam,
    ResponseFormatParam,
    ResponseInputItemParam,
    ResponseReasoningConfigParam,
    ResponseTextConfigParam,
    ResponseToolChoiceParam,
    ResponseToolParam,
    StopConfigurationParam,
)

if TYPE_CHECKING:
    from poe_sdk._raw_response import APIResponse, AsyncAPIResponse
    from poe_sdk._streaming import AsyncStream
    from poe_sdk._sync.stream import Stream

__all__ = [
    "AsyncChat",
    "AsyncChatCompletions",
    "AsyncChatCompletionsWithRawResponse",
    "AsyncChatCompletionsWithStreamingResponse",
    "AsyncChatWithRawResponse",
    "AsyncChatWithStreamingResponse",
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "AsyncResponses",
    "AsyncResponsesWithRawResponse",
    "AsyncResponsesWithStreamingResponse",
    "AsyncRootResources",
    "AsyncRootResourcesWithRawResponse",
    "AsyncRootResourcesWithStreamingResponse",
    "AsyncUsage",
    "AsyncUsageWithRawResponse",
    "AsyncUsageWithStreamingResponse",
    "CREATE_CHAT_COMPLETION",
    "CREATE_RESPONSE",
    "Chat",
    "ChatCompletions",
    "ChatCompletionsCreateArgs",
    "ChatCompletionsCreateHelperArgs",
    "ChatCompletionsWithRawResponse",
    "ChatCompletionsWithStreamingResponse",
    "ChatWithRawResponse",
    "ChatWithStreamingResponse",
    "GET_CURRENT_BALANCE",
    "GET_POINTS_HISTORY",
    "LIST_MODELS",
    "Models",
    "ModelsListArgs",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
    "Responses",
    "ResponsesCreateArgs",
    "ResponsesCreateHelperArgs",
    "ResponsesWithRawResponse",
    "ResponsesWithStreamingResponse",
    "SyncRootResources",
    "SyncRootResourcesWithRawResponse",
    "SyncRootResourcesWithStreamingResponse",
    "Usage",
    "UsageCurrentBalanceArgs",
    "UsagePointsHistoryArgs",
    "UsageWithRawResponse",
    "UsageWithStreamingResponse",
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
    arguments={
        "model": ("body", "model"),
        "messages": ("body", "messages"),
        "max_tokens": ("body", "max_tokens"),
        "max_completion_tokens": ("body", "max_completion_tokens"),
        "temperature": ("body", "temperature"),
        "top_p": ("body", "top_p"),
        "top_k": ("body", "top_k"),
        "stop": ("body", "stop"),
        "stream": ("body", "stream"),
        "stream_options": ("body", "stream_options"),
        "tools": ("body", "tools"),
        "tool_choice": ("body", "tool_choice"),
        "parallel_tool_calls": ("body", "parallel_tool_calls"),
        "n": ("body", "n"),
        "response_format": ("body", "response_format"),
        "seed": ("body", "seed"),
        "frequency_penalty": ("body", "frequency_penalty"),
        "presence_penalty": ("body", "presence_penalty"),
        "logit_bias": ("body", "logit_bias"),
        "logprobs": ("body", "logprobs"),
        "top_logprobs": ("body", "top_logprobs"),
        "user": ("body", "user"),
        "reasoning_effort": ("body", "reasoning_effort"),
        "metadata": ("body", "metadata"),
        "store": ("body", "store"),
        "modalities": ("body", "modalities"),
        "audio": ("body", "audio"),
        "service_tier": ("body", "service_tier"),
    },
    takes_fallbacks=True,
)
"""``POST /chat/completions`` (createChatCompletion)."""


class ChatCompletionsCreateArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    ModelCallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``chat.completions.create`` (besides the stream flag).

    With the per-call options of ``poe_sdk.ModelCallOptions``.
    """

    model: Required[str]
    """Poe model (bot) name, e.g. `Claude-Sonnet-4`."""

    messages: Required[
        Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ]
    ]
    """The conversation so far."""

    max_tokens: int | None
    """Maximum number of tokens to generate."""

    max_completion_tokens: int | None
    """Upper bound for generated tokens, reasoning tokens included."""

    temperature: float | None
    """Sampling temperature, 0 to 2."""

    top_p: float | None
    """Nucleus sampling probability mass, 0 to 1."""

    top_k: int | None
    """Top-k sampling (model specific, not OpenAI standard)."""

    stop: StopConfigurationParam | None
    """Up to 4 sequences where the model stops generating."""

    stream_options: ChatCompletionStreamOptionsParam | ChatCompletionStreamOptions | None
    """Options for streamed replies."""

    tools: Iterable[ChatCompletionToolParam | ChatCompletionTool] | None
    """Functions the model may call."""

    tool_choice: ChatCompletionToolChoiceOptionParam | ChatCompletionToolChoiceOption | None
    """\"none", "auto", "required", or a named function."""

    parallel_tool_calls: bool | None
    """Allow several tool calls in one turn."""

    n: int | None
    """Number of choices. Poe's policy is exactly 1; other servers may allow more."""

    response_format: ResponseFormatParam | ResponseFormat | None
    """Plain text, any JSON object, or JSON matching a schema."""

    seed: int | None
    """Seed for best-effort deterministic sampling."""

    frequency_penalty: float | None
    """Penalty for frequent tokens, -2 to 2."""

    presence_penalty: float | None
    """Penalty for tokens already present, -2 to 2."""

    logit_bias: Mapping[str, int] | None
    """Token id to bias, -100 to 100."""

    logprobs: bool | None
    """Return log probabilities of the output tokens."""

    top_logprobs: int | None
    """Number of most likely tokens to return per position, 0 to 20."""

    user: str | None
    """Stable identifier of the end user, for abuse monitoring."""

    reasoning_effort: ReasoningEffort | None
    """How much effort reasoning models spend."""

    metadata: Mapping[str, str] | None
    """Key-value pairs attached to the request."""

    store: bool | None
    """Store the output for distillation or evals."""

    modalities: Sequence[Literal["text", "audio"]] | None
    """Output modalities, e.g. `["text"]` or `["text", "audio"]`."""

    audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None
    """Audio output settings, required when `modalities` includes `audio`."""

    service_tier: ServiceTier | None
    """The processing tier to serve the request with (where the server offers tiers)."""


class ChatCompletionsCreateHelperArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    ModelCallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of the ``chat.completions`` helpers (``poe_sdk.lib``).

    Those of ``ChatCompletionsCreateArgs`` but ``response_format``, ``tools``,
    which the helpers take with their own types.
    """

    model: Required[str]
    """Poe model (bot) name, e.g. `Claude-Sonnet-4`."""

    messages: Required[
        Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ]
    ]
    """The conversation so far."""

    max_tokens: int | None
    """Maximum number of tokens to generate."""

    max_completion_tokens: int | None
    """Upper bound for generated tokens, reasoning tokens included."""

    temperature: float | None
    """Sampling temperature, 0 to 2."""

    top_p: float | None
    """Nucleus sampling probability mass, 0 to 1."""

    top_k: int | None
    """Top-k sampling (model specific, not OpenAI standard)."""

    stop: StopConfigurationParam | None
    """Up to 4 sequences where the model stops generating."""

    stream_options: ChatCompletionStreamOptionsParam | ChatCompletionStreamOptions | None
    """Options for streamed replies."""

    tool_choice: ChatCompletionToolChoiceOptionParam | ChatCompletionToolChoiceOption | None
    """\"none", "auto", "required", or a named function."""

    parallel_tool_calls: bool | None
    """Allow several tool calls in one turn."""

    n: int | None
    """Number of choices. Poe's policy is exactly 1; other servers may allow more."""

    seed: int | None
    """Seed for best-effort deterministic sampling."""

    frequency_penalty: float | None
    """Penalty for frequent tokens, -2 to 2."""

    presence_penalty: float | None
    """Penalty for tokens already present, -2 to 2."""

    logit_bias: Mapping[str, int] | None
    """Token id to bias, -100 to 100."""

    logprobs: bool | None
    """Return log probabilities of the output tokens."""

    top_logprobs: int | None
    """Number of most likely tokens to return per position, 0 to 20."""

    user: str | None
    """Stable identifier of the end user, for abuse monitoring."""

    reasoning_effort: ReasoningEffort | None
    """How much effort reasoning models spend."""

    metadata: Mapping[str, str] | None
    """Key-value pairs attached to the request."""

    store: bool | None
    """Store the output for distillation or evals."""

    modalities: Sequence[Literal["text", "audio"]] | None
    """Output modalities, e.g. `["text"]` or `["text", "audio"]`."""

    audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None
    """Audio output settings, required when `modalities` includes `audio`."""

    service_tier: ServiceTier | None
    """The processing tier to serve the request with (where the server offers tiers)."""


describe_helpers(
    AsyncChatCompletionsHelpers,
    ChatCompletionsHelpers,
    arguments=ChatCompletionsCreateHelperArgs,
    last=ModelCallOptions,
)

CREATE_RESPONSE = Operation(
    operation_id="createResponse",
    method="POST",
    path="/responses",
    body_model=CreateResponseRequest,
    response_model=Response,
    stream_model=TypeAdapter(ResponseStreamEvent),
    stream_name="ResponseStreamEvent",
    stream_flag="stream",
    stream_end=StreamEnd(
        done=None,
        final_events=(
            "response.completed",
            "response.failed",
            "response.incomplete",
        ),
    ),
    accumulator=ResponseAccumulator,
    arguments={
        "model": ("body", "model"),
        "input": ("body", "input"),
        "instructions": ("body", "instructions"),
        "stream": ("body", "stream"),
        "max_output_tokens": ("body", "max_output_tokens"),
        "temperature": ("body", "temperature"),
        "top_p": ("body", "top_p"),
        "reasoning": ("body", "reasoning"),
        "text": ("body", "text"),
        "tools": ("body", "tools"),
        "tool_choice": ("body", "tool_choice"),
        "parallel_tool_calls": ("body", "parallel_tool_calls"),
        "previous_response_id": ("body", "previous_response_id"),
        "metadata": ("body", "metadata"),
        "store": ("body", "store"),
        "truncation": ("body", "truncation"),
        "user": ("body", "user"),
    },
    takes_fallbacks=True,
)
"""``POST /responses`` (createResponse)."""


class ResponsesCreateArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    ModelCallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``responses.create`` (besides the stream flag).

    With the per-call options of ``poe_sdk.ModelCallOptions``.
    """

    model: Required[str]
    """The model (bot) name, e.g. `GPT-5` or `Claude-Sonnet-4`."""

    input: Required[
        str
        | Iterable[
            ResponseInputItemParam
            | ResponseInputItem
            | ResponseOutputMessage
            | ResponseFunctionToolCall
        ]
    ]
    """The user's text, or a list of input items (messages, function call results)."""

    instructions: str | None
    """A system (developer) message placed before the input."""

    max_output_tokens: int | None
    """The most tokens the output (reasoning included) may have."""

    temperature: float | None

    top_p: float | None

    reasoning: ResponseReasoningConfigParam | ResponseReasoningConfig | None
    """How much the model reasons, and whether it summarises its reasoning."""

    text: ResponseTextConfigParam | ResponseTextConfig | None
    """The output text's format (structured output with `json_schema`)."""

    tools: Iterable[ResponseToolParam | ResponseTool] | None
    """Tools the model may call."""

    tool_choice: ResponseToolChoiceParam | ResponseToolChoice | None
    """\"none", "auto", "required", a named function, or a built-in tool."""

    parallel_tool_calls: bool | None

    previous_response_id: str | None
    """Continue the conversation of this earlier response (its input and output are kept by the
    server).
    """

    metadata: Mapping[str, str] | None
    """Up to 16 string pairs stored with the response."""

    store: bool | None
    """Whether the server keeps the response (for `previous_response_id`)."""

    truncation: Literal["auto", "disabled"] | None

    user: str | None


class ResponsesCreateHelperArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    ModelCallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of the ``responses`` helpers (``poe_sdk.lib``).

    Those of ``ResponsesCreateArgs`` but ``tools``,
    which the helpers take with their own types.
    """

    model: Required[str]
    """The model (bot) name, e.g. `GPT-5` or `Claude-Sonnet-4`."""

    input: Required[
        str
        | Iterable[
            ResponseInputItemParam
            | ResponseInputItem
            | ResponseOutputMessage
            | ResponseFunctionToolCall
        ]
    ]
    """The user's text, or a list of input items (messages, function call results)."""

    instructions: str | None
    """A system (developer) message placed before the input."""

    max_output_tokens: int | None
    """The most tokens the output (reasoning included) may have."""

    temperature: float | None

    top_p: float | None

    reasoning: ResponseReasoningConfigParam | ResponseReasoningConfig | None
    """How much the model reasons, and whether it summarises its reasoning."""

    text: ResponseTextConfigParam | ResponseTextConfig | None
    """The output text's format (structured output with `json_schema`)."""

    tool_choice: ResponseToolChoiceParam | ResponseToolChoice | None
    """\"none", "auto", "required", a named function, or a built-in tool."""

    parallel_tool_calls: bool | None

    previous_response_id: str | None
    """Continue the conversation of this earlier response (its input and output are kept by the
    server).
    """

    metadata: Mapping[str, str] | None
    """Up to 16 string pairs stored with the response."""

    store: bool | None
    """Whether the server keeps the response (for `previous_response_id`)."""

    truncation: Literal["auto", "disabled"] | None

    user: str | None


describe_helpers(
    AsyncResponsesHelpers,
    ResponsesHelpers,
    arguments=ResponsesCreateHelperArgs,
    last=ModelCallOptions,
)

LIST_MODELS = Operation(
    operation_id="listModels",
    method="GET",
    path="/models",
    response_model=ModelList,
    pagination=Pagination(items="data", has_more=None, cursor=None, cursor_field=None),
    arguments={},
    needs_key=False,
)
"""``GET /models`` (listModels)."""


class ModelsListArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    CallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``models.list``.

    With the per-call options of ``poe_sdk.CallOptions``.
    """


GET_CURRENT_BALANCE = Operation(
    operation_id="getCurrentBalance",
    method="GET",
    path="/usage/current_balance",
    response_model=CurrentBalance,
    server=Server(url="https://api.poe.com", default="https://api.poe.com", base_path="/v1"),
    arguments={},
)
"""``GET /usage/current_balance`` (getCurrentBalance)."""


class UsageCurrentBalanceArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    CallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``usage.current_balance``.

    With the per-call options of ``poe_sdk.CallOptions``.
    """


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
    arguments={"limit": ("params", "limit"), "starting_after": ("params", "starting_after")},
)
"""``GET /usage/points_history`` (getPointsHistory)."""


class UsagePointsHistoryArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    CallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``usage.points_history``.

    With the per-call options of ``poe_sdk.CallOptions``.
    """

    limit: int | None
    """Entries per page, 1 to 100 (the server's default is 20)."""

    starting_after: str | None
    """The `query_id` of the last entry of the previous page."""


class AsyncChat(AsyncAPIResource):
    """The ``chat`` operations."""

    @cached_property
    def with_raw_response(self) -> AsyncChatWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncChatWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> AsyncChatWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return AsyncChatWithStreamingResponse(self._client)

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


class AsyncChatWithStreamingResponse(AsyncAPIResource):
    """``chat`` with streamed responses.

    Methods return a context manager (``async with``) giving a
    ``AsyncStreamedAPIResponse``: the reply, its body read only as you iterate it.
    """

    @cached_property
    def completions(self) -> AsyncChatCompletionsWithStreamingResponse:
        """The ``chat.completions`` resource."""
        return AsyncChatCompletionsWithStreamingResponse(self._client)


class Chat(SyncAPIResource):
    """The ``chat`` operations."""

    @cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return ChatWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> ChatWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return ChatWithStreamingResponse(self._client)

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


class ChatWithStreamingResponse(SyncAPIResource):
    """``chat`` with streamed responses.

    Methods return a context manager (``with``) giving a
    ``StreamedAPIResponse``: the reply, its body read only as you iterate it.
    """

    @cached_property
    def completions(self) -> ChatCompletionsWithStreamingResponse:
        """The ``chat.completions`` resource."""
        return ChatCompletionsWithStreamingResponse(self._client)


class AsyncChatCompletions(AsyncChatCompletionsHelpers, AsyncAPIResource):
    """The ``chat.completions`` operations."""

    @cached_property
    def with_raw_response(self) -> AsyncChatCompletionsWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncChatCompletionsWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> AsyncChatCompletionsWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return AsyncChatCompletionsWithStreamingResponse(self._client)

    @overload
    async def create(
        self,
        *,
        stream: Literal[False] | None = None,
        **kwargs: Unpack[ChatCompletionsCreateArgs],
    ) -> ChatCompletion: ...

    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        **kwargs: Unpack[ChatCompletionsCreateArgs],
    ) -> AsyncStream[ChatCompletionChunk]: ...

    @overload
    async def create(
        self,
        *,
        stream: bool,
        **kwargs: Unpack[ChatCompletionsCreateArgs],
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]: ...

    @signature_of_options(ChatCompletionsCreateArgs, missing=NOT_GIVEN, last=ModelCallOptions)
    async def create(
        self,
        *,
        stream: bool | None = None,
        **kwargs: Any,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]:
        """Create a chat completion.

        Creates a model response for the given conversation. With `stream: true` the reply is a
        stream of server-sent events, one `ChatCompletionChunk` per `data:` line, ending with
        `data: [DONE]`.

        Args:
            model (str, required): Poe model (bot) name, e.g. `Claude-Sonnet-4`.
            messages (Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage
                | ChatCompletionMessage], required): The conversation so far.
            max_tokens (int | None): Maximum number of tokens to generate.
            max_completion_tokens (int | None): Upper bound for generated tokens, reasoning
                tokens included.
            temperature (float | None): Sampling temperature, 0 to 2.
            top_p (float | None): Nucleus sampling probability mass, 0 to 1.
            top_k (int | None): Top-k sampling (model specific, not OpenAI standard).
            stop (StopConfigurationParam | None): Up to 4 sequences where the model stops
                generating.
            stream (bool | None): Stream the reply as server-sent events ending with `[DONE]`.
            stream_options (ChatCompletionStreamOptionsParam | ChatCompletionStreamOptions |
                None): Options for streamed replies.
            tools (Iterable[ChatCompletionToolParam | ChatCompletionTool] | None): Functions the
                model may call.
            tool_choice (ChatCompletionToolChoiceOptionParam | ChatCompletionToolChoiceOption |
                None): "none", "auto", "required", or a named function.
            parallel_tool_calls (bool | None): Allow several tool calls in one turn.
            n (int | None): Number of choices. Poe's policy is exactly 1; other servers may
                allow more.
            response_format (ResponseFormatParam | ResponseFormat | None): Plain text, any JSON
                object, or JSON matching a schema.
            seed (int | None): Seed for best-effort deterministic sampling.
            frequency_penalty (float | None): Penalty for frequent tokens, -2 to 2.
            presence_penalty (float | None): Penalty for tokens already present, -2 to 2.
            logit_bias (Mapping[str, int] | None): Token id to bias, -100 to 100.
            logprobs (bool | None): Return log probabilities of the output tokens.
            top_logprobs (int | None): Number of most likely tokens to return per position, 0 to
                20.
            user (str | None): Stable identifier of the end user, for abuse monitoring.
            reasoning_effort (ReasoningEffort | None): How much effort reasoning models spend.
            metadata (Mapping[str, str] | None): Key-value pairs attached to the request.
            store (bool | None): Store the output for distillation or evals.
            modalities (Sequence[Literal["text", "audio"]] | None): Output modalities, e.g.
                `["text"]` or `["text", "audio"]`.
            audio (ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None): Audio
                output settings, required when `modalities` includes `audio`.
            service_tier (ServiceTier | None): The processing tier to serve the request with
                (where the server offers tiers).
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout,
                fallback_models: the per-call options (``poe_sdk.ModelCallOptions``).
        """
        body, params, options = call_arguments(
            CREATE_CHAT_COMPLETION, {"stream": stream, **kwargs}, "chat.completions.create"
        )
        return cast(
            "ChatCompletion | AsyncStream[ChatCompletionChunk]",
            await self._client._request(
                CREATE_CHAT_COMPLETION, body=body, params=params, options=options, raw=False
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
        stream: Literal[False] | None = None,
        **kwargs: Unpack[ChatCompletionsCreateArgs],
    ) -> AsyncAPIResponse[ChatCompletion]: ...

    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        **kwargs: Unpack[ChatCompletionsCreateArgs],
    ) -> AsyncAPIResponse[AsyncStream[ChatCompletionChunk]]: ...

    @overload
    async def create(
        self,
        *,
        stream: bool,
        **kwargs: Unpack[ChatCompletionsCreateArgs],
    ) -> AsyncAPIResponse[ChatCompletion] | AsyncAPIResponse[AsyncStream[ChatCompletionChunk]]: ...

    @signature_of_options(ChatCompletionsCreateArgs, missing=NOT_GIVEN, last=ModelCallOptions)
    async def create(
        self,
        *,
        stream: bool | None = None,
        **kwargs: Any,
    ) -> AsyncAPIResponse[ChatCompletion] | AsyncAPIResponse[AsyncStream[ChatCompletionChunk]]:
        """Create a chat completion.

        Creates a model response for the given conversation. With `stream: true` the reply is a
        stream of server-sent events, one `ChatCompletionChunk` per `data:` line, ending with
        `data: [DONE]`.

        Args:
            model (str, required): Poe model (bot) name, e.g. `Claude-Sonnet-4`.
            messages (Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage
                | ChatCompletionMessage], required): The conversation so far.
            max_tokens (int | None): Maximum number of tokens to generate.
            max_completion_tokens (int | None): Upper bound for generated tokens, reasoning
                tokens included.
            temperature (float | None): Sampling temperature, 0 to 2.
            top_p (float | None): Nucleus sampling probability mass, 0 to 1.
            top_k (int | None): Top-k sampling (model specific, not OpenAI standard).
            stop (StopConfigurationParam | None): Up to 4 sequences where the model stops
                generating.
            stream (bool | None): Stream the reply as server-sent events ending with `[DONE]`.
            stream_options (ChatCompletionStreamOptionsParam | ChatCompletionStreamOptions |
                None): Options for streamed replies.
            tools (Iterable[ChatCompletionToolParam | ChatCompletionTool] | None): Functions the
                model may call.
            tool_choice (ChatCompletionToolChoiceOptionParam | ChatCompletionToolChoiceOption |
                None): "none", "auto", "required", or a named function.
            parallel_tool_calls (bool | None): Allow several tool calls in one turn.
            n (int | None): Number of choices. Poe's policy is exactly 1; other servers may
                allow more.
            response_format (ResponseFormatParam | ResponseFormat | None): Plain text, any JSON
                object, or JSON matching a schema.
            seed (int | None): Seed for best-effort deterministic sampling.
            frequency_penalty (float | None): Penalty for frequent tokens, -2 to 2.
            presence_penalty (float | None): Penalty for tokens already present, -2 to 2.
            logit_bias (Mapping[str, int] | None): Token id to bias, -100 to 100.
            logprobs (bool | None): Return log probabilities of the output tokens.
            top_logprobs (int | None): Number of most likely tokens to return per position, 0 to
                20.
            user (str | None): Stable identifier of the end user, for abuse monitoring.
            reasoning_effort (ReasoningEffort | None): How much effort reasoning models spend.
            metadata (Mapping[str, str] | None): Key-value pairs attached to the request.
            store (bool | None): Store the output for distillation or evals.
            modalities (Sequence[Literal["text", "audio"]] | None): Output modalities, e.g.
                `["text"]` or `["text", "audio"]`.
            audio (ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None): Audio
                output settings, required when `modalities` includes `audio`.
            service_tier (ServiceTier | None): The processing tier to serve the request with
                (where the server offers tiers).
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout,
                fallback_models: the per-call options (``poe_sdk.ModelCallOptions``).
        """
        body, params, options = call_arguments(
            CREATE_CHAT_COMPLETION, {"stream": stream, **kwargs}, "chat.completions.create"
        )
        return cast(
            "AsyncAPIResponse[ChatCompletion] | AsyncAPIResponse[AsyncStream[ChatCompletionChunk]]",
            await self._client._request(
                CREATE_CHAT_COMPLETION, body=body, params=params, options=options, raw=True
            ),
        )


class AsyncChatCompletionsWithStreamingResponse(AsyncAPIResource):
    """``chat.completions`` with streamed responses.

    Methods return a context manager (``async with``) giving a
    ``AsyncStreamedAPIResponse``: the reply, its body read only as you iterate it.
    """

    @overload
    def create(
        self,
        *,
        stream: Literal[False] | None = None,
        **kwargs: Unpack[ChatCompletionsCreateArgs],
    ) -> AsyncResponseContextManager[ChatCompletion]: ...

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        **kwargs: Unpack[ChatCompletionsCreateArgs],
    ) -> AsyncResponseContextManager[AsyncStream[ChatCompletionChunk]]: ...

    @overload
    def create(
        self,
        *,
        stream: bool,
        **kwargs: Unpack[ChatCompletionsCreateArgs],
    ) -> (
        AsyncResponseContextManager[ChatCompletion]
        | AsyncResponseContextManager[AsyncStream[ChatCompletionChunk]]
    ): ...

    @signature_of_options(ChatCompletionsCreateArgs, missing=NOT_GIVEN, last=ModelCallOptions)
    def create(
        self,
        *,
        stream: bool | None = None,
        **kwargs: Any,
    ) -> (
        AsyncResponseContextManager[ChatCompletion]
        | AsyncResponseContextManager[AsyncStream[ChatCompletionChunk]]
    ):
        """Create a chat completion.

        Creates a model response for the given conversation. With `stream: true` the reply is a
        stream of server-sent events, one `ChatCompletionChunk` per `data:` line, ending with
        `data: [DONE]`.

        Args:
            model (str, required): Poe model (bot) name, e.g. `Claude-Sonnet-4`.
            messages (Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage
                | ChatCompletionMessage], required): The conversation so far.
            max_tokens (int | None): Maximum number of tokens to generate.
            max_completion_tokens (int | None): Upper bound for generated tokens, reasoning
                tokens included.
            temperature (float | None): Sampling temperature, 0 to 2.
            top_p (float | None): Nucleus sampling probability mass, 0 to 1.
            top_k (int | None): Top-k sampling (model specific, not OpenAI standard).
            stop (StopConfigurationParam | None): Up to 4 sequences where the model stops
                generating.
            stream (bool | None): Stream the reply as server-sent events ending with `[DONE]`.
            stream_options (ChatCompletionStreamOptionsParam | ChatCompletionStreamOptions |
                None): Options for streamed replies.
            tools (Iterable[ChatCompletionToolParam | ChatCompletionTool] | None): Functions the
                model may call.
            tool_choice (ChatCompletionToolChoiceOptionParam | ChatCompletionToolChoiceOption |
                None): "none", "auto", "required", or a named function.
            parallel_tool_calls (bool | None): Allow several tool calls in one turn.
            n (int | None): Number of choices. Poe's policy is exactly 1; other servers may
                allow more.
            response_format (ResponseFormatParam | ResponseFormat | None): Plain text, any JSON
                object, or JSON matching a schema.
            seed (int | None): Seed for best-effort deterministic sampling.
            frequency_penalty (float | None): Penalty for frequent tokens, -2 to 2.
            presence_penalty (float | None): Penalty for tokens already present, -2 to 2.
            logit_bias (Mapping[str, int] | None): Token id to bias, -100 to 100.
            logprobs (bool | None): Return log probabilities of the output tokens.
            top_logprobs (int | None): Number of most likely tokens to return per position, 0 to
                20.
            user (str | None): Stable identifier of the end user, for abuse monitoring.
            reasoning_effort (ReasoningEffort | None): How much effort reasoning models spend.
            metadata (Mapping[str, str] | None): Key-value pairs attached to the request.
            store (bool | None): Store the output for distillation or evals.
            modalities (Sequence[Literal["text", "audio"]] | None): Output modalities, e.g.
                `["text"]` or `["text", "audio"]`.
            audio (ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None): Audio
                output settings, required when `modalities` includes `audio`.
            service_tier (ServiceTier | None): The processing tier to serve the request with
                (where the server offers tiers).
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout,
                fallback_models: the per-call options (``poe_sdk.ModelCallOptions``).
        """
        body, params, options = call_arguments(
            CREATE_CHAT_COMPLETION, {"stream": stream, **kwargs}, "chat.completions.create"
        )
        return AsyncResponseContextManager(
            self._client._request(
                CREATE_CHAT_COMPLETION,
                body=body,
                params=params,
                options=options,
                raw=True,
                streamed=True,
            )
        )


class ChatCompletions(ChatCompletionsHelpers, SyncAPIResource):
    """The ``chat.completions`` operations."""

    @cached_property
    def with_raw_response(self) -> ChatCompletionsWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return ChatCompletionsWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> ChatCompletionsWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return ChatCompletionsWithStreamingResponse(self._client)

    @overload
    def create(
        self,
        *,
        stream: Literal[False] | None = None,
        **kwargs: Unpack[ChatCompletionsCreateArgs],
    ) -> ChatCompletion: ...

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        **kwargs: Unpack[ChatCompletionsCreateArgs],
    ) -> Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        stream: bool,
        **kwargs: Unpack[ChatCompletionsCreateArgs],
    ) -> ChatCompletion | Stream[ChatCompletionChunk]: ...

    @signature_of_options(ChatCompletionsCreateArgs, missing=NOT_GIVEN, last=ModelCallOptions)
    def create(
        self,
        *,
        stream: bool | None = None,
        **kwargs: Any,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]:
        """Create a chat completion.

        Creates a model response for the given conversation. With `stream: true` the reply is a
        stream of server-sent events, one `ChatCompletionChunk` per `data:` line, ending with
        `data: [DONE]`.

        Args:
            model (str, required): Poe model (bot) name, e.g. `Claude-Sonnet-4`.
            messages (Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage
                | ChatCompletionMessage], required): The conversation so far.
            max_tokens (int | None): Maximum number of tokens to generate.
            max_completion_tokens (int | None): Upper bound for generated tokens, reasoning
                tokens included.
            temperature (float | None): Sampling temperature, 0 to 2.
            top_p (float | None): Nucleus sampling probability mass, 0 to 1.
            top_k (int | None): Top-k sampling (model specific, not OpenAI standard).
            stop (StopConfigurationParam | None): Up to 4 sequences where the model stops
                generating.
            stream (bool | None): Stream the reply as server-sent events ending with `[DONE]`.
            stream_options (ChatCompletionStreamOptionsParam | ChatCompletionStreamOptions |
                None): Options for streamed replies.
            tools (Iterable[ChatCompletionToolParam | ChatCompletionTool] | None): Functions the
                model may call.
            tool_choice (ChatCompletionToolChoiceOptionParam | ChatCompletionToolChoiceOption |
                None): "none", "auto", "required", or a named function.
            parallel_tool_calls (bool | None): Allow several tool calls in one turn.
            n (int | None): Number of choices. Poe's policy is exactly 1; other servers may
                allow more.
            response_format (ResponseFormatParam | ResponseFormat | None): Plain text, any JSON
                object, or JSON matching a schema.
            seed (int | None): Seed for best-effort deterministic sampling.
            frequency_penalty (float | None): Penalty for frequent tokens, -2 to 2.
            presence_penalty (float | None): Penalty for tokens already present, -2 to 2.
            logit_bias (Mapping[str, int] | None): Token id to bias, -100 to 100.
            logprobs (bool | None): Return log probabilities of the output tokens.
            top_logprobs (int | None): Number of most likely tokens to return per position, 0 to
                20.
            user (str | None): Stable identifier of the end user, for abuse monitoring.
            reasoning_effort (ReasoningEffort | None): How much effort reasoning models spend.
            metadata (Mapping[str, str] | None): Key-value pairs attached to the request.
            store (bool | None): Store the output for distillation or evals.
            modalities (Sequence[Literal["text", "audio"]] | None): Output modalities, e.g.
                `["text"]` or `["text", "audio"]`.
            audio (ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None): Audio
                output settings, required when `modalities` includes `audio`.
            service_tier (ServiceTier | None): The processing tier to serve the request with
                (where the server offers tiers).
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout,
                fallback_models: the per-call options (``poe_sdk.ModelCallOptions``).
        """
        body, params, options = call_arguments(
            CREATE_CHAT_COMPLETION, {"stream": stream, **kwargs}, "chat.completions.create"
        )
        return cast(
            "ChatCompletion | Stream[ChatCompletionChunk]",
            self._client._request(
                CREATE_CHAT_COMPLETION, body=body, params=params, options=options, raw=False
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
        stream: Literal[False] | None = None,
        **kwargs: Unpack[ChatCompletionsCreateArgs],
    ) -> APIResponse[ChatCompletion]: ...

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        **kwargs: Unpack[ChatCompletionsCreateArgs],
    ) -> APIResponse[Stream[ChatCompletionChunk]]: ...

    @overload
    def create(
        self,
        *,
        stream: bool,
        **kwargs: Unpack[ChatCompletionsCreateArgs],
    ) -> APIResponse[ChatCompletion] | APIResponse[Stream[ChatCompletionChunk]]: ...

    @signature_of_options(ChatCompletionsCreateArgs, missing=NOT_GIVEN, last=ModelCallOptions)
    def create(
        self,
        *,
        stream: bool | None = None,
        **kwargs: Any,
    ) -> APIResponse[ChatCompletion] | APIResponse[Stream[ChatCompletionChunk]]:
        """Create a chat completion.

        Creates a model response for the given conversation. With `stream: true` the reply is a
        stream of server-sent events, one `ChatCompletionChunk` per `data:` line, ending with
        `data: [DONE]`.

        Args:
            model (str, required): Poe model (bot) name, e.g. `Claude-Sonnet-4`.
            messages (Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage
                | ChatCompletionMessage], required): The conversation so far.
            max_tokens (int | None): Maximum number of tokens to generate.
            max_completion_tokens (int | None): Upper bound for generated tokens, reasoning
                tokens included.
            temperature (float | None): Sampling temperature, 0 to 2.
            top_p (float | None): Nucleus sampling probability mass, 0 to 1.
            top_k (int | None): Top-k sampling (model specific, not OpenAI standard).
            stop (StopConfigurationParam | None): Up to 4 sequences where the model stops
                generating.
            stream (bool | None): Stream the reply as server-sent events ending with `[DONE]`.
            stream_options (ChatCompletionStreamOptionsParam | ChatCompletionStreamOptions |
                None): Options for streamed replies.
            tools (Iterable[ChatCompletionToolParam | ChatCompletionTool] | None): Functions the
                model may call.
            tool_choice (ChatCompletionToolChoiceOptionParam | ChatCompletionToolChoiceOption |
                None): "none", "auto", "required", or a named function.
            parallel_tool_calls (bool | None): Allow several tool calls in one turn.
            n (int | None): Number of choices. Poe's policy is exactly 1; other servers may
                allow more.
            response_format (ResponseFormatParam | ResponseFormat | None): Plain text, any JSON
                object, or JSON matching a schema.
            seed (int | None): Seed for best-effort deterministic sampling.
            frequency_penalty (float | None): Penalty for frequent tokens, -2 to 2.
            presence_penalty (float | None): Penalty for tokens already present, -2 to 2.
            logit_bias (Mapping[str, int] | None): Token id to bias, -100 to 100.
            logprobs (bool | None): Return log probabilities of the output tokens.
            top_logprobs (int | None): Number of most likely tokens to return per position, 0 to
                20.
            user (str | None): Stable identifier of the end user, for abuse monitoring.
            reasoning_effort (ReasoningEffort | None): How much effort reasoning models spend.
            metadata (Mapping[str, str] | None): Key-value pairs attached to the request.
            store (bool | None): Store the output for distillation or evals.
            modalities (Sequence[Literal["text", "audio"]] | None): Output modalities, e.g.
                `["text"]` or `["text", "audio"]`.
            audio (ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None): Audio
                output settings, required when `modalities` includes `audio`.
            service_tier (ServiceTier | None): The processing tier to serve the request with
                (where the server offers tiers).
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout,
                fallback_models: the per-call options (``poe_sdk.ModelCallOptions``).
        """
        body, params, options = call_arguments(
            CREATE_CHAT_COMPLETION, {"stream": stream, **kwargs}, "chat.completions.create"
        )
        return cast(
            "APIResponse[ChatCompletion] | APIResponse[Stream[ChatCompletionChunk]]",
            self._client._request(
                CREATE_CHAT_COMPLETION, body=body, params=params, options=options, raw=True
            ),
        )


class ChatCompletionsWithStreamingResponse(SyncAPIResource):
    """``chat.completions`` with streamed responses.

    Methods return a context manager (``with``) giving a
    ``StreamedAPIResponse``: the reply, its body read only as you iterate it.
    """

    @overload
    def create(
        self,
        *,
        stream: Literal[False] | None = None,
        **kwargs: Unpack[ChatCompletionsCreateArgs],
    ) -> ResponseContextManager[ChatCompletion]: ...

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        **kwargs: Unpack[ChatCompletionsCreateArgs],
    ) -> ResponseContextManager[Stream[ChatCompletionChunk]]: ...

    @overload
    def create(
        self,
        *,
        stream: bool,
        **kwargs: Unpack[ChatCompletionsCreateArgs],
    ) -> (
        ResponseContextManager[ChatCompletion] | ResponseContextManager[Stream[ChatCompletionChunk]]
    ): ...

    @signature_of_options(ChatCompletionsCreateArgs, missing=NOT_GIVEN, last=ModelCallOptions)
    def create(
        self,
        *,
        stream: bool | None = None,
        **kwargs: Any,
    ) -> (
        ResponseContextManager[ChatCompletion] | ResponseContextManager[Stream[ChatCompletionChunk]]
    ):
        """Create a chat completion.

        Creates a model response for the given conversation. With `stream: true` the reply is a
        stream of server-sent events, one `ChatCompletionChunk` per `data:` line, ending with
        `data: [DONE]`.

        Args:
            model (str, required): Poe model (bot) name, e.g. `Claude-Sonnet-4`.
            messages (Iterable[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage
                | ChatCompletionMessage], required): The conversation so far.
            max_tokens (int | None): Maximum number of tokens to generate.
            max_completion_tokens (int | None): Upper bound for generated tokens, reasoning
                tokens included.
            temperature (float | None): Sampling temperature, 0 to 2.
            top_p (float | None): Nucleus sampling probability mass, 0 to 1.
            top_k (int | None): Top-k sampling (model specific, not OpenAI standard).
            stop (StopConfigurationParam | None): Up to 4 sequences where the model stops
                generating.
            stream (bool | None): Stream the reply as server-sent events ending with `[DONE]`.
            stream_options (ChatCompletionStreamOptionsParam | ChatCompletionStreamOptions |
                None): Options for streamed replies.
            tools (Iterable[ChatCompletionToolParam | ChatCompletionTool] | None): Functions the
                model may call.
            tool_choice (ChatCompletionToolChoiceOptionParam | ChatCompletionToolChoiceOption |
                None): "none", "auto", "required", or a named function.
            parallel_tool_calls (bool | None): Allow several tool calls in one turn.
            n (int | None): Number of choices. Poe's policy is exactly 1; other servers may
                allow more.
            response_format (ResponseFormatParam | ResponseFormat | None): Plain text, any JSON
                object, or JSON matching a schema.
            seed (int | None): Seed for best-effort deterministic sampling.
            frequency_penalty (float | None): Penalty for frequent tokens, -2 to 2.
            presence_penalty (float | None): Penalty for tokens already present, -2 to 2.
            logit_bias (Mapping[str, int] | None): Token id to bias, -100 to 100.
            logprobs (bool | None): Return log probabilities of the output tokens.
            top_logprobs (int | None): Number of most likely tokens to return per position, 0 to
                20.
            user (str | None): Stable identifier of the end user, for abuse monitoring.
            reasoning_effort (ReasoningEffort | None): How much effort reasoning models spend.
            metadata (Mapping[str, str] | None): Key-value pairs attached to the request.
            store (bool | None): Store the output for distillation or evals.
            modalities (Sequence[Literal["text", "audio"]] | None): Output modalities, e.g.
                `["text"]` or `["text", "audio"]`.
            audio (ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | None): Audio
                output settings, required when `modalities` includes `audio`.
            service_tier (ServiceTier | None): The processing tier to serve the request with
                (where the server offers tiers).
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout,
                fallback_models: the per-call options (``poe_sdk.ModelCallOptions``).
        """
        body, params, options = call_arguments(
            CREATE_CHAT_COMPLETION, {"stream": stream, **kwargs}, "chat.completions.create"
        )
        return ResponseContextManager(
            lambda: self._client._request(
                CREATE_CHAT_COMPLETION,
                body=body,
                params=params,
                options=options,
                raw=True,
                streamed=True,
            )
        )


class AsyncResponses(AsyncResponsesHelpers, AsyncAPIResource):
    """The ``responses`` operations."""

    @cached_property
    def with_raw_response(self) -> AsyncResponsesWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncResponsesWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> AsyncResponsesWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return AsyncResponsesWithStreamingResponse(self._client)

    @overload
    async def create(
        self,
        *,
        stream: Literal[False] | None = None,
        **kwargs: Unpack[ResponsesCreateArgs],
    ) -> Response: ...

    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        **kwargs: Unpack[ResponsesCreateArgs],
    ) -> AsyncStream[ResponseStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        stream: bool,
        **kwargs: Unpack[ResponsesCreateArgs],
    ) -> Response | AsyncStream[ResponseStreamEvent]: ...

    @signature_of_options(ResponsesCreateArgs, missing=NOT_GIVEN, last=ModelCallOptions)
    async def create(
        self,
        *,
        stream: bool | None = None,
        **kwargs: Any,
    ) -> Response | AsyncStream[ResponseStreamEvent]:
        """Create a model response (the OpenAI Responses format).

        Creates a model response for `input` (text or input items), optionally continuing an
        earlier response (`previous_response_id`) without resending its history. With `stream:
        true` the reply is a stream of server-sent events, each with an `event:` line naming its
        `type`, ending with `response.completed` (or `response.failed` / `response.incomplete`)
        instead of `data: [DONE]`.

        Args:
            model (str, required): The model (bot) name, e.g. `GPT-5` or `Claude-Sonnet-4`.
            input (str | Iterable[ResponseInputItemParam | ResponseInputItem |
                ResponseOutputMessage | ResponseFunctionToolCall], required): The user's text,
                or a list of input items (messages, function call results).
            instructions (str | None): A system (developer) message placed before the input.
            stream (bool | None): Stream the response as server-sent events.
            max_output_tokens (int | None): The most tokens the output (reasoning included) may
                have.
            temperature (float | None): (not described by the spec)
            top_p (float | None): (not described by the spec)
            reasoning (ResponseReasoningConfigParam | ResponseReasoningConfig | None): How much
                the model reasons, and whether it summarises its reasoning.
            text (ResponseTextConfigParam | ResponseTextConfig | None): The output text's format
                (structured output with `json_schema`).
            tools (Iterable[ResponseToolParam | ResponseTool] | None): Tools the model may call.
            tool_choice (ResponseToolChoiceParam | ResponseToolChoice | None): "none", "auto",
                "required", a named function, or a built-in tool.
            parallel_tool_calls (bool | None): (not described by the spec)
            previous_response_id (str | None): Continue the conversation of this earlier
                response (its input and output are kept by the server).
            metadata (Mapping[str, str] | None): Up to 16 string pairs stored with the response.
            store (bool | None): Whether the server keeps the response (for
                `previous_response_id`).
            truncation (Literal["auto", "disabled"] | None): (not described by the spec)
            user (str | None): (not described by the spec)
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout,
                fallback_models: the per-call options (``poe_sdk.ModelCallOptions``).
        """
        body, params, options = call_arguments(
            CREATE_RESPONSE, {"stream": stream, **kwargs}, "responses.create"
        )
        return cast(
            "Response | AsyncStream[ResponseStreamEvent]",
            await self._client._request(
                CREATE_RESPONSE, body=body, params=params, options=options, raw=False
            ),
        )


class AsyncResponsesWithRawResponse(AsyncAPIResource):
    """``responses`` with raw responses.

    Methods return an ``AsyncAPIResponse``: the HTTP reply, with the parsed result on demand.
    """

    @overload
    async def create(
        self,
        *,
        stream: Literal[False] | None = None,
        **kwargs: Unpack[ResponsesCreateArgs],
    ) -> AsyncAPIResponse[Response]: ...

    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        **kwargs: Unpack[ResponsesCreateArgs],
    ) -> AsyncAPIResponse[AsyncStream[ResponseStreamEvent]]: ...

    @overload
    async def create(
        self,
        *,
        stream: bool,
        **kwargs: Unpack[ResponsesCreateArgs],
    ) -> AsyncAPIResponse[Response] | AsyncAPIResponse[AsyncStream[ResponseStreamEvent]]: ...

    @signature_of_options(ResponsesCreateArgs, missing=NOT_GIVEN, last=ModelCallOptions)
    async def create(
        self,
        *,
        stream: bool | None = None,
        **kwargs: Any,
    ) -> AsyncAPIResponse[Response] | AsyncAPIResponse[AsyncStream[ResponseStreamEvent]]:
        """Create a model response (the OpenAI Responses format).

        Creates a model response for `input` (text or input items), optionally continuing an
        earlier response (`previous_response_id`) without resending its history. With `stream:
        true` the reply is a stream of server-sent events, each with an `event:` line naming its
        `type`, ending with `response.completed` (or `response.failed` / `response.incomplete`)
        instead of `data: [DONE]`.

        Args:
            model (str, required): The model (bot) name, e.g. `GPT-5` or `Claude-Sonnet-4`.
            input (str | Iterable[ResponseInputItemParam | ResponseInputItem |
                ResponseOutputMessage | ResponseFunctionToolCall], required): The user's text,
                or a list of input items (messages, function call results).
            instructions (str | None): A system (developer) message placed before the input.
            stream (bool | None): Stream the response as server-sent events.
            max_output_tokens (int | None): The most tokens the output (reasoning included) may
                have.
            temperature (float | None): (not described by the spec)
            top_p (float | None): (not described by the spec)
            reasoning (ResponseReasoningConfigParam | ResponseReasoningConfig | None): How much
                the model reasons, and whether it summarises its reasoning.
            text (ResponseTextConfigParam | ResponseTextConfig | None): The output text's format
                (structured output with `json_schema`).
            tools (Iterable[ResponseToolParam | ResponseTool] | None): Tools the model may call.
            tool_choice (ResponseToolChoiceParam | ResponseToolChoice | None): "none", "auto",
                "required", a named function, or a built-in tool.
            parallel_tool_calls (bool | None): (not described by the spec)
            previous_response_id (str | None): Continue the conversation of this earlier
                response (its input and output are kept by the server).
            metadata (Mapping[str, str] | None): Up to 16 string pairs stored with the response.
            store (bool | None): Whether the server keeps the response (for
                `previous_response_id`).
            truncation (Literal["auto", "disabled"] | None): (not described by the spec)
            user (str | None): (not described by the spec)
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout,
                fallback_models: the per-call options (``poe_sdk.ModelCallOptions``).
        """
        body, params, options = call_arguments(
            CREATE_RESPONSE, {"stream": stream, **kwargs}, "responses.create"
        )
        return cast(
            "AsyncAPIResponse[Response] | AsyncAPIResponse[AsyncStream[ResponseStreamEvent]]",
            await self._client._request(
                CREATE_RESPONSE, body=body, params=params, options=options, raw=True
            ),
        )


class AsyncResponsesWithStreamingResponse(AsyncAPIResource):
    """``responses`` with streamed responses.

    Methods return a context manager (``async with``) giving a
    ``AsyncStreamedAPIResponse``: the reply, its body read only as you iterate it.
    """

    @overload
    def create(
        self,
        *,
        stream: Literal[False] | None = None,
        **kwargs: Unpack[ResponsesCreateArgs],
    ) -> AsyncResponseContextManager[Response]: ...

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        **kwargs: Unpack[ResponsesCreateArgs],
    ) -> AsyncResponseContextManager[AsyncStream[ResponseStreamEvent]]: ...

    @overload
    def create(
        self,
        *,
        stream: bool,
        **kwargs: Unpack[ResponsesCreateArgs],
    ) -> (
        AsyncResponseContextManager[Response]
        | AsyncResponseContextManager[AsyncStream[ResponseStreamEvent]]
    ): ...

    @signature_of_options(ResponsesCreateArgs, missing=NOT_GIVEN, last=ModelCallOptions)
    def create(
        self,
        *,
        stream: bool | None = None,
        **kwargs: Any,
    ) -> (
        AsyncResponseContextManager[Response]
        | AsyncResponseContextManager[AsyncStream[ResponseStreamEvent]]
    ):
        """Create a model response (the OpenAI Responses format).

        Creates a model response for `input` (text or input items), optionally continuing an
        earlier response (`previous_response_id`) without resending its history. With `stream:
        true` the reply is a stream of server-sent events, each with an `event:` line naming its
        `type`, ending with `response.completed` (or `response.failed` / `response.incomplete`)
        instead of `data: [DONE]`.

        Args:
            model (str, required): The model (bot) name, e.g. `GPT-5` or `Claude-Sonnet-4`.
            input (str | Iterable[ResponseInputItemParam | ResponseInputItem |
                ResponseOutputMessage | ResponseFunctionToolCall], required): The user's text,
                or a list of input items (messages, function call results).
            instructions (str | None): A system (developer) message placed before the input.
            stream (bool | None): Stream the response as server-sent events.
            max_output_tokens (int | None): The most tokens the output (reasoning included) may
                have.
            temperature (float | None): (not described by the spec)
            top_p (float | None): (not described by the spec)
            reasoning (ResponseReasoningConfigParam | ResponseReasoningConfig | None): How much
                the model reasons, and whether it summarises its reasoning.
            text (ResponseTextConfigParam | ResponseTextConfig | None): The output text's format
                (structured output with `json_schema`).
            tools (Iterable[ResponseToolParam | ResponseTool] | None): Tools the model may call.
            tool_choice (ResponseToolChoiceParam | ResponseToolChoice | None): "none", "auto",
                "required", a named function, or a built-in tool.
            parallel_tool_calls (bool | None): (not described by the spec)
            previous_response_id (str | None): Continue the conversation of this earlier
                response (its input and output are kept by the server).
            metadata (Mapping[str, str] | None): Up to 16 string pairs stored with the response.
            store (bool | None): Whether the server keeps the response (for
                `previous_response_id`).
            truncation (Literal["auto", "disabled"] | None): (not described by the spec)
            user (str | None): (not described by the spec)
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout,
                fallback_models: the per-call options (``poe_sdk.ModelCallOptions``).
        """
        body, params, options = call_arguments(
            CREATE_RESPONSE, {"stream": stream, **kwargs}, "responses.create"
        )
        return AsyncResponseContextManager(
            self._client._request(
                CREATE_RESPONSE, body=body, params=params, options=options, raw=True, streamed=True
            )
        )


class Responses(ResponsesHelpers, SyncAPIResource):
    """The ``responses`` operations."""

    @cached_property
    def with_raw_response(self) -> ResponsesWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return ResponsesWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> ResponsesWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return ResponsesWithStreamingResponse(self._client)

    @overload
    def create(
        self,
        *,
        stream: Literal[False] | None = None,
        **kwargs: Unpack[ResponsesCreateArgs],
    ) -> Response: ...

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        **kwargs: Unpack[ResponsesCreateArgs],
    ) -> Stream[ResponseStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        stream: bool,
        **kwargs: Unpack[ResponsesCreateArgs],
    ) -> Response | Stream[ResponseStreamEvent]: ...

    @signature_of_options(ResponsesCreateArgs, missing=NOT_GIVEN, last=ModelCallOptions)
    def create(
        self,
        *,
        stream: bool | None = None,
        **kwargs: Any,
    ) -> Response | Stream[ResponseStreamEvent]:
        """Create a model response (the OpenAI Responses format).

        Creates a model response for `input` (text or input items), optionally continuing an
        earlier response (`previous_response_id`) without resending its history. With `stream:
        true` the reply is a stream of server-sent events, each with an `event:` line naming its
        `type`, ending with `response.completed` (or `response.failed` / `response.incomplete`)
        instead of `data: [DONE]`.

        Args:
            model (str, required): The model (bot) name, e.g. `GPT-5` or `Claude-Sonnet-4`.
            input (str | Iterable[ResponseInputItemParam | ResponseInputItem |
                ResponseOutputMessage | ResponseFunctionToolCall], required): The user's text,
                or a list of input items (messages, function call results).
            instructions (str | None): A system (developer) message placed before the input.
            stream (bool | None): Stream the response as server-sent events.
            max_output_tokens (int | None): The most tokens the output (reasoning included) may
                have.
            temperature (float | None): (not described by the spec)
            top_p (float | None): (not described by the spec)
            reasoning (ResponseReasoningConfigParam | ResponseReasoningConfig | None): How much
                the model reasons, and whether it summarises its reasoning.
            text (ResponseTextConfigParam | ResponseTextConfig | None): The output text's format
                (structured output with `json_schema`).
            tools (Iterable[ResponseToolParam | ResponseTool] | None): Tools the model may call.
            tool_choice (ResponseToolChoiceParam | ResponseToolChoice | None): "none", "auto",
                "required", a named function, or a built-in tool.
            parallel_tool_calls (bool | None): (not described by the spec)
            previous_response_id (str | None): Continue the conversation of this earlier
                response (its input and output are kept by the server).
            metadata (Mapping[str, str] | None): Up to 16 string pairs stored with the response.
            store (bool | None): Whether the server keeps the response (for
                `previous_response_id`).
            truncation (Literal["auto", "disabled"] | None): (not described by the spec)
            user (str | None): (not described by the spec)
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout,
                fallback_models: the per-call options (``poe_sdk.ModelCallOptions``).
        """
        body, params, options = call_arguments(
            CREATE_RESPONSE, {"stream": stream, **kwargs}, "responses.create"
        )
        return cast(
            "Response | Stream[ResponseStreamEvent]",
            self._client._request(
                CREATE_RESPONSE, body=body, params=params, options=options, raw=False
            ),
        )


class ResponsesWithRawResponse(SyncAPIResource):
    """``responses`` with raw responses.

    Methods return an ``APIResponse``: the HTTP reply, with the parsed result on demand.
    """

    @overload
    def create(
        self,
        *,
        stream: Literal[False] | None = None,
        **kwargs: Unpack[ResponsesCreateArgs],
    ) -> APIResponse[Response]: ...

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        **kwargs: Unpack[ResponsesCreateArgs],
    ) -> APIResponse[Stream[ResponseStreamEvent]]: ...

    @overload
    def create(
        self,
        *,
        stream: bool,
        **kwargs: Unpack[ResponsesCreateArgs],
    ) -> APIResponse[Response] | APIResponse[Stream[ResponseStreamEvent]]: ...

    @signature_of_options(ResponsesCreateArgs, missing=NOT_GIVEN, last=ModelCallOptions)
    def create(
        self,
        *,
        stream: bool | None = None,
        **kwargs: Any,
    ) -> APIResponse[Response] | APIResponse[Stream[ResponseStreamEvent]]:
        """Create a model response (the OpenAI Responses format).

        Creates a model response for `input` (text or input items), optionally continuing an
        earlier response (`previous_response_id`) without resending its history. With `stream:
        true` the reply is a stream of server-sent events, each with an `event:` line naming its
        `type`, ending with `response.completed` (or `response.failed` / `response.incomplete`)
        instead of `data: [DONE]`.

        Args:
            model (str, required): The model (bot) name, e.g. `GPT-5` or `Claude-Sonnet-4`.
            input (str | Iterable[ResponseInputItemParam | ResponseInputItem |
                ResponseOutputMessage | ResponseFunctionToolCall], required): The user's text,
                or a list of input items (messages, function call results).
            instructions (str | None): A system (developer) message placed before the input.
            stream (bool | None): Stream the response as server-sent events.
            max_output_tokens (int | None): The most tokens the output (reasoning included) may
                have.
            temperature (float | None): (not described by the spec)
            top_p (float | None): (not described by the spec)
            reasoning (ResponseReasoningConfigParam | ResponseReasoningConfig | None): How much
                the model reasons, and whether it summarises its reasoning.
            text (ResponseTextConfigParam | ResponseTextConfig | None): The output text's format
                (structured output with `json_schema`).
            tools (Iterable[ResponseToolParam | ResponseTool] | None): Tools the model may call.
            tool_choice (ResponseToolChoiceParam | ResponseToolChoice | None): "none", "auto",
                "required", a named function, or a built-in tool.
            parallel_tool_calls (bool | None): (not described by the spec)
            previous_response_id (str | None): Continue the conversation of this earlier
                response (its input and output are kept by the server).
            metadata (Mapping[str, str] | None): Up to 16 string pairs stored with the response.
            store (bool | None): Whether the server keeps the response (for
                `previous_response_id`).
            truncation (Literal["auto", "disabled"] | None): (not described by the spec)
            user (str | None): (not described by the spec)
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout,
                fallback_models: the per-call options (``poe_sdk.ModelCallOptions``).
        """
        body, params, options = call_arguments(
            CREATE_RESPONSE, {"stream": stream, **kwargs}, "responses.create"
        )
        return cast(
            "APIResponse[Response] | APIResponse[Stream[ResponseStreamEvent]]",
            self._client._request(
                CREATE_RESPONSE, body=body, params=params, options=options, raw=True
            ),
        )


class ResponsesWithStreamingResponse(SyncAPIResource):
    """``responses`` with streamed responses.

    Methods return a context manager (``with``) giving a
    ``StreamedAPIResponse``: the reply, its body read only as you iterate it.
    """

    @overload
    def create(
        self,
        *,
        stream: Literal[False] | None = None,
        **kwargs: Unpack[ResponsesCreateArgs],
    ) -> ResponseContextManager[Response]: ...

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        **kwargs: Unpack[ResponsesCreateArgs],
    ) -> ResponseContextManager[Stream[ResponseStreamEvent]]: ...

    @overload
    def create(
        self,
        *,
        stream: bool,
        **kwargs: Unpack[ResponsesCreateArgs],
    ) -> ResponseContextManager[Response] | ResponseContextManager[Stream[ResponseStreamEvent]]: ...

    @signature_of_options(ResponsesCreateArgs, missing=NOT_GIVEN, last=ModelCallOptions)
    def create(
        self,
        *,
        stream: bool | None = None,
        **kwargs: Any,
    ) -> ResponseContextManager[Response] | ResponseContextManager[Stream[ResponseStreamEvent]]:
        """Create a model response (the OpenAI Responses format).

        Creates a model response for `input` (text or input items), optionally continuing an
        earlier response (`previous_response_id`) without resending its history. With `stream:
        true` the reply is a stream of server-sent events, each with an `event:` line naming its
        `type`, ending with `response.completed` (or `response.failed` / `response.incomplete`)
        instead of `data: [DONE]`.

        Args:
            model (str, required): The model (bot) name, e.g. `GPT-5` or `Claude-Sonnet-4`.
            input (str | Iterable[ResponseInputItemParam | ResponseInputItem |
                ResponseOutputMessage | ResponseFunctionToolCall], required): The user's text,
                or a list of input items (messages, function call results).
            instructions (str | None): A system (developer) message placed before the input.
            stream (bool | None): Stream the response as server-sent events.
            max_output_tokens (int | None): The most tokens the output (reasoning included) may
                have.
            temperature (float | None): (not described by the spec)
            top_p (float | None): (not described by the spec)
            reasoning (ResponseReasoningConfigParam | ResponseReasoningConfig | None): How much
                the model reasons, and whether it summarises its reasoning.
            text (ResponseTextConfigParam | ResponseTextConfig | None): The output text's format
                (structured output with `json_schema`).
            tools (Iterable[ResponseToolParam | ResponseTool] | None): Tools the model may call.
            tool_choice (ResponseToolChoiceParam | ResponseToolChoice | None): "none", "auto",
                "required", a named function, or a built-in tool.
            parallel_tool_calls (bool | None): (not described by the spec)
            previous_response_id (str | None): Continue the conversation of this earlier
                response (its input and output are kept by the server).
            metadata (Mapping[str, str] | None): Up to 16 string pairs stored with the response.
            store (bool | None): Whether the server keeps the response (for
                `previous_response_id`).
            truncation (Literal["auto", "disabled"] | None): (not described by the spec)
            user (str | None): (not described by the spec)
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout,
                fallback_models: the per-call options (``poe_sdk.ModelCallOptions``).
        """
        body, params, options = call_arguments(
            CREATE_RESPONSE, {"stream": stream, **kwargs}, "responses.create"
        )
        return ResponseContextManager(
            lambda: self._client._request(
                CREATE_RESPONSE, body=body, params=params, options=options, raw=True, streamed=True
            )
        )


class AsyncModels(AsyncAPIResource):
    """The ``models`` operations."""

    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncModelsWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> AsyncModelsWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return AsyncModelsWithStreamingResponse(self._client)

    @signature_of_options(ModelsListArgs, missing=NOT_GIVEN, last=CallOptions)
    def list(
        self,
        **kwargs: Unpack[ModelsListArgs],
    ) -> AsyncPaginator[Model, ModelList]:
        """List the models (bots) the server offers.

        Needs no API key on Poe; `created` is in milliseconds there.

        Paginated: ``await`` it for the first page, or ``async for`` over the items of every
        page.

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        _body, params, options = call_arguments(LIST_MODELS, kwargs, "models.list")
        return AsyncPaginator[Model, ModelList](self._client, LIST_MODELS, params or {}, options)


class AsyncModelsWithRawResponse(AsyncAPIResource):
    """``models`` with raw responses.

    Methods return an ``AsyncAPIResponse``: the HTTP reply, with the parsed result on demand.
    """

    @signature_of_options(ModelsListArgs, missing=NOT_GIVEN, last=CallOptions)
    async def list(
        self,
        **kwargs: Unpack[ModelsListArgs],
    ) -> AsyncAPIResponse[ModelList]:
        """List the models (bots) the server offers.

        Needs no API key on Poe; `created` is in milliseconds there.

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(LIST_MODELS, kwargs, "models.list")
        return cast(
            "AsyncAPIResponse[ModelList]",
            await self._client._request(
                LIST_MODELS, body=body, params=params, options=options, raw=True
            ),
        )


class AsyncModelsWithStreamingResponse(AsyncAPIResource):
    """``models`` with streamed responses.

    Methods return a context manager (``async with``) giving a
    ``AsyncStreamedAPIResponse``: the reply, its body read only as you iterate it.
    """

    @signature_of_options(ModelsListArgs, missing=NOT_GIVEN, last=CallOptions)
    def list(
        self,
        **kwargs: Unpack[ModelsListArgs],
    ) -> AsyncResponseContextManager[ModelList]:
        """List the models (bots) the server offers.

        Needs no API key on Poe; `created` is in milliseconds there.

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(LIST_MODELS, kwargs, "models.list")
        return AsyncResponseContextManager(
            self._client._request(
                LIST_MODELS, body=body, params=params, options=options, raw=True, streamed=True
            )
        )


class Models(SyncAPIResource):
    """The ``models`` operations."""

    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return ModelsWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> ModelsWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return ModelsWithStreamingResponse(self._client)

    @signature_of_options(ModelsListArgs, missing=NOT_GIVEN, last=CallOptions)
    def list(
        self,
        **kwargs: Unpack[ModelsListArgs],
    ) -> SyncPage[Model, ModelList]:
        """List the models (bots) the server offers.

        Needs no API key on Poe; `created` is in milliseconds there.

        Paginated: ``for`` over the items of every page.

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        _body, params, options = call_arguments(LIST_MODELS, kwargs, "models.list")
        return SyncPage[Model, ModelList].first(self._client, LIST_MODELS, params or {}, options)


class ModelsWithRawResponse(SyncAPIResource):
    """``models`` with raw responses.

    Methods return an ``APIResponse``: the HTTP reply, with the parsed result on demand.
    """

    @signature_of_options(ModelsListArgs, missing=NOT_GIVEN, last=CallOptions)
    def list(
        self,
        **kwargs: Unpack[ModelsListArgs],
    ) -> APIResponse[ModelList]:
        """List the models (bots) the server offers.

        Needs no API key on Poe; `created` is in milliseconds there.

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(LIST_MODELS, kwargs, "models.list")
        return cast(
            "APIResponse[ModelList]",
            self._client._request(LIST_MODELS, body=body, params=params, options=options, raw=True),
        )


class ModelsWithStreamingResponse(SyncAPIResource):
    """``models`` with streamed responses.

    Methods return a context manager (``with``) giving a
    ``StreamedAPIResponse``: the reply, its body read only as you iterate it.
    """

    @signature_of_options(ModelsListArgs, missing=NOT_GIVEN, last=CallOptions)
    def list(
        self,
        **kwargs: Unpack[ModelsListArgs],
    ) -> ResponseContextManager[ModelList]:
        """List the models (bots) the server offers.

        Needs no API key on Poe; `created` is in milliseconds there.

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(LIST_MODELS, kwargs, "models.list")
        return ResponseContextManager(
            lambda: self._client._request(
                LIST_MODELS, body=body, params=params, options=options, raw=True, streamed=True
            )
        )


class AsyncUsage(AsyncAPIResource):
    """The ``usage`` operations."""

    @cached_property
    def with_raw_response(self) -> AsyncUsageWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncUsageWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> AsyncUsageWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return AsyncUsageWithStreamingResponse(self._client)

    @signature_of_options(UsageCurrentBalanceArgs, missing=NOT_GIVEN, last=CallOptions)
    async def current_balance(
        self,
        **kwargs: Unpack[UsageCurrentBalanceArgs],
    ) -> CurrentBalance:
        """The account's current point balance.

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(GET_CURRENT_BALANCE, kwargs, "usage.current_balance")
        return cast(
            "CurrentBalance",
            await self._client._request(
                GET_CURRENT_BALANCE, body=body, params=params, options=options, raw=False
            ),
        )

    @signature_of_options(UsagePointsHistoryArgs, missing=NOT_GIVEN, last=CallOptions)
    def points_history(
        self,
        **kwargs: Unpack[UsagePointsHistoryArgs],
    ) -> AsyncPaginator[PointsHistoryEntry, PointsHistory]:
        """The points spent in the last 30 days, newest first.

        Paginated: ``await`` it for the first page, or ``async for`` over the items of every
        page.

        Args:
            limit (int | None): Entries per page, 1 to 100 (the server's default is 20).
            starting_after (str | None): The `query_id` of the last entry of the previous page.
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        _body, params, options = call_arguments(GET_POINTS_HISTORY, kwargs, "usage.points_history")
        return AsyncPaginator[PointsHistoryEntry, PointsHistory](
            self._client, GET_POINTS_HISTORY, params or {}, options
        )


class AsyncUsageWithRawResponse(AsyncAPIResource):
    """``usage`` with raw responses.

    Methods return an ``AsyncAPIResponse``: the HTTP reply, with the parsed result on demand.
    """

    @signature_of_options(UsageCurrentBalanceArgs, missing=NOT_GIVEN, last=CallOptions)
    async def current_balance(
        self,
        **kwargs: Unpack[UsageCurrentBalanceArgs],
    ) -> AsyncAPIResponse[CurrentBalance]:
        """The account's current point balance.

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(GET_CURRENT_BALANCE, kwargs, "usage.current_balance")
        return cast(
            "AsyncAPIResponse[CurrentBalance]",
            await self._client._request(
                GET_CURRENT_BALANCE, body=body, params=params, options=options, raw=True
            ),
        )

    @signature_of_options(UsagePointsHistoryArgs, missing=NOT_GIVEN, last=CallOptions)
    async def points_history(
        self,
        **kwargs: Unpack[UsagePointsHistoryArgs],
    ) -> AsyncAPIResponse[PointsHistory]:
        """The points spent in the last 30 days, newest first.

        Args:
            limit (int | None): Entries per page, 1 to 100 (the server's default is 20).
            starting_after (str | None): The `query_id` of the last entry of the previous page.
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(GET_POINTS_HISTORY, kwargs, "usage.points_history")
        return cast(
            "AsyncAPIResponse[PointsHistory]",
            await self._client._request(
                GET_POINTS_HISTORY, body=body, params=params, options=options, raw=True
            ),
        )


class AsyncUsageWithStreamingResponse(AsyncAPIResource):
    """``usage`` with streamed responses.

    Methods return a context manager (``async with``) giving a
    ``AsyncStreamedAPIResponse``: the reply, its body read only as you iterate it.
    """

    @signature_of_options(UsageCurrentBalanceArgs, missing=NOT_GIVEN, last=CallOptions)
    def current_balance(
        self,
        **kwargs: Unpack[UsageCurrentBalanceArgs],
    ) -> AsyncResponseContextManager[CurrentBalance]:
        """The account's current point balance.

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(GET_CURRENT_BALANCE, kwargs, "usage.current_balance")
        return AsyncResponseContextManager(
            self._client._request(
                GET_CURRENT_BALANCE,
                body=body,
                params=params,
                options=options,
                raw=True,
                streamed=True,
            )
        )

    @signature_of_options(UsagePointsHistoryArgs, missing=NOT_GIVEN, last=CallOptions)
    def points_history(
        self,
        **kwargs: Unpack[UsagePointsHistoryArgs],
    ) -> AsyncResponseContextManager[PointsHistory]:
        """The points spent in the last 30 days, newest first.

        Args:
            limit (int | None): Entries per page, 1 to 100 (the server's default is 20).
            starting_after (str | None): The `query_id` of the last entry of the previous page.
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(GET_POINTS_HISTORY, kwargs, "usage.points_history")
        return AsyncResponseContextManager(
            self._client._request(
                GET_POINTS_HISTORY,
                body=body,
                params=params,
                options=options,
                raw=True,
                streamed=True,
            )
        )


class Usage(SyncAPIResource):
    """The ``usage`` operations."""

    @cached_property
    def with_raw_response(self) -> UsageWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return UsageWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> UsageWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return UsageWithStreamingResponse(self._client)

    @signature_of_options(UsageCurrentBalanceArgs, missing=NOT_GIVEN, last=CallOptions)
    def current_balance(
        self,
        **kwargs: Unpack[UsageCurrentBalanceArgs],
    ) -> CurrentBalance:
        """The account's current point balance.

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(GET_CURRENT_BALANCE, kwargs, "usage.current_balance")
        return cast(
            "CurrentBalance",
            self._client._request(
                GET_CURRENT_BALANCE, body=body, params=params, options=options, raw=False
            ),
        )

    @signature_of_options(UsagePointsHistoryArgs, missing=NOT_GIVEN, last=CallOptions)
    def points_history(
        self,
        **kwargs: Unpack[UsagePointsHistoryArgs],
    ) -> SyncPage[PointsHistoryEntry, PointsHistory]:
        """The points spent in the last 30 days, newest first.

        Paginated: ``for`` over the items of every page.

        Args:
            limit (int | None): Entries per page, 1 to 100 (the server's default is 20).
            starting_after (str | None): The `query_id` of the last entry of the previous page.
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        _body, params, options = call_arguments(GET_POINTS_HISTORY, kwargs, "usage.points_history")
        return SyncPage[PointsHistoryEntry, PointsHistory].first(
            self._client, GET_POINTS_HISTORY, params or {}, options
        )


class UsageWithRawResponse(SyncAPIResource):
    """``usage`` with raw responses.

    Methods return an ``APIResponse``: the HTTP reply, with the parsed result on demand.
    """

    @signature_of_options(UsageCurrentBalanceArgs, missing=NOT_GIVEN, last=CallOptions)
    def current_balance(
        self,
        **kwargs: Unpack[UsageCurrentBalanceArgs],
    ) -> APIResponse[CurrentBalance]:
        """The account's current point balance.

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(GET_CURRENT_BALANCE, kwargs, "usage.current_balance")
        return cast(
            "APIResponse[CurrentBalance]",
            self._client._request(
                GET_CURRENT_BALANCE, body=body, params=params, options=options, raw=True
            ),
        )

    @signature_of_options(UsagePointsHistoryArgs, missing=NOT_GIVEN, last=CallOptions)
    def points_history(
        self,
        **kwargs: Unpack[UsagePointsHistoryArgs],
    ) -> APIResponse[PointsHistory]:
        """The points spent in the last 30 days, newest first.

        Args:
            limit (int | None): Entries per page, 1 to 100 (the server's default is 20).
            starting_after (str | None): The `query_id` of the last entry of the previous page.
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(GET_POINTS_HISTORY, kwargs, "usage.points_history")
        return cast(
            "APIResponse[PointsHistory]",
            self._client._request(
                GET_POINTS_HISTORY, body=body, params=params, options=options, raw=True
            ),
        )


class UsageWithStreamingResponse(SyncAPIResource):
    """``usage`` with streamed responses.

    Methods return a context manager (``with``) giving a
    ``StreamedAPIResponse``: the reply, its body read only as you iterate it.
    """

    @signature_of_options(UsageCurrentBalanceArgs, missing=NOT_GIVEN, last=CallOptions)
    def current_balance(
        self,
        **kwargs: Unpack[UsageCurrentBalanceArgs],
    ) -> ResponseContextManager[CurrentBalance]:
        """The account's current point balance.

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(GET_CURRENT_BALANCE, kwargs, "usage.current_balance")
        return ResponseContextManager(
            lambda: self._client._request(
                GET_CURRENT_BALANCE,
                body=body,
                params=params,
                options=options,
                raw=True,
                streamed=True,
            )
        )

    @signature_of_options(UsagePointsHistoryArgs, missing=NOT_GIVEN, last=CallOptions)
    def points_history(
        self,
        **kwargs: Unpack[UsagePointsHistoryArgs],
    ) -> ResponseContextManager[PointsHistory]:
        """The points spent in the last 30 days, newest first.

        Args:
            limit (int | None): Entries per page, 1 to 100 (the server's default is 20).
            starting_after (str | None): The `query_id` of the last entry of the previous page.
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(GET_POINTS_HISTORY, kwargs, "usage.points_history")
        return ResponseContextManager(
            lambda: self._client._request(
                GET_POINTS_HISTORY,
                body=body,
                params=params,
                options=options,
                raw=True,
                streamed=True,
            )
        )


class AsyncRootResources:
    """Mixin of the async client: one cached property per top-level resource."""

    @cached_property
    def with_raw_response(self) -> AsyncRootResourcesWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncRootResourcesWithRawResponse(cast("AsyncRequester", self))

    @cached_property
    def with_streaming_response(self) -> AsyncRootResourcesWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return AsyncRootResourcesWithStreamingResponse(cast("AsyncRequester", self))

    @cached_property
    def chat(self) -> AsyncChat:
        """The ``chat`` resource."""
        return AsyncChat(cast("AsyncRequester", self))

    @cached_property
    def responses(self) -> AsyncResponses:
        """The ``responses`` resource."""
        return AsyncResponses(cast("AsyncRequester", self))

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
    def responses(self) -> AsyncResponsesWithRawResponse:
        """The ``responses`` resource."""
        return AsyncResponsesWithRawResponse(self._client)

    @cached_property
    def models(self) -> AsyncModelsWithRawResponse:
        """The ``models`` resource."""
        return AsyncModelsWithRawResponse(self._client)

    @cached_property
    def usage(self) -> AsyncUsageWithRawResponse:
        """The ``usage`` resource."""
        return AsyncUsageWithRawResponse(self._client)


class AsyncRootResourcesWithStreamingResponse(AsyncAPIResource):
    """The resources with streamed responses.

    Methods return a context manager (``async with``) giving a
    ``AsyncStreamedAPIResponse``: the reply, its body read only as you iterate it.
    """

    @cached_property
    def chat(self) -> AsyncChatWithStreamingResponse:
        """The ``chat`` resource."""
        return AsyncChatWithStreamingResponse(self._client)

    @cached_property
    def responses(self) -> AsyncResponsesWithStreamingResponse:
        """The ``responses`` resource."""
        return AsyncResponsesWithStreamingResponse(self._client)

    @cached_property
    def models(self) -> AsyncModelsWithStreamingResponse:
        """The ``models`` resource."""
        return AsyncModelsWithStreamingResponse(self._client)

    @cached_property
    def usage(self) -> AsyncUsageWithStreamingResponse:
        """The ``usage`` resource."""
        return AsyncUsageWithStreamingResponse(self._client)


class SyncRootResources:
    """Mixin of the sync client: one cached property per top-level resource."""

    @cached_property
    def with_raw_response(self) -> SyncRootResourcesWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return SyncRootResourcesWithRawResponse(cast("SyncRequester", self))

    @cached_property
    def with_streaming_response(self) -> SyncRootResourcesWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return SyncRootResourcesWithStreamingResponse(cast("SyncRequester", self))

    @cached_property
    def chat(self) -> Chat:
        """The ``chat`` resource."""
        return Chat(cast("SyncRequester", self))

    @cached_property
    def responses(self) -> Responses:
        """The ``responses`` resource."""
        return Responses(cast("SyncRequester", self))

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
    def responses(self) -> ResponsesWithRawResponse:
        """The ``responses`` resource."""
        return ResponsesWithRawResponse(self._client)

    @cached_property
    def models(self) -> ModelsWithRawResponse:
        """The ``models`` resource."""
        return ModelsWithRawResponse(self._client)

    @cached_property
    def usage(self) -> UsageWithRawResponse:
        """The ``usage`` resource."""
        return UsageWithRawResponse(self._client)


class SyncRootResourcesWithStreamingResponse(SyncAPIResource):
    """The resources with streamed responses.

    Methods return a context manager (``with``) giving a
    ``StreamedAPIResponse``: the reply, its body read only as you iterate it.
    """

    @cached_property
    def chat(self) -> ChatWithStreamingResponse:
        """The ``chat`` resource."""
        return ChatWithStreamingResponse(self._client)

    @cached_property
    def responses(self) -> ResponsesWithStreamingResponse:
        """The ``responses`` resource."""
        return ResponsesWithStreamingResponse(self._client)

    @cached_property
    def models(self) -> ModelsWithStreamingResponse:
        """The ``models`` resource."""
        return ModelsWithStreamingResponse(self._client)

    @cached_property
    def usage(self) -> UsageWithStreamingResponse:
        """The ``usage`` resource."""
        return UsageWithStreamingResponse(self._client)
