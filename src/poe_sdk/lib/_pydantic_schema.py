"""Python types as strict JSON schemas (the form OpenAI's ``strict: true`` accepts), and the
validator that reads a reply back into the type: both built once per type.

Strict means: every object has ``additionalProperties: false`` and lists every property as
required (a field that may be left out is sent as required; one that may be ``None`` is
nullable), ``$ref`` points into ``$defs`` with no sibling keys, and no ``default``. A type
that cannot be written so (a ``dict`` with free keys, ``Any``, a tuple, a callable) is refused
with a :class:`~poe_sdk.RequestValidationError` naming the field, before anything is sent.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, TypeVar, cast, get_type_hints

import pydantic
from pydantic import BaseModel, TypeAdapter
from typing_extensions import is_typeddict

from .._exceptions import RequestValidationError

__all__ = ["CACHED_TYPES", "OutputType", "output_type", "to_strict_json_schema"]

T = TypeVar("T")

CACHED_TYPES = 512
"""Types whose schema and validator are kept (least recently used first out): bounded, so
that types made on the fly (``create_model`` per call) never grow memory without end."""

_NAME = re.compile(r"[^a-zA-Z0-9_-]")
_DROPPED = ("default", "title", "discriminator")  # strict mode takes none of these


@dataclass(frozen=True, slots=True, eq=False)
class OutputType(Generic[T]):
    """A type usable as structured output: its name, strict schema and validator."""

    type: type[T]
    name: str
    schema: dict[str, Any]
    adapter: TypeAdapter[T]

    def validate_json(self, text: str | bytes) -> T:
        """The reply's JSON text as the type (raises ``pydantic.ValidationError``)."""
        return self.adapter.validate_json(text)


def output_type(tp: type[T], param: str = "response_format") -> OutputType[T]:
    """The cached :class:`OutputType` of ``tp`` (a pydantic model, dataclass or TypedDict);
    ``param`` names the argument in the error raised for a type that cannot be one."""
    try:
        return cast("OutputType[T]", _output_type(cast("Hashable", tp)))
    except _InexpressibleError as exc:
        raise RequestValidationError(
            f"Invalid argument {param}: {exc}", param=param, rule="strict JSON schema"
        ) from None
    except TypeError:  # unhashable: not a class
        raise RequestValidationError(
            f"Invalid argument {param}: a pydantic model, dataclass or TypedDict class is "
            f"required (got {tp!r})",
            param=param,
            rule="strict JSON schema",
        ) from None


def to_strict_json_schema(tp: type[Any]) -> dict[str, Any]:
    """The strict JSON schema of ``tp`` (a pydantic model, dataclass or TypedDict); a copy."""
    return copy.deepcopy(output_type(tp, "type").schema)


class _InexpressibleError(Exception):
    """A type a strict JSON schema cannot express; the message names the field."""


@lru_cache(maxsize=CACHED_TYPES)
def _output_type(tp: Any) -> OutputType[Any]:
    if not _is_structured(tp):
        raise _InexpressibleError(
            f"a pydantic model, dataclass or TypedDict class is required (got {tp!r})"
        )
    name = getattr(tp, "__name__", "output")
    try:
        adapter: TypeAdapter[Any] = TypeAdapter(tp)
        schema = adapter.json_schema()
    except pydantic.PydanticUserError as exc:
        field = _failing_field(tp)
        where = f"field {field!r} of {name}" if field else name
        raise _InexpressibleError(f"{where} has a type with no JSON schema ({exc})") from None
    strict = _Strictifier(schema, name).root()
    return OutputType(tp, _NAME.sub("_", name)[:64] or "output", strict, adapter)


def _is_structured(tp: object) -> bool:
    if not isinstance(tp, type):
        return False
    cls = cast("type[object]", tp)
    return issubclass(cls, BaseModel) or dataclasses.is_dataclass(cls) or is_typeddict(cls)


def _failing_field(tp: type[Any]) -> str | None:
    """The first field of ``tp`` whose own type has no JSON schema."""
    if issubclass(tp, BaseModel):
        annotations: dict[str, Any] = {n: f.annotation for n, f in tp.model_fields.items()}
    else:
        try:
            annotations = get_type_hints(tp)
        except Exception:
            return None
    for field_name, annotation in annotations.items():
        try:
            TypeAdapter(annotation).json_schema()
        except Exception:
            return field_name
    return None


class _Strictifier:
    """Rewrites a pydantic JSON schema into its strict form, naming fields in errors."""

    def __init__(self, schema: dict[str, Any], name: str) -> None:
        self._defs: dict[str, Any] = schema.get("$defs", {})
        self._schema = schema
        self._name = name

    def root(self) -> dict[str, Any]:
        top = {k: v for k, v in self._schema.items() if k != "$defs"}
        if set(top) == {"$ref"}:  # a recursive type: its definition, which refers to itself
            top = dict(self._resolve(top["$ref"]))
        result = self._convert(top, self._name)
        if result.get("type") != "object":
            raise _InexpressibleError(f"{self._name} is not an object type")
        if self._defs:
            result["$defs"] = {key: self._convert(value, key) for key, value in self._defs.items()}
        return result

    def _convert(self, schema: Mapping[str, Any], where: str) -> dict[str, Any]:
        out = {k: v for k, v in schema.items() if k not in _DROPPED}
        if "$ref" in out and len(out) > 1:  # siblings of $ref: inline the definition
            target = self._resolve(out.pop("$ref"))
            out = {**{k: v for k, v in target.items() if k not in _DROPPED}, **out}
        if "allOf" in out and len(out["allOf"]) == 1:
            out = {**out.pop("allOf")[0], **out}
            return self._convert(out, where)
        if out == {} or ("type" not in out and not _has_combinator(out) and "$ref" not in out):
            if "const" in out or "enum" in out:
                return out
            raise _InexpressibleError(
                f"{where} may hold any value (Any), which a strict schema "
                "cannot express; give it a concrete type"
            )
        if "prefixItems" in out:
            raise _InexpressibleError(f"{where} is a tuple; use a list or a model")
        kind = out.get("type")
        if kind == "object" or "properties" in out:
            extra = out.get("additionalProperties")
            if extra not in (None, False) or "patternProperties" in out:
                raise _InexpressibleError(
                    f"{where} is a mapping with free keys (dict), which a strict schema cannot "
                    "express; use a model with named fields or a list of key/value models"
                )
            properties: dict[str, Any] = out.get("properties", {})
            out["properties"] = {
                key: self._convert(value, f"field {key!r} of {where}")
                for key, value in properties.items()
            }
            out["required"] = list(properties)
            out["additionalProperties"] = False
        if kind == "array" and "items" in out:
            out["items"] = self._convert(out["items"], f"{where} (items)")
        for combinator in ("anyOf", "oneOf"):
            if combinator in out:
                out["anyOf"] = [self._convert(s, where) for s in out.pop(combinator)]
        if "allOf" in out:
            out["allOf"] = [self._convert(s, where) for s in out["allOf"]]
        return out

    def _resolve(self, ref: str) -> dict[str, Any]:
        prefix = "#/$defs/"
        if not ref.startswith(prefix) or ref[len(prefix) :] not in self._defs:
            raise _InexpressibleError(f"{self._name}: unresolvable reference {ref}")
        return cast("dict[str, Any]", self._defs[ref[len(prefix) :]])


def _has_combinator(schema: Mapping[str, Any]) -> bool:
    return any(key in schema for key in ("anyOf", "oneOf", "allOf"))


def cache_size() -> int:
    """How many types have a cached schema and validator (for tests)."""
    return _output_type.cache_info().currsize
