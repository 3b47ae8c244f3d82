"""Request building without I/O: validate arguments, encode the JSON body, build the URL.

Invalid arguments raise :class:`RequestValidationError` here, before any network I/O.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, cast
from urllib.parse import quote

from pydantic import BaseModel, ValidationError

from ._exceptions import RequestValidationError

__all__ = ["build_path", "encode_body", "validate_body", "validation_error"]

_MAX_SHOWN_INPUT = 60


def validate_body(model: type[BaseModel], body: Mapping[str, object]) -> BaseModel:
    """Validate the caller's arguments against the request model.

    ``None`` values mean "not given" and are dropped first, so spec defaults are never sent.
    """
    data = {key: value for key, value in body.items() if value is not None}
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise validation_error(exc, data) from exc


def encode_body(
    validated: BaseModel,
    extra_body: Mapping[str, object] | None = None,
    *,
    overrides: Mapping[str, object] | None = None,
) -> bytes:
    """Serialise exactly the fields the caller set; ``extra_body`` then ``overrides`` win."""
    if not extra_body and not overrides:
        return validated.__pydantic_serializer__.to_json(
            validated, by_alias=True, exclude_unset=True
        )
    data = validated.model_dump(mode="json", by_alias=True, exclude_unset=True)
    data.update(extra_body or {})
    data.update(overrides or {})
    try:
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
    except (TypeError, ValueError) as exc:
        raise RequestValidationError(
            f"Invalid argument extra_body: it must be JSON-serialisable ({exc})",
            param="extra_body",
            rule="JSON-serialisable",
        ) from exc


def build_path(template: str, params: Mapping[str, object] | None) -> str:
    """Fill ``{name}`` placeholders with URL-quoted values; a missing or empty value is an error."""
    if not params:
        return template
    for name, value in params.items():
        if value is None or value == "":
            raise RequestValidationError(
                f"Invalid argument {name}: a non-empty value is required",
                param=name,
                rule="non-empty",
            )
        template = template.replace("{" + name + "}", quote(str(value), safe=""))
    return template


def validation_error(exc: ValidationError, data: object) -> RequestValidationError:
    """Turn pydantic's report into one error that names the parameter and the rule."""
    errors = exc.errors(include_url=False)
    specific = [e for e in errors if not e["type"].endswith("_type")] or errors
    first = specific[0]
    param = _param_path(first["loc"], data)
    rule = first["msg"]
    shown = "" if first["type"] == "missing" else f" (got {_shorten(first.get('input'))})"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return RequestValidationError(
        f"Invalid argument {param}: {rule}{shown}{more}", param=param, rule=rule
    )


def _param_path(loc: tuple[int | str, ...], data: object) -> str:
    """``messages[0].content`` from a pydantic location, skipping union member labels.

    pydantic inserts the tag of a discriminated union (``"user"``) or the member type of a
    plain union (``"list[str]"``) into the location; they are recognised as names that are not
    keys of the input at that point. A last element that names no key of an object is kept
    (a missing field).
    """
    parts: list[str] = []
    current: Any = data
    for position, item in enumerate(loc):
        last = position == len(loc) - 1
        if isinstance(item, int):
            parts.append(f"[{item}]")
            current = _child(current, item)
            continue
        present, child = _field(current, item)
        if present or (last and isinstance(current, (Mapping, BaseModel))):
            parts.append(f".{item}" if parts else item)
            current = child
    return "".join(parts) or "body"


def _child(container: Any, index: int) -> Any:
    try:
        return container[index]
    except (TypeError, IndexError, KeyError):
        return None


def _field(container: Any, name: str) -> tuple[bool, Any]:
    if isinstance(container, Mapping):
        mapping = cast(Mapping[str, Any], container)
        return (name in mapping, mapping.get(name))
    if isinstance(container, BaseModel) and name in type(container).model_fields:
        return (True, getattr(container, name))
    return (False, None)


def _shorten(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _MAX_SHOWN_INPUT else text[: _MAX_SHOWN_INPUT - 3] + "..."
