"""``x-sdk-helpers`` (operation): hand-written endpoint helpers attached to a resource.

``{mixin: ChatCompletionsHelpers, replaced: [response_format, tools]}`` makes the generated
resource classes of the operation also inherit ``poe_sdk.lib.AsyncChatCompletionsHelpers``
(async) and ``poe_sdk.lib.ChatCompletionsHelpers`` (sync), whose methods (``parse``,
``stream``, ...) call the generated ones. With ``replaced``, a ``<Stem>HelperArgs`` TypedDict
holds the operation's keyword arguments except those, which the helpers take with other
types (``response_format=MyModel``).
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from typing import Any

from codegen.errors import GenerationError

__all__ = ["Helpers", "helpers_of"]


@dataclass(frozen=True)
class Helpers:
    """The mixin stem and the arguments the helpers replace."""

    mixin: str
    replaced: list[str] = field(default_factory=list[str])


def helpers_of(where: str, op: dict[str, Any], argument_keys: list[str]) -> Helpers | None:
    """The operation's ``x-sdk-helpers``, checked against its keyword arguments."""
    value = op.get("x-sdk-helpers")
    if value is None:
        return None
    mixin = value.get("mixin") if isinstance(value, dict) else None
    if not isinstance(mixin, str) or not mixin.isidentifier() or keyword.iskeyword(mixin):
        raise GenerationError(f"{where}: x-sdk-helpers needs a `mixin` class name, got {value!r}")
    replaced = value.get("replaced") or []
    if not isinstance(replaced, list) or not all(isinstance(k, str) for k in replaced):
        raise GenerationError(f"{where}: x-sdk-helpers `replaced` must list argument names")
    unknown = [k for k in replaced if k not in argument_keys]
    if unknown:
        raise GenerationError(f"{where}: x-sdk-helpers replaces unknown arguments {unknown}")
    return Helpers(mixin, list(replaced))
