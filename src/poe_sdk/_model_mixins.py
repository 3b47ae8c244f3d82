"""Hand-written behaviour of generated models, named by the spec's ``x-sdk-mixin``.

A generated class lists its mixin before its pydantic base (``class Response(
ResponseOutputTextMixin, ResponseModel)``). Mixins hold properties and methods only, never
fields, and read the model's fields by attribute, so a tolerantly read reply (whose fields may
hold values of the wrong type) works too. This module never imports the generated models.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import cast

from ._attachments import Attachment, find_attachments

__all__ = [
    "MessageAttachmentsMixin",
    "ModelPricingDecimalsMixin",
    "ResponseOutputTextMixin",
    "decimal_price",
    "output_text_of",
]


class ResponseOutputTextMixin:
    """Adds ``output_text`` to a Responses API reply."""

    __slots__ = ()

    @property
    def output_text(self) -> str:
        """The text of every ``output_text`` part of the output messages, joined in order
        (``""`` when the output holds no text, e.g. only a function call)."""
        return output_text_of(getattr(self, "output", None))


def output_text_of(output: object) -> str:
    """The joined ``output_text`` parts of ``message`` items in ``output`` (a reply's list)."""
    if not isinstance(output, list):
        return ""
    texts: list[str] = []
    for item in cast(list[object], output):
        if getattr(item, "type", None) != "message":
            continue
        content: object = getattr(item, "content", None)
        if not isinstance(content, list):
            continue
        for part in cast(list[object], content):
            text: object = getattr(part, "text", None)
            if getattr(part, "type", None) == "output_text" and isinstance(text, str):
                texts.append(text)
    return "".join(texts)


class MessageAttachmentsMixin:
    """Adds ``attachments`` to a chat completion message."""

    __slots__ = ()

    @property
    def attachments(self) -> list[Attachment]:
        """The files (images, videos, audio, other files) the message's text links to, in
        order: what media bots answer with, without parsing Markdown yourself."""
        return find_attachments(_message_text(getattr(self, "content", None)))


def _message_text(content: object) -> str:
    """A message's text: its ``content`` string, or the ``text`` of each part of a list-valued
    ``content`` (as some servers send, read tolerantly) on its own line."""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        return ""
    texts: list[str] = []
    for part in cast(list[object], content):
        text: object = (
            cast("dict[str, object]", part).get("text")
            if isinstance(part, dict)
            else getattr(part, "text", None)
        )
        if isinstance(text, str):
            texts.append(text)
    return "\n".join(texts)


class ModelPricingDecimalsMixin:
    """Adds the ``*_decimal`` views of a model's prices (decimal strings on the wire)."""

    __slots__ = ()

    @property
    def prompt_decimal(self) -> Decimal | None:
        """``prompt`` (USD per input token) as an exact ``Decimal``."""
        return decimal_price(getattr(self, "prompt", None))

    @property
    def completion_decimal(self) -> Decimal | None:
        """``completion`` (USD per output token) as an exact ``Decimal``."""
        return decimal_price(getattr(self, "completion", None))

    @property
    def image_decimal(self) -> Decimal | None:
        """``image`` (USD per input image) as an exact ``Decimal``."""
        return decimal_price(getattr(self, "image", None))

    @property
    def request_decimal(self) -> Decimal | None:
        """``request`` (USD per request) as an exact ``Decimal``."""
        return decimal_price(getattr(self, "request", None))

    @property
    def input_cache_read_decimal(self) -> Decimal | None:
        """``input_cache_read`` (USD per cached input token read) as an exact ``Decimal``."""
        return decimal_price(getattr(self, "input_cache_read", None))

    @property
    def input_cache_write_decimal(self) -> Decimal | None:
        """``input_cache_write`` (USD per input token cached) as an exact ``Decimal``."""
        return decimal_price(getattr(self, "input_cache_write", None))

    def decimals(self) -> dict[str, Decimal]:
        """Every price the server sent, documented or not, by name, as exact ``Decimal``s
        (fields that are ``null`` or not a decimal number are left out)."""
        declared: object = getattr(self, "__dict__", None)
        extra: object = getattr(self, "__pydantic_extra__", None)
        values: dict[str, object] = {}
        for found in (declared, extra):  # the fields as read, without serialising them
            if isinstance(found, dict):
                values.update(cast("dict[str, object]", found))
        prices = {name: decimal_price(value) for name, value in values.items()}
        return {name: price for name, price in prices.items() if price is not None}


def decimal_price(value: object) -> Decimal | None:
    """A price sent as a decimal string as an exact ``Decimal``; a JSON number (read
    tolerantly) as the ``Decimal`` of its shortest representation (``2.6e-06`` gives
    ``Decimal("0.0000026")``, not the float's binary value); ``None`` for ``null``, other
    types, and what is not a finite number."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    try:
        price = Decimal(value.strip() if isinstance(value, str) else repr(value))
    except (InvalidOperation, ValueError):
        return None
    return price if price.is_finite() else None
