"""Tolerant reading: a response model built from a reply that deviates from the spec.

Pure functions without I/O. The generated response models describe their own shape (field
types, aliases, required fields, the markers of :mod:`._base_models`); this module walks a decoded
JSON value along that shape and builds the same model types, recording every deviation:

* a required field the server left out reads as ``None``;
* a value of the wrong type is kept as sent, or converted where the meaning is unambiguous
  (a float or numeric string where an integer belongs, a JSON value where JSON text belongs);
* ``""`` in a nullable enum reads as ``None``; enum values the spec does not list are kept;
* an unknown discriminator tag gives an :class:`UnknownVariant` holding the data;
* unknown fields stay readable as attributes.

The same walk, run on a reply that validated, lists what strict reading refuses.
"""

from __future__ import annotations

import json
import math
import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, TypeVar, Union, cast, get_args, get_origin

from pydantic import BaseModel, Discriminator, Tag
from pydantic.fields import FieldInfo

from ._base_models import EMPTY_AS_NONE, JSON_TEXT, UnknownVariant

__all__ = ["Reading", "is_usable", "read_model", "read_value"]

ModelT = TypeVar("ModelT", bound=BaseModel)

_NO_META: tuple[object, ...] = ()
_MAX_PROBLEMS = 20


@dataclass(slots=True)
class Reading:
    """The deviations found while reading one reply, each as ``"<where>: <what>"``."""

    problems: list[str] = field(default_factory=list[str])

    def note(self, where: str, what: str) -> None:
        """Record one deviation (the first few are kept)."""
        if len(self.problems) < _MAX_PROBLEMS:
            self.problems.append(f"{where or '(reply)'}: {what}")


def read_model(model: type[ModelT], data: Mapping[str, Any], reading: Reading) -> ModelT:
    """``model`` built from ``data`` along the model's declared shape, never raising."""
    return _read_model(model, data, reading, "")


def read_value(tp: Any, value: object, reading: Reading) -> Any:
    """``value`` read along the type ``tp`` (a union of models selects its member by the
    union's discriminator, an unknown tag gives an :class:`UnknownVariant`), never raising."""
    return _read(tp, _NO_META, value, reading, "")


def is_usable(model: type[BaseModel], data: Mapping[str, Any]) -> bool:
    """Whether ``data`` carries one of the model's essential fields (any declared field when
    the model names none)."""
    fields = {_key(name, info): info for name, info in model.model_fields.items()}
    essential: tuple[str, ...] = getattr(model, "essential", ()) or tuple(fields)
    return any(_has_shape(fields[key], data.get(key)) for key in essential if key in fields)


def _has_shape(info: FieldInfo, value: object) -> bool:
    """Whether ``value`` is of the JSON kind the field holds (an array for a list, an object
    for a model), so that reading it gives something usable."""
    if value is None:
        return False
    tp, _ = _strip(info.annotation, _NO_META)
    kinds = [_strip(m, _NO_META)[0] for m in get_args(tp)] if _is_union(tp) else [tp]
    for kind in kinds:
        if get_origin(kind) is list and isinstance(value, list):
            return True
        if isinstance(kind, type) and issubclass(kind, BaseModel) and isinstance(value, dict):
            return True
        if get_origin(kind) is not list and not (
            isinstance(kind, type) and issubclass(kind, BaseModel)
        ):
            return True
    return False


def _key(name: str, info: FieldInfo) -> str:
    return info.alias or name


def _read_model(
    model: type[ModelT], data: Mapping[str, Any], reading: Reading, where: str
) -> ModelT:
    if not model.__pydantic_complete__:
        model.model_rebuild()
    values: dict[str, Any] = {}
    fields_set: set[str] = set()
    known: set[str] = set()
    for name, info in model.model_fields.items():
        key = _key(name, info)
        known.add(key)
        path = f"{where}.{key}" if where else key
        if key in data:
            values[name] = _read(info.annotation, tuple(info.metadata), data[key], reading, path)
            fields_set.add(name)
        elif info.is_required():
            reading.note(path, "required, missing")
            values[name] = None
        else:
            values[name] = info.get_default(call_default_factory=True, validated_data={})
    instance = model.model_construct(_fields_set=fields_set, **values)
    extra = {key: value for key, value in data.items() if key not in known}
    if model.model_config.get("extra") == "allow":
        instance.__pydantic_extra__ = extra
    return instance


def _strip(tp: Any, meta: tuple[object, ...]) -> tuple[Any, tuple[object, ...]]:
    """``tp`` without ``Annotated`` layers, and all their metadata."""
    while get_origin(tp) is Annotated:
        base, *more = get_args(tp)
        tp, meta = base, (*meta, *more)
    return tp, meta


def _is_union(tp: Any) -> bool:
    return get_origin(tp) in (Union, types.UnionType)


def _read(tp: Any, meta: tuple[object, ...], value: Any, reading: Reading, where: str) -> Any:
    tp, meta = _strip(tp, meta)
    if _is_union(tp):
        return _read_union(get_args(tp), meta, value, reading, where)
    return _read_one(tp, meta, value, reading, where)


def _read_one(tp: Any, meta: tuple[object, ...], value: Any, reading: Reading, where: str) -> Any:
    if tp is Any or tp is object:
        return value
    if value is None:
        if tp is not type(None):
            reading.note(where, "null where the spec has no null")
        return None
    if EMPTY_AS_NONE in meta and value == "":
        reading.note(where, "empty string read as null")
        return None
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        if isinstance(value, dict):
            return _read_model(tp, cast(dict[str, Any], value), reading, where)
        reading.note(where, f"expected an object, got {_kind(value)}; kept as sent")
        return value
    origin = get_origin(tp)
    if origin is list:
        if isinstance(value, list):
            (item,) = get_args(tp) or (Any,)
            items = cast(list[object], value)
            return [_read(item, _NO_META, v, reading, f"{where}[{i}]") for i, v in enumerate(items)]
        reading.note(where, f"expected an array, got {_kind(value)}; kept as sent")
        return value
    if origin is dict:
        if isinstance(value, dict):
            _, item = get_args(tp) or (str, Any)
            entries = cast(dict[str, Any], value)
            return {
                k: _read(item, _NO_META, v, reading, f"{where}.{k}") for k, v in entries.items()
            }
        reading.note(where, f"expected an object, got {_kind(value)}; kept as sent")
        return value
    if origin is Literal:
        if value not in get_args(tp):
            reading.note(where, f"{value!r} is not one of {list(get_args(tp))}")
        return value
    return _read_scalar(tp, meta, value, reading, where)


def _read_scalar(
    tp: Any, meta: tuple[object, ...], value: Any, reading: Reading, where: str
) -> Any:
    if tp is str:
        if isinstance(value, str):
            return value
        if JSON_TEXT in meta and isinstance(value, dict | list):
            reading.note(where, "a JSON value where JSON text belongs; read as its text")
            return json.dumps(value, ensure_ascii=False)
    elif tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and math.isfinite(value):
            if not value.is_integer():
                reading.note(where, f"the number {value!r} read as an integer")
            return int(value)
        if isinstance(value, str) and value.strip().lstrip("+-").isdigit():
            reading.note(where, f"the string {value!r} read as an integer")
            return int(value)
    elif tp is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    elif tp is bool:
        if isinstance(value, bool):
            return value
    elif tp is type(None):
        pass
    else:
        return value  # a type this walk does not know: as sent
    reading.note(where, f"expected {getattr(tp, '__name__', tp)}, got {_kind(value)}; kept as sent")
    return value


def _read_union(
    members: tuple[Any, ...], meta: tuple[object, ...], value: object, reading: Reading, where: str
) -> object:
    if value is None:
        if type(None) not in members:
            reading.note(where, "null where the spec has no null")
        return None
    options = [_strip(m, _NO_META) for m in members if m is not type(None)]
    empty_as_none = EMPTY_AS_NONE in meta or any(EMPTY_AS_NONE in m for _, m in options)
    if empty_as_none and value == "" and type(None) in members:
        reading.note(where, "empty string read as null")
        return None
    data = _as_object(value)
    if data is not None:
        chosen = _choose_model(options, meta, data, reading, where)
        if chosen is not None:
            return _read_model(chosen, data, reading, where)
    literal_values = [v for tp, _ in options if get_origin(tp) is Literal for v in get_args(tp)]
    for tp, sub_meta in options:  # an exact match of a scalar, literal or container member
        if _matches(tp, value, literal_values):
            return _read_one(tp, (*meta, *sub_meta), value, reading, where)
    if literal_values and isinstance(value, str):
        reading.note(where, f"{value!r} is not one of {literal_values}")
        return value
    for tp, sub_meta in options:  # the first member that can read it with a conversion
        probe = Reading()
        converted = _read_one(tp, (*meta, *sub_meta), value, probe, where)
        if not probe.problems or converted is not value:
            for problem in probe.problems:
                reading.problems.append(problem)
            return converted
    reading.note(where, f"{_kind(value)} matches no type the spec allows; kept as sent")
    return value


def _matches(tp: Any, value: Any, literal_values: list[Any]) -> bool:
    origin = get_origin(tp)
    if origin is Literal:
        return value in get_args(tp)
    if tp is str:
        return isinstance(value, str) and (not literal_values or value in literal_values)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if tp is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if tp is bool:
        return isinstance(value, bool)
    if origin is list:
        return isinstance(value, list)
    if origin is dict:
        return isinstance(value, dict)
    return tp is Any or tp is object


def _choose_model(
    options: list[tuple[Any, tuple[object, ...]]],
    meta: tuple[object, ...],
    value: dict[str, Any],
    reading: Reading,
    where: str,
) -> type[BaseModel] | None:
    """The model member of a union that reads ``value``: by tag when the union has a
    discriminator, else the only (or first) model member."""
    models = [
        (tp, sub_meta)
        for tp, sub_meta in options
        if isinstance(tp, type) and issubclass(tp, BaseModel)
    ]
    if not models:
        return None
    for item in meta:
        if isinstance(item, Discriminator) and callable(item.discriminator):
            tag = item.discriminator(value)
            for tp, sub_meta in models:
                if any(isinstance(m, Tag) and m.tag == tag for m in sub_meta):
                    if issubclass(tp, UnknownVariant):
                        reading.note(where, "a variant this SDK does not know; kept as is")
                    return tp
        prop = getattr(item, "discriminator", None)
        if isinstance(prop, str):
            tag = value.get(prop)
            for tp, _ in models:
                info = tp.model_fields.get(prop)
                if info is not None and tag in get_args(_strip(info.annotation, _NO_META)[0]):
                    return tp
            reading.note(where, f"unknown {prop} {tag!r}; read as {models[0][0].__name__}")
            return models[0][0]
    return models[0][0]


def _as_object(value: object) -> dict[str, Any] | None:
    return cast(dict[str, Any], value) if isinstance(value, dict) else None


def _kind(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    for kind, name in names.items():
        if isinstance(value, kind):
            return name
    if isinstance(value, int | float):
        return "a number"
    return type(value).__name__
