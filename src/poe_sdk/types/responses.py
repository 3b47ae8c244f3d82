"""The Responses API's types, with the names ``openai.types.responses`` users import.

Every name is the same object as its ``poe_sdk.types`` counterpart (named after the schemas of
``openapi.yaml``); the openai names that differ are aliases: ``ResponseTextDeltaEvent`` is
``ResponseOutputTextDeltaEvent``, ``FunctionToolParam`` is ``ResponseFunctionToolParam``, ...
``ParsedResponse`` is the result of ``client.responses.parse`` (``poe_sdk.lib``).
"""

from __future__ import annotations

from .._generated.models import CreateResponseRequest as CreateResponseRequest
from .._generated.models import Response as Response
from .._generated.models import ResponseCompletedEvent as ResponseCompletedEvent
from .._generated.models import ResponseContentPartAddedEvent as ResponseContentPartAddedEvent
from .._generated.models import ResponseContentPartDoneEvent as ResponseContentPartDoneEvent
from .._generated.models import ResponseCreatedEvent as ResponseCreatedEvent
from .._generated.models import ResponseError as ResponseError
from .._generated.models import ResponseErrorEvent as ResponseErrorEvent
from .._generated.models import ResponseFailedEvent as ResponseFailedEvent
from .._generated.models import (
    ResponseFunctionCallArgumentsDeltaEvent as ResponseFunctionCallArgumentsDeltaEvent,
)
from .._generated.models import (
    ResponseFunctionCallArgumentsDoneEvent as ResponseFunctionCallArgumentsDoneEvent,
)
from .._generated.models import ResponseFunctionCallOutput as ResponseFunctionCallOutput
from .._generated.models import ResponseFunctionTool as ResponseFunctionTool
from .._generated.models import ResponseFunctionToolCall as ResponseFunctionToolCall
from .._generated.models import ResponseFunctionWebSearch as ResponseFunctionWebSearch
from .._generated.models import ResponseIncompleteDetails as ResponseIncompleteDetails
from .._generated.models import ResponseIncompleteEvent as ResponseIncompleteEvent
from .._generated.models import ResponseInProgressEvent as ResponseInProgressEvent
from .._generated.models import ResponseInputContent as ResponseInputContent
from .._generated.models import ResponseInputFile as ResponseInputFile
from .._generated.models import ResponseInputFunctionCall as ResponseInputFunctionCall
from .._generated.models import ResponseInputImage as ResponseInputImage
from .._generated.models import ResponseInputItem as ResponseInputItem
from .._generated.models import ResponseInputMessage as ResponseInputMessage
from .._generated.models import ResponseInputOutputContent as ResponseInputOutputContent
from .._generated.models import ResponseInputOutputMessage as ResponseInputOutputMessage
from .._generated.models import ResponseInputOutputText as ResponseInputOutputText
from .._generated.models import ResponseInputRefusal as ResponseInputRefusal
from .._generated.models import ResponseInputText as ResponseInputText
from .._generated.models import ResponseInputTokensDetails as ResponseInputTokensDetails
from .._generated.models import ResponseOutputContent as ResponseOutputContent
from .._generated.models import ResponseOutputItem as ResponseOutputItem
from .._generated.models import ResponseOutputItemAddedEvent as ResponseOutputItemAddedEvent
from .._generated.models import ResponseOutputItemDoneEvent as ResponseOutputItemDoneEvent
from .._generated.models import ResponseOutputMessage as ResponseOutputMessage
from .._generated.models import ResponseOutputRefusal as ResponseOutputRefusal
from .._generated.models import ResponseOutputText as ResponseOutputText
from .._generated.models import ResponseOutputTextDeltaEvent as ResponseOutputTextDeltaEvent
from .._generated.models import ResponseOutputTextDeltaEvent as ResponseTextDeltaEvent
from .._generated.models import ResponseOutputTextDoneEvent as ResponseOutputTextDoneEvent
from .._generated.models import ResponseOutputTextDoneEvent as ResponseTextDoneEvent
from .._generated.models import ResponseOutputTokensDetails as ResponseOutputTokensDetails
from .._generated.models import ResponseReasoningConfig as ResponseReasoningConfig
from .._generated.models import ResponseReasoningItem as ResponseReasoningItem
from .._generated.models import ResponseReasoningSummary as ResponseReasoningSummary
from .._generated.models import (
    ResponseReasoningSummaryTextDeltaEvent as ResponseReasoningSummaryTextDeltaEvent,
)
from .._generated.models import ResponseStreamEvent as ResponseStreamEvent
from .._generated.models import ResponseTextConfig as ResponseTextConfig
from .._generated.models import ResponseTextFormat as ResponseTextFormat
from .._generated.models import ResponseTextFormatJsonSchema as ResponseTextFormatJsonSchema
from .._generated.models import ResponseTool as ResponseTool
from .._generated.models import ResponseToolChoice as ResponseToolChoice
from .._generated.models import ResponseToolChoiceBuiltIn as ResponseToolChoiceBuiltIn
from .._generated.models import ResponseToolChoiceFunction as ResponseToolChoiceFunction
from .._generated.models import ResponseUsage as ResponseUsage
from .._generated.models import (
    ResponseWebSearchCallCompletedEvent as ResponseWebSearchCallCompletedEvent,
)
from .._generated.models import (
    ResponseWebSearchCallInProgressEvent as ResponseWebSearchCallInProgressEvent,
)
from .._generated.models import (
    ResponseWebSearchCallSearchingEvent as ResponseWebSearchCallSearchingEvent,
)
from .._generated.models import ResponseWebSearchTool as ResponseWebSearchTool
from .._generated.params import CreateResponseRequestParam as CreateResponseRequestParam
from .._generated.params import ResponseFunctionCallOutputParam as FunctionCallOutputParam
from .._generated.params import ResponseFunctionCallOutputParam as ResponseFunctionCallOutputParam
from .._generated.params import ResponseFunctionToolParam as FunctionToolParam
from .._generated.params import ResponseFunctionToolParam as ResponseFunctionToolParam
from .._generated.params import ResponseInputContentParam as ResponseInputContentParam
from .._generated.params import ResponseInputFileParam as ResponseInputFileParam
from .._generated.params import ResponseInputFunctionCallParam as ResponseInputFunctionCallParam
from .._generated.params import ResponseInputImageParam as ResponseInputImageParam
from .._generated.params import ResponseInputItemParam as ResponseInputItemParam
from .._generated.params import ResponseInputMessageParam as EasyInputMessageParam
from .._generated.params import ResponseInputMessageParam as ResponseInputMessageParam
from .._generated.params import ResponseInputOutputContentParam as ResponseInputOutputContentParam
from .._generated.params import ResponseInputOutputMessageParam as ResponseInputOutputMessageParam
from .._generated.params import ResponseInputOutputTextParam as ResponseInputOutputTextParam
from .._generated.params import ResponseInputRefusalParam as ResponseInputRefusalParam
from .._generated.params import ResponseInputTextParam as ResponseInputTextParam
from .._generated.params import ResponseReasoningConfigParam as ResponseReasoningConfigParam
from .._generated.params import ResponseTextConfigParam as ResponseTextConfigParam
from .._generated.params import (
    ResponseTextFormatJsonSchemaParam as ResponseFormatTextJSONSchemaConfigParam,
)
from .._generated.params import (
    ResponseTextFormatJsonSchemaParam as ResponseTextFormatJsonSchemaParam,
)
from .._generated.params import ResponseTextFormatParam as ResponseTextFormatParam
from .._generated.params import ResponseToolChoiceBuiltInParam as ResponseToolChoiceBuiltInParam
from .._generated.params import ResponseToolChoiceFunctionParam as ResponseToolChoiceFunctionParam
from .._generated.params import ResponseToolChoiceParam as ResponseToolChoiceParam
from .._generated.params import ResponseToolParam as ResponseToolParam
from .._generated.params import ResponseToolParam as ToolParam
from .._generated.params import ResponseWebSearchToolParam as ResponseWebSearchToolParam
from .._generated.params import ResponseWebSearchToolParam as WebSearchToolParam
from ..lib._types import ParsedResponse as ParsedResponse
from ..lib._types import ParsedResponseFunctionToolCall as ParsedResponseFunctionToolCall

__all__ = [
    "CreateResponseRequest",
    "CreateResponseRequestParam",
    "EasyInputMessageParam",
    "ParsedResponse",
    "ParsedResponseFunctionToolCall",
    "FunctionCallOutputParam",
    "FunctionToolParam",
    "Response",
    "ResponseCompletedEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreatedEvent",
    "ResponseError",
    "ResponseErrorEvent",
    "ResponseFailedEvent",
    "ResponseFormatTextJSONSchemaConfigParam",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseFunctionCallOutput",
    "ResponseFunctionCallOutputParam",
    "ResponseFunctionTool",
    "ResponseFunctionToolCall",
    "ResponseFunctionToolParam",
    "ResponseFunctionWebSearch",
    "ResponseInProgressEvent",
    "ResponseIncompleteDetails",
    "ResponseIncompleteEvent",
    "ResponseInputContent",
    "ResponseInputContentParam",
    "ResponseInputFile",
    "ResponseInputFileParam",
    "ResponseInputFunctionCall",
    "ResponseInputFunctionCallParam",
    "ResponseInputImage",
    "ResponseInputImageParam",
    "ResponseInputItem",
    "ResponseInputItemParam",
    "ResponseInputMessage",
    "ResponseInputMessageParam",
    "ResponseInputOutputContent",
    "ResponseInputOutputContentParam",
    "ResponseInputOutputMessage",
    "ResponseInputOutputMessageParam",
    "ResponseInputOutputText",
    "ResponseInputOutputTextParam",
    "ResponseInputRefusal",
    "ResponseInputRefusalParam",
    "ResponseInputText",
    "ResponseInputTextParam",
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
    "ResponseReasoningConfigParam",
    "ResponseReasoningItem",
    "ResponseReasoningSummary",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseStreamEvent",
    "ResponseTextConfig",
    "ResponseTextConfigParam",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponseTextFormat",
    "ResponseTextFormatJsonSchema",
    "ResponseTextFormatJsonSchemaParam",
    "ResponseTextFormatParam",
    "ResponseTool",
    "ResponseToolChoice",
    "ResponseToolChoiceBuiltIn",
    "ResponseToolChoiceBuiltInParam",
    "ResponseToolChoiceFunction",
    "ResponseToolChoiceFunctionParam",
    "ResponseToolChoiceParam",
    "ResponseToolParam",
    "ResponseUsage",
    "ResponseWebSearchCallCompletedEvent",
    "ResponseWebSearchCallInProgressEvent",
    "ResponseWebSearchCallSearchingEvent",
    "ResponseWebSearchTool",
    "ResponseWebSearchToolParam",
    "ToolParam",
    "WebSearchToolParam",
]
