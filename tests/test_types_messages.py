"""``poe_sdk.types.messages``: the Messages types, anthropic's spellings as aliases."""

from __future__ import annotations

from pydantic import TypeAdapter

from poe_sdk import UnknownVariant, types
from poe_sdk.types import messages

ANTHROPIC_ALIASES = {
    "Usage": "MessageUsage",
    "MessageDeltaUsage": "MessageUsage",
    "InputJSONDelta": "InputJsonDelta",
    "MessageCreateParams": "CreateMessageRequestParam",
    "MessageParam": "MessageInputParam",
    "ContentBlockParam": "MessageInputContentParam",
    "TextBlockParam": "MessageInputTextParam",
    "ImageBlockParam": "MessageInputImageParam",
    "ToolResultBlockParam": "MessageInputToolResultParam",
    "ToolParam": "MessageToolParam",
    "ThinkingConfigParam": "MessageThinkingConfigParam",
    "DocumentBlockParam": "MessageInputDocumentParam",
    "ToolUseBlockParam": "MessageInputToolUseParam",
    "ThinkingBlockParam": "MessageInputThinkingParam",
    "RedactedThinkingBlockParam": "MessageInputRedactedThinkingParam",
    "ToolChoiceParam": "MessageToolChoiceParam",
    "ToolChoiceAutoParam": "MessageToolChoiceAutoParam",
    "ToolChoiceAnyParam": "MessageToolChoiceAnyParam",
    "ToolChoiceToolParam": "MessageToolChoiceToolParam",
    "ToolChoiceNoneParam": "MessageToolChoiceNoneParam",
    "ThinkingConfigEnabledParam": "MessageThinkingEnabledParam",
    "ThinkingConfigDisabledParam": "MessageThinkingDisabledParam",
    "MetadataParam": "MessageMetadataParam",
    "CacheControlEphemeralParam": "MessageCacheControlParam",
    "Base64ImageSourceParam": "MessageBase64ImageSourceParam",
    "URLImageSourceParam": "MessageUrlSourceParam",
    "Base64PDFSourceParam": "MessageBase64PdfSourceParam",
    "PlainTextSourceParam": "MessagePlainTextSourceParam",
    "URLPDFSourceParam": "MessageUrlSourceParam",
}


def test_every_name_is_the_object_of_poe_sdk_types() -> None:
    for name in messages.__all__:
        ours = ANTHROPIC_ALIASES.get(name, name.removeprefix("Raw"))
        assert getattr(messages, name) is getattr(types, ours), name


def test_anthropic_s_main_names_are_there() -> None:
    for name in (
        "Message",
        "ContentBlock",
        "TextBlock",
        "ToolUseBlock",
        "ThinkingBlock",
        "RawMessageStreamEvent",
        "RawContentBlockDeltaEvent",
        "TextDelta",
        *ANTHROPIC_ALIASES,
    ):
        assert name in messages.__all__, name


def test_an_unknown_block_keeps_its_type_and_fields_readable() -> None:
    known, new = TypeAdapter(list[messages.ContentBlock]).validate_python(
        [{"type": "text", "text": "Hi"}, {"type": "server_tool_use", "id": "s1", "name": "web"}]
    )
    assert isinstance(known, messages.TextBlock)
    assert isinstance(new, UnknownVariant)
    assert (new.type, new.name) == ("server_tool_use", "web")  # type: ignore[attr-defined]
