# DO NOT EDIT: generated from openapi.yaml (sha256 ac23569ba2b7c82c) by `make generate` (python codegen/generate.py).  # noqa: E501
"""TypedDict twins of the request schemas in openapi.yaml, named ``<Schema>Param``.

Typed callers can pass plain dict literals (as in the API docs) wherever a request model is
accepted; the request models validate them before anything is sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Literal, TypeAlias

from typing_extensions import Required, TypedDict

from poe_sdk._request.multipart import FileTypes

from .models import (
    ReasoningEffort,
    ServiceTier,
)

__all__ = [
    "ApiBotParamDefinitionParam",
    "ApiBotPricingParam",
    "ApiBotSettingsInputParam",
    "ChatCompletionAudioRequestParam",
    "ChatCompletionNamedToolChoiceParam",
    "ChatCompletionRequestAssistantContentPartParam",
    "ChatCompletionRequestAssistantMessageParam",
    "ChatCompletionRequestDeveloperMessageParam",
    "ChatCompletionRequestFunctionCallParam",
    "ChatCompletionRequestMessageContentPartAudioParam",
    "ChatCompletionRequestMessageContentPartFileParam",
    "ChatCompletionRequestMessageContentPartImageParam",
    "ChatCompletionRequestMessageContentPartRefusalParam",
    "ChatCompletionRequestMessageContentPartTextParam",
    "ChatCompletionRequestMessageParam",
    "ChatCompletionRequestMessageToolCallParam",
    "ChatCompletionRequestSystemMessageParam",
    "ChatCompletionRequestToolMessageParam",
    "ChatCompletionRequestUserContentPartParam",
    "ChatCompletionRequestUserMessageParam",
    "ChatCompletionStreamOptionsParam",
    "ChatCompletionToolChoiceOptionParam",
    "ChatCompletionToolParam",
    "CreateBotRequestParam",
    "CreateChatCompletionRequestParam",
    "CreateMessageRequestParam",
    "CreateResponseRequestParam",
    "CreateVideoRequestParam",
    "ExtendVideoRequestParam",
    "FileContentParam",
    "FunctionDefinitionParam",
    "ImageUrlParam",
    "InputAudioParam",
    "JsonSchemaFormatParam",
    "MessageBase64ImageSourceParam",
    "MessageBase64PdfSourceParam",
    "MessageCacheControlParam",
    "MessageDocumentSourceParam",
    "MessageImageSourceParam",
    "MessageInputContentParam",
    "MessageInputDocumentParam",
    "MessageInputImageParam",
    "MessageInputParam",
    "MessageInputRedactedThinkingParam",
    "MessageInputTextParam",
    "MessageInputThinkingParam",
    "MessageInputToolResultParam",
    "MessageInputToolUseParam",
    "MessageMetadataParam",
    "MessagePlainTextSourceParam",
    "MessageThinkingConfigParam",
    "MessageThinkingDisabledParam",
    "MessageThinkingEnabledParam",
    "MessageToolChoiceAnyParam",
    "MessageToolChoiceAutoParam",
    "MessageToolChoiceNoneParam",
    "MessageToolChoiceParam",
    "MessageToolChoiceToolParam",
    "MessageToolParam",
    "MessageToolResultContentParam",
    "MessageUrlSourceParam",
    "NamedFunctionParam",
    "ParameterControlOptionParam",
    "ParameterControlParam",
    "ParameterControlsParam",
    "ParameterControlsSectionParam",
    "RemixVideoRequestParam",
    "ReplaceBotRequestParam",
    "ResponseFormatJsonObjectParam",
    "ResponseFormatJsonSchemaParam",
    "ResponseFormatParam",
    "ResponseFormatTextParam",
    "ResponseFunctionCallOutputParam",
    "ResponseFunctionToolParam",
    "ResponseInputContentParam",
    "ResponseInputFileParam",
    "ResponseInputFunctionCallParam",
    "ResponseInputImageParam",
    "ResponseInputItemParam",
    "ResponseInputMessageParam",
    "ResponseInputOutputContentParam",
    "ResponseInputOutputMessageParam",
    "ResponseInputOutputTextParam",
    "ResponseInputRefusalParam",
    "ResponseInputTextParam",
    "ResponseReasoningConfigParam",
    "ResponseTextConfigParam",
    "ResponseTextFormatJsonSchemaParam",
    "ResponseTextFormatParam",
    "ResponseToolChoiceBuiltInParam",
    "ResponseToolChoiceFunctionParam",
    "ResponseToolChoiceParam",
    "ResponseToolParam",
    "ResponseWebSearchToolParam",
    "StopConfigurationParam",
    "TextMessageContentParam",
    "UpdateBotRequestParam",
    "VideoReferenceParam",
]


class CreateChatCompletionRequestParam(TypedDict, total=False):
    """The body of `POST /v1/chat/completions`."""

    model: Required[str]
    """Poe model (bot) name, e.g. `Claude-Sonnet-4`."""

    messages: Required[Iterable[ChatCompletionRequestMessageParam]]
    """The conversation so far."""

    max_tokens: int
    """Maximum number of tokens to generate."""

    max_completion_tokens: int
    """Upper bound for generated tokens, reasoning tokens included."""

    temperature: float
    """Sampling temperature, 0 to 2."""

    top_p: float
    """Nucleus sampling probability mass, 0 to 1."""

    top_k: int
    """Top-k sampling (model specific, not OpenAI standard)."""

    stop: StopConfigurationParam
    """Up to 4 sequences where the model stops generating."""

    stream: bool
    """Stream the reply as server-sent events ending with `[DONE]`."""

    stream_options: ChatCompletionStreamOptionsParam
    """Options for streamed replies."""

    tools: Iterable[ChatCompletionToolParam]
    """Functions the model may call."""

    tool_choice: ChatCompletionToolChoiceOptionParam
    """\"none", "auto", "required", or a named function."""

    parallel_tool_calls: bool
    """Allow several tool calls in one turn."""

    n: int
    """Number of choices. Poe's policy is exactly 1; other servers may allow more."""

    response_format: ResponseFormatParam
    """Plain text, any JSON object, or JSON matching a schema."""

    seed: int
    """Seed for best-effort deterministic sampling."""

    frequency_penalty: float
    """Penalty for frequent tokens, -2 to 2."""

    presence_penalty: float
    """Penalty for tokens already present, -2 to 2."""

    logit_bias: Mapping[str, int]
    """Token id to bias, -100 to 100."""

    logprobs: bool
    """Return log probabilities of the output tokens."""

    top_logprobs: int
    """Number of most likely tokens to return per position, 0 to 20."""

    user: str
    """Stable identifier of the end user, for abuse monitoring."""

    reasoning_effort: ReasoningEffort
    """How much effort reasoning models spend."""

    metadata: Mapping[str, str]
    """Key-value pairs attached to the request."""

    store: bool
    """Store the output for distillation or evals."""

    modalities: Sequence[Literal["text", "audio"]]
    """Output modalities, e.g. `["text"]` or `["text", "audio"]`."""

    audio: ChatCompletionAudioRequestParam
    """Audio output settings, required when `modalities` includes `audio`."""

    service_tier: ServiceTier
    """The processing tier to serve the request with (where the server offers tiers)."""


class ChatCompletionAudioRequestParam(TypedDict, total=False):
    """Audio output settings, required when `modalities` includes `audio`."""

    voice: Required[str]
    """The voice, e.g. `alloy`, `ash`, `coral`, `echo`, `sage`, `shimmer`."""

    format: Required[Literal["wav", "aac", "mp3", "flac", "opus", "pcm16"]]
    """The audio format."""


class ChatCompletionStreamOptionsParam(TypedDict, total=False):
    """Options for streamed replies."""

    include_usage: bool
    """Send a final chunk with `usage` and empty `choices`."""


class ChatCompletionRequestSystemMessageParam(TypedDict, total=False):
    """Instructions for the model."""

    role: Required[Literal["system"]]

    content: Required[TextMessageContentParam]
    """Text, or a list of text parts."""

    name: str
    """Name of the participant."""


class ChatCompletionRequestDeveloperMessageParam(TypedDict, total=False):
    """Developer instructions (the successor of `system` for reasoning models)."""

    role: Required[Literal["developer"]]

    content: Required[TextMessageContentParam]
    """Text, or a list of text parts."""

    name: str
    """Name of the participant."""


class ChatCompletionRequestUserMessageParam(TypedDict, total=False):
    """A message from the user; text or a list of text, image, file and audio parts."""

    role: Required[Literal["user"]]
    content: Required[str | Iterable[ChatCompletionRequestUserContentPartParam]]

    name: str
    """Name of the participant."""


class ChatCompletionRequestAssistantMessageParam(TypedDict, total=False):
    """A previous reply of the model, possibly with tool calls."""

    role: Required[Literal["assistant"]]
    content: str | Iterable[ChatCompletionRequestAssistantContentPartParam] | None

    refusal: str | None
    """The refusal message of the model."""

    name: str
    """Name of the participant."""

    tool_calls: Iterable[ChatCompletionRequestMessageToolCallParam]


class ChatCompletionRequestToolMessageParam(TypedDict, total=False):
    """The result of a tool call."""

    role: Required[Literal["tool"]]

    content: Required[TextMessageContentParam]
    """Text, or a list of text parts."""

    tool_call_id: Required[str]
    """The id of the tool call this message answers."""


class ChatCompletionRequestMessageContentPartTextParam(TypedDict, total=False):
    """A text part."""

    type: Required[Literal["text"]]
    text: Required[str]


class ChatCompletionRequestMessageContentPartRefusalParam(TypedDict, total=False):
    """A refusal part of an assistant message."""

    type: Required[Literal["refusal"]]
    refusal: Required[str]


class ChatCompletionRequestMessageContentPartImageParam(TypedDict, total=False):
    """An image, by URL or as a base64 data URL."""

    type: Required[Literal["image_url"]]

    image_url: Required[ImageUrlParam]
    """Where the image is, and how closely to look at it."""


class ImageUrlParam(TypedDict, total=False):
    """Where the image is, and how closely to look at it."""

    url: Required[str]
    """An http(s) URL or a `data:image/...;base64,` URL."""

    detail: Literal["auto", "low", "high"]


class ChatCompletionRequestMessageContentPartFileParam(TypedDict, total=False):
    """A document (PDF, text, ...) as a base64 data URL, or an uploaded file id."""

    type: Required[Literal["file"]]

    file: Required[FileContentParam]
    """`file_data` is a data URL such as `data:application/pdf;base64,...`."""


class FileContentParam(TypedDict, total=False):
    """`file_data` is a data URL such as `data:application/pdf;base64,...`."""

    filename: str

    file_data: str
    """The file as a `data:<mime>;base64,<data>` URL."""

    file_id: str


class ChatCompletionRequestMessageContentPartAudioParam(TypedDict, total=False):
    """Base64 encoded audio."""

    type: Required[Literal["input_audio"]]

    input_audio: Required[InputAudioParam]
    """Base64 encoded audio data and its format."""


class InputAudioParam(TypedDict, total=False):
    """Base64 encoded audio data and its format."""

    data: Required[str]
    """Base64 encoded audio."""

    format: Required[Literal["wav", "mp3"]]


class ChatCompletionRequestMessageToolCallParam(TypedDict, total=False):
    """A tool call made by the assistant, sent back in the conversation."""

    id: Required[str]
    type: Required[Literal["function"]]

    function: Required[ChatCompletionRequestFunctionCallParam]
    """The function the assistant called and its JSON arguments."""


class ChatCompletionRequestFunctionCallParam(TypedDict, total=False):
    """The function the assistant called and its JSON arguments."""

    name: Required[str]
    arguments: Required[str]


class ChatCompletionToolParam(TypedDict, total=False):
    """A function tool the model may call."""

    type: Required[Literal["function"]]

    function: Required[FunctionDefinitionParam]
    """A function's name, description and JSON-schema parameters."""


class FunctionDefinitionParam(TypedDict, total=False):
    """A function's name, description and JSON-schema parameters."""

    name: Required[str]
    """Letters, digits, underscores and dashes, at most 64."""

    description: str

    parameters: Mapping[str, object]
    """The parameters as a JSON Schema object."""

    strict: bool | None


class ChatCompletionNamedToolChoiceParam(TypedDict, total=False):
    """Forces the model to call this function."""

    type: Required[Literal["function"]]

    function: Required[NamedFunctionParam]
    """The name of a function."""


class NamedFunctionParam(TypedDict, total=False):
    """The name of a function."""

    name: Required[str]


class ResponseFormatTextParam(TypedDict, total=False):
    """Plain text output."""

    type: Required[Literal["text"]]


class ResponseFormatJsonObjectParam(TypedDict, total=False):
    """Output any valid JSON object."""

    type: Required[Literal["json_object"]]


class ResponseFormatJsonSchemaParam(TypedDict, total=False):
    """Output JSON that matches `json_schema.schema`."""

    type: Required[Literal["json_schema"]]

    json_schema: Required[JsonSchemaFormatParam]
    """A named JSON Schema for structured output."""


class JsonSchemaFormatParam(TypedDict, total=False):
    """A named JSON Schema for structured output."""

    name: Required[str]
    description: str

    schema: Mapping[str, object]
    """The JSON Schema the output must match."""

    strict: bool | None


class CreateResponseRequestParam(TypedDict, total=False):
    """The body of `POST /v1/responses`."""

    model: Required[str]
    """The model (bot) name, e.g. `GPT-5` or `Claude-Sonnet-4`."""

    input: Required[str | Iterable[ResponseInputItemParam]]
    """The user's text, or a list of input items (messages, function call results)."""

    instructions: str
    """A system (developer) message placed before the input."""

    stream: bool
    """Stream the response as server-sent events."""

    max_output_tokens: int
    """The most tokens the output (reasoning included) may have."""

    temperature: float
    top_p: float

    reasoning: ResponseReasoningConfigParam
    """How much the model reasons, and whether it summarises its reasoning."""

    text: ResponseTextConfigParam
    """The output text's format (structured output with `json_schema`)."""

    tools: Iterable[ResponseToolParam]
    """Tools the model may call."""

    tool_choice: ResponseToolChoiceParam
    """\"none", "auto", "required", a named function, or a built-in tool."""

    parallel_tool_calls: bool

    previous_response_id: str
    """Continue the conversation of this earlier response (its input and output are kept by the
    server).
    """

    metadata: Mapping[str, str]
    """Up to 16 string pairs stored with the response."""

    store: bool
    """Whether the server keeps the response (for `previous_response_id`)."""

    truncation: Literal["auto", "disabled"]
    user: str


class ResponseInputMessageParam(TypedDict, total=False):
    """A message of the conversation."""

    type: Literal["message"]
    role: Required[Literal["user", "assistant", "system", "developer"]]
    content: Required[str | Iterable[ResponseInputContentParam]]


class ResponseInputTextParam(TypedDict, total=False):
    """Text input."""

    type: Required[Literal["input_text"]]
    text: Required[str]


class ResponseInputImageParam(TypedDict, total=False):
    """An image, by URL (a `data:` URL for inline images) or file id."""

    type: Required[Literal["input_image"]]
    image_url: str
    file_id: str
    detail: Literal["low", "high", "auto"]


class ResponseInputFileParam(TypedDict, total=False):
    """A file, inline (`file_data`, a `data:` URL), by URL or by id."""

    type: Required[Literal["input_file"]]
    file_id: str
    file_data: str
    file_url: str
    filename: str


class ResponseInputOutputMessageParam(TypedDict, total=False):
    """A message of an earlier response, sent back as conversation history."""

    type: Required[Literal["message"]]
    id: str
    role: Required[Literal["assistant"]]
    status: Literal["in_progress", "completed", "incomplete"]
    content: Required[Iterable[ResponseInputOutputContentParam]]


class ResponseInputOutputTextParam(TypedDict, total=False):
    """Text of an earlier output message."""

    type: Required[Literal["output_text"]]
    text: Required[str]
    annotations: Sequence[Mapping[str, object]]


class ResponseInputRefusalParam(TypedDict, total=False):
    """A refusal of an earlier output message."""

    type: Required[Literal["refusal"]]
    refusal: Required[str]


class ResponseInputFunctionCallParam(TypedDict, total=False):
    """A function call of an earlier response, sent back with its result."""

    type: Required[Literal["function_call"]]
    id: str
    call_id: Required[str]
    name: Required[str]
    arguments: Required[str]


class ResponseFunctionCallOutputParam(TypedDict, total=False):
    """The result of a function call, matched to it by `call_id`."""

    type: Required[Literal["function_call_output"]]
    call_id: Required[str]
    output: Required[str]


class ResponseReasoningConfigParam(TypedDict, total=False):
    """How much the model reasons, and whether it summarises its reasoning."""

    effort: Literal["minimal", "low", "medium", "high"]
    summary: Literal["auto", "concise", "detailed"]


class ResponseTextConfigParam(TypedDict, total=False):
    """The output text's format (structured output with `json_schema`)."""

    format: ResponseTextFormatParam
    """Plain text, any JSON object, or JSON matching a schema."""


class ResponseTextFormatJsonSchemaParam(TypedDict, total=False):
    """Output JSON that matches `schema`."""

    type: Required[Literal["json_schema"]]
    name: Required[str]
    description: str

    schema: Required[Mapping[str, object]]
    """The JSON Schema the output must match."""

    strict: bool | None


class ResponseFunctionToolParam(TypedDict, total=False):
    """A function the model may call (name and parameters at the top level)."""

    type: Required[Literal["function"]]
    name: Required[str]
    description: str

    parameters: Mapping[str, object]
    """The parameters as a JSON Schema object."""

    strict: bool | None


class ResponseWebSearchToolParam(TypedDict, total=False):
    """The built-in web search."""

    type: Required[Literal["web_search_preview"]]
    search_context_size: Literal["low", "medium", "high"]
    user_location: Mapping[str, object]


class ResponseToolChoiceFunctionParam(TypedDict, total=False):
    """Forces the model to call this function."""

    type: Required[Literal["function"]]
    name: Required[str]


class ResponseToolChoiceBuiltInParam(TypedDict, total=False):
    """Forces the model to use this built-in tool."""

    type: Required[Literal["web_search_preview"]]


class CreateBotRequestParam(TypedDict, total=False):
    """The body of `POST /bots`."""

    handle: Required[str]
    """The bot's unique handle (its name on Poe)."""

    description: str
    """What the bot does, shown to users."""

    is_private: bool
    """Whether only you can use the bot (Poe's default is private)."""

    api_bot_settings: ApiBotSettingsInputParam
    """How Poe reaches your endpoint, as sent: `api_key` is write-only (sent, never returned, never
    shown in a repr, a log or an error).
    """

    parameter_controls: ParameterControlsParam
    """The controls (toggles, drop-downs, sliders, ...) Poe shows beside the bot's input box."""


class UpdateBotRequestParam(TypedDict, total=False):
    """The body of `PATCH /bots/{handle}`; only the fields given change."""

    description: str
    """What the bot does, shown to users."""

    is_private: bool
    """Whether only you can use the bot."""

    api_bot_settings: ApiBotSettingsInputParam
    """How Poe reaches your endpoint, as sent: `api_key` is write-only (sent, never returned, never
    shown in a repr, a log or an error).
    """

    parameter_controls: ParameterControlsParam
    """The controls (toggles, drop-downs, sliders, ...) Poe shows beside the bot's input box."""


class ReplaceBotRequestParam(TypedDict, total=False):
    """The body of `PUT /bots/{handle}`; the settings not given are cleared."""

    description: str
    """What the bot does, shown to users."""

    is_private: bool
    """Whether only you can use the bot (Poe's default is private)."""

    api_bot_settings: ApiBotSettingsInputParam
    """How Poe reaches your endpoint, as sent: `api_key` is write-only (sent, never returned, never
    shown in a repr, a log or an error).
    """

    parameter_controls: ParameterControlsParam
    """The controls (toggles, drop-downs, sliders, ...) Poe shows beside the bot's input box."""


class ApiBotSettingsInputParam(TypedDict, total=False):
    """How Poe reaches your endpoint, as sent: `api_key` is write-only (sent, never returned, never
    shown in a repr, a log or an error).
    """

    model_name: str
    """The model name passed to your endpoint."""

    base_url: str
    """The base URL of your endpoint, e.g. `https://api.example.com/v1`."""

    api_key: str
    """The key Poe authenticates to your endpoint with (encrypted at rest, never returned)."""

    api_type: Literal["chat_completions_api", "responses_api"]
    """The API your endpoint speaks."""

    max_input_tokens: int
    """The most input tokens a request may carry."""

    context_size: int
    """The context window in tokens."""

    input_modalities: Sequence[Literal["text", "image", "video"]]
    """What users may send (video only with the Chat Completions API)."""

    output_modalities: Sequence[Literal["text"]]
    """What the bot answers with."""

    supported_features: Sequence[Literal["tools"]]
    """Optional features your endpoint supports."""

    param_definitions: Iterable[ApiBotParamDefinitionParam]
    """Custom parameters, filled from the bot's parameter controls."""

    pricing: ApiBotPricingParam
    """USD per token, as decimal strings (`"0.000001"`), kept exact; other tiers Poe documents
    (long-context rates) pass through as extra keys.
    """


class ApiBotParamDefinitionParam(TypedDict, total=False):
    """A custom parameter Poe passes to your endpoint."""

    param_name: str
    """The parameter's name (the `parameter_name` of a control in `parameter_controls`)."""

    param_dest: Literal["extra_body"]
    """Where the parameter goes in the request to your endpoint."""


class ApiBotPricingParam(TypedDict, total=False):
    """USD per token, as decimal strings (`"0.000001"`), kept exact; other tiers Poe documents
    (long-context rates) pass through as extra keys.
    """

    prompt: str
    """USD per input token."""

    completion: str
    """USD per output token."""


class ParameterControlsParam(TypedDict, total=False):
    """The controls (toggles, drop-downs, sliders, ...) Poe shows beside the bot's input box."""

    api_version: Required[str]
    """The version of the Parameter Controls schema (`"2"`)."""

    sections: Required[Iterable[ParameterControlsSectionParam]]


class ParameterControlsSectionParam(TypedDict, total=False):
    """A group of controls."""

    name: str
    """The section's title."""

    collapsed_by_default: bool
    """Whether the section starts collapsed."""

    controls: Iterable[ParameterControlParam]


class ParameterControlParam(TypedDict, total=False):
    """One control: `control` says which (`drop_down`, `toggle_switch`, `slider`, `text_field`,
    `text_area`, `divider`, `aspect_ratio`, `condition`, ...); its other keys pass through.
    """

    control: Required[str]
    """The kind of control."""

    label: str
    """The text shown beside it."""

    parameter_name: str
    """The parameter it sets."""

    default_value: object
    """The parameter's value until the user changes it."""

    options: Iterable[ParameterControlOptionParam]
    """A drop-down's choices."""


class ParameterControlOptionParam(TypedDict, total=False):
    """A choice of a drop-down."""

    name: str

    value: object
    """The parameter's value when chosen."""


class CreateMessageRequestParam(TypedDict, total=False):
    """A request in Anthropic's Messages format."""

    model: Required[str]
    """A Claude model, by Poe bot name (`claude-sonnet-4.5`) or Anthropic model name."""

    max_tokens: Required[int]
    """The most tokens to generate before stopping."""

    messages: Required[Iterable[MessageInputParam]]
    """The conversation, alternating `user` and `assistant` turns."""

    system: str | Iterable[MessageInputTextParam]
    """The system prompt, as text or text blocks."""

    tools: Iterable[MessageToolParam]
    """Tools the model may call."""

    tool_choice: MessageToolChoiceParam
    """How the model uses tools."""

    thinking: MessageThinkingConfigParam
    """Extended thinking, on (with a token budget) or off."""

    stop_sequences: Sequence[str]
    """Text sequences that stop generation (`stop_reason` is then `stop_sequence`)."""

    temperature: float
    top_p: float
    top_k: int

    metadata: MessageMetadataParam
    """About the request."""

    stream: bool
    """Stream the message as server-sent events."""


class MessageInputParam(TypedDict, total=False):
    """One turn of the conversation."""

    role: Required[Literal["user", "assistant"]]

    content: Required[str | Iterable[MessageInputContentParam]]
    """Text, or content blocks."""


class MessageCacheControlParam(TypedDict, total=False):
    """Marks a prompt-caching breakpoint."""

    type: Required[Literal["ephemeral"]]
    ttl: Literal["5m", "1h"]


class MessageInputTextParam(TypedDict, total=False):
    """Text."""

    type: Required[Literal["text"]]
    text: Required[str]

    cache_control: MessageCacheControlParam
    """Marks a prompt-caching breakpoint."""


class MessageInputImageParam(TypedDict, total=False):
    """An image, as base64 data or by URL."""

    type: Required[Literal["image"]]

    source: Required[MessageImageSourceParam]
    """Where an image comes from."""

    cache_control: MessageCacheControlParam
    """Marks a prompt-caching breakpoint."""


class MessageBase64ImageSourceParam(TypedDict, total=False):
    """An image's bytes, base64-encoded."""

    type: Required[Literal["base64"]]
    media_type: Required[Literal["image/jpeg", "image/png", "image/gif", "image/webp"]]
    data: Required[str]


class MessageUrlSourceParam(TypedDict, total=False):
    """A file by URL."""

    type: Required[Literal["url"]]
    url: Required[str]


class MessageInputDocumentParam(TypedDict, total=False):
    """A document (PDF as base64 data or by URL, or plain text)."""

    type: Required[Literal["document"]]

    source: Required[MessageDocumentSourceParam]
    """Where a document comes from."""

    title: str
    context: str

    cache_control: MessageCacheControlParam
    """Marks a prompt-caching breakpoint."""


class MessageBase64PdfSourceParam(TypedDict, total=False):
    """A PDF's bytes, base64-encoded."""

    type: Required[Literal["base64"]]
    media_type: Required[Literal["application/pdf"]]
    data: Required[str]


class MessagePlainTextSourceParam(TypedDict, total=False):
    """A plain-text document."""

    type: Required[Literal["text"]]
    media_type: Required[Literal["text/plain"]]
    data: Required[str]


class MessageInputToolUseParam(TypedDict, total=False):
    """A tool call the assistant made (sent back in the conversation)."""

    type: Required[Literal["tool_use"]]
    id: Required[str]
    name: Required[str]
    input: Required[Mapping[str, object]]

    cache_control: MessageCacheControlParam
    """Marks a prompt-caching breakpoint."""


class MessageInputToolResultParam(TypedDict, total=False):
    """The result of a tool call, in a `user` turn."""

    type: Required[Literal["tool_result"]]
    tool_use_id: Required[str]

    content: str | Iterable[MessageToolResultContentParam]
    """Text, or text and image blocks."""

    is_error: bool

    cache_control: MessageCacheControlParam
    """Marks a prompt-caching breakpoint."""


class MessageInputThinkingParam(TypedDict, total=False):
    """The assistant's thinking, sent back unchanged with its signature."""

    type: Required[Literal["thinking"]]
    thinking: Required[str]
    signature: Required[str]


class MessageInputRedactedThinkingParam(TypedDict, total=False):
    """Encrypted thinking, sent back unchanged."""

    type: Required[Literal["redacted_thinking"]]
    data: Required[str]


class MessageToolParam(TypedDict, total=False):
    """A tool the model may call, with the JSON schema of its input."""

    name: Required[str]
    description: str
    input_schema: Required[Mapping[str, object]]

    cache_control: MessageCacheControlParam
    """Marks a prompt-caching breakpoint."""


class MessageToolChoiceAutoParam(TypedDict, total=False):
    """The model decides whether to call a tool."""

    type: Required[Literal["auto"]]
    disable_parallel_tool_use: bool


class MessageToolChoiceAnyParam(TypedDict, total=False):
    """The model calls one of the tools."""

    type: Required[Literal["any"]]
    disable_parallel_tool_use: bool


class MessageToolChoiceToolParam(TypedDict, total=False):
    """The model calls the named tool."""

    type: Required[Literal["tool"]]
    name: Required[str]
    disable_parallel_tool_use: bool


class MessageToolChoiceNoneParam(TypedDict, total=False):
    """The model calls no tool."""

    type: Required[Literal["none"]]


class MessageThinkingEnabledParam(TypedDict, total=False):
    """Extended thinking with a budget of tokens (at least 1024, below `max_tokens`)."""

    type: Required[Literal["enabled"]]
    budget_tokens: Required[int]


class MessageThinkingDisabledParam(TypedDict, total=False):
    """No extended thinking."""

    type: Required[Literal["disabled"]]


class MessageMetadataParam(TypedDict, total=False):
    """About the request."""

    user_id: str | None
    """An opaque identifier of the end user (never a name, email or phone number)."""


class CreateVideoRequestParam(TypedDict, total=False):
    """The body of `POST /v1/videos` (multipart/form-data)."""

    model: Required[str]
    """The video model (bot), e.g. `Sora-2`, `Veo-3.1`."""

    prompt: Required[str]
    """What the video shows."""

    seconds: int
    """Duration in seconds; by default 4 on OpenAI's models, 8 on Vertex AI's (Veo)."""

    size: str
    """Resolution as `WIDTHxHEIGHT` (`1280x720`); by default `720x1280` (portrait)."""

    input_reference: FileTypes
    """An image the video starts from (image-to-video), sent as a file part."""


class RemixVideoRequestParam(TypedDict, total=False):
    """The body of `POST /v1/videos/{video_id}/remix`."""

    prompt: Required[str]
    """The new style of the video."""


class ExtendVideoRequestParam(TypedDict, total=False):
    """The body of `POST /v1/videos/extensions`."""

    video: Required[VideoReferenceParam]
    """A `completed` video, by its `id`."""

    prompt: Required[str]
    """What happens next in the video."""

    seconds: int
    """Duration of the extension in seconds."""


class VideoReferenceParam(TypedDict, total=False):
    """A `completed` video, by its `id`."""

    id: Required[str]
    """The video's `id`."""


StopConfigurationParam: TypeAlias = str | Sequence[str]
"""Up to 4 sequences where the model stops generating."""


ChatCompletionRequestMessageParam: TypeAlias = (
    ChatCompletionRequestSystemMessageParam
    | ChatCompletionRequestDeveloperMessageParam
    | ChatCompletionRequestUserMessageParam
    | ChatCompletionRequestAssistantMessageParam
    | ChatCompletionRequestToolMessageParam
)
"""One message of the conversation, selected by `role`."""


TextMessageContentParam: TypeAlias = (
    str | Iterable[ChatCompletionRequestMessageContentPartTextParam]
)
"""Text, or a list of text parts."""


ChatCompletionRequestUserContentPartParam: TypeAlias = (
    ChatCompletionRequestMessageContentPartTextParam
    | ChatCompletionRequestMessageContentPartImageParam
    | ChatCompletionRequestMessageContentPartFileParam
    | ChatCompletionRequestMessageContentPartAudioParam
)
"""One part of a user message, selected by `type`."""


ChatCompletionRequestAssistantContentPartParam: TypeAlias = (
    ChatCompletionRequestMessageContentPartTextParam
    | ChatCompletionRequestMessageContentPartRefusalParam
)
"""One part of an assistant message, selected by `type`."""


ChatCompletionToolChoiceOptionParam: TypeAlias = (
    Literal["none", "auto", "required"] | ChatCompletionNamedToolChoiceParam
)
"""\"none", "auto", "required", or a named function."""


ResponseFormatParam: TypeAlias = (
    ResponseFormatTextParam | ResponseFormatJsonObjectParam | ResponseFormatJsonSchemaParam
)
"""Plain text, any JSON object, or JSON matching a schema."""


ResponseInputItemParam: TypeAlias = (
    ResponseInputMessageParam
    | ResponseInputOutputMessageParam
    | ResponseInputFunctionCallParam
    | ResponseFunctionCallOutputParam
)
"""A message, an earlier output message, a function call the model made, or the result of one."""


ResponseInputContentParam: TypeAlias = (
    ResponseInputTextParam | ResponseInputImageParam | ResponseInputFileParam
)
"""Text, an image or a file."""


ResponseInputOutputContentParam: TypeAlias = (
    ResponseInputOutputTextParam | ResponseInputRefusalParam
)
"""The text or refusal of an earlier output message."""


ResponseTextFormatParam: TypeAlias = (
    ResponseFormatTextParam | ResponseFormatJsonObjectParam | ResponseTextFormatJsonSchemaParam
)
"""Plain text, any JSON object, or JSON matching a schema."""


ResponseToolParam: TypeAlias = ResponseFunctionToolParam | ResponseWebSearchToolParam
"""A function tool, or the built-in web search."""


ResponseToolChoiceParam: TypeAlias = (
    Literal["none", "auto", "required"]
    | ResponseToolChoiceFunctionParam
    | ResponseToolChoiceBuiltInParam
)
"""\"none", "auto", "required", a named function, or a built-in tool."""


MessageInputContentParam: TypeAlias = (
    MessageInputTextParam
    | MessageInputImageParam
    | MessageInputDocumentParam
    | MessageInputToolUseParam
    | MessageInputToolResultParam
    | MessageInputThinkingParam
    | MessageInputRedactedThinkingParam
)
"""A content block of a request message, selected by its `type`."""


MessageImageSourceParam: TypeAlias = MessageBase64ImageSourceParam | MessageUrlSourceParam
"""Where an image comes from."""


MessageDocumentSourceParam: TypeAlias = (
    MessageBase64PdfSourceParam | MessagePlainTextSourceParam | MessageUrlSourceParam
)
"""Where a document comes from."""


MessageToolResultContentParam: TypeAlias = MessageInputTextParam | MessageInputImageParam
"""Text or an image in a tool result."""


MessageToolChoiceParam: TypeAlias = (
    MessageToolChoiceAutoParam
    | MessageToolChoiceAnyParam
    | MessageToolChoiceToolParam
    | MessageToolChoiceNoneParam
)
"""How the model uses tools."""


MessageThinkingConfigParam: TypeAlias = MessageThinkingEnabledParam | MessageThinkingDisabledParam
"""Extended thinking, on (with a token budget) or off."""
