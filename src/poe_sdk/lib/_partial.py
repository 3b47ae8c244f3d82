"""Partial objects from incomplete JSON: what a stream has sent so far, typed.

``pydantic_core.from_json(..., allow_partial="trailing-strings")`` (Rust, shipped with
pydantic) reads the complete prefix of a JSON document, keeping a string that is still being
written. The value is then built along the output type without validation: a model (or
dataclass) instance holding the fields received so far, missing ones absent (reading one
raises ``AttributeError``); a TypedDict stays a dict. Nothing here raises on odd input.

The builder of each type is made once (cached, bounded) and the events of a stream call it
only when their ``parsed`` is read, so a stream nobody reads partially costs nothing extra.
"""

from __future__ import annotations

import dataclasses
import types
from collections.abc import Callable
from functools import lru_cache
from typing import Any, Union, cast, get_args, get_origin, get_type_hints

from pydantic import BaseModel
from pydantic_core import from_json

from ._pydantic_schema import CACHED_TYPES

__all__ = ["parse_partial_json", "partial_instance", "partial_reader"]

Builder = Callable[[object], object]

_object_setattr = object.__setattr__


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
    return _builder(tp)(value)


def partial_reader(tp: Any) -> Callable[[str], Any]:
    """A function from the JSON text so far to the partial ``tp`` instance (or ``None``)."""
    build = _builder(tp)

    def read(text: str) -> Any:
        value = parse_partial_json(text)
        return None if value is None else build(value)

    return read


def _identity(value: object) -> object:
    return value


def _builder(tp: Any) -> Builder:
    try:
        return _cached_builder(tp)
    except TypeError:  # an unhashable annotation
        return _identity


@lru_cache(maxsize=CACHED_TYPES)
def _cached_builder(tp: Any) -> Builder:
    members = _members(tp)
    for_dict: Builder | None = None
    for_list: Builder | None = None
    for candidate in members:
        if for_dict is None and isinstance(candidate, type):
            cls = cast("type[object]", candidate)
            if issubclass(cls, BaseModel):
                for_dict = _ModelBuilder(cls)
            elif dataclasses.is_dataclass(cls):
                for_dict = _DataclassBuilder(cls)
        if for_list is None and get_origin(candidate) in (list, set, frozenset, tuple):
            args = get_args(candidate)
            for_list = _ListBuilder(args[0] if args else Any)
    if for_dict is None and for_list is None:
        return _identity
    return _Dispatch(for_dict, for_list)


class _Dispatch:
    __slots__ = ("for_dict", "for_list")

    def __init__(self, for_dict: Builder | None, for_list: Builder | None) -> None:
        self.for_dict = for_dict
        self.for_list = for_list

    def __call__(self, value: object) -> object:
        if self.for_dict is not None and isinstance(value, dict):
            return self.for_dict(cast(object, value))
        if self.for_list is not None and isinstance(value, list):
            return self.for_list(cast(object, value))
        unchanged: object = value
        return unchanged


class _ListBuilder:
    __slots__ = ("item", "tp")

    def __init__(self, tp: Any) -> None:
        self.tp = tp
        self.item: Builder | None = None  # made on first use: a type may contain itself

    def __call__(self, value: object) -> object:
        item = self.item
        if item is None:
            item = self.item = _builder(self.tp)
        return [item(v) for v in cast("list[object]", value)]


class _ModelBuilder:
    """Builds a model instance holding only the fields received (by name or alias)."""

    __slots__ = ("cls", "fast", "fields")

    def __init__(self, cls: type[BaseModel]) -> None:
        self.cls = cls
        self.fields: dict[str, tuple[str, Builder]] | None = None
        self.fast = not cls.__pydantic_post_init__ and not cls.__private_attributes__

    def _fields(self) -> dict[str, tuple[str, Builder]]:
        fields: dict[str, tuple[str, Builder]] = {}
        for name, info in self.cls.__pydantic_fields__.items():
            fields[name] = (name, _builder(info.annotation))
            if info.alias:
                fields[info.alias] = fields[name]
        self.fields = fields
        return fields

    def __call__(self, value: object) -> object:
        fields = self.fields if self.fields is not None else self._fields()
        values: dict[str, object] = {}
        extra: dict[str, object] = {}
        for key, item in cast("dict[str, object]", value).items():
            known = fields.get(key)
            if known is None:
                extra[key] = item
            else:
                values[known[0]] = known[1](item)
        cls = self.cls
        if not self.fast:
            instance = cls.model_construct(None, **values)
            for name in cls.__pydantic_fields__.keys() - values.keys():
                cast("dict[str, object]", instance.__dict__).pop(name, None)
            return instance
        instance = cls.__new__(cls)
        _object_setattr(instance, "__dict__", values)
        _object_setattr(instance, "__pydantic_fields_set__", set(values))
        allow = cls.model_config.get("extra") == "allow"
        _object_setattr(instance, "__pydantic_extra__", extra if allow else None)
        _object_setattr(instance, "__pydantic_private__", None)
        return instance


class _DataclassBuilder:
    """Builds a dataclass instance without ``__init__``: only the fields received are set."""

    __slots__ = ("cls", "fields")

    def __init__(self, cls: type[Any]) -> None:
        self.cls = cls
        self.fields: dict[str, Builder] | None = None

    def _fields(self) -> dict[str, Builder]:
        try:
            hints = get_type_hints(self.cls)
        except Exception:
            hints = {}
        fields = {f.name: _builder(hints.get(f.name, Any)) for f in dataclasses.fields(self.cls)}
        self.fields = fields
        return fields

    def __call__(self, value: object) -> object:
        fields = self.fields if self.fields is not None else self._fields()
        instance = object.__new__(self.cls)
        for key, item in cast("dict[str, object]", value).items():
            build = fields.get(key)
            if build is not None:
                _object_setattr(instance, key, build(item))
        return instance


def _members(tp: Any) -> list[Any]:
    """``tp``, or the members of a union (``X | None``), ``Annotated`` unwrapped."""
    origin = get_origin(tp)
    if origin is Union or origin is types.UnionType:
        return [m for a in get_args(tp) for m in _members(a)]
    if hasattr(tp, "__metadata__"):  # Annotated[X, ...]
        return _members(get_args(tp)[0])
    return [tp]
