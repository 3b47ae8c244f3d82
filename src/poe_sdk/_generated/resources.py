# DO NOT EDIT: generated from openapi.yaml (sha256 ac23569ba2b7c82c) by `make generate` (python codegen/generate.py).  # noqa: E501
# pyright: reportPrivateUsage=false
"""The operations of openapi.yaml, grouped by resource (``client.chat.completions.create``).

``AsyncRootResources`` and ``SyncRootResources`` are mixins of the hand-written clients, so a
new operation in the spec appears on the client after ``make generate`` with no hand edits.
Each method packs its arguments and calls the client's ``_request``; see
``poe_sdk._request.operation``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Any, Literal, cast, overload

from pydantic import Field, TypeAdapter
from typing_extensions import Required, Unpack

from poe_sdk._base_models import RequestModel
from poe_sdk._not_given import NOT_GIVEN, NotGiven, Omit
from poe_sdk._replies.pagination import AsyncPaginator, SyncPage
from poe_sdk._replies.twins import Twin
from poe_sdk._request.multipart import FileTypes
from poe_sdk._request.operation import (
    AsyncAPIResource,
    AsyncRequester,
    CallOptions,
    Child,
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
from poe_sdk._request.signatures import arguments_documented_by, signature_of_options
from poe_sdk.lib import (
    AsyncChatCompletionsHelpers,
    AsyncMessagesHelpers,
    AsyncResponsesHelpers,
    AsyncVideosHelpers,
    ChatCompletionAccumulator,
    ChatCompletionsHelpers,
    MessageAccumulator,
    MessagesHelpers,
    ResponseAccumulator,
    ResponsesHelpers,
    VideosHelpers,
)
from poe_sdk.lib._resources import describe_helpers

from .models import (
    ApiBotSettingsInput,
    Bot,
    BotList,
    BotWriteStatus,
    ChatCompletion,
    ChatCompletionAudioRequest,
    ChatCompletionChunk,
    ChatCompletionMessage,
    ChatCompletionRequestMessage,
    ChatCompletionStreamOptions,
    ChatCompletionTool,
    ChatCompletionToolChoiceOption,
    CreateBotRequest,
    CreateChatCompletionRequest,
    CreateMessageRequest,
    CreateResponseRequest,
    CreateVideoRequest,
    CurrentBalance,
    ExtendVideoRequest,
    Message,
    MessageInput,
    MessageInputText,
    MessageMetadata,
    MessageStreamEvent,
    MessageThinkingConfig,
    MessageTool,
    MessageToolChoice,
    Model,
    ModelList,
    ParameterControls,
    PointsHistory,
    PointsHistoryEntry,
    ReasoningEffort,
    RemixVideoRequest,
    ReplaceBotRequest,
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
    TextBlock,
    UpdateBotRequest,
    Video,
    VideoReference,
)
from .params import (
    ApiBotSettingsInputParam,
    ChatCompletionAudioRequestParam,
    ChatCompletionRequestMessageParam,
    ChatCompletionStreamOptionsParam,
    ChatCompletionToolChoiceOptionParam,
    ChatCompletionToolParam,
    MessageInputParam,
    MessageInputTextParam,
    MessageMetadataParam,
    MessageThinkingConfigParam,
    MessageToolChoiceParam,
    MessageToolParam,
    ParameterControlsParam,
    ResponseFormatParam,
    ResponseInputItemParam,
    ResponseReasoningConfigParam,
    ResponseTextConfigParam,
    ResponseToolChoiceParam,
    ResponseToolParam,
    StopConfigurationParam,
    VideoReferenceParam,
)

if TYPE_CHECKING:
    from poe_sdk._replies.binary import AsyncBinaryResponse, BinaryResponse
    from poe_sdk._replies.streaming import AsyncStream
    from poe_sdk._sync.stream import Stream

__all__ = [
    "AsyncBots",
    "AsyncBotsWithRawResponse",
    "AsyncBotsWithStreamingResponse",
    "AsyncChat",
    "AsyncChatCompletions",
    "AsyncChatCompletionsWithRawResponse",
    "AsyncChatCompletionsWithStreamingResponse",
    "AsyncChatWithRawResponse",
    "AsyncChatWithStreamingResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
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
    "AsyncVideos",
    "AsyncVideosWithRawResponse",
    "AsyncVideosWithStreamingResponse",
    "Bots",
    "BotsCreateArgs",
    "BotsDeleteArgs",
    "BotsListArgs",
    "BotsReplaceArgs",
    "BotsRetrieveArgs",
    "BotsUpdateArgs",
    "BotsWithRawResponse",
    "BotsWithStreamingResponse",
    "CREATE_BOT",
    "CREATE_CHAT_COMPLETION",
    "CREATE_MESSAGE",
    "CREATE_RESPONSE",
    "CREATE_VIDEO",
    "Chat",
    "ChatCompletions",
    "ChatCompletionsCreateArgs",
    "ChatCompletionsCreateHelperArgs",
    "ChatCompletionsWithRawResponse",
    "ChatCompletionsWithStreamingResponse",
    "ChatWithRawResponse",
    "ChatWithStreamingResponse",
    "DELETE_BOT",
    "EXTEND_VIDEO",
    "GET_BOT",
    "GET_CURRENT_BALANCE",
    "GET_POINTS_HISTORY",
    "GET_VIDEO",
    "GET_VIDEO_CONTENT",
    "LIST_BOTS",
    "LIST_MODELS",
    "Messages",
    "MessagesCreateArgs",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "Models",
    "ModelsListArgs",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
    "REMIX_VIDEO",
    "REPLACE_BOT",
    "Responses",
    "ResponsesCreateArgs",
    "ResponsesCreateHelperArgs",
    "ResponsesWithRawResponse",
    "ResponsesWithStreamingResponse",
    "SyncRootResources",
    "SyncRootResourcesWithRawResponse",
    "SyncRootResourcesWithStreamingResponse",
    "UPDATE_BOT",
    "Usage",
    "UsageCurrentBalanceArgs",
    "UsagePointsHistoryArgs",
    "UsageWithRawResponse",
    "UsageWithStreamingResponse",
    "Videos",
    "VideosCreateArgs",
    "VideosDownloadContentArgs",
    "VideosExtendArgs",
    "VideosRemixArgs",
    "VideosRetrieveArgs",
    "VideosWithRawResponse",
    "VideosWithStreamingResponse",
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
    typed_arguments=frozenset({"messages"}),
)
"""``POST /chat/completions`` (createChatCompletion)."""


class _ChatCompletionsCreateSharedArgs(ModelCallOptions, total=False):
    """The keys ``ChatCompletionsCreateArgs`` and ``ChatCompletionsCreateHelperArgs`` share."""

    model: Required[str]
    """Poe model (bot) name, e.g. `Claude-Sonnet-4`."""

    messages: Required[
        Iterable[
            ChatCompletionRequestMessageParam | ChatCompletionRequestMessage | ChatCompletionMessage
        ]
    ]
    """The conversation so far."""

    max_tokens: int | NotGiven | Omit | None
    """Maximum number of tokens to generate."""

    max_completion_tokens: int | NotGiven | Omit | None
    """Upper bound for generated tokens, reasoning tokens included."""

    temperature: float | NotGiven | Omit | None
    """Sampling temperature, 0 to 2."""

    top_p: float | NotGiven | Omit | None
    """Nucleus sampling probability mass, 0 to 1."""

    top_k: int | NotGiven | Omit | None
    """Top-k sampling (model specific, not OpenAI standard)."""

    stop: StopConfigurationParam | NotGiven | Omit | None
    """Up to 4 sequences where the model stops generating."""

    stream_options: (
        ChatCompletionStreamOptionsParam | ChatCompletionStreamOptions | NotGiven | Omit | None
    )
    """Options for streamed replies."""

    tool_choice: (
        ChatCompletionToolChoiceOptionParam
        | ChatCompletionToolChoiceOption
        | NotGiven
        | Omit
        | None
    )
    """\"none", "auto", "required", or a named function."""

    parallel_tool_calls: bool | NotGiven | Omit | None
    """Allow several tool calls in one turn."""

    n: int | NotGiven | Omit | None
    """Number of choices. Poe's policy is exactly 1; other servers may allow more."""

    seed: int | NotGiven | Omit | None
    """Seed for best-effort deterministic sampling."""

    frequency_penalty: float | NotGiven | Omit | None
    """Penalty for frequent tokens, -2 to 2."""

    presence_penalty: float | NotGiven | Omit | None
    """Penalty for tokens already present, -2 to 2."""

    logit_bias: Mapping[str, int] | NotGiven | Omit | None
    """Token id to bias, -100 to 100."""

    logprobs: bool | NotGiven | Omit | None
    """Return log probabilities of the output tokens."""

    top_logprobs: int | NotGiven | Omit | None
    """Number of most likely tokens to return per position, 0 to 20."""

    user: str | NotGiven | Omit | None
    """Stable identifier of the end user, for abuse monitoring."""

    reasoning_effort: ReasoningEffort | NotGiven | Omit | None
    """How much effort reasoning models spend."""

    metadata: Mapping[str, str] | NotGiven | Omit | None
    """Key-value pairs attached to the request."""

    store: bool | NotGiven | Omit | None
    """Store the output for distillation or evals."""

    modalities: Sequence[Literal["text", "audio"]] | NotGiven | Omit | None
    """Output modalities, e.g. `["text"]` or `["text", "audio"]`."""

    audio: ChatCompletionAudioRequestParam | ChatCompletionAudioRequest | NotGiven | Omit | None
    """Audio output settings, required when `modalities` includes `audio`."""

    service_tier: ServiceTier | NotGiven | Omit | None
    """The processing tier to serve the request with (where the server offers tiers)."""


class ChatCompletionsCreateArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    _ChatCompletionsCreateSharedArgs, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``chat.completions.create`` (besides the stream flag).

    With the per-call options of ``poe_sdk.ModelCallOptions``.
    """

    tools: Iterable[ChatCompletionToolParam | ChatCompletionTool] | NotGiven | Omit | None
    """Functions the model may call."""

    response_format: ResponseFormatParam | ResponseFormat | NotGiven | Omit | None
    """Plain text, any JSON object, or JSON matching a schema."""


class ChatCompletionsCreateHelperArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    _ChatCompletionsCreateSharedArgs, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of the ``chat.completions`` helpers (``poe_sdk.lib``).

    Those of ``ChatCompletionsCreateArgs`` but ``response_format``, ``tools``,
    which the helpers take with their own types.
    """


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


class _ResponsesCreateSharedArgs(ModelCallOptions, total=False):
    """The keys ``ResponsesCreateArgs`` and ``ResponsesCreateHelperArgs`` share."""

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

    instructions: str | NotGiven | Omit | None
    """A system (developer) message placed before the input."""

    max_output_tokens: int | NotGiven | Omit | None
    """The most tokens the output (reasoning included) may have."""

    temperature: float | NotGiven | Omit | None

    top_p: float | NotGiven | Omit | None

    reasoning: ResponseReasoningConfigParam | ResponseReasoningConfig | NotGiven | Omit | None
    """How much the model reasons, and whether it summarises its reasoning."""

    text: ResponseTextConfigParam | ResponseTextConfig | NotGiven | Omit | None
    """The output text's format (structured output with `json_schema`)."""

    tool_choice: ResponseToolChoiceParam | ResponseToolChoice | NotGiven | Omit | None
    """\"none", "auto", "required", a named function, or a built-in tool."""

    parallel_tool_calls: bool | NotGiven | Omit | None

    previous_response_id: str | NotGiven | Omit | None
    """Continue the conversation of this earlier response (its input and output are kept by the
    server).
    """

    metadata: Mapping[str, str] | NotGiven | Omit | None
    """Up to 16 string pairs stored with the response."""

    store: bool | NotGiven | Omit | None
    """Whether the server keeps the response (for `previous_response_id`)."""

    truncation: Literal["auto", "disabled"] | NotGiven | Omit | None

    user: str | NotGiven | Omit | None


class ResponsesCreateArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    _ResponsesCreateSharedArgs, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``responses.create`` (besides the stream flag).

    With the per-call options of ``poe_sdk.ModelCallOptions``.
    """

    tools: Iterable[ResponseToolParam | ResponseTool] | NotGiven | Omit | None
    """Tools the model may call."""


class ResponsesCreateHelperArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    _ResponsesCreateSharedArgs, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of the ``responses`` helpers (``poe_sdk.lib``).

    Those of ``ResponsesCreateArgs`` but ``tools``,
    which the helpers take with their own types.
    """


describe_helpers(
    AsyncResponsesHelpers,
    ResponsesHelpers,
    arguments=ResponsesCreateHelperArgs,
    last=ModelCallOptions,
)


class _MessagesCreateParams(RequestModel):
    """The path, query and header parameters of createMessage."""

    anthropic_version: Annotated[str, Field(min_length=1)] | None = Field(
        default=None, alias="anthropic-version"
    )


CREATE_MESSAGE = Operation(
    operation_id="createMessage",
    method="POST",
    path="/messages",
    body_model=CreateMessageRequest,
    response_model=Message,
    stream_model=TypeAdapter(MessageStreamEvent),
    stream_name="MessageStreamEvent",
    stream_flag="stream",
    stream_end=StreamEnd(done=None, final_events=("message_stop",)),
    accumulator=MessageAccumulator,
    params_model=_MessagesCreateParams,
    parameters=(Parameter("anthropic-version", "header", explode=False, default="2023-06-01"),),
    arguments={
        "model": ("body", "model"),
        "max_tokens": ("body", "max_tokens"),
        "messages": ("body", "messages"),
        "anthropic_version": ("params", "anthropic-version"),
        "system": ("body", "system"),
        "tools": ("body", "tools"),
        "tool_choice": ("body", "tool_choice"),
        "thinking": ("body", "thinking"),
        "stop_sequences": ("body", "stop_sequences"),
        "temperature": ("body", "temperature"),
        "top_p": ("body", "top_p"),
        "top_k": ("body", "top_k"),
        "metadata": ("body", "metadata"),
        "stream": ("body", "stream"),
    },
    takes_fallbacks=True,
    typed_arguments=frozenset({"messages"}),
)
"""``POST /messages`` (createMessage)."""


class MessagesCreateArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    ModelCallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``messages.create`` (besides the stream flag).

    With the per-call options of ``poe_sdk.ModelCallOptions``.
    """

    model: Required[str]
    """A Claude model, by Poe bot name (`claude-sonnet-4.5`) or Anthropic model name."""

    max_tokens: Required[int]
    """The most tokens to generate before stopping."""

    messages: Required[Iterable[MessageInputParam | MessageInput | Message]]
    """The conversation, alternating `user` and `assistant` turns."""

    anthropic_version: str | NotGiven | Omit | None
    """The Anthropic API version; sent as `2023-06-01` unless another is given."""

    system: (
        str
        | Iterable[MessageInputTextParam | MessageInputText | TextBlock]
        | NotGiven
        | Omit
        | None
    )
    """The system prompt, as text or text blocks."""

    tools: Iterable[MessageToolParam | MessageTool] | NotGiven | Omit | None
    """Tools the model may call."""

    tool_choice: MessageToolChoiceParam | MessageToolChoice | NotGiven | Omit | None
    """How the model uses tools."""

    thinking: MessageThinkingConfigParam | MessageThinkingConfig | NotGiven | Omit | None
    """Extended thinking, on (with a token budget) or off."""

    stop_sequences: Sequence[str] | NotGiven | Omit | None
    """Text sequences that stop generation (`stop_reason` is then `stop_sequence`)."""

    temperature: float | NotGiven | Omit | None

    top_p: float | NotGiven | Omit | None

    top_k: int | NotGiven | Omit | None

    metadata: MessageMetadataParam | MessageMetadata | NotGiven | Omit | None
    """About the request."""


describe_helpers(
    AsyncMessagesHelpers,
    MessagesHelpers,
    arguments=MessagesCreateArgs,
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

    limit: int | NotGiven | Omit | None
    """Entries per page, 1 to 100 (the server's default is 20)."""

    starting_after: str | NotGiven | Omit | None
    """The `query_id` of the last entry of the previous page."""


LIST_BOTS = Operation(
    operation_id="listBots",
    method="GET",
    path="/bots",
    response_model=BotList,
    server=Server(url="https://api.poe.com", default="https://api.poe.com", base_path="/v1"),
    pagination=Pagination(items="bots", has_more=None, cursor=None, cursor_field=None),
    arguments={},
)
"""``GET /bots`` (listBots)."""


class BotsListArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    CallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``bots.list``.

    With the per-call options of ``poe_sdk.CallOptions``.
    """


CREATE_BOT = Operation(
    operation_id="createBot",
    method="POST",
    path="/bots",
    body_model=CreateBotRequest,
    response_model=BotWriteStatus,
    server=Server(url="https://api.poe.com", default="https://api.poe.com", base_path="/v1"),
    arguments={
        "handle": ("body", "handle"),
        "description": ("body", "description"),
        "is_private": ("body", "is_private"),
        "api_bot_settings": ("body", "api_bot_settings"),
        "parameter_controls": ("body", "parameter_controls"),
    },
    write_only=("api_bot_settings.api_key",),
)
"""``POST /bots`` (createBot)."""


class BotsCreateArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    CallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``bots.create``.

    With the per-call options of ``poe_sdk.CallOptions``.
    """

    handle: Required[str]
    """The bot's unique handle (its name on Poe)."""

    description: str | NotGiven | Omit | None
    """What the bot does, shown to users."""

    is_private: bool | NotGiven | Omit | None
    """Whether only you can use the bot (Poe's default is private)."""

    api_bot_settings: ApiBotSettingsInputParam | ApiBotSettingsInput | NotGiven | Omit | None
    """How Poe reaches your endpoint, as sent: `api_key` is write-only (sent, never returned, never
    shown in a repr, a log or an error).
    """

    parameter_controls: ParameterControlsParam | ParameterControls | NotGiven | Omit | None
    """The controls (toggles, drop-downs, sliders, ...) Poe shows beside the bot's input box."""


class _BotsRetrieveParams(RequestModel):
    """The path, query and header parameters of getBot."""

    handle: Annotated[str, Field(min_length=1)]


GET_BOT = Operation(
    operation_id="getBot",
    method="GET",
    path="/bots/{handle}",
    response_model=Bot,
    params_model=_BotsRetrieveParams,
    parameters=(Parameter("handle", "path", explode=False),),
    server=Server(url="https://api.poe.com", default="https://api.poe.com", base_path="/v1"),
    arguments={"handle": ("params", "handle")},
)
"""``GET /bots/{handle}`` (getBot)."""


class BotsRetrieveArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    CallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``bots.retrieve``.

    With the per-call options of ``poe_sdk.CallOptions``.
    """


class _BotsReplaceParams(RequestModel):
    """The path, query and header parameters of replaceBot."""

    handle: Annotated[str, Field(min_length=1)]


REPLACE_BOT = Operation(
    operation_id="replaceBot",
    method="PUT",
    path="/bots/{handle}",
    body_model=ReplaceBotRequest,
    response_model=BotWriteStatus,
    params_model=_BotsReplaceParams,
    parameters=(Parameter("handle", "path", explode=False),),
    server=Server(url="https://api.poe.com", default="https://api.poe.com", base_path="/v1"),
    arguments={
        "handle": ("params", "handle"),
        "description": ("body", "description"),
        "is_private": ("body", "is_private"),
        "api_bot_settings": ("body", "api_bot_settings"),
        "parameter_controls": ("body", "parameter_controls"),
    },
    write_only=("api_bot_settings.api_key",),
)
"""``PUT /bots/{handle}`` (replaceBot)."""


class BotsReplaceArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    CallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``bots.replace``.

    With the per-call options of ``poe_sdk.CallOptions``.
    """

    description: str | NotGiven | Omit | None
    """What the bot does, shown to users."""

    is_private: bool | NotGiven | Omit | None
    """Whether only you can use the bot (Poe's default is private)."""

    api_bot_settings: ApiBotSettingsInputParam | ApiBotSettingsInput | NotGiven | Omit | None
    """How Poe reaches your endpoint, as sent: `api_key` is write-only (sent, never returned, never
    shown in a repr, a log or an error).
    """

    parameter_controls: ParameterControlsParam | ParameterControls | NotGiven | Omit | None
    """The controls (toggles, drop-downs, sliders, ...) Poe shows beside the bot's input box."""


class _BotsDeleteParams(RequestModel):
    """The path, query and header parameters of deleteBot."""

    handle: Annotated[str, Field(min_length=1)]


DELETE_BOT = Operation(
    operation_id="deleteBot",
    method="DELETE",
    path="/bots/{handle}",
    params_model=_BotsDeleteParams,
    parameters=(Parameter("handle", "path", explode=False),),
    server=Server(url="https://api.poe.com", default="https://api.poe.com", base_path="/v1"),
    arguments={"handle": ("params", "handle")},
)
"""``DELETE /bots/{handle}`` (deleteBot)."""


class BotsDeleteArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    CallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``bots.delete``.

    With the per-call options of ``poe_sdk.CallOptions``.
    """


class _BotsUpdateParams(RequestModel):
    """The path, query and header parameters of updateBot."""

    handle: Annotated[str, Field(min_length=1)]


UPDATE_BOT = Operation(
    operation_id="updateBot",
    method="PATCH",
    path="/bots/{handle}",
    body_model=UpdateBotRequest,
    response_model=BotWriteStatus,
    params_model=_BotsUpdateParams,
    parameters=(Parameter("handle", "path", explode=False),),
    server=Server(url="https://api.poe.com", default="https://api.poe.com", base_path="/v1"),
    arguments={
        "handle": ("params", "handle"),
        "description": ("body", "description"),
        "is_private": ("body", "is_private"),
        "api_bot_settings": ("body", "api_bot_settings"),
        "parameter_controls": ("body", "parameter_controls"),
    },
    write_only=("api_bot_settings.api_key",),
)
"""``PATCH /bots/{handle}`` (updateBot)."""


class BotsUpdateArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    CallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``bots.update``.

    With the per-call options of ``poe_sdk.CallOptions``.
    """

    description: str | NotGiven | Omit | None
    """What the bot does, shown to users."""

    is_private: bool | NotGiven | Omit | None
    """Whether only you can use the bot."""

    api_bot_settings: ApiBotSettingsInputParam | ApiBotSettingsInput | NotGiven | Omit | None
    """How Poe reaches your endpoint, as sent: `api_key` is write-only (sent, never returned, never
    shown in a repr, a log or an error).
    """

    parameter_controls: ParameterControlsParam | ParameterControls | NotGiven | Omit | None
    """The controls (toggles, drop-downs, sliders, ...) Poe shows beside the bot's input box."""


CREATE_VIDEO = Operation(
    operation_id="createVideo",
    method="POST",
    path="/videos",
    body_model=CreateVideoRequest,
    response_model=Video,
    arguments={
        "model": ("body", "model"),
        "prompt": ("body", "prompt"),
        "seconds": ("body", "seconds"),
        "size": ("body", "size"),
        "input_reference": ("body", "input_reference"),
    },
    multipart=True,
)
"""``POST /videos`` (createVideo)."""


class VideosCreateArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    CallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``videos.create``.

    With the per-call options of ``poe_sdk.CallOptions``.
    """

    model: Required[str]
    """The video model (bot), e.g. `Sora-2`, `Veo-3.1`."""

    prompt: Required[str]
    """What the video shows."""

    seconds: int | NotGiven | Omit | None
    """Duration in seconds; by default 4 on OpenAI's models, 8 on Vertex AI's (Veo)."""

    size: str | NotGiven | Omit | None
    """Resolution as `WIDTHxHEIGHT` (`1280x720`); by default `720x1280` (portrait)."""

    input_reference: FileTypes | NotGiven | Omit | None
    """An image the video starts from (image-to-video), sent as a file part."""


describe_helpers(
    AsyncVideosHelpers,
    VideosHelpers,
    arguments=VideosCreateArgs,
    last=CallOptions,
)

EXTEND_VIDEO = Operation(
    operation_id="extendVideo",
    method="POST",
    path="/videos/extensions",
    body_model=ExtendVideoRequest,
    response_model=Video,
    arguments={
        "video": ("body", "video"),
        "prompt": ("body", "prompt"),
        "seconds": ("body", "seconds"),
    },
)
"""``POST /videos/extensions`` (extendVideo)."""


class VideosExtendArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    CallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``videos.extend``.

    With the per-call options of ``poe_sdk.CallOptions``.
    """

    video: Required[VideoReferenceParam | VideoReference]
    """A `completed` video, by its `id`."""

    prompt: Required[str]
    """What happens next in the video."""

    seconds: int | NotGiven | Omit | None
    """Duration of the extension in seconds."""


class _VideosRetrieveParams(RequestModel):
    """The path, query and header parameters of getVideo."""

    video_id: Annotated[str, Field(min_length=1)]


GET_VIDEO = Operation(
    operation_id="getVideo",
    method="GET",
    path="/videos/{video_id}",
    response_model=Video,
    params_model=_VideosRetrieveParams,
    parameters=(Parameter("video_id", "path", explode=False),),
    arguments={"video_id": ("params", "video_id")},
)
"""``GET /videos/{video_id}`` (getVideo)."""


class VideosRetrieveArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    CallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``videos.retrieve``.

    With the per-call options of ``poe_sdk.CallOptions``.
    """


class _VideosDownloadContentParams(RequestModel):
    """The path, query and header parameters of getVideoContent."""

    video_id: Annotated[str, Field(min_length=1)]
    variant: Literal["video", "thumbnail", "spritesheet"] | None = None


GET_VIDEO_CONTENT = Operation(
    operation_id="getVideoContent",
    method="GET",
    path="/videos/{video_id}/content",
    params_model=_VideosDownloadContentParams,
    parameters=(
        Parameter("video_id", "path", explode=False),
        Parameter("variant", "query"),
    ),
    arguments={"video_id": ("params", "video_id"), "variant": ("params", "variant")},
    binary_reply=True,
)
"""``GET /videos/{video_id}/content`` (getVideoContent)."""


class VideosDownloadContentArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    CallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``videos.download_content``.

    With the per-call options of ``poe_sdk.CallOptions``.
    """

    variant: Literal["video", "thumbnail", "spritesheet"] | NotGiven | Omit | None
    """`thumbnail` or `spritesheet`; the video itself (`video`) when left out."""


class _VideosRemixParams(RequestModel):
    """The path, query and header parameters of remixVideo."""

    video_id: Annotated[str, Field(min_length=1)]


REMIX_VIDEO = Operation(
    operation_id="remixVideo",
    method="POST",
    path="/videos/{video_id}/remix",
    body_model=RemixVideoRequest,
    response_model=Video,
    params_model=_VideosRemixParams,
    parameters=(Parameter("video_id", "path", explode=False),),
    arguments={"video_id": ("params", "video_id"), "prompt": ("body", "prompt")},
)
"""``POST /videos/{video_id}/remix`` (remixVideo)."""


class VideosRemixArgs(  # type: ignore[call-arg]  # mypy does not know PEP 728 yet
    CallOptions, total=False, extra_items=UnknownArgument
):
    """The keyword arguments of ``videos.remix``.

    With the per-call options of ``poe_sdk.CallOptions``.
    """

    prompt: Required[str]
    """The new style of the video."""


class AsyncVideos(AsyncVideosHelpers, AsyncAPIResource):
    """The ``videos`` operations."""

    @cached_property
    def with_raw_response(self) -> AsyncVideosWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncVideosWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVideosWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return AsyncVideosWithStreamingResponse(self)

    @signature_of_options(VideosCreateArgs, missing=NOT_GIVEN, last=CallOptions)
    async def create(self, **kwargs: Unpack[VideosCreateArgs]) -> Video:
        """Start generating a video.

        Starts an asynchronous video generation job and answers at once with the job (`status:
        queued`). Poll `GET /v1/videos/{video_id}` (or use `create_and_poll` / `poll`) until it
        is `completed` or `failed`, then download it from `GET /v1/videos/{video_id}/content`.
        Sent as `multipart/form-data` (as openai's SDK sends it), so `input_reference` can be an
        image file for image-to-video. Poe's models: Sora-2, Sora-2-Pro, Veo-2, Veo-3,
        Veo-3-Fast, Veo-3.1, Veo-3.1-Fast.

        Args:
            model (str, required): The video model (bot), e.g. `Sora-2`, `Veo-3.1`.
            prompt (str, required): What the video shows.
            seconds (int | None): Duration in seconds; by default 4 on OpenAI's models, 8 on
                Vertex AI's (Veo).
            size (str | None): Resolution as `WIDTHxHEIGHT` (`1280x720`); by default `720x1280`
                (portrait).
            input_reference (FileTypes | None): An image the video starts from (image-to-video),
                sent as a file part.
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(CREATE_VIDEO, kwargs, "videos.create")
        reply = await self._client._request(
            CREATE_VIDEO, body=body, params=params, options=options, raw=False
        )
        return cast("Video", reply)

    @signature_of_options(VideosExtendArgs, missing=NOT_GIVEN, last=CallOptions)
    async def extend(self, **kwargs: Unpack[VideosExtendArgs]) -> Video:
        """Continue a completed video (Sora models).

        Starts a job that continues a `completed` video with `prompt`; the model is the source
        video's. Poll it like any other video job. Sora models only; OpenAI caps a video with
        its extensions at 120 seconds.

        Args:
            video (VideoReferenceParam | VideoReference, required): A `completed` video, by its
                `id`.
            prompt (str, required): What happens next in the video.
            seconds (int | None): Duration of the extension in seconds.
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(EXTEND_VIDEO, kwargs, "videos.extend")
        reply = await self._client._request(
            EXTEND_VIDEO, body=body, params=params, options=options, raw=False
        )
        return cast("Video", reply)

    @signature_of_options(VideosRetrieveArgs, missing=NOT_GIVEN, last=CallOptions)
    async def retrieve(self, video_id: str, **kwargs: Unpack[VideosRetrieveArgs]) -> Video:
        """The current state of a video job.

        The job's `status` (queued, in_progress, completed, failed) and `progress` (0 to 100).
        Poe recommends polling every 5 seconds while it is queued or in progress.

        Args:
            video_id (str, required): The video's `id`.
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(
            GET_VIDEO, {"video_id": video_id, **kwargs}, "videos.retrieve"
        )
        reply = await self._client._request(
            GET_VIDEO, body=body, params=params, options=options, raw=False
        )
        return cast("Video", reply)

    @signature_of_options(VideosDownloadContentArgs, missing=NOT_GIVEN, last=CallOptions)
    async def download_content(
        self, video_id: str, **kwargs: Unpack[VideosDownloadContentArgs]
    ) -> AsyncBinaryResponse:
        """Download a completed video, its thumbnail or its spritesheet.

        The bytes of a `completed` video (`video/mp4`), or with `variant` its thumbnail
        (`image/webp`) or spritesheet (`image/jpeg`). Returned unread: read it with `.content`,
        `.iter_bytes()` or `.write_to_file(path)`, which streams it to disk.

        Args:
            video_id (str, required): The video's `id`.
            variant (Literal["video", "thumbnail", "spritesheet"] | None): `thumbnail` or
                `spritesheet`; the video itself (`video`) when left out.
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(
            GET_VIDEO_CONTENT, {"video_id": video_id, **kwargs}, "videos.download_content"
        )
        reply = await self._client._request(
            GET_VIDEO_CONTENT, body=body, params=params, options=options, raw=False
        )
        return cast("AsyncBinaryResponse", reply)

    @signature_of_options(VideosRemixArgs, missing=NOT_GIVEN, last=CallOptions)
    async def remix(self, video_id: str, **kwargs: Unpack[VideosRemixArgs]) -> Video:
        """Re-style a completed video with a new prompt (Sora models).

        Starts a job that re-styles a `completed` video; the model is the source video's. Poll
        it like any other video job. Sora models only.

        Args:
            video_id (str, required): The source video's `id`.
            prompt (str, required): The new style of the video.
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(
            REMIX_VIDEO, {"video_id": video_id, **kwargs}, "videos.remix"
        )
        reply = await self._client._request(
            REMIX_VIDEO, body=body, params=params, options=options, raw=False
        )
        return cast("Video", reply)


class AsyncVideosWithRawResponse(AsyncAPIResource):
    """``videos`` with raw responses (``AsyncAPIResponse``)."""

    create = Twin(CREATE_VIDEO, "videos.create").async_raw(AsyncVideos.create)
    extend = Twin(EXTEND_VIDEO, "videos.extend").async_raw(AsyncVideos.extend)
    retrieve = Twin(GET_VIDEO, "videos.retrieve").async_raw(AsyncVideos.retrieve)
    download_content = Twin(GET_VIDEO_CONTENT, "videos.download_content").async_raw(
        AsyncVideos.download_content
    )
    remix = Twin(REMIX_VIDEO, "videos.remix").async_raw(AsyncVideos.remix)


class AsyncVideosWithStreamingResponse(AsyncAPIResource):
    """``videos`` with streamed responses (``AsyncStreamedAPIResponse``)."""

    create = Twin(CREATE_VIDEO, "videos.create").async_streamed(AsyncVideos.create)
    extend = Twin(EXTEND_VIDEO, "videos.extend").async_streamed(AsyncVideos.extend)
    retrieve = Twin(GET_VIDEO, "videos.retrieve").async_streamed(AsyncVideos.retrieve)
    download_content = Twin(GET_VIDEO_CONTENT, "videos.download_content").async_streamed(
        AsyncVideos.download_content
    )
    remix = Twin(REMIX_VIDEO, "videos.remix").async_streamed(AsyncVideos.remix)


class Videos(VideosHelpers, SyncAPIResource):
    """The ``videos`` operations."""

    @cached_property
    def with_raw_response(self) -> VideosWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return VideosWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VideosWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return VideosWithStreamingResponse(self)

    @arguments_documented_by(AsyncVideos.create)
    @signature_of_options(VideosCreateArgs, missing=NOT_GIVEN, last=CallOptions)
    def create(self, **kwargs: Unpack[VideosCreateArgs]) -> Video:
        """Start generating a video.

        Starts an asynchronous video generation job and answers at once with the job (`status:
        queued`). Poll `GET /v1/videos/{video_id}` (or use `create_and_poll` / `poll`) until it
        is `completed` or `failed`, then download it from `GET /v1/videos/{video_id}/content`.
        Sent as `multipart/form-data` (as openai's SDK sends it), so `input_reference` can be an
        image file for image-to-video. Poe's models: Sora-2, Sora-2-Pro, Veo-2, Veo-3,
        Veo-3-Fast, Veo-3.1, Veo-3.1-Fast.
        """
        body, params, options = call_arguments(CREATE_VIDEO, kwargs, "videos.create")
        reply = self._client._request(
            CREATE_VIDEO, body=body, params=params, options=options, raw=False
        )
        return cast("Video", reply)

    @arguments_documented_by(AsyncVideos.extend)
    @signature_of_options(VideosExtendArgs, missing=NOT_GIVEN, last=CallOptions)
    def extend(self, **kwargs: Unpack[VideosExtendArgs]) -> Video:
        """Continue a completed video (Sora models).

        Starts a job that continues a `completed` video with `prompt`; the model is the source
        video's. Poll it like any other video job. Sora models only; OpenAI caps a video with
        its extensions at 120 seconds.
        """
        body, params, options = call_arguments(EXTEND_VIDEO, kwargs, "videos.extend")
        reply = self._client._request(
            EXTEND_VIDEO, body=body, params=params, options=options, raw=False
        )
        return cast("Video", reply)

    @arguments_documented_by(AsyncVideos.retrieve)
    @signature_of_options(VideosRetrieveArgs, missing=NOT_GIVEN, last=CallOptions)
    def retrieve(self, video_id: str, **kwargs: Unpack[VideosRetrieveArgs]) -> Video:
        """The current state of a video job.

        The job's `status` (queued, in_progress, completed, failed) and `progress` (0 to 100).
        Poe recommends polling every 5 seconds while it is queued or in progress.
        """
        body, params, options = call_arguments(
            GET_VIDEO, {"video_id": video_id, **kwargs}, "videos.retrieve"
        )
        reply = self._client._request(
            GET_VIDEO, body=body, params=params, options=options, raw=False
        )
        return cast("Video", reply)

    @arguments_documented_by(AsyncVideos.download_content)
    @signature_of_options(VideosDownloadContentArgs, missing=NOT_GIVEN, last=CallOptions)
    def download_content(
        self, video_id: str, **kwargs: Unpack[VideosDownloadContentArgs]
    ) -> BinaryResponse:
        """Download a completed video, its thumbnail or its spritesheet.

        The bytes of a `completed` video (`video/mp4`), or with `variant` its thumbnail
        (`image/webp`) or spritesheet (`image/jpeg`). Returned unread: read it with `.content`,
        `.iter_bytes()` or `.write_to_file(path)`, which streams it to disk.
        """
        body, params, options = call_arguments(
            GET_VIDEO_CONTENT, {"video_id": video_id, **kwargs}, "videos.download_content"
        )
        reply = self._client._request(
            GET_VIDEO_CONTENT, body=body, params=params, options=options, raw=False
        )
        return cast("BinaryResponse", reply)

    @arguments_documented_by(AsyncVideos.remix)
    @signature_of_options(VideosRemixArgs, missing=NOT_GIVEN, last=CallOptions)
    def remix(self, video_id: str, **kwargs: Unpack[VideosRemixArgs]) -> Video:
        """Re-style a completed video with a new prompt (Sora models).

        Starts a job that re-styles a `completed` video; the model is the source video's. Poll
        it like any other video job. Sora models only.
        """
        body, params, options = call_arguments(
            REMIX_VIDEO, {"video_id": video_id, **kwargs}, "videos.remix"
        )
        reply = self._client._request(
            REMIX_VIDEO, body=body, params=params, options=options, raw=False
        )
        return cast("Video", reply)


class VideosWithRawResponse(SyncAPIResource):
    """``videos`` with raw responses (``APIResponse``)."""

    create = Twin(CREATE_VIDEO, "videos.create").raw(Videos.create)
    extend = Twin(EXTEND_VIDEO, "videos.extend").raw(Videos.extend)
    retrieve = Twin(GET_VIDEO, "videos.retrieve").raw(Videos.retrieve)
    download_content = Twin(GET_VIDEO_CONTENT, "videos.download_content").raw(
        Videos.download_content
    )
    remix = Twin(REMIX_VIDEO, "videos.remix").raw(Videos.remix)


class VideosWithStreamingResponse(SyncAPIResource):
    """``videos`` with streamed responses (``StreamedAPIResponse``)."""

    create = Twin(CREATE_VIDEO, "videos.create").streamed(Videos.create)
    extend = Twin(EXTEND_VIDEO, "videos.extend").streamed(Videos.extend)
    retrieve = Twin(GET_VIDEO, "videos.retrieve").streamed(Videos.retrieve)
    download_content = Twin(GET_VIDEO_CONTENT, "videos.download_content").streamed(
        Videos.download_content
    )
    remix = Twin(REMIX_VIDEO, "videos.remix").streamed(Videos.remix)


class AsyncBots(AsyncAPIResource):
    """The ``bots`` operations."""

    @cached_property
    def with_raw_response(self) -> AsyncBotsWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncBotsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBotsWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return AsyncBotsWithStreamingResponse(self)

    @signature_of_options(BotsListArgs, missing=NOT_GIVEN, last=CallOptions)
    def list(self, **kwargs: Unpack[BotsListArgs]) -> AsyncPaginator[Bot, BotList]:
        """List the API bots of the account.

        Poe's Bots REST API, served at the API root (`https://api.poe.com/bots`, not under
        `/v1`). A bot's `api_bot_settings.api_key` is never returned.

        Paginated: ``await`` it for the first page, or ``async for`` over the items of every
        page.

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        _body, params, options = call_arguments(LIST_BOTS, kwargs, "bots.list")
        return AsyncPaginator[Bot, BotList](self._client, LIST_BOTS, params or {}, options)

    @signature_of_options(BotsCreateArgs, missing=NOT_GIVEN, last=CallOptions)
    async def create(self, **kwargs: Unpack[BotsCreateArgs]) -> BotWriteStatus:
        """Create an API bot.

        Creates a bot that Poe serves by calling your Chat Completions (or Responses) endpoint.
        A handle already taken answers 409 (`ConflictError`).

        Args:
            handle (str, required): The bot's unique handle (its name on Poe).
            description (str | None): What the bot does, shown to users.
            is_private (bool | None): Whether only you can use the bot (Poe's default is
                private).
            api_bot_settings (ApiBotSettingsInputParam | ApiBotSettingsInput | None): How Poe
                reaches your endpoint, as sent: `api_key` is write-only (sent, never returned,
                never shown in a repr, a log or an error).
            parameter_controls (ParameterControlsParam | ParameterControls | None): The controls
                (toggles, drop-downs, sliders, ...) Poe shows beside the bot's input box.
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(CREATE_BOT, kwargs, "bots.create")
        reply = await self._client._request(
            CREATE_BOT, body=body, params=params, options=options, raw=False
        )
        return cast("BotWriteStatus", reply)

    @signature_of_options(BotsRetrieveArgs, missing=NOT_GIVEN, last=CallOptions)
    async def retrieve(self, handle: str, **kwargs: Unpack[BotsRetrieveArgs]) -> Bot:
        """Retrieve one of the account's API bots.

        Args:
            handle (str, required): The bot's unique handle.
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(
            GET_BOT, {"handle": handle, **kwargs}, "bots.retrieve"
        )
        reply = await self._client._request(
            GET_BOT, body=body, params=params, options=options, raw=False
        )
        return cast("Bot", reply)

    @signature_of_options(BotsReplaceArgs, missing=NOT_GIVEN, last=CallOptions)
    async def replace(self, handle: str, **kwargs: Unpack[BotsReplaceArgs]) -> BotWriteStatus:
        """Create an API bot, or replace all the settings of an existing one.

        Unlike `update`, `api_bot_settings` replaces the bot's settings entirely; unlike
        `create`, the handle is in the path and an existing bot is not a conflict.

        Args:
            handle (str, required): The bot's unique handle.
            description (str | None): What the bot does, shown to users.
            is_private (bool | None): Whether only you can use the bot (Poe's default is
                private).
            api_bot_settings (ApiBotSettingsInputParam | ApiBotSettingsInput | None): How Poe
                reaches your endpoint, as sent: `api_key` is write-only (sent, never returned,
                never shown in a repr, a log or an error).
            parameter_controls (ParameterControlsParam | ParameterControls | None): The controls
                (toggles, drop-downs, sliders, ...) Poe shows beside the bot's input box.
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(
            REPLACE_BOT, {"handle": handle, **kwargs}, "bots.replace"
        )
        reply = await self._client._request(
            REPLACE_BOT, body=body, params=params, options=options, raw=False
        )
        return cast("BotWriteStatus", reply)

    @signature_of_options(BotsDeleteArgs, missing=NOT_GIVEN, last=CallOptions)
    async def delete(self, handle: str, **kwargs: Unpack[BotsDeleteArgs]) -> None:
        """Delete an API bot, permanently.

        Returns `None` whatever the success reply holds (Poe documents none).

        Args:
            handle (str, required): The bot's unique handle.
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(
            DELETE_BOT, {"handle": handle, **kwargs}, "bots.delete"
        )
        reply = await self._client._request(
            DELETE_BOT, body=body, params=params, options=options, raw=False
        )
        return cast("None", reply)

    @signature_of_options(BotsUpdateArgs, missing=NOT_GIVEN, last=CallOptions)
    async def update(self, handle: str, **kwargs: Unpack[BotsUpdateArgs]) -> BotWriteStatus:
        """Update some settings of an existing API bot.

        Only the fields given change; `api_bot_settings` is merged into the bot's settings (an
        omitted setting, `api_key` included, keeps its value).

        Args:
            handle (str, required): The bot's unique handle.
            description (str | None): What the bot does, shown to users.
            is_private (bool | None): Whether only you can use the bot.
            api_bot_settings (ApiBotSettingsInputParam | ApiBotSettingsInput | None): How Poe
                reaches your endpoint, as sent: `api_key` is write-only (sent, never returned,
                never shown in a repr, a log or an error).
            parameter_controls (ParameterControlsParam | ParameterControls | None): The controls
                (toggles, drop-downs, sliders, ...) Poe shows beside the bot's input box.
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(
            UPDATE_BOT, {"handle": handle, **kwargs}, "bots.update"
        )
        reply = await self._client._request(
            UPDATE_BOT, body=body, params=params, options=options, raw=False
        )
        return cast("BotWriteStatus", reply)


class AsyncBotsWithRawResponse(AsyncAPIResource):
    """``bots`` with raw responses (``AsyncAPIResponse``)."""

    list = Twin(LIST_BOTS, "bots.list").async_raw_page(AsyncBots.list)
    create = Twin(CREATE_BOT, "bots.create").async_raw(AsyncBots.create)
    retrieve = Twin(GET_BOT, "bots.retrieve").async_raw(AsyncBots.retrieve)
    replace = Twin(REPLACE_BOT, "bots.replace").async_raw(AsyncBots.replace)
    delete = Twin(DELETE_BOT, "bots.delete").async_raw(AsyncBots.delete)
    update = Twin(UPDATE_BOT, "bots.update").async_raw(AsyncBots.update)


class AsyncBotsWithStreamingResponse(AsyncAPIResource):
    """``bots`` with streamed responses (``AsyncStreamedAPIResponse``)."""

    list = Twin(LIST_BOTS, "bots.list").async_streamed_page(AsyncBots.list)
    create = Twin(CREATE_BOT, "bots.create").async_streamed(AsyncBots.create)
    retrieve = Twin(GET_BOT, "bots.retrieve").async_streamed(AsyncBots.retrieve)
    replace = Twin(REPLACE_BOT, "bots.replace").async_streamed(AsyncBots.replace)
    delete = Twin(DELETE_BOT, "bots.delete").async_streamed(AsyncBots.delete)
    update = Twin(UPDATE_BOT, "bots.update").async_streamed(AsyncBots.update)


class Bots(SyncAPIResource):
    """The ``bots`` operations."""

    @cached_property
    def with_raw_response(self) -> BotsWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return BotsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BotsWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return BotsWithStreamingResponse(self)

    @arguments_documented_by(AsyncBots.list)
    @signature_of_options(BotsListArgs, missing=NOT_GIVEN, last=CallOptions)
    def list(self, **kwargs: Unpack[BotsListArgs]) -> SyncPage[Bot, BotList]:
        """List the API bots of the account.

        Poe's Bots REST API, served at the API root (`https://api.poe.com/bots`, not under
        `/v1`). A bot's `api_bot_settings.api_key` is never returned.

        Paginated: ``for`` over the items of every page.
        """
        _body, params, options = call_arguments(LIST_BOTS, kwargs, "bots.list")
        return SyncPage[Bot, BotList].first(self._client, LIST_BOTS, params or {}, options)

    @arguments_documented_by(AsyncBots.create)
    @signature_of_options(BotsCreateArgs, missing=NOT_GIVEN, last=CallOptions)
    def create(self, **kwargs: Unpack[BotsCreateArgs]) -> BotWriteStatus:
        """Create an API bot.

        Creates a bot that Poe serves by calling your Chat Completions (or Responses) endpoint.
        A handle already taken answers 409 (`ConflictError`).
        """
        body, params, options = call_arguments(CREATE_BOT, kwargs, "bots.create")
        reply = self._client._request(
            CREATE_BOT, body=body, params=params, options=options, raw=False
        )
        return cast("BotWriteStatus", reply)

    @arguments_documented_by(AsyncBots.retrieve)
    @signature_of_options(BotsRetrieveArgs, missing=NOT_GIVEN, last=CallOptions)
    def retrieve(self, handle: str, **kwargs: Unpack[BotsRetrieveArgs]) -> Bot:
        """Retrieve one of the account's API bots."""
        body, params, options = call_arguments(
            GET_BOT, {"handle": handle, **kwargs}, "bots.retrieve"
        )
        reply = self._client._request(GET_BOT, body=body, params=params, options=options, raw=False)
        return cast("Bot", reply)

    @arguments_documented_by(AsyncBots.replace)
    @signature_of_options(BotsReplaceArgs, missing=NOT_GIVEN, last=CallOptions)
    def replace(self, handle: str, **kwargs: Unpack[BotsReplaceArgs]) -> BotWriteStatus:
        """Create an API bot, or replace all the settings of an existing one.

        Unlike `update`, `api_bot_settings` replaces the bot's settings entirely; unlike
        `create`, the handle is in the path and an existing bot is not a conflict.
        """
        body, params, options = call_arguments(
            REPLACE_BOT, {"handle": handle, **kwargs}, "bots.replace"
        )
        reply = self._client._request(
            REPLACE_BOT, body=body, params=params, options=options, raw=False
        )
        return cast("BotWriteStatus", reply)

    @arguments_documented_by(AsyncBots.delete)
    @signature_of_options(BotsDeleteArgs, missing=NOT_GIVEN, last=CallOptions)
    def delete(self, handle: str, **kwargs: Unpack[BotsDeleteArgs]) -> None:
        """Delete an API bot, permanently.

        Returns `None` whatever the success reply holds (Poe documents none).
        """
        body, params, options = call_arguments(
            DELETE_BOT, {"handle": handle, **kwargs}, "bots.delete"
        )
        reply = self._client._request(
            DELETE_BOT, body=body, params=params, options=options, raw=False
        )
        return cast("None", reply)

    @arguments_documented_by(AsyncBots.update)
    @signature_of_options(BotsUpdateArgs, missing=NOT_GIVEN, last=CallOptions)
    def update(self, handle: str, **kwargs: Unpack[BotsUpdateArgs]) -> BotWriteStatus:
        """Update some settings of an existing API bot.

        Only the fields given change; `api_bot_settings` is merged into the bot's settings (an
        omitted setting, `api_key` included, keeps its value).
        """
        body, params, options = call_arguments(
            UPDATE_BOT, {"handle": handle, **kwargs}, "bots.update"
        )
        reply = self._client._request(
            UPDATE_BOT, body=body, params=params, options=options, raw=False
        )
        return cast("BotWriteStatus", reply)


class BotsWithRawResponse(SyncAPIResource):
    """``bots`` with raw responses (``APIResponse``)."""

    list = Twin(LIST_BOTS, "bots.list").raw_page(Bots.list)
    create = Twin(CREATE_BOT, "bots.create").raw(Bots.create)
    retrieve = Twin(GET_BOT, "bots.retrieve").raw(Bots.retrieve)
    replace = Twin(REPLACE_BOT, "bots.replace").raw(Bots.replace)
    delete = Twin(DELETE_BOT, "bots.delete").raw(Bots.delete)
    update = Twin(UPDATE_BOT, "bots.update").raw(Bots.update)


class BotsWithStreamingResponse(SyncAPIResource):
    """``bots`` with streamed responses (``StreamedAPIResponse``)."""

    list = Twin(LIST_BOTS, "bots.list").streamed_page(Bots.list)
    create = Twin(CREATE_BOT, "bots.create").streamed(Bots.create)
    retrieve = Twin(GET_BOT, "bots.retrieve").streamed(Bots.retrieve)
    replace = Twin(REPLACE_BOT, "bots.replace").streamed(Bots.replace)
    delete = Twin(DELETE_BOT, "bots.delete").streamed(Bots.delete)
    update = Twin(UPDATE_BOT, "bots.update").streamed(Bots.update)


class AsyncUsage(AsyncAPIResource):
    """The ``usage`` operations."""

    @cached_property
    def with_raw_response(self) -> AsyncUsageWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncUsageWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUsageWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return AsyncUsageWithStreamingResponse(self)

    @signature_of_options(UsageCurrentBalanceArgs, missing=NOT_GIVEN, last=CallOptions)
    async def current_balance(self, **kwargs: Unpack[UsageCurrentBalanceArgs]) -> CurrentBalance:
        """The account's current point balance.

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout: the
                per-call options (``poe_sdk.CallOptions``).
        """
        body, params, options = call_arguments(GET_CURRENT_BALANCE, kwargs, "usage.current_balance")
        reply = await self._client._request(
            GET_CURRENT_BALANCE, body=body, params=params, options=options, raw=False
        )
        return cast("CurrentBalance", reply)

    @signature_of_options(UsagePointsHistoryArgs, missing=NOT_GIVEN, last=CallOptions)
    def points_history(
        self, **kwargs: Unpack[UsagePointsHistoryArgs]
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
    """``usage`` with raw responses (``AsyncAPIResponse``)."""

    current_balance = Twin(GET_CURRENT_BALANCE, "usage.current_balance").async_raw(
        AsyncUsage.current_balance
    )
    points_history = Twin(GET_POINTS_HISTORY, "usage.points_history").async_raw_page(
        AsyncUsage.points_history
    )


class AsyncUsageWithStreamingResponse(AsyncAPIResource):
    """``usage`` with streamed responses (``AsyncStreamedAPIResponse``)."""

    current_balance = Twin(GET_CURRENT_BALANCE, "usage.current_balance").async_streamed(
        AsyncUsage.current_balance
    )
    points_history = Twin(GET_POINTS_HISTORY, "usage.points_history").async_streamed_page(
        AsyncUsage.points_history
    )


class Usage(SyncAPIResource):
    """The ``usage`` operations."""

    @cached_property
    def with_raw_response(self) -> UsageWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return UsageWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UsageWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return UsageWithStreamingResponse(self)

    @arguments_documented_by(AsyncUsage.current_balance)
    @signature_of_options(UsageCurrentBalanceArgs, missing=NOT_GIVEN, last=CallOptions)
    def current_balance(self, **kwargs: Unpack[UsageCurrentBalanceArgs]) -> CurrentBalance:
        """The account's current point balance."""
        body, params, options = call_arguments(GET_CURRENT_BALANCE, kwargs, "usage.current_balance")
        reply = self._client._request(
            GET_CURRENT_BALANCE, body=body, params=params, options=options, raw=False
        )
        return cast("CurrentBalance", reply)

    @arguments_documented_by(AsyncUsage.points_history)
    @signature_of_options(UsagePointsHistoryArgs, missing=NOT_GIVEN, last=CallOptions)
    def points_history(
        self, **kwargs: Unpack[UsagePointsHistoryArgs]
    ) -> SyncPage[PointsHistoryEntry, PointsHistory]:
        """The points spent in the last 30 days, newest first.

        Paginated: ``for`` over the items of every page.
        """
        _body, params, options = call_arguments(GET_POINTS_HISTORY, kwargs, "usage.points_history")
        return SyncPage[PointsHistoryEntry, PointsHistory].first(
            self._client, GET_POINTS_HISTORY, params or {}, options
        )


class UsageWithRawResponse(SyncAPIResource):
    """``usage`` with raw responses (``APIResponse``)."""

    current_balance = Twin(GET_CURRENT_BALANCE, "usage.current_balance").raw(Usage.current_balance)
    points_history = Twin(GET_POINTS_HISTORY, "usage.points_history").raw_page(Usage.points_history)


class UsageWithStreamingResponse(SyncAPIResource):
    """``usage`` with streamed responses (``StreamedAPIResponse``)."""

    current_balance = Twin(GET_CURRENT_BALANCE, "usage.current_balance").streamed(
        Usage.current_balance
    )
    points_history = Twin(GET_POINTS_HISTORY, "usage.points_history").streamed_page(
        Usage.points_history
    )


class AsyncModels(AsyncAPIResource):
    """The ``models`` operations."""

    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelsWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return AsyncModelsWithStreamingResponse(self)

    @signature_of_options(ModelsListArgs, missing=NOT_GIVEN, last=CallOptions)
    def list(self, **kwargs: Unpack[ModelsListArgs]) -> AsyncPaginator[Model, ModelList]:
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
    """``models`` with raw responses (``AsyncAPIResponse``)."""

    list = Twin(LIST_MODELS, "models.list").async_raw_page(AsyncModels.list)


class AsyncModelsWithStreamingResponse(AsyncAPIResource):
    """``models`` with streamed responses (``AsyncStreamedAPIResponse``)."""

    list = Twin(LIST_MODELS, "models.list").async_streamed_page(AsyncModels.list)


class Models(SyncAPIResource):
    """The ``models`` operations."""

    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return ModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModelsWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return ModelsWithStreamingResponse(self)

    @arguments_documented_by(AsyncModels.list)
    @signature_of_options(ModelsListArgs, missing=NOT_GIVEN, last=CallOptions)
    def list(self, **kwargs: Unpack[ModelsListArgs]) -> SyncPage[Model, ModelList]:
        """List the models (bots) the server offers.

        Needs no API key on Poe; `created` is in milliseconds there.

        Paginated: ``for`` over the items of every page.
        """
        _body, params, options = call_arguments(LIST_MODELS, kwargs, "models.list")
        return SyncPage[Model, ModelList].first(self._client, LIST_MODELS, params or {}, options)


class ModelsWithRawResponse(SyncAPIResource):
    """``models`` with raw responses (``APIResponse``)."""

    list = Twin(LIST_MODELS, "models.list").raw_page(Models.list)


class ModelsWithStreamingResponse(SyncAPIResource):
    """``models`` with streamed responses (``StreamedAPIResponse``)."""

    list = Twin(LIST_MODELS, "models.list").streamed_page(Models.list)


class AsyncMessages(AsyncMessagesHelpers, AsyncAPIResource):
    """The ``messages`` operations."""

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMessagesWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return AsyncMessagesWithStreamingResponse(self)

    @overload
    async def create(
        self, *, stream: Literal[False] | None = None, **kwargs: Unpack[MessagesCreateArgs]
    ) -> Message: ...

    @overload
    async def create(
        self, *, stream: Literal[True], **kwargs: Unpack[MessagesCreateArgs]
    ) -> AsyncStream[MessageStreamEvent]: ...

    @overload
    async def create(
        self, *, stream: bool, **kwargs: Unpack[MessagesCreateArgs]
    ) -> Message | AsyncStream[MessageStreamEvent]: ...

    @signature_of_options(MessagesCreateArgs, missing=NOT_GIVEN, last=ModelCallOptions)
    async def create(
        self, *, stream: bool | None = None, **kwargs: Any
    ) -> Message | AsyncStream[MessageStreamEvent]:
        """Create a message (the Anthropic Messages format; Claude models only).

        Creates a message from Claude for the given conversation, in Anthropic's Messages format
        (Poe's "Anthropic-compatible API": only official Claude models, by Poe bot name such as
        `claude-sonnet-4.5` or Anthropic model name). The `anthropic-version` header is sent
        with its default value unless another is given. With `stream: true` the reply is a
        stream of named server-sent events (`message_start`, `content_block_start`,
        `content_block_delta`, `content_block_stop`, `message_delta`, `message_stop`, keep-alive
        `ping`s, and `error`), complete at `message_stop`.

        Args:
            model (str, required): A Claude model, by Poe bot name (`claude-sonnet-4.5`) or
                Anthropic model name.
            max_tokens (int, required): The most tokens to generate before stopping.
            messages (Iterable[MessageInputParam | MessageInput | Message], required): The
                conversation, alternating `user` and `assistant` turns.
            anthropic_version (str | None): The Anthropic API version; sent as `2023-06-01`
                unless another is given.
            system (str | Iterable[MessageInputTextParam | MessageInputText | TextBlock] |
                None): The system prompt, as text or text blocks.
            tools (Iterable[MessageToolParam | MessageTool] | None): Tools the model may call.
            tool_choice (MessageToolChoiceParam | MessageToolChoice | None): How the model uses
                tools.
            thinking (MessageThinkingConfigParam | MessageThinkingConfig | None): Extended
                thinking, on (with a token budget) or off.
            stop_sequences (Sequence[str] | None): Text sequences that stop generation
                (`stop_reason` is then `stop_sequence`).
            temperature (float | None): (not described by the spec)
            top_p (float | None): (not described by the spec)
            top_k (int | None): (not described by the spec)
            metadata (MessageMetadataParam | MessageMetadata | None): About the request.
            stream (bool | None): Stream the message as server-sent events.
            extra_headers, extra_query, extra_body, timeout, max_retries, total_timeout,
                fallback_models: the per-call options (``poe_sdk.ModelCallOptions``).
        """
        body, params, options = call_arguments(
            CREATE_MESSAGE, {"stream": stream, **kwargs}, "messages.create"
        )
        reply = await self._client._request(
            CREATE_MESSAGE, body=body, params=params, options=options, raw=False
        )
        return cast("Message | AsyncStream[MessageStreamEvent]", reply)


class AsyncMessagesWithRawResponse(AsyncAPIResource):
    """``messages`` with raw responses (``AsyncAPIResponse``)."""

    create = Twin(CREATE_MESSAGE, "messages.create").async_raw(AsyncMessages.create)


class AsyncMessagesWithStreamingResponse(AsyncAPIResource):
    """``messages`` with streamed responses (``AsyncStreamedAPIResponse``)."""

    create = Twin(CREATE_MESSAGE, "messages.create").async_streamed(AsyncMessages.create)


class Messages(MessagesHelpers, SyncAPIResource):
    """The ``messages`` operations."""

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return MessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MessagesWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return MessagesWithStreamingResponse(self)

    @overload
    def create(
        self, *, stream: Literal[False] | None = None, **kwargs: Unpack[MessagesCreateArgs]
    ) -> Message: ...

    @overload
    def create(
        self, *, stream: Literal[True], **kwargs: Unpack[MessagesCreateArgs]
    ) -> Stream[MessageStreamEvent]: ...

    @overload
    def create(
        self, *, stream: bool, **kwargs: Unpack[MessagesCreateArgs]
    ) -> Message | Stream[MessageStreamEvent]: ...

    @arguments_documented_by(AsyncMessages.create)
    @signature_of_options(MessagesCreateArgs, missing=NOT_GIVEN, last=ModelCallOptions)
    def create(
        self, *, stream: bool | None = None, **kwargs: Any
    ) -> Message | Stream[MessageStreamEvent]:
        """Create a message (the Anthropic Messages format; Claude models only).

        Creates a message from Claude for the given conversation, in Anthropic's Messages format
        (Poe's "Anthropic-compatible API": only official Claude models, by Poe bot name such as
        `claude-sonnet-4.5` or Anthropic model name). The `anthropic-version` header is sent
        with its default value unless another is given. With `stream: true` the reply is a
        stream of named server-sent events (`message_start`, `content_block_start`,
        `content_block_delta`, `content_block_stop`, `message_delta`, `message_stop`, keep-alive
        `ping`s, and `error`), complete at `message_stop`.
        """
        body, params, options = call_arguments(
            CREATE_MESSAGE, {"stream": stream, **kwargs}, "messages.create"
        )
        reply = self._client._request(
            CREATE_MESSAGE, body=body, params=params, options=options, raw=False
        )
        return cast("Message | Stream[MessageStreamEvent]", reply)


class MessagesWithRawResponse(SyncAPIResource):
    """``messages`` with raw responses (``APIResponse``)."""

    create = Twin(CREATE_MESSAGE, "messages.create").raw(Messages.create)


class MessagesWithStreamingResponse(SyncAPIResource):
    """``messages`` with streamed responses (``StreamedAPIResponse``)."""

    create = Twin(CREATE_MESSAGE, "messages.create").streamed(Messages.create)


class AsyncResponses(AsyncResponsesHelpers, AsyncAPIResource):
    """The ``responses`` operations."""

    @cached_property
    def with_raw_response(self) -> AsyncResponsesWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncResponsesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncResponsesWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return AsyncResponsesWithStreamingResponse(self)

    @overload
    async def create(
        self, *, stream: Literal[False] | None = None, **kwargs: Unpack[ResponsesCreateArgs]
    ) -> Response: ...

    @overload
    async def create(
        self, *, stream: Literal[True], **kwargs: Unpack[ResponsesCreateArgs]
    ) -> AsyncStream[ResponseStreamEvent]: ...

    @overload
    async def create(
        self, *, stream: bool, **kwargs: Unpack[ResponsesCreateArgs]
    ) -> Response | AsyncStream[ResponseStreamEvent]: ...

    @signature_of_options(ResponsesCreateArgs, missing=NOT_GIVEN, last=ModelCallOptions)
    async def create(
        self, *, stream: bool | None = None, **kwargs: Any
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
        reply = await self._client._request(
            CREATE_RESPONSE, body=body, params=params, options=options, raw=False
        )
        return cast("Response | AsyncStream[ResponseStreamEvent]", reply)


class AsyncResponsesWithRawResponse(AsyncAPIResource):
    """``responses`` with raw responses (``AsyncAPIResponse``)."""

    create = Twin(CREATE_RESPONSE, "responses.create").async_raw(AsyncResponses.create)


class AsyncResponsesWithStreamingResponse(AsyncAPIResource):
    """``responses`` with streamed responses (``AsyncStreamedAPIResponse``)."""

    create = Twin(CREATE_RESPONSE, "responses.create").async_streamed(AsyncResponses.create)


class Responses(ResponsesHelpers, SyncAPIResource):
    """The ``responses`` operations."""

    @cached_property
    def with_raw_response(self) -> ResponsesWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return ResponsesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ResponsesWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return ResponsesWithStreamingResponse(self)

    @overload
    def create(
        self, *, stream: Literal[False] | None = None, **kwargs: Unpack[ResponsesCreateArgs]
    ) -> Response: ...

    @overload
    def create(
        self, *, stream: Literal[True], **kwargs: Unpack[ResponsesCreateArgs]
    ) -> Stream[ResponseStreamEvent]: ...

    @overload
    def create(
        self, *, stream: bool, **kwargs: Unpack[ResponsesCreateArgs]
    ) -> Response | Stream[ResponseStreamEvent]: ...

    @arguments_documented_by(AsyncResponses.create)
    @signature_of_options(ResponsesCreateArgs, missing=NOT_GIVEN, last=ModelCallOptions)
    def create(
        self, *, stream: bool | None = None, **kwargs: Any
    ) -> Response | Stream[ResponseStreamEvent]:
        """Create a model response (the OpenAI Responses format).

        Creates a model response for `input` (text or input items), optionally continuing an
        earlier response (`previous_response_id`) without resending its history. With `stream:
        true` the reply is a stream of server-sent events, each with an `event:` line naming its
        `type`, ending with `response.completed` (or `response.failed` / `response.incomplete`)
        instead of `data: [DONE]`.
        """
        body, params, options = call_arguments(
            CREATE_RESPONSE, {"stream": stream, **kwargs}, "responses.create"
        )
        reply = self._client._request(
            CREATE_RESPONSE, body=body, params=params, options=options, raw=False
        )
        return cast("Response | Stream[ResponseStreamEvent]", reply)


class ResponsesWithRawResponse(SyncAPIResource):
    """``responses`` with raw responses (``APIResponse``)."""

    create = Twin(CREATE_RESPONSE, "responses.create").raw(Responses.create)


class ResponsesWithStreamingResponse(SyncAPIResource):
    """``responses`` with streamed responses (``StreamedAPIResponse``)."""

    create = Twin(CREATE_RESPONSE, "responses.create").streamed(Responses.create)


class AsyncChatCompletions(AsyncChatCompletionsHelpers, AsyncAPIResource):
    """The ``chat.completions`` operations."""

    @cached_property
    def with_raw_response(self) -> AsyncChatCompletionsWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncChatCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatCompletionsWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return AsyncChatCompletionsWithStreamingResponse(self)

    @overload
    async def create(
        self, *, stream: Literal[False] | None = None, **kwargs: Unpack[ChatCompletionsCreateArgs]
    ) -> ChatCompletion: ...

    @overload
    async def create(
        self, *, stream: Literal[True], **kwargs: Unpack[ChatCompletionsCreateArgs]
    ) -> AsyncStream[ChatCompletionChunk]: ...

    @overload
    async def create(
        self, *, stream: bool, **kwargs: Unpack[ChatCompletionsCreateArgs]
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]: ...

    @signature_of_options(ChatCompletionsCreateArgs, missing=NOT_GIVEN, last=ModelCallOptions)
    async def create(
        self, *, stream: bool | None = None, **kwargs: Any
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
        reply = await self._client._request(
            CREATE_CHAT_COMPLETION, body=body, params=params, options=options, raw=False
        )
        return cast("ChatCompletion | AsyncStream[ChatCompletionChunk]", reply)


class AsyncChatCompletionsWithRawResponse(AsyncAPIResource):
    """``chat.completions`` with raw responses (``AsyncAPIResponse``)."""

    create = Twin(CREATE_CHAT_COMPLETION, "chat.completions.create").async_raw(
        AsyncChatCompletions.create
    )


class AsyncChatCompletionsWithStreamingResponse(AsyncAPIResource):
    """``chat.completions`` with streamed responses (``AsyncStreamedAPIResponse``)."""

    create = Twin(CREATE_CHAT_COMPLETION, "chat.completions.create").async_streamed(
        AsyncChatCompletions.create
    )


class ChatCompletions(ChatCompletionsHelpers, SyncAPIResource):
    """The ``chat.completions`` operations."""

    @cached_property
    def with_raw_response(self) -> ChatCompletionsWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return ChatCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatCompletionsWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return ChatCompletionsWithStreamingResponse(self)

    @overload
    def create(
        self, *, stream: Literal[False] | None = None, **kwargs: Unpack[ChatCompletionsCreateArgs]
    ) -> ChatCompletion: ...

    @overload
    def create(
        self, *, stream: Literal[True], **kwargs: Unpack[ChatCompletionsCreateArgs]
    ) -> Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self, *, stream: bool, **kwargs: Unpack[ChatCompletionsCreateArgs]
    ) -> ChatCompletion | Stream[ChatCompletionChunk]: ...

    @arguments_documented_by(AsyncChatCompletions.create)
    @signature_of_options(ChatCompletionsCreateArgs, missing=NOT_GIVEN, last=ModelCallOptions)
    def create(
        self, *, stream: bool | None = None, **kwargs: Any
    ) -> ChatCompletion | Stream[ChatCompletionChunk]:
        """Create a chat completion.

        Creates a model response for the given conversation. With `stream: true` the reply is a
        stream of server-sent events, one `ChatCompletionChunk` per `data:` line, ending with
        `data: [DONE]`.
        """
        body, params, options = call_arguments(
            CREATE_CHAT_COMPLETION, {"stream": stream, **kwargs}, "chat.completions.create"
        )
        reply = self._client._request(
            CREATE_CHAT_COMPLETION, body=body, params=params, options=options, raw=False
        )
        return cast("ChatCompletion | Stream[ChatCompletionChunk]", reply)


class ChatCompletionsWithRawResponse(SyncAPIResource):
    """``chat.completions`` with raw responses (``APIResponse``)."""

    create = Twin(CREATE_CHAT_COMPLETION, "chat.completions.create").raw(ChatCompletions.create)


class ChatCompletionsWithStreamingResponse(SyncAPIResource):
    """``chat.completions`` with streamed responses (``StreamedAPIResponse``)."""

    create = Twin(CREATE_CHAT_COMPLETION, "chat.completions.create").streamed(
        ChatCompletions.create
    )


class AsyncChat(AsyncAPIResource):
    """The ``chat`` operations."""

    @cached_property
    def with_raw_response(self) -> AsyncChatWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return AsyncChatWithStreamingResponse(self)

    completions = Child(AsyncChatCompletions, "The ``chat.completions`` resource.")


class AsyncChatWithRawResponse(AsyncAPIResource):
    """``chat`` with raw responses (``AsyncAPIResponse``)."""

    completions = Child(AsyncChatCompletionsWithRawResponse, "The ``chat.completions`` resource.")


class AsyncChatWithStreamingResponse(AsyncAPIResource):
    """``chat`` with streamed responses (``AsyncStreamedAPIResponse``)."""

    completions = Child(
        AsyncChatCompletionsWithStreamingResponse, "The ``chat.completions`` resource."
    )


class Chat(SyncAPIResource):
    """The ``chat`` operations."""

    @cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return ChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return ChatWithStreamingResponse(self)

    completions = Child(ChatCompletions, "The ``chat.completions`` resource.")


class ChatWithRawResponse(SyncAPIResource):
    """``chat`` with raw responses (``APIResponse``)."""

    completions = Child(ChatCompletionsWithRawResponse, "The ``chat.completions`` resource.")


class ChatWithStreamingResponse(SyncAPIResource):
    """``chat`` with streamed responses (``StreamedAPIResponse``)."""

    completions = Child(ChatCompletionsWithStreamingResponse, "The ``chat.completions`` resource.")


class AsyncRootResources:
    """Mixin of the async client: one attribute per top-level resource."""

    @cached_property
    def with_raw_response(self) -> AsyncRootResourcesWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return AsyncRootResourcesWithRawResponse(cast("AsyncRequester", self))

    @cached_property
    def with_streaming_response(self) -> AsyncRootResourcesWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return AsyncRootResourcesWithStreamingResponse(cast("AsyncRequester", self))

    chat = Child(AsyncChat, "The ``chat`` resource.")
    responses = Child(AsyncResponses, "The ``responses`` resource.")
    messages = Child(AsyncMessages, "The ``messages`` resource.")
    models = Child(AsyncModels, "The ``models`` resource.")
    usage = Child(AsyncUsage, "The ``usage`` resource.")
    bots = Child(AsyncBots, "The ``bots`` resource.")
    videos = Child(AsyncVideos, "The ``videos`` resource.")


class AsyncRootResourcesWithRawResponse(AsyncAPIResource):
    """The resources with raw responses (``AsyncAPIResponse``)."""

    chat = Child(AsyncChatWithRawResponse, "The ``chat`` resource.")
    responses = Child(AsyncResponsesWithRawResponse, "The ``responses`` resource.")
    messages = Child(AsyncMessagesWithRawResponse, "The ``messages`` resource.")
    models = Child(AsyncModelsWithRawResponse, "The ``models`` resource.")
    usage = Child(AsyncUsageWithRawResponse, "The ``usage`` resource.")
    bots = Child(AsyncBotsWithRawResponse, "The ``bots`` resource.")
    videos = Child(AsyncVideosWithRawResponse, "The ``videos`` resource.")


class AsyncRootResourcesWithStreamingResponse(AsyncAPIResource):
    """The resources with streamed responses (``AsyncStreamedAPIResponse``)."""

    chat = Child(AsyncChatWithStreamingResponse, "The ``chat`` resource.")
    responses = Child(AsyncResponsesWithStreamingResponse, "The ``responses`` resource.")
    messages = Child(AsyncMessagesWithStreamingResponse, "The ``messages`` resource.")
    models = Child(AsyncModelsWithStreamingResponse, "The ``models`` resource.")
    usage = Child(AsyncUsageWithStreamingResponse, "The ``usage`` resource.")
    bots = Child(AsyncBotsWithStreamingResponse, "The ``bots`` resource.")
    videos = Child(AsyncVideosWithStreamingResponse, "The ``videos`` resource.")


class SyncRootResources:
    """Mixin of the sync client: one attribute per top-level resource."""

    @cached_property
    def with_raw_response(self) -> SyncRootResourcesWithRawResponse:
        """The same operations, returning the HTTP response with the parsed result on demand."""
        return SyncRootResourcesWithRawResponse(cast("SyncRequester", self))

    @cached_property
    def with_streaming_response(self) -> SyncRootResourcesWithStreamingResponse:
        """The same operations, returning the HTTP response with its body streamed on demand."""
        return SyncRootResourcesWithStreamingResponse(cast("SyncRequester", self))

    chat = Child(Chat, "The ``chat`` resource.")
    responses = Child(Responses, "The ``responses`` resource.")
    messages = Child(Messages, "The ``messages`` resource.")
    models = Child(Models, "The ``models`` resource.")
    usage = Child(Usage, "The ``usage`` resource.")
    bots = Child(Bots, "The ``bots`` resource.")
    videos = Child(Videos, "The ``videos`` resource.")


class SyncRootResourcesWithRawResponse(SyncAPIResource):
    """The resources with raw responses (``APIResponse``)."""

    chat = Child(ChatWithRawResponse, "The ``chat`` resource.")
    responses = Child(ResponsesWithRawResponse, "The ``responses`` resource.")
    messages = Child(MessagesWithRawResponse, "The ``messages`` resource.")
    models = Child(ModelsWithRawResponse, "The ``models`` resource.")
    usage = Child(UsageWithRawResponse, "The ``usage`` resource.")
    bots = Child(BotsWithRawResponse, "The ``bots`` resource.")
    videos = Child(VideosWithRawResponse, "The ``videos`` resource.")


class SyncRootResourcesWithStreamingResponse(SyncAPIResource):
    """The resources with streamed responses (``StreamedAPIResponse``)."""

    chat = Child(ChatWithStreamingResponse, "The ``chat`` resource.")
    responses = Child(ResponsesWithStreamingResponse, "The ``responses`` resource.")
    messages = Child(MessagesWithStreamingResponse, "The ``messages`` resource.")
    models = Child(ModelsWithStreamingResponse, "The ``models`` resource.")
    usage = Child(UsageWithStreamingResponse, "The ``usage`` resource.")
    bots = Child(BotsWithStreamingResponse, "The ``bots`` resource.")
    videos = Child(VideosWithStreamingResponse, "The ``videos`` resource.")
