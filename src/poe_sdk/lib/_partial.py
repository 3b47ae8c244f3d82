"""Partial objects from incomplete JSON: what a stream has sent so far, typed.

``pydantic_core.from_json(..., allow_partial="trailing-strings")`` (Rust, shipped with
pydantic) reads the complete prefix of a JSON document, keeping a string that is still being
written. The value is then built along the output type without validation: a model (or
dataclass) instance holding the fields received so far, missing ones absent (reading one
raises ``AttributeError``); a TypedDict stays a dict. Nothing here raises on odd input.
"""

from __future__ import annotations

import dataclasses
import types
from typing import Any, Union, cast, get_args, get_origin, get_type_hints

from pydantic import BaseModel
from pydantic_core import from_json

__all__ = ["parse_partial_json", "partial_instance"]

_NOTHING = object()


def parse_partial_json(text: str) -> object:
    """The value of the complete prefix of ``text`` (``None`` when there is none yet)."""
    if not text.strip():
        return None
    try:
        return from_json(text, allow_partial="trailing-strings")
    except ValueError:
        return None


def partial_instance(tp: Any, value: object) -> object:
    """``value`` (decoded JSON) built along ``tp`` without validation."""
    if isinstance(value, dict):
        data = cast("dict[str, object]", value)
        for candidate in _members(tp):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                return _model(candidate, data)
            if isinstance(candidate, type) and dataclasses.is_dataclass(candidate):
                return _dataclass(candidate, data)
        return data
    if isinstance(value, list):
        values = cast("list[object]", value)
        for candidate in _members(tp):
            if get_origin(candidate) in (list, set, frozenset, tuple):
                args = get_args(candidate)
                item = args[0] if args else Any
                return [partial_instance(item, v) for v in values]
        return values
    return value


def _members(tp: Any) -> list[Any]:
    """``tp``, or the members of a union (``X | None``), ``Annotated`` unwrapped."""
    origin = get_origin(tp)
    if origin is Union or origin is types.UnionType:
        return [m for a in get_args(tp) for m in _members(a)]
    if hasattr(tp, "__metadata__"):  # Annotated[X, ...]
        return _members(get_args(tp)[0])
    return [tp]


def _model(cls: type[BaseModel], data: dict[str, object]) -> BaseModel:
    fields: dict[str, object] = {}
    by_alias = {(f.alias or name): name for name, f in cls.model_fields.items()}
    for key, item in data.items():
        name = by_alias.get(key, key)
        field = cls.model_fields.get(name)
        fields[name] = item if field is None else partial_instance(field.annotation, item)
    instance = cls.model_construct(None, **fields)
    for name in cls.model_fields.keys() - fields.keys():  # not received yet: absent
        cast("dict[str, object]", instance.__dict__).pop(name, None)
    return instance


def _dataclass(cls: type[Any], data: dict[str, object]) -> object:
    try:
        hints = get_type_hints(cls)
    except Exception:
        hints = {}
    instance = object.__new__(cls)
    for field in dataclasses.fields(cls):
        item = data.get(field.name, _NOTHING)
        if item is not _NOTHING:
            object.__setattr__(instance, field.name, partial_instance(hints.get(field.name), item))
    return instance
