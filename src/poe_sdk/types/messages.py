"""Anthropic Messages types, with the names ``anthropic.types`` users import.

Every name is the same object as its ``poe_sdk.types`` counterpart (named after the schemas of
``openapi.yaml``); the anthropic names that differ are aliases: ``RawMessageStreamEvent`` is
``MessageStreamEvent``, ``MessageParam`` is ``MessageInputParam``, ``ToolParam`` is
``MessageToolParam``, ``Usage`` is ``MessageUsage``, ...
"""

from __future__ import annotations

from .._generated.models import ContentBlock as ContentBlock
from .._generated.models import ContentBlockDelta as ContentBlockDelta
from .._generated.models import ContentBlockDelta as RawContentBlockDelta
from .._generated.models import ContentBlockDeltaEvent as ContentBlockDeltaEvent
from .._generated.models import ContentBlockDeltaEvent as RawContentBlockDeltaEvent
from .._generated.models import ContentBlockStartEvent as ContentBlockStartEvent
from .._generated.models import ContentBlockStartEvent as RawContentBlockStartEvent
from .._generated.models import ContentBlockStopEvent as ContentBlockStopEvent
from .._generated.models import ContentBlockStopEvent as RawContentBlockStopEvent
from .._generated.models import CreateMessageRequest as CreateMessageRequest
from .._generated.models import InputJsonDelta as InputJSONDelta
from .._generated.models import InputJsonDelta as InputJsonDelta
from .._generated.models import Message as Message
from .._generated.models import MessageDelta as MessageDelta
from .._generated.models import MessageDeltaEvent as MessageDeltaEvent
from .._generated.models import MessageDeltaEvent as RawMessageDeltaEvent
from .._generated.models import MessageErrorEvent as MessageErrorEvent
from .._generated.models import MessagePingEvent as MessagePingEvent
from .._generated.models import MessageStartEvent as MessageStartEvent
from .._generated.models import MessageStartEvent as RawMessageStartEvent
from .._generated.models import MessageStopEvent as MessageStopEvent
from .._generated.models import MessageStopEvent as RawMessageStopEvent
from .._generated.models import MessageStreamEvent as MessageStreamEvent
from .._generated.models import MessageStreamEvent as RawMessageStreamEvent
from .._generated.models import MessageUsage as MessageDeltaUsage
from .._generated.models import MessageUsage as MessageUsage
from .._generated.models import MessageUsage as Usage
from .._generated.models import RedactedThinkingBlock as RedactedThinkingBlock
from .._generated.models import SignatureDelta as SignatureDelta
from .._generated.models import TextBlock as TextBlock
from .._generated.models import TextDelta as TextDelta
from .._generated.models import ThinkingBlock as ThinkingBlock
from .._generated.models import ThinkingDelta as ThinkingDelta
from .._generated.models import ToolUseBlock as ToolUseBlock
from .._generated.params import CreateMessageRequestParam as MessageCreateParams
from .._generated.params import MessageBase64ImageSourceParam as Base64ImageSourceParam
from .._generated.params import MessageBase64PdfSourceParam as Base64PDFSourceParam
from .._generated.params import MessageCacheControlParam as CacheControlEphemeralParam
from .._generated.params import MessageInputContentParam as ContentBlockParam
from .._generated.params import MessageInputDocumentParam as DocumentBlockParam
from .._generated.params import MessageInputImageParam as ImageBlockParam
from .._generated.params import MessageInputParam as MessageParam
from .._generated.params import MessageInputRedactedThinkingParam as RedactedThinkingBlockParam
from .._generated.params import MessageInputTextParam as TextBlockParam
from .._generated.params import MessageInputThinkingParam as ThinkingBlockParam
from .._generated.params import MessageInputToolResultParam as ToolResultBlockParam
from .._generated.params import MessageInputToolUseParam as ToolUseBlockParam
from .._generated.params import MessageMetadataParam as MetadataParam
from .._generated.params import MessagePlainTextSourceParam as PlainTextSourceParam
from .._generated.params import MessageThinkingConfigParam as ThinkingConfigParam
from .._generated.params import MessageThinkingDisabledParam as ThinkingConfigDisabledParam
from .._generated.params import MessageThinkingEnabledParam as ThinkingConfigEnabledParam
from .._generated.params import MessageToolChoiceAnyParam as ToolChoiceAnyParam
from .._generated.params import MessageToolChoiceAutoParam as ToolChoiceAutoParam
from .._generated.params import MessageToolChoiceNoneParam as ToolChoiceNoneParam
from .._generated.params import MessageToolChoiceParam as ToolChoiceParam
from .._generated.params import MessageToolChoiceToolParam as ToolChoiceToolParam
from .._generated.params import MessageToolParam as ToolParam
from .._generated.params import MessageUrlSourceParam as URLImageSourceParam
from .._generated.params import MessageUrlSourceParam as URLPDFSourceParam

__all__ = [
    "Base64ImageSourceParam",
    "Base64PDFSourceParam",
    "CacheControlEphemeralParam",
    "ContentBlock",
    "ContentBlockDelta",
    "ContentBlockDeltaEvent",
    "ContentBlockParam",
    "ContentBlockStartEvent",
    "ContentBlockStopEvent",
    "CreateMessageRequest",
    "DocumentBlockParam",
    "ImageBlockParam",
    "InputJSONDelta",
    "InputJsonDelta",
    "Message",
    "MessageCreateParams",
    "MessageDelta",
    "MessageDeltaEvent",
    "MessageDeltaUsage",
    "MessageErrorEvent",
    "MessageParam",
    "MessagePingEvent",
    "MessageStartEvent",
    "MessageStopEvent",
    "MessageStreamEvent",
    "MessageUsage",
    "MetadataParam",
    "PlainTextSourceParam",
    "RawContentBlockDelta",
    "RawContentBlockDeltaEvent",
    "RawContentBlockStartEvent",
    "RawContentBlockStopEvent",
    "RawMessageDeltaEvent",
    "RawMessageStartEvent",
    "RawMessageStopEvent",
    "RawMessageStreamEvent",
    "RedactedThinkingBlock",
    "RedactedThinkingBlockParam",
    "SignatureDelta",
    "TextBlock",
    "TextBlockParam",
    "TextDelta",
    "ThinkingBlock",
    "ThinkingBlockParam",
    "ThinkingConfigDisabledParam",
    "ThinkingConfigEnabledParam",
    "ThinkingConfigParam",
    "ThinkingDelta",
    "ToolChoiceAnyParam",
    "ToolChoiceAutoParam",
    "ToolChoiceNoneParam",
    "ToolChoiceParam",
    "ToolChoiceToolParam",
    "ToolParam",
    "ToolResultBlockParam",
    "ToolUseBlock",
    "ToolUseBlockParam",
    "URLImageSourceParam",
    "URLPDFSourceParam",
    "Usage",
]
