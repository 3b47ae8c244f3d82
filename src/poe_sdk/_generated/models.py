# DO NOT EDIT: generated from openapi.yaml (sha256 ac23569ba2b7c82c) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Pydantic models of the schemas in openapi.yaml.

Request models (``RequestModel``) enforce the spec: required fields, types, bounds, enums and
discriminators. Response models (``ResponseModel``) are lenient: unknown fields are kept,
enum fields accept values the spec does not list, optional fields may be missing and a
discriminated union has an ``UnknownVariant`` for tags the spec does not list. A reply that
fails even that is read by ``poe_sdk._replies.parse`` along the same types.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal, TypeAlias

from pydantic import Field, Tag

from poe_sdk._base_models import (
    EMPTY_AS_NONE,
    JSON_TEXT,
    UNKNOWN_TAG,
    WRITE_ONLY,
    RequestModel,
    ResponseModel,
    UnknownVariant,
    open_discriminator,
)
from poe_sdk._model_mixins import (
    MessageAttachmentsMixin,
    ModelPricingDecimalsMixin,
    ResponseOutputTextMixin,
)
from poe_sdk._request.multipart import FILE_PART

__all__ = [
    "ApiBotParamDefinition",
    "ApiBotPricing",
    "ApiBotSettings",
    "ApiBotSettingsInput",
    "Bot",
    "BotList",
    "BotWriteStatus",
    "ChatCompletion",
    "ChatCompletionAudioRequest",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionMessage",
    "ChatCompletionMessageToolCall",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionRequestAssistantContentPart",
    "ChatCompletionRequestAssistantMessage",
    "ChatCompletionRequestDeveloperMessage",
    "ChatCompletionRequestFunctionCall",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestMessageContentPartAudio",
    "ChatCompletionRequestMessageContentPartFile",
    "ChatCompletionRequestMessageContentPartImage",
    "ChatCompletionRequestMessageContentPartRefusal",
    "ChatCompletionRequestMessageContentPartText",
    "ChatCompletionRequestMessageToolCall",
    "ChatCompletionRequestSystemMessage",
    "ChatCompletionRequestToolMessage",
    "ChatCompletionRequestUserContentPart",
    "ChatCompletionRequestUserMessage",
    "ChatCompletionStreamOptions",
    "ChatCompletionTool",
    "ChatCompletionToolChoiceOption",
    "ChoiceDelta",
    "ChoiceDeltaToolCall",
    "ChoiceDeltaToolCallFunction",
    "ChoiceLogprobs",
    "CompletionTokensDetails",
    "CompletionUsage",
    "ContentBlock",
    "ContentBlockDelta",
    "ContentBlockDeltaEvent",
    "ContentBlockStartEvent",
    "ContentBlockStopEvent",
    "CreateBotRequest",
    "CreateChatCompletionRequest",
    "CreateMessageRequest",
    "CreateResponseRequest",
    "CreateVideoRequest",
    "CurrentBalance",
    "ErrorObject",
    "ErrorResponse",
    "ExtendVideoRequest",
    "FileContent",
    "FinishReason",
    "FunctionCall",
    "FunctionDefinition",
    "ImageUrl",
    "InputAudio",
    "InputJsonDelta",
    "JsonSchemaFormat",
    "Message",
    "MessageBase64ImageSource",
    "MessageBase64PdfSource",
    "MessageCacheControl",
    "MessageDelta",
    "MessageDeltaEvent",
    "MessageDocumentSource",
    "MessageErrorEvent",
    "MessageImageSource",
    "MessageInput",
    "MessageInputContent",
    "MessageInputDocument",
    "MessageInputImage",
    "MessageInputRedactedThinking",
    "MessageInputText",
    "MessageInputThinking",
    "MessageInputToolResult",
    "MessageInputToolUse",
    "MessageMetadata",
    "MessagePingEvent",
    "MessagePlainTextSource",
    "MessageStartEvent",
    "MessageStopEvent",
    "MessageStreamEvent",
    "MessageThinkingConfig",
    "MessageThinkingDisabled",
    "MessageThinkingEnabled",
    "MessageTool",
    "MessageToolChoice",
    "MessageToolChoiceAny",
    "MessageToolChoiceAuto",
    "MessageToolChoiceNone",
    "MessageToolChoiceTool",
    "MessageToolResultContent",
    "MessageUrlSource",
    "MessageUsage",
    "Model",
    "ModelArchitecture",
    "ModelContextWindow",
    "ModelImage",
    "ModelList",
    "ModelMetadata",
    "ModelParameter",
    "ModelPricing",
    "ModelReasoning",
    "ModelReasoningBudget",
    "NamedFunction",
    "ParameterControl",
    "ParameterControlOption",
    "ParameterControls",
    "ParameterControlsSection",
    "PointsHistory",
    "PointsHistoryEntry",
    "PromptTokensDetails",
    "ReasoningEffort",
    "RedactedThinkingBlock",
    "RemixVideoRequest",
    "ReplaceBotRequest",
    "Response",
    "ResponseCompletedEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreatedEvent",
    "ResponseError",
    "ResponseErrorEvent",
    "ResponseFailedEvent",
    "ResponseFormat",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatText",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseFunctionCallOutput",
    "ResponseFunctionTool",
    "ResponseFunctionToolCall",
    "ResponseFunctionWebSearch",
    "ResponseIncompleteDetails",
    "ResponseIncompleteEvent",
    "ResponseInProgressEvent",
    "ResponseInputContent",
    "ResponseInputFile",
    "ResponseInputFunctionCall",
    "ResponseInputImage",
    "ResponseInputItem",
    "ResponseInputMessage",
    "ResponseInputOutputContent",
    "ResponseInputOutputMessage",
    "ResponseInputOutputText",
    "ResponseInputRefusal",
    "ResponseInputText",
    "ResponseInputTokensDetails",
    "ResponseOutputContent",
    "ResponseOutputItem",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseOutputMessage",
    "ResponseOutputRefusal",
    "ResponseOutputText",
    "ResponseOutputTextDeltaEvent",
    "ResponseOutputTextDoneEvent",
    "ResponseOutputTokensDetails",
    "ResponseReasoningConfig",
    "ResponseReasoningItem",
    "ResponseReasoningSummary",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseStreamEvent",
    "ResponseTextConfig",
    "ResponseTextFormat",
    "ResponseTextFormatJsonSchema",
    "ResponseTool",
    "ResponseToolChoice",
    "ResponseToolChoiceBuiltIn",
    "ResponseToolChoiceFunction",
    "ResponseUsage",
    "ResponseWebSearchCallCompletedEvent",
    "ResponseWebSearchCallInProgressEvent",
    "ResponseWebSearchCallSearchingEvent",
    "ResponseWebSearchTool",
    "ServiceTier",
    "SignatureDelta",
    "StopConfiguration",
    "TextBlock",
    "TextDelta",
    "TextMessageContent",
    "ThinkingBlock",
    "ThinkingDelta",
    "TokenLogprob",
    "ToolUseBlock",
    "TopLogprob",
    "UpdateBotRequest",
    "Video",
    "VideoError",
    "VideoReference",
]


class CreateChatCompletionRequest(RequestModel):
    """The body of `POST /v1/chat/completions`."""

    model: Annotated[str, Field(min_length=1)]
    """Poe model (bot) name, e.g. `Claude-Sonnet-4`."""

    messages: Annotated[list[ChatCompletionRequestMessage], Field(min_length=1)]
    """The conversation so far."""

    max_tokens: Annotated[int, Field(ge=1)] | None = None
    """Maximum number of tokens to generate."""

    max_completion_tokens: Annotated[int, Field(ge=1)] | None = None
    """Upper bound for generated tokens, reasoning tokens included."""

    temperature: Annotated[float, Field(ge=0, le=2)] | None = None
    """Sampling temperature, 0 to 2."""

    top_p: Annotated[float, Field(ge=0, le=1)] | None = None
    """Nucleus sampling probability mass, 0 to 1."""

    top_k: Annotated[int, Field(ge=0)] | None = None
    """Top-k sampling (model specific, not OpenAI standard)."""

    stop: StopConfiguration | None = None
    """Up to 4 sequences where the model stops generating."""

    stream: bool = False
    """Stream the reply as server-sent events ending with `[DONE]`."""

    stream_options: ChatCompletionStreamOptions | None = None
    """Options for streamed replies."""

    tools: list[ChatCompletionTool] | None = None
    """Functions the model may call."""

    tool_choice: ChatCompletionToolChoiceOption | None = None
    """\"none", "auto", "required", or a named function."""

    parallel_tool_calls: bool | None = None
    """Allow several tool calls in one turn."""

    n: Annotated[int, Field(ge=1)] = 1
    """Number of choices. Poe's policy is exactly 1; other servers may allow more."""

    response_format: ResponseFormat | None = None
    """Plain text, any JSON object, or JSON matching a schema."""

    seed: int | None = None
    """Seed for best-effort deterministic sampling."""

    frequency_penalty: Annotated[float, Field(ge=-2, le=2)] | None = None
    """Penalty for frequent tokens, -2 to 2."""

    presence_penalty: Annotated[float, Field(ge=-2, le=2)] | None = None
    """Penalty for tokens already present, -2 to 2."""

    logit_bias: dict[str, Annotated[int, Field(ge=-100, le=100)]] | None = None
    """Token id to bias, -100 to 100."""

    logprobs: bool | None = None
    """Return log probabilities of the output tokens."""

    top_logprobs: Annotated[int, Field(ge=0, le=20)] | None = None
    """Number of most likely tokens to return per position, 0 to 20."""

    user: str | None = None
    """Stable identifier of the end user, for abuse monitoring."""

    reasoning_effort: ReasoningEffort | None = None
    """How much effort reasoning models spend."""

    metadata: dict[str, Annotated[str, Field(max_length=512)]] | None = None
    """Key-value pairs attached to the request."""

    store: bool | None = None
    """Store the output for distillation or evals."""

    modalities: list[Literal["text", "audio"]] | None = None
    """Output modalities, e.g. `["text"]` or `["text", "audio"]`."""

    audio: ChatCompletionAudioRequest | None = None
    """Audio output settings, required when `modalities` includes `audio`."""

    service_tier: ServiceTier | None = None
    """The processing tier to serve the request with (where the server offers tiers)."""


class ChatCompletionAudioRequest(RequestModel):
    """Audio output settings, required when `modalities` includes `audio`."""

    voice: Annotated[str, Field(min_length=1)]
    """The voice, e.g. `alloy`, `ash`, `coral`, `echo`, `sage`, `shimmer`."""

    format: Literal["wav", "aac", "mp3", "flac", "opus", "pcm16"]
    """The audio format."""


class ChatCompletionStreamOptions(RequestModel):
    """Options for streamed replies."""

    include_usage: bool | None = None
    """Send a final chunk with `usage` and empty `choices`."""


class ChatCompletionRequestSystemMessage(RequestModel):
    """Instructions for the model."""

    role: Literal["system"]

    content: TextMessageContent
    """Text, or a list of text parts."""

    name: str | None = None
    """Name of the participant."""


class ChatCompletionRequestDeveloperMessage(RequestModel):
    """Developer instructions (the successor of `system` for reasoning models)."""

    role: Literal["developer"]

    content: TextMessageContent
    """Text, or a list of text parts."""

    name: str | None = None
    """Name of the participant."""


class ChatCompletionRequestUserMessage(RequestModel):
    """A message from the user; text or a list of text, image, file and audio parts."""

    role: Literal["user"]
    content: str | Annotated[list[ChatCompletionRequestUserContentPart], Field(min_length=1)]

    name: str | None = None
    """Name of the participant."""


class ChatCompletionRequestAssistantMessage(RequestModel):
    """A previous reply of the model, possibly with tool calls."""

    role: Literal["assistant"]
    content: str | list[ChatCompletionRequestAssistantContentPart] | None = None

    refusal: str | None = None
    """The refusal message of the model."""

    name: str | None = None
    """Name of the participant."""

    tool_calls: list[ChatCompletionRequestMessageToolCall] | None = None


class ChatCompletionRequestToolMessage(RequestModel):
    """The result of a tool call."""

    role: Literal["tool"]

    content: TextMessageContent
    """Text, or a list of text parts."""

    tool_call_id: Annotated[str, Field(min_length=1)]
    """The id of the tool call this message answers."""


class ChatCompletionRequestMessageContentPartText(RequestModel):
    """A text part."""

    type: Literal["text"]
    text: str


class ChatCompletionRequestMessageContentPartRefusal(RequestModel):
    """A refusal part of an assistant message."""

    type: Literal["refusal"]
    refusal: str


class ChatCompletionRequestMessageContentPartImage(RequestModel):
    """An image, by URL or as a base64 data URL."""

    type: Literal["image_url"]

    image_url: ImageUrl
    """Where the image is, and how closely to look at it."""


class ImageUrl(RequestModel):
    """Where the image is, and how closely to look at it."""

    url: Annotated[str, Field(min_length=1)]
    """An http(s) URL or a `data:image/...;base64,` URL."""

    detail: Literal["auto", "low", "high"] | None = None


class ChatCompletionRequestMessageContentPartFile(RequestModel):
    """A document (PDF, text, ...) as a base64 data URL, or an uploaded file id."""

    type: Literal["file"]

    file: FileContent
    """`file_data` is a data URL such as `data:application/pdf;base64,...`."""


class FileContent(RequestModel):
    """`file_data` is a data URL such as `data:application/pdf;base64,...`."""

    filename: str | None = None

    file_data: Annotated[str, Field(pattern="^data:")] | None = None
    """The file as a `data:<mime>;base64,<data>` URL."""

    file_id: str | None = None


class ChatCompletionRequestMessageContentPartAudio(RequestModel):
    """Base64 encoded audio."""

    type: Literal["input_audio"]

    input_audio: InputAudio
    """Base64 encoded audio data and its format."""


class InputAudio(RequestModel):
    """Base64 encoded audio data and its format."""

    data: str
    """Base64 encoded audio."""

    format: Literal["wav", "mp3"]


class ChatCompletionRequestMessageToolCall(RequestModel):
    """A tool call made by the assistant, sent back in the conversation."""

    id: str
    type: Literal["function"]

    function: ChatCompletionRequestFunctionCall
    """The function the assistant called and its JSON arguments."""


class ChatCompletionRequestFunctionCall(RequestModel):
    """The function the assistant called and its JSON arguments."""

    name: str
    arguments: str


class ChatCompletionTool(RequestModel):
    """A function tool the model may call."""

    type: Literal["function"]

    function: FunctionDefinition
    """A function's name, description and JSON-schema parameters."""


class FunctionDefinition(RequestModel):
    """A function's name, description and JSON-schema parameters."""

    name: Annotated[str, Field(pattern="^[a-zA-Z0-9_-]{1,64}$")]
    """Letters, digits, underscores and dashes, at most 64."""

    description: str | None = None

    parameters: dict[str, Any] | None = None
    """The parameters as a JSON Schema object."""

    strict: bool | None = None


class ChatCompletionNamedToolChoice(RequestModel):
    """Forces the model to call this function."""

    type: Literal["function"]

    function: NamedFunction
    """The name of a function."""


class NamedFunction(RequestModel):
    """The name of a function."""

    name: str


class ResponseFormatText(RequestModel):
    """Plain text output."""

    type: Literal["text"]


class ResponseFormatJsonObject(RequestModel):
    """Output any valid JSON object."""

    type: Literal["json_object"]


class ResponseFormatJsonSchema(RequestModel):
    """Output JSON that matches `json_schema.schema`."""

    type: Literal["json_schema"]

    json_schema: JsonSchemaFormat
    """A named JSON Schema for structured output."""


class JsonSchemaFormat(RequestModel):
    """A named JSON Schema for structured output."""

    name: Annotated[str, Field(pattern="^[a-zA-Z0-9_-]{1,64}$")]
    description: str | None = None

    schema_: dict[str, Any] | None = Field(default=None, alias="schema")
    """The JSON Schema the output must match."""

    strict: bool | None = None


class ChatCompletion(ResponseModel):
    """A model reply."""

    essential: ClassVar[tuple[str, ...]] = ("choices",)

    id: str
    object: str = "chat.completion"

    created: int
    """Unix time in seconds."""

    model: str
    """The model that answered."""

    choices: list[ChatCompletionChoice]

    usage: CompletionUsage | None = None
    """Token counts of the request."""

    system_fingerprint: str | None = None
    service_tier: str | None = None


class ChatCompletionChoice(ResponseModel):
    """One choice of a reply."""

    index: int

    message: ChatCompletionMessage
    """The message the model wrote; `attachments` lists the files (images, videos, audio) linked in
    its text.
    """

    finish_reason: FinishReason = None
    """Why the model stopped; unknown values are kept as strings."""

    logprobs: ChoiceLogprobs | None = None
    """Log probabilities of the output tokens."""


class ChatCompletionMessage(MessageAttachmentsMixin, ResponseModel):
    """The message the model wrote; `attachments` lists the files (images, videos, audio) linked in
    its text.
    """

    role: str = "assistant"
    content: str | None = None
    refusal: str | None = None
    tool_calls: list[ChatCompletionMessageToolCall] | None = None


class ChatCompletionMessageToolCall(ResponseModel):
    """A tool call the model made."""

    id: str
    type: str = "function"

    function: FunctionCall
    """The called function and its arguments as a JSON string."""


class FunctionCall(ResponseModel):
    """The called function and its arguments as a JSON string."""

    name: str
    arguments: Annotated[str, JSON_TEXT]


class ChoiceLogprobs(ResponseModel):
    """Log probabilities of the output tokens."""

    content: list[TokenLogprob] | None = None
    refusal: list[TokenLogprob] | None = None


class TokenLogprob(ResponseModel):
    """One output token with its log probability and alternatives."""

    token: str
    logprob: float
    bytes: list[int] | None = None
    top_logprobs: list[TopLogprob] | None = None


class TopLogprob(ResponseModel):
    """An alternative token and its log probability."""

    token: str
    logprob: float
    bytes: list[int] | None = None


class CompletionUsage(ResponseModel):
    """Token counts of the request."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    prompt_tokens_details: PromptTokensDetails | None = None
    """Breakdown of the prompt tokens."""

    completion_tokens_details: CompletionTokensDetails | None = None
    """Breakdown of the completion tokens."""


class PromptTokensDetails(ResponseModel):
    """Breakdown of the prompt tokens."""

    cached_tokens: int | None = None
    audio_tokens: int | None = None


class CompletionTokensDetails(ResponseModel):
    """Breakdown of the completion tokens."""

    reasoning_tokens: int | None = None
    audio_tokens: int | None = None
    accepted_prediction_tokens: int | None = None
    rejected_prediction_tokens: int | None = None


class ChatCompletionChunk(ResponseModel):
    """One server-sent event of a streamed reply."""

    essential: ClassVar[tuple[str, ...]] = ("choices", "usage")

    id: str
    object: str = "chat.completion.chunk"
    created: int
    model: str

    choices: list[ChatCompletionChunkChoice]
    """Empty on the final usage chunk (`stream_options.include_usage`)."""

    usage: CompletionUsage | None = None
    """Token counts of the request."""

    system_fingerprint: str | None = None
    service_tier: str | None = None


class ChoiceDelta(ResponseModel):
    """New text, refusal or tool-call fragments."""

    role: str | None = None
    content: str | None = None
    refusal: str | None = None
    tool_calls: list[ChoiceDeltaToolCall] | None = None


class ChatCompletionChunkChoice(ResponseModel):
    """The change to one choice carried by a chunk."""

    index: int

    delta: ChoiceDelta = Field(default_factory=ChoiceDelta)
    """New text, refusal or tool-call fragments."""

    finish_reason: FinishReason = None
    """Why the model stopped; unknown values are kept as strings."""

    logprobs: ChoiceLogprobs | None = None
    """Log probabilities of the output tokens."""


class ChoiceDeltaToolCall(ResponseModel):
    """A fragment of a tool call, merged with others of the same `index`."""

    index: int
    id: str | None = None
    type: str | None = None

    function: ChoiceDeltaToolCallFunction | None = None
    """A fragment of the function name and arguments."""


class ChoiceDeltaToolCallFunction(ResponseModel):
    """A fragment of the function name and arguments."""

    name: str | None = None
    arguments: Annotated[str, JSON_TEXT] | None = None


class ModelList(ResponseModel):
    """The models (bots) the server offers."""

    object: str = "list"
    data: list[Model]


class Model(ResponseModel):
    """One model (bot)."""

    id: str
    """The name to pass as `model`, e.g. `Claude-Sonnet-4`."""

    object: str = "model"

    created: int | None = None
    """Creation time (Poe reports milliseconds since the epoch)."""

    owned_by: str | None = None
    """Who offers the model."""

    description: str | None = None
    """What the model does and how to use it."""

    permission: list[dict[str, Any]] | None = None
    """Permission information (typically empty)."""

    root: str | None = None
    """The root model's identifier."""

    parent: str | None = None
    """The parent model's identifier, for a derivative model."""

    architecture: ModelArchitecture | None = None
    """What the model reads and writes."""

    supported_endpoints: list[str] | None = None
    """The API endpoints that accept this model, e.g. `/v1/chat/completions`."""

    supported_features: list[str] | None = None
    """Optional features the model supports, e.g. `tools`."""

    pricing: ModelPricing | None = None
    """Prices in USD as decimal strings (`null` where a price does not apply); the `*_decimal`
    properties give them as `decimal.Decimal`, exactly.
    """

    context_window: ModelContextWindow | None = None
    """How many tokens the model reads and writes."""

    context_length: int | None = None
    """The context window in tokens (the same as `context_window.context_length`)."""

    metadata: ModelMetadata | None = None
    """How Poe shows the model."""

    reasoning: ModelReasoning | None = None
    """How the model reasons (thinks) before answering."""

    parameters: list[ModelParameter] | None = None
    """The bot's own parameters, each with the JSON schema of its values."""


class ModelArchitecture(ResponseModel):
    """What the model reads and writes."""

    input_modalities: list[str] | None = None
    """What the model reads (`text`, `image`, `video`, `audio`, ...)."""

    output_modalities: list[str] | None = None
    """What the model writes (`text`, `image`, `video`, `audio`, ...)."""

    modality: str | None = None
    """Both in one string, e.g. `text,image->text`."""


class ModelPricing(ModelPricingDecimalsMixin, ResponseModel):
    """Prices in USD as decimal strings (`null` where a price does not apply); the `*_decimal`
    properties give them as `decimal.Decimal`, exactly.
    """

    prompt: str | None = None
    """Per input token."""

    completion: str | None = None
    """Per output token."""

    image: str | None = None
    """Per input image."""

    request: str | None = None
    """Per request."""

    input_cache_read: str | None = None
    """Per input token read from the cache."""

    input_cache_write: str | None = None
    """Per input token written to the cache."""


class ModelContextWindow(ResponseModel):
    """How many tokens the model reads and writes."""

    context_length: int | None = None
    """The context window in tokens."""

    max_output_tokens: int | None = None
    """The most tokens one reply may have."""


class ModelMetadata(ResponseModel):
    """How Poe shows the model."""

    display_name: str | None = None

    url: str | None = None
    """The model's page on Poe."""

    image: ModelImage | None = None
    """The model's picture."""


class ModelImage(ResponseModel):
    """The model's picture."""

    url: str | None = None
    alt: str | None = None
    width: int | None = None
    height: int | None = None


class ModelReasoning(ResponseModel):
    """How the model reasons (thinks) before answering."""

    budget: ModelReasoningBudget | None = None
    """The bounds of the reasoning token budget."""

    required: bool | None = None
    """Whether the model always reasons."""

    supports_reasoning_effort: bool | None = None
    """Whether `reasoning_effort` is honoured."""


class ModelReasoningBudget(ResponseModel):
    """The bounds of the reasoning token budget."""

    min_tokens: int | None = None
    max_tokens: int | None = None


class ModelParameter(ResponseModel):
    """One of the bot's own parameters (sent as `extra_body`)."""

    name: str
    description: str | None = None

    schema_: dict[str, Any] | None = Field(default=None, alias="schema")
    """The JSON schema of its values."""

    default_value: Any | None = None
    """The value used when none is sent (any JSON value)."""


class CurrentBalance(ResponseModel):
    """The reply of `GET /usage/current_balance`."""

    current_point_balance: int
    """Points left on the account."""


class PointsHistory(ResponseModel):
    """One page of `GET /usage/points_history`."""

    has_more: bool = False
    """More entries follow this page."""

    length: int | None = None
    """The number of entries on this page."""

    data: list[PointsHistoryEntry]


class PointsHistoryEntry(ResponseModel):
    """Points spent by one query."""

    creation_time: int | None = None
    """When the query was made, in microseconds since the epoch."""

    bot_name: str | None = None
    """The bot that answered."""

    query_id: str
    """The query's identifier (the cursor for `starting_after`)."""

    usage_type: Literal["API", "Chat", "Canvas App"] | str | None = None
    """Where the points were spent."""

    cost_points: int | None = None
    """Points the query cost."""


class CreateResponseRequest(RequestModel):
    """The body of `POST /v1/responses`."""

    model: str
    """The model (bot) name, e.g. `GPT-5` or `Claude-Sonnet-4`."""

    input: str | list[ResponseInputItem]
    """The user's text, or a list of input items (messages, function call results)."""

    instructions: str | None = None
    """A system (developer) message placed before the input."""

    stream: bool | None = None
    """Stream the response as server-sent events."""

    max_output_tokens: Annotated[int, Field(ge=1)] | None = None
    """The most tokens the output (reasoning included) may have."""

    temperature: Annotated[float, Field(ge=0, le=2)] | None = None
    top_p: Annotated[float, Field(ge=0, le=1)] | None = None

    reasoning: ResponseReasoningConfig | None = None
    """How much the model reasons, and whether it summarises its reasoning."""

    text: ResponseTextConfig | None = None
    """The output text's format (structured output with `json_schema`)."""

    tools: list[ResponseTool] | None = None
    """Tools the model may call."""

    tool_choice: ResponseToolChoice | None = None
    """\"none", "auto", "required", a named function, or a built-in tool."""

    parallel_tool_calls: bool | None = None

    previous_response_id: str | None = None
    """Continue the conversation of this earlier response (its input and output are kept by the
    server).
    """

    metadata: dict[str, Annotated[str, Field(max_length=512)]] | None = None
    """Up to 16 string pairs stored with the response."""

    store: bool | None = None
    """Whether the server keeps the response (for `previous_response_id`)."""

    truncation: Literal["auto", "disabled"] | None = None
    user: str | None = None


class ResponseInputMessage(RequestModel):
    """A message of the conversation."""

    type: Literal["message"] = "message"
    role: Literal["user", "assistant", "system", "developer"]
    content: str | list[ResponseInputContent]


class ResponseInputText(RequestModel):
    """Text input."""

    type: Literal["input_text"]
    text: str


class ResponseInputImage(RequestModel):
    """An image, by URL (a `data:` URL for inline images) or file id."""

    type: Literal["input_image"]
    image_url: str | None = None
    file_id: str | None = None
    detail: Literal["low", "high", "auto"] | None = None


class ResponseInputFile(RequestModel):
    """A file, inline (`file_data`, a `data:` URL), by URL or by id."""

    type: Literal["input_file"]
    file_id: str | None = None
    file_data: str | None = None
    file_url: str | None = None
    filename: str | None = None


class ResponseInputOutputMessage(RequestModel):
    """A message of an earlier response, sent back as conversation history."""

    type: Literal["message"]
    id: str | None = None
    role: Literal["assistant"]
    status: Literal["in_progress", "completed", "incomplete"] | None = None
    content: list[ResponseInputOutputContent]


class ResponseInputOutputText(RequestModel):
    """Text of an earlier output message."""

    type: Literal["output_text"]
    text: str
    annotations: list[dict[str, Any]] | None = None


class ResponseInputRefusal(RequestModel):
    """A refusal of an earlier output message."""

    type: Literal["refusal"]
    refusal: str


class ResponseInputFunctionCall(RequestModel):
    """A function call of an earlier response, sent back with its result."""

    type: Literal["function_call"]
    id: str | None = None
    call_id: str
    name: str
    arguments: str


class ResponseFunctionCallOutput(RequestModel):
    """The result of a function call, matched to it by `call_id`."""

    type: Literal["function_call_output"]
    call_id: str
    output: str


class ResponseReasoningConfig(RequestModel):
    """How much the model reasons, and whether it summarises its reasoning."""

    effort: Literal["minimal", "low", "medium", "high"] | None = None
    summary: Literal["auto", "concise", "detailed"] | None = None


class ResponseTextConfig(RequestModel):
    """The output text's format (structured output with `json_schema`)."""

    format: ResponseTextFormat | None = None
    """Plain text, any JSON object, or JSON matching a schema."""


class ResponseTextFormatJsonSchema(RequestModel):
    """Output JSON that matches `schema`."""

    type: Literal["json_schema"]
    name: Annotated[str, Field(pattern="^[a-zA-Z0-9_-]{1,64}$")]
    description: str | None = None

    schema_: dict[str, Any] = Field(alias="schema")
    """The JSON Schema the output must match."""

    strict: bool | None = None


class ResponseFunctionTool(RequestModel):
    """A function the model may call (name and parameters at the top level)."""

    type: Literal["function"]
    name: Annotated[str, Field(pattern="^[a-zA-Z0-9_-]{1,64}$")]
    description: str | None = None

    parameters: dict[str, Any] | None = None
    """The parameters as a JSON Schema object."""

    strict: bool | None = None


class ResponseWebSearchTool(RequestModel):
    """The built-in web search."""

    type: Literal["web_search_preview"]
    search_context_size: Literal["low", "medium", "high"] | None = None
    user_location: dict[str, Any] | None = None


class ResponseToolChoiceFunction(RequestModel):
    """Forces the model to call this function."""

    type: Literal["function"]
    name: str


class ResponseToolChoiceBuiltIn(RequestModel):
    """Forces the model to use this built-in tool."""

    type: Literal["web_search_preview"]


class Response(ResponseOutputTextMixin, ResponseModel):
    """A model response; `output_text` joins the text of its output messages."""

    essential: ClassVar[tuple[str, ...]] = ("output", "status")

    id: str
    object: str = "response"

    created_at: int
    """Unix time in seconds."""

    status: (
        Literal["completed", "failed", "in_progress", "incomplete", "cancelled", "queued"]
        | str
        | None
    ) = None
    model: str

    output: list[ResponseOutputItem]
    """Messages, reasoning, function calls and web searches, in order."""

    usage: ResponseUsage | None = None
    """Token counts of the response."""

    error: ResponseError | None = None
    """Why a response failed."""

    incomplete_details: ResponseIncompleteDetails | None = None
    """Why a response is incomplete."""

    instructions: str | None = None
    max_output_tokens: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    previous_response_id: str | None = None
    parallel_tool_calls: bool | None = None

    tool_choice: Any | None = None
    """As sent, or the server's default."""

    tools: list[dict[str, Any]] | None = None
    text: dict[str, Any] | None = None
    reasoning: dict[str, Any] | None = None
    metadata: dict[str, str] | None = None
    store: bool | None = None
    user: str | None = None


class ResponseOutputMessage(ResponseModel):
    """A message from the model."""

    type: Literal["message"]
    id: str | None = None
    role: str = "assistant"
    status: Literal["in_progress", "completed", "incomplete"] | str | None = None
    content: list[ResponseOutputContent]


class ResponseOutputText(ResponseModel):
    """Text the model wrote."""

    type: Literal["output_text"]
    text: str

    annotations: list[dict[str, Any]] | None = None
    """Citations (URLs of a web search) and file references."""


class ResponseOutputRefusal(ResponseModel):
    """The model's refusal."""

    type: Literal["refusal"]
    refusal: str


class ResponseReasoningItem(ResponseModel):
    """The model's reasoning, as summaries (and content where the server sends it)."""

    type: Literal["reasoning"]
    id: str | None = None
    summary: list[ResponseReasoningSummary] | None = None
    encrypted_content: str | None = None
    status: Literal["in_progress", "completed", "incomplete"] | str | None = None


class ResponseReasoningSummary(ResponseModel):
    """One summary of the reasoning."""

    type: str
    text: str


class ResponseFunctionToolCall(ResponseModel):
    """A call of a function tool; send its result back as a `function_call_output` item."""

    type: Literal["function_call"]
    id: str | None = None
    call_id: str
    name: str

    arguments: Annotated[str, JSON_TEXT]
    """The arguments as JSON text."""

    status: Literal["in_progress", "completed", "incomplete"] | str | None = None


class ResponseFunctionWebSearch(ResponseModel):
    """A web search the model ran."""

    type: Literal["web_search_call"]
    id: str | None = None
    status: Literal["in_progress", "searching", "completed", "failed"] | str | None = None
    action: dict[str, Any] | None = None


class ResponseUsage(ResponseModel):
    """Token counts of the response."""

    input_tokens: int = 0
    output_tokens: int = 0
    total_tokens: int = 0

    input_tokens_details: ResponseInputTokensDetails | None = None
    """Breakdown of the input tokens."""

    output_tokens_details: ResponseOutputTokensDetails | None = None
    """Breakdown of the output tokens."""


class ResponseInputTokensDetails(ResponseModel):
    """Breakdown of the input tokens."""

    cached_tokens: int | None = None


class ResponseOutputTokensDetails(ResponseModel):
    """Breakdown of the output tokens."""

    reasoning_tokens: int | None = None


class ResponseError(ResponseModel):
    """Why a response failed."""

    code: str | None = None
    """e.g. `server_error`, `rate_limit_exceeded`, `invalid_prompt`."""

    message: str = ""


class ResponseIncompleteDetails(ResponseModel):
    """Why a response is incomplete."""

    reason: str | None = None
    """e.g. `max_output_tokens`, `content_filter`."""


class ResponseCreatedEvent(ResponseModel):
    """The response was created."""

    type: Literal["response.created"]
    sequence_number: int | None = None

    response: Response
    """A model response; `output_text` joins the text of its output messages."""


class ResponseInProgressEvent(ResponseModel):
    """The response is being generated."""

    type: Literal["response.in_progress"]
    sequence_number: int | None = None

    response: Response
    """A model response; `output_text` joins the text of its output messages."""


class ResponseOutputItemAddedEvent(ResponseModel):
    """An output item started."""

    type: Literal["response.output_item.added"]
    sequence_number: int | None = None
    output_index: int | None = None

    item: ResponseOutputItem
    """One item of a response's output."""


class ResponseContentPartAddedEvent(ResponseModel):
    """A content part of a message started."""

    type: Literal["response.content_part.added"]
    sequence_number: int | None = None
    output_index: int | None = None
    item_id: str | None = None
    content_index: int | None = None

    part: ResponseOutputContent
    """Output text or a refusal."""


class ResponseOutputTextDeltaEvent(ResponseModel):
    """More text of a content part."""

    type: Literal["response.output_text.delta"]
    sequence_number: int | None = None
    output_index: int | None = None
    item_id: str | None = None
    content_index: int | None = None
    delta: str


class ResponseOutputTextDoneEvent(ResponseModel):
    """The text of a content part is complete."""

    type: Literal["response.output_text.done"]
    sequence_number: int | None = None
    output_index: int | None = None
    item_id: str | None = None
    content_index: int | None = None
    text: str


class ResponseContentPartDoneEvent(ResponseModel):
    """A content part is complete."""

    type: Literal["response.content_part.done"]
    sequence_number: int | None = None
    output_index: int | None = None
    item_id: str | None = None
    content_index: int | None = None

    part: ResponseOutputContent
    """Output text or a refusal."""


class ResponseReasoningSummaryTextDeltaEvent(ResponseModel):
    """More text of a reasoning summary."""

    type: Literal["response.reasoning_summary_text.delta"]
    sequence_number: int | None = None
    output_index: int | None = None
    item_id: str | None = None
    summary_index: int | None = None
    delta: str


class ResponseFunctionCallArgumentsDeltaEvent(ResponseModel):
    """More of a function call's arguments."""

    type: Literal["response.function_call_arguments.delta"]
    sequence_number: int | None = None
    output_index: int | None = None
    item_id: str | None = None
    content_index: int | None = None
    delta: str


class ResponseFunctionCallArgumentsDoneEvent(ResponseModel):
    """A function call's arguments are complete."""

    type: Literal["response.function_call_arguments.done"]
    sequence_number: int | None = None
    output_index: int | None = None
    item_id: str | None = None
    arguments: str


class ResponseWebSearchCallInProgressEvent(ResponseModel):
    """A web search started."""

    type: Literal["response.web_search_call.in_progress"]
    sequence_number: int | None = None
    output_index: int | None = None
    item_id: str | None = None


class ResponseWebSearchCallSearchingEvent(ResponseModel):
    """A web search is running."""

    type: Literal["response.web_search_call.searching"]
    sequence_number: int | None = None
    output_index: int | None = None
    item_id: str | None = None


class ResponseWebSearchCallCompletedEvent(ResponseModel):
    """A web search finished."""

    type: Literal["response.web_search_call.completed"]
    sequence_number: int | None = None
    output_index: int | None = None
    item_id: str | None = None


class ResponseOutputItemDoneEvent(ResponseModel):
    """An output item is complete."""

    type: Literal["response.output_item.done"]
    sequence_number: int | None = None
    output_index: int | None = None

    item: ResponseOutputItem
    """One item of a response's output."""


class ResponseCompletedEvent(ResponseModel):
    """The response is complete (the stream's last event)."""

    type: Literal["response.completed"]
    sequence_number: int | None = None

    response: Response
    """A model response; `output_text` joins the text of its output messages."""


class ResponseFailedEvent(ResponseModel):
    """The response failed; `response.error` says why (the stream's last event)."""

    type: Literal["response.failed"]
    sequence_number: int | None = None

    response: Response
    """A model response; `output_text` joins the text of its output messages."""


class ResponseIncompleteEvent(ResponseModel):
    """The response stopped early; `response.incomplete_details` says why (the stream's last
    event).
    """

    type: Literal["response.incomplete"]
    sequence_number: int | None = None

    response: Response
    """A model response; `output_text` joins the text of its output messages."""


class ResponseErrorEvent(ResponseModel):
    """An error inside the stream (it raises the typed `APIError` of its code)."""

    type: Literal["error"]
    sequence_number: int | None = None
    code: str | None = None
    message: str = ""
    param: str | None = None


class CreateBotRequest(RequestModel):
    """The body of `POST /bots`."""

    handle: Annotated[str, Field(min_length=1)]
    """The bot's unique handle (its name on Poe)."""

    description: str | None = None
    """What the bot does, shown to users."""

    is_private: bool = True
    """Whether only you can use the bot (Poe's default is private)."""

    api_bot_settings: ApiBotSettingsInput | None = None
    """How Poe reaches your endpoint, as sent: `api_key` is write-only (sent, never returned, never
    shown in a repr, a log or an error).
    """

    parameter_controls: ParameterControls | None = None
    """The controls (toggles, drop-downs, sliders, ...) Poe shows beside the bot's input box."""


class UpdateBotRequest(RequestModel):
    """The body of `PATCH /bots/{handle}`; only the fields given change."""

    description: str | None = None
    """What the bot does, shown to users."""

    is_private: bool | None = None
    """Whether only you can use the bot."""

    api_bot_settings: ApiBotSettingsInput | None = None
    """How Poe reaches your endpoint, as sent: `api_key` is write-only (sent, never returned, never
    shown in a repr, a log or an error).
    """

    parameter_controls: ParameterControls | None = None
    """The controls (toggles, drop-downs, sliders, ...) Poe shows beside the bot's input box."""


class ReplaceBotRequest(RequestModel):
    """The body of `PUT /bots/{handle}`; the settings not given are cleared."""

    description: str | None = None
    """What the bot does, shown to users."""

    is_private: bool = True
    """Whether only you can use the bot (Poe's default is private)."""

    api_bot_settings: ApiBotSettingsInput | None = None
    """How Poe reaches your endpoint, as sent: `api_key` is write-only (sent, never returned, never
    shown in a repr, a log or an error).
    """

    parameter_controls: ParameterControls | None = None
    """The controls (toggles, drop-downs, sliders, ...) Poe shows beside the bot's input box."""


class ApiBotSettingsInput(RequestModel):
    """How Poe reaches your endpoint, as sent: `api_key` is write-only (sent, never returned, never
    shown in a repr, a log or an error).
    """

    model_name_: str | None = Field(default=None, alias="model_name")
    """The model name passed to your endpoint."""

    base_url: str | None = None
    """The base URL of your endpoint, e.g. `https://api.example.com/v1`."""

    api_key: str | None = Field(default=None, repr=False)
    """The key Poe authenticates to your endpoint with (encrypted at rest, never returned)."""

    api_type: Literal["chat_completions_api", "responses_api"] | None = None
    """The API your endpoint speaks."""

    max_input_tokens: Annotated[int, Field(ge=1)] | None = None
    """The most input tokens a request may carry."""

    context_size: Annotated[int, Field(ge=1)] | None = None
    """The context window in tokens."""

    input_modalities: list[Literal["text", "image", "video"]] | None = None
    """What users may send (video only with the Chat Completions API)."""

    output_modalities: list[Literal["text"]] | None = None
    """What the bot answers with."""

    supported_features: list[Literal["tools"]] | None = None
    """Optional features your endpoint supports."""

    param_definitions: list[ApiBotParamDefinition] | None = None
    """Custom parameters, filled from the bot's parameter controls."""

    pricing: ApiBotPricing | None = None
    """USD per token, as decimal strings (`"0.000001"`), kept exact; other tiers Poe documents
    (long-context rates) pass through as extra keys.
    """


class ApiBotSettings(ResponseModel):
    """How Poe reaches your endpoint, as Poe reports it (never with the `api_key`)."""

    model_name_: str | None = Field(default=None, alias="model_name")
    """The model name passed to your endpoint."""

    base_url: str | None = None
    """The base URL of your endpoint."""

    api_key: Annotated[None, WRITE_ONLY] = Field(default=None, exclude=True, repr=False)
    """Never returned; a value a server sends anyway is dropped unread."""

    api_type: Literal["chat_completions_api", "responses_api"] | str | None = None
    """The API your endpoint speaks."""

    max_input_tokens: int | None = None
    """The most input tokens a request may carry."""

    context_size: int | None = None
    """The context window in tokens."""

    input_modalities: list[Literal["text", "image", "video"] | str] | None = None
    """What users may send."""

    output_modalities: list[Literal["text"] | str] | None = None
    """What the bot answers with."""

    supported_features: list[Literal["tools"] | str] | None = None
    """Optional features your endpoint supports."""

    param_definitions: list[ApiBotParamDefinition] | None = None
    """Custom parameters, filled from the bot's parameter controls."""

    pricing: ApiBotPricing | None = None
    """USD per token, as decimal strings (`"0.000001"`), kept exact; other tiers Poe documents
    (long-context rates) pass through as extra keys.
    """


class ApiBotParamDefinition(ResponseModel):
    """A custom parameter Poe passes to your endpoint."""

    param_name: str | None = None
    """The parameter's name (the `parameter_name` of a control in `parameter_controls`)."""

    param_dest: Literal["extra_body"] | str | None = None
    """Where the parameter goes in the request to your endpoint."""


class ApiBotPricing(ResponseModel):
    """USD per token, as decimal strings (`"0.000001"`), kept exact; other tiers Poe documents
    (long-context rates) pass through as extra keys.
    """

    prompt: str | None = None
    """USD per input token."""

    completion: str | None = None
    """USD per output token."""


class ParameterControls(ResponseModel):
    """The controls (toggles, drop-downs, sliders, ...) Poe shows beside the bot's input box."""

    api_version: str
    """The version of the Parameter Controls schema (`"2"`)."""

    sections: list[ParameterControlsSection]


class ParameterControlsSection(ResponseModel):
    """A group of controls."""

    name: str | None = None
    """The section's title."""

    collapsed_by_default: bool | None = None
    """Whether the section starts collapsed."""

    controls: list[ParameterControl] | None = None


class ParameterControl(ResponseModel):
    """One control: `control` says which (`drop_down`, `toggle_switch`, `slider`, `text_field`,
    `text_area`, `divider`, `aspect_ratio`, `condition`, ...); its other keys pass through.
    """

    control: str
    """The kind of control."""

    label: str | None = None
    """The text shown beside it."""

    parameter_name: str | None = None
    """The parameter it sets."""

    default_value: Any | None = None
    """The parameter's value until the user changes it."""

    options: list[ParameterControlOption] | None = None
    """A drop-down's choices."""


class ParameterControlOption(ResponseModel):
    """A choice of a drop-down."""

    name: str | None = None

    value: Any | None = None
    """The parameter's value when chosen."""


class Bot(ResponseModel):
    """An API bot of the account, as Poe reports it."""

    handle: str
    """The bot's unique handle."""

    description: str | None = None
    """What the bot does."""

    is_private: bool | None = None
    """Whether only you can use the bot."""

    api_bot_settings: ApiBotSettings | None = None
    """How Poe reaches your endpoint, as Poe reports it (never with the `api_key`)."""

    parameter_controls: ParameterControls | None = None
    """The controls (toggles, drop-downs, sliders, ...) Poe shows beside the bot's input box."""


class BotList(ResponseModel):
    """The reply of `GET /bots`."""

    bots: list[Bot]


class BotWriteStatus(ResponseModel):
    """Poe's answer to a write: a status such as `{"create_bot_status": "success"}`. Other keys are
    kept; `retrieve` the bot to see its settings.
    """

    create_bot_status: str | None = None
    """`success` when the bot was created."""


class CreateMessageRequest(RequestModel):
    """A request in Anthropic's Messages format."""

    model: Annotated[str, Field(min_length=1)]
    """A Claude model, by Poe bot name (`claude-sonnet-4.5`) or Anthropic model name."""

    max_tokens: Annotated[int, Field(ge=1)]
    """The most tokens to generate before stopping."""

    messages: list[MessageInput]
    """The conversation, alternating `user` and `assistant` turns."""

    system: str | list[MessageInputText] | None = None
    """The system prompt, as text or text blocks."""

    tools: list[MessageTool] | None = None
    """Tools the model may call."""

    tool_choice: MessageToolChoice | None = None
    """How the model uses tools."""

    thinking: MessageThinkingConfig | None = None
    """Extended thinking, on (with a token budget) or off."""

    stop_sequences: list[str] | None = None
    """Text sequences that stop generation (`stop_reason` is then `stop_sequence`)."""

    temperature: Annotated[float, Field(ge=0, le=1)] | None = None
    top_p: Annotated[float, Field(ge=0, le=1)] | None = None
    top_k: Annotated[int, Field(ge=0)] | None = None

    metadata: MessageMetadata | None = None
    """About the request."""

    stream: bool | None = None
    """Stream the message as server-sent events."""


class MessageInput(RequestModel):
    """One turn of the conversation."""

    role: Literal["user", "assistant"]

    content: str | list[MessageInputContent]
    """Text, or content blocks."""


class MessageCacheControl(RequestModel):
    """Marks a prompt-caching breakpoint."""

    type: Literal["ephemeral"]
    ttl: Literal["5m", "1h"] | None = None


class MessageInputText(RequestModel):
    """Text."""

    type: Literal["text"]
    text: str

    cache_control: MessageCacheControl | None = None
    """Marks a prompt-caching breakpoint."""


class MessageInputImage(RequestModel):
    """An image, as base64 data or by URL."""

    type: Literal["image"]

    source: MessageImageSource
    """Where an image comes from."""

    cache_control: MessageCacheControl | None = None
    """Marks a prompt-caching breakpoint."""


class MessageBase64ImageSource(RequestModel):
    """An image's bytes, base64-encoded."""

    type: Literal["base64"]
    media_type: Literal["image/jpeg", "image/png", "image/gif", "image/webp"]
    data: Annotated[str, Field(min_length=1)]


class MessageUrlSource(RequestModel):
    """A file by URL."""

    type: Literal["url"]
    url: Annotated[str, Field(min_length=1)]


class MessageInputDocument(RequestModel):
    """A document (PDF as base64 data or by URL, or plain text)."""

    type: Literal["document"]

    source: MessageDocumentSource
    """Where a document comes from."""

    title: str | None = None
    context: str | None = None

    cache_control: MessageCacheControl | None = None
    """Marks a prompt-caching breakpoint."""


class MessageBase64PdfSource(RequestModel):
    """A PDF's bytes, base64-encoded."""

    type: Literal["base64"]
    media_type: Literal["application/pdf"]
    data: Annotated[str, Field(min_length=1)]


class MessagePlainTextSource(RequestModel):
    """A plain-text document."""

    type: Literal["text"]
    media_type: Literal["text/plain"]
    data: str


class MessageInputToolUse(RequestModel):
    """A tool call the assistant made (sent back in the conversation)."""

    type: Literal["tool_use"]
    id: str
    name: str
    input: dict[str, Any]

    cache_control: MessageCacheControl | None = None
    """Marks a prompt-caching breakpoint."""


class MessageInputToolResult(RequestModel):
    """The result of a tool call, in a `user` turn."""

    type: Literal["tool_result"]
    tool_use_id: str

    content: str | list[MessageToolResultContent] | None = None
    """Text, or text and image blocks."""

    is_error: bool | None = None

    cache_control: MessageCacheControl | None = None
    """Marks a prompt-caching breakpoint."""


class MessageInputThinking(RequestModel):
    """The assistant's thinking, sent back unchanged with its signature."""

    type: Literal["thinking"]
    thinking: str
    signature: str


class MessageInputRedactedThinking(RequestModel):
    """Encrypted thinking, sent back unchanged."""

    type: Literal["redacted_thinking"]
    data: str


class MessageTool(RequestModel):
    """A tool the model may call, with the JSON schema of its input."""

    name: Annotated[str, Field(min_length=1, max_length=128, pattern="^[a-zA-Z0-9_-]+$")]
    description: str | None = None
    input_schema: dict[str, Any]

    cache_control: MessageCacheControl | None = None
    """Marks a prompt-caching breakpoint."""


class MessageToolChoiceAuto(RequestModel):
    """The model decides whether to call a tool."""

    type: Literal["auto"]
    disable_parallel_tool_use: bool | None = None


class MessageToolChoiceAny(RequestModel):
    """The model calls one of the tools."""

    type: Literal["any"]
    disable_parallel_tool_use: bool | None = None


class MessageToolChoiceTool(RequestModel):
    """The model calls the named tool."""

    type: Literal["tool"]
    name: str
    disable_parallel_tool_use: bool | None = None


class MessageToolChoiceNone(RequestModel):
    """The model calls no tool."""

    type: Literal["none"]


class MessageThinkingEnabled(RequestModel):
    """Extended thinking with a budget of tokens (at least 1024, below `max_tokens`)."""

    type: Literal["enabled"]
    budget_tokens: Annotated[int, Field(ge=1024)]


class MessageThinkingDisabled(RequestModel):
    """No extended thinking."""

    type: Literal["disabled"]


class MessageMetadata(RequestModel):
    """About the request."""

    user_id: Annotated[str, Field(max_length=256)] | None = None
    """An opaque identifier of the end user (never a name, email or phone number)."""


class Message(ResponseModel):
    """A message from Claude; its `content` is a list of blocks selected by `type`."""

    essential: ClassVar[tuple[str, ...]] = ("content",)

    id: str
    type: str = "message"
    role: str = "assistant"
    model: str

    content: list[ContentBlock]
    """Text, tool calls and thinking, in order (unknown block types are kept)."""

    stop_reason: (
        Literal["end_turn", "max_tokens", "stop_sequence", "tool_use", "pause_turn", "refusal"]
        | Annotated[str, EMPTY_AS_NONE]
        | None
    ) = None
    stop_sequence: str | None = None

    usage: MessageUsage | None = None
    """Tokens billed for a message."""


class TextBlock(ResponseModel):
    """Text Claude wrote."""

    type: Literal["text"]
    text: str
    citations: list[dict[str, Any]] | None = None


class ToolUseBlock(ResponseModel):
    """A tool call; answer it with a `tool_result` block in the next `user` turn."""

    type: Literal["tool_use"]
    id: str
    name: str

    input: dict[str, Any]
    """The tool's arguments, as JSON."""


class ThinkingBlock(ResponseModel):
    """Claude's extended thinking; `signature` lets it be sent back."""

    type: Literal["thinking"]
    thinking: str
    signature: str | None = None


class RedactedThinkingBlock(ResponseModel):
    """Thinking encrypted by the provider."""

    type: Literal["redacted_thinking"]
    data: str


class MessageUsage(ResponseModel):
    """Tokens billed for a message."""

    input_tokens: int | None = None
    output_tokens: int | None = None
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    service_tier: str | None = None


class MessageStartEvent(ResponseModel):
    """The stream's first event; its `message` has empty `content`."""

    type: Literal["message_start"]

    message: Message
    """A message from Claude; its `content` is a list of blocks selected by `type`."""


class ContentBlockStartEvent(ResponseModel):
    """A content block starts at `index` (a `tool_use` block's `input` is still empty)."""

    type: Literal["content_block_start"]
    index: int

    content_block: ContentBlock
    """A content block of a reply message, selected by its `type`."""


class ContentBlockDeltaEvent(ResponseModel):
    """More of the content block at `index`."""

    type: Literal["content_block_delta"]
    index: int

    delta: ContentBlockDelta
    """What a `content_block_delta` event adds, selected by its `type`."""


class TextDelta(ResponseModel):
    """Text added to a `text` block."""

    type: Literal["text_delta"]
    text: str


class InputJsonDelta(ResponseModel):
    """A piece of a `tool_use` block's input JSON (complete at `content_block_stop`)."""

    type: Literal["input_json_delta"]
    partial_json: str


class ThinkingDelta(ResponseModel):
    """Thinking added to a `thinking` block."""

    type: Literal["thinking_delta"]
    thinking: str


class SignatureDelta(ResponseModel):
    """The signature of a `thinking` block."""

    type: Literal["signature_delta"]
    signature: str


class ContentBlockStopEvent(ResponseModel):
    """The content block at `index` is complete."""

    type: Literal["content_block_stop"]
    index: int


class MessageDeltaEvent(ResponseModel):
    """The message's `stop_reason` and its cumulative output `usage`."""

    type: Literal["message_delta"]

    delta: MessageDelta
    """Top-level fields of the message that changed."""

    usage: MessageUsage | None = None
    """Tokens billed for a message."""


class MessageDelta(ResponseModel):
    """Top-level fields of the message that changed."""

    stop_reason: (
        Literal["end_turn", "max_tokens", "stop_sequence", "tool_use", "pause_turn", "refusal"]
        | Annotated[str, EMPTY_AS_NONE]
        | None
    ) = None
    stop_sequence: str | None = None


class MessageStopEvent(ResponseModel):
    """The stream's last event."""

    type: Literal["message_stop"]


class MessagePingEvent(ResponseModel):
    """A keep-alive (not progress for the stream idle timeout)."""

    type: Literal["ping"]


class MessageErrorEvent(ResponseModel):
    """An error inside the stream (it raises the typed `APIError` of its type)."""

    type: Literal["error"]

    error: ErrorObject
    """What went wrong."""


class ErrorResponse(ResponseModel):
    """The body of every error reply."""

    error: ErrorObject
    """What went wrong."""


class ErrorObject(ResponseModel):
    """What went wrong."""

    message: str = ""

    type: str | None = None
    """e.g. `invalid_request_error`, `authentication_error`, `rate_limit_error`."""

    code: str | int | None = None
    """e.g. `invalid_api_key`, `model_not_found`, `insufficient_credits`."""

    param: str | None = None


class CreateVideoRequest(RequestModel):
    """The body of `POST /v1/videos` (multipart/form-data)."""

    model: Annotated[str, Field(min_length=1)]
    """The video model (bot), e.g. `Sora-2`, `Veo-3.1`."""

    prompt: Annotated[str, Field(min_length=1)]
    """What the video shows."""

    seconds: Annotated[int, Field(ge=1)] | None = None
    """Duration in seconds; by default 4 on OpenAI's models, 8 on Vertex AI's (Veo)."""

    size: Annotated[str, Field(pattern="^[0-9]+x[0-9]+$")] | None = None
    """Resolution as `WIDTHxHEIGHT` (`1280x720`); by default `720x1280` (portrait)."""

    input_reference: Annotated[Any, FILE_PART] | None = None
    """An image the video starts from (image-to-video), sent as a file part."""


class RemixVideoRequest(RequestModel):
    """The body of `POST /v1/videos/{video_id}/remix`."""

    prompt: Annotated[str, Field(min_length=1)]
    """The new style of the video."""


class ExtendVideoRequest(RequestModel):
    """The body of `POST /v1/videos/extensions`."""

    video: VideoReference
    """A `completed` video, by its `id`."""

    prompt: Annotated[str, Field(min_length=1)]
    """What happens next in the video."""

    seconds: Annotated[int, Field(ge=1)] | None = None
    """Duration of the extension in seconds."""


class VideoReference(RequestModel):
    """A `completed` video, by its `id`."""

    id: Annotated[str, Field(min_length=1)]
    """The video's `id`."""


class Video(ResponseModel):
    """A video generation job, from `queued` through `in_progress` to `completed` or `failed`."""

    essential: ClassVar[tuple[str, ...]] = ("id", "status")

    id: str = ""
    """The job's identifier (`video_id` of the other video calls)."""

    object: Literal["video"] = "video"

    status: Literal["queued", "in_progress", "completed", "failed"] | str | None = None
    """Where the job is."""

    progress: int = 0
    """Progress, 0 to 100."""

    created_at: int | None = None
    """When the job was created (Unix seconds)."""

    completed_at: int | None = None
    """When it completed (Unix seconds); `null` before."""

    expires_at: int | None = None
    """When its content stops being downloadable (Unix seconds)."""

    model: str | None = None
    """The model that generates it."""

    prompt: str | None = None
    """The prompt it was created with (OpenAI sends it)."""

    seconds: int | str | None = None
    """Duration in seconds (an integer on Poe, a string such as `"8"` on OpenAI)."""

    size: str | None = None
    """Resolution as `WIDTHxHEIGHT`."""

    remixed_from_video_id: str | None = None
    """The source video of a remix."""

    error: VideoError | None = None
    """Why the job failed (`status` is `failed`); `null` otherwise."""

    usage: dict[str, Any] | None = None
    """The points or tokens the video cost, once completed."""


class VideoError(ResponseModel):
    """Why a video job failed."""

    code: str | None = None
    """A machine-readable code."""

    message: str = ""
    """What went wrong."""


ServiceTier: TypeAlias = Literal["auto", "default", "flex", "scale", "priority"]
"""The processing tier to serve the request with (where the server offers tiers)."""


ReasoningEffort: TypeAlias = Literal["none", "minimal", "low", "medium", "high", "xhigh"]
"""How much effort reasoning models spend."""


StopConfiguration: TypeAlias = str | Annotated[list[str], Field(min_length=1, max_length=4)]
"""Up to 4 sequences where the model stops generating."""


ChatCompletionRequestMessage: TypeAlias = Annotated[
    ChatCompletionRequestSystemMessage
    | ChatCompletionRequestDeveloperMessage
    | ChatCompletionRequestUserMessage
    | ChatCompletionRequestAssistantMessage
    | ChatCompletionRequestToolMessage,
    Field(discriminator="role"),
]
"""One message of the conversation, selected by `role`."""


TextMessageContent: TypeAlias = (
    str | Annotated[list[ChatCompletionRequestMessageContentPartText], Field(min_length=1)]
)
"""Text, or a list of text parts."""


ChatCompletionRequestUserContentPart: TypeAlias = Annotated[
    ChatCompletionRequestMessageContentPartText
    | ChatCompletionRequestMessageContentPartImage
    | ChatCompletionRequestMessageContentPartFile
    | ChatCompletionRequestMessageContentPartAudio,
    Field(discriminator="type"),
]
"""One part of a user message, selected by `type`."""


ChatCompletionRequestAssistantContentPart: TypeAlias = Annotated[
    ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartRefusal,
    Field(discriminator="type"),
]
"""One part of an assistant message, selected by `type`."""


ChatCompletionToolChoiceOption: TypeAlias = (
    Literal["none", "auto", "required"] | ChatCompletionNamedToolChoice
)
"""\"none", "auto", "required", or a named function."""


ResponseFormat: TypeAlias = Annotated[
    ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema,
    Field(discriminator="type"),
]
"""Plain text, any JSON object, or JSON matching a schema."""


FinishReason: TypeAlias = (
    Literal["stop", "length", "tool_calls", "content_filter", "function_call"]
    | Annotated[str, EMPTY_AS_NONE]
    | None
)
"""Why the model stopped; unknown values are kept as strings."""


ResponseInputItem: TypeAlias = (
    ResponseInputMessage
    | ResponseInputOutputMessage
    | ResponseInputFunctionCall
    | ResponseFunctionCallOutput
)
"""A message, an earlier output message, a function call the model made, or the result of one."""


ResponseInputContent: TypeAlias = Annotated[
    ResponseInputText | ResponseInputImage | ResponseInputFile, Field(discriminator="type")
]
"""Text, an image or a file."""


ResponseInputOutputContent: TypeAlias = Annotated[
    ResponseInputOutputText | ResponseInputRefusal, Field(discriminator="type")
]
"""The text or refusal of an earlier output message."""


ResponseTextFormat: TypeAlias = Annotated[
    ResponseFormatText | ResponseFormatJsonObject | ResponseTextFormatJsonSchema,
    Field(discriminator="type"),
]
"""Plain text, any JSON object, or JSON matching a schema."""


ResponseTool: TypeAlias = Annotated[
    ResponseFunctionTool | ResponseWebSearchTool, Field(discriminator="type")
]
"""A function tool, or the built-in web search."""


ResponseToolChoice: TypeAlias = (
    Literal["none", "auto", "required"] | ResponseToolChoiceFunction | ResponseToolChoiceBuiltIn
)
"""\"none", "auto", "required", a named function, or a built-in tool."""


ResponseOutputItem: TypeAlias = Annotated[
    Annotated[ResponseOutputMessage, Tag("message")]
    | Annotated[ResponseReasoningItem, Tag("reasoning")]
    | Annotated[ResponseFunctionToolCall, Tag("function_call")]
    | Annotated[ResponseFunctionWebSearch, Tag("web_search_call")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        (
            "message",
            "reasoning",
            "function_call",
            "web_search_call",
        ),
    ),
]
"""One item of a response's output."""


ResponseOutputContent: TypeAlias = Annotated[
    Annotated[ResponseOutputText, Tag("output_text")]
    | Annotated[ResponseOutputRefusal, Tag("refusal")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        (
            "output_text",
            "refusal",
        ),
    ),
]
"""Output text or a refusal."""


ResponseStreamEvent: TypeAlias = Annotated[
    Annotated[ResponseCreatedEvent, Tag("response.created")]
    | Annotated[ResponseInProgressEvent, Tag("response.in_progress")]
    | Annotated[ResponseOutputItemAddedEvent, Tag("response.output_item.added")]
    | Annotated[ResponseContentPartAddedEvent, Tag("response.content_part.added")]
    | Annotated[ResponseOutputTextDeltaEvent, Tag("response.output_text.delta")]
    | Annotated[ResponseOutputTextDoneEvent, Tag("response.output_text.done")]
    | Annotated[ResponseContentPartDoneEvent, Tag("response.content_part.done")]
    | Annotated[
        ResponseReasoningSummaryTextDeltaEvent, Tag("response.reasoning_summary_text.delta")
    ]
    | Annotated[
        ResponseFunctionCallArgumentsDeltaEvent, Tag("response.function_call_arguments.delta")
    ]
    | Annotated[
        ResponseFunctionCallArgumentsDoneEvent, Tag("response.function_call_arguments.done")
    ]
    | Annotated[ResponseWebSearchCallInProgressEvent, Tag("response.web_search_call.in_progress")]
    | Annotated[ResponseWebSearchCallSearchingEvent, Tag("response.web_search_call.searching")]
    | Annotated[ResponseWebSearchCallCompletedEvent, Tag("response.web_search_call.completed")]
    | Annotated[ResponseOutputItemDoneEvent, Tag("response.output_item.done")]
    | Annotated[ResponseCompletedEvent, Tag("response.completed")]
    | Annotated[ResponseFailedEvent, Tag("response.failed")]
    | Annotated[ResponseIncompleteEvent, Tag("response.incomplete")]
    | Annotated[ResponseErrorEvent, Tag("error")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        (
            "response.created",
            "response.in_progress",
            "response.output_item.added",
            "response.content_part.added",
            "response.output_text.delta",
            "response.output_text.done",
            "response.content_part.done",
            "response.reasoning_summary_text.delta",
            "response.function_call_arguments.delta",
            "response.function_call_arguments.done",
            "response.web_search_call.in_progress",
            "response.web_search_call.searching",
            "response.web_search_call.completed",
            "response.output_item.done",
            "response.completed",
            "response.failed",
            "response.incomplete",
            "error",
        ),
    ),
]
"""One server-sent event of a streamed response, selected by its `type`."""


MessageInputContent: TypeAlias = Annotated[
    MessageInputText
    | MessageInputImage
    | MessageInputDocument
    | MessageInputToolUse
    | MessageInputToolResult
    | MessageInputThinking
    | MessageInputRedactedThinking,
    Field(discriminator="type"),
]
"""A content block of a request message, selected by its `type`."""


MessageImageSource: TypeAlias = Annotated[
    MessageBase64ImageSource | MessageUrlSource, Field(discriminator="type")
]
"""Where an image comes from."""


MessageDocumentSource: TypeAlias = Annotated[
    MessageBase64PdfSource | MessagePlainTextSource | MessageUrlSource, Field(discriminator="type")
]
"""Where a document comes from."""


MessageToolResultContent: TypeAlias = Annotated[
    MessageInputText | MessageInputImage, Field(discriminator="type")
]
"""Text or an image in a tool result."""


MessageToolChoice: TypeAlias = Annotated[
    MessageToolChoiceAuto | MessageToolChoiceAny | MessageToolChoiceTool | MessageToolChoiceNone,
    Field(discriminator="type"),
]
"""How the model uses tools."""


MessageThinkingConfig: TypeAlias = Annotated[
    MessageThinkingEnabled | MessageThinkingDisabled, Field(discriminator="type")
]
"""Extended thinking, on (with a token budget) or off."""


ContentBlock: TypeAlias = Annotated[
    Annotated[TextBlock, Tag("text")]
    | Annotated[ToolUseBlock, Tag("tool_use")]
    | Annotated[ThinkingBlock, Tag("thinking")]
    | Annotated[RedactedThinkingBlock, Tag("redacted_thinking")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        (
            "text",
            "tool_use",
            "thinking",
            "redacted_thinking",
        ),
    ),
]
"""A content block of a reply message, selected by its `type`."""


MessageStreamEvent: TypeAlias = Annotated[
    Annotated[MessageStartEvent, Tag("message_start")]
    | Annotated[ContentBlockStartEvent, Tag("content_block_start")]
    | Annotated[ContentBlockDeltaEvent, Tag("content_block_delta")]
    | Annotated[ContentBlockStopEvent, Tag("content_block_stop")]
    | Annotated[MessageDeltaEvent, Tag("message_delta")]
    | Annotated[MessageStopEvent, Tag("message_stop")]
    | Annotated[MessagePingEvent, Tag("ping")]
    | Annotated[MessageErrorEvent, Tag("error")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        (
            "message_start",
            "content_block_start",
            "content_block_delta",
            "content_block_stop",
            "message_delta",
            "message_stop",
            "ping",
            "error",
        ),
    ),
]
"""One server-sent event of a streamed message, selected by its `type`."""


ContentBlockDelta: TypeAlias = Annotated[
    Annotated[TextDelta, Tag("text_delta")]
    | Annotated[InputJsonDelta, Tag("input_json_delta")]
    | Annotated[ThinkingDelta, Tag("thinking_delta")]
    | Annotated[SignatureDelta, Tag("signature_delta")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        (
            "text_delta",
            "input_json_delta",
            "thinking_delta",
            "signature_delta",
        ),
    ),
]
"""What a `content_block_delta` event adds, selected by its `type`."""
