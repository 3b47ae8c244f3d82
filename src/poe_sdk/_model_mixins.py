"""Hand-written behaviour of generated models, named by the spec's ``x-sdk-mixin``.

A generated class lists its mixin before its pydantic base (``class Response(
ResponseOutputTextMixin, ResponseModel)``). Mixins hold properties and methods only, never
fields, and read the model's fields by attribute, so a tolerantly read reply (whose fields may
hold values of the wrong type) works too. This module never imports the generated models.
"""

from __future__ import annotations

from typing import cast

__all__ = ["ResponseOutputTextMixin", "output_text_of"]


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
