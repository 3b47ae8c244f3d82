"""Request bodies checked against the spec's JSON schemas (``_generated/request_schemas.json``,
written by ``make generate``), not against the SDK's own models: a client that sends what the
spec forbids is refused by the local server as a real one would refuse it.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any, Protocol, cast

from jsonschema import Draft202012Validator
from jsonschema.exceptions import (  # the stubs leave best_match's result untyped
    ValidationError,
    best_match,  # pyright: ignore[reportUnknownVariableType]
)

__all__ = ["SchemaProblem", "schema_problem"]


@dataclass(frozen=True)
class SchemaProblem:
    """How a body breaks its schema: the parameter (``messages[0].content``), the rule, and
    whether the parameter is missing."""

    param: str
    rule: str
    missing: bool


def schema_problem(schema: str, body: dict[str, object]) -> SchemaProblem | None:
    """The most relevant way ``body`` breaks the request schema named ``schema``, or ``None``."""
    error = cast("ValidationError | None", best_match(_validator(schema).iter_errors(body)))
    if error is None:
        return None
    path: list[str | int] = list(error.absolute_path)
    missing = error.validator == "required"
    if missing:
        path.append(_absent(error))
    return SchemaProblem(_param(path), "Field required" if missing else error.message, missing)


class _Validator(Protocol):
    """What is used of a jsonschema validator, typed (its stubs leave parts unknown)."""

    def iter_errors(self, instance: object, /) -> Iterator[ValidationError]: ...


@functools.cache
def _validator(schema: str) -> _Validator:
    text = resources.files("poe_sdk._generated").joinpath("request_schemas.json").read_text()
    document: dict[str, Any] = json.loads(text)
    root = {**document["requests"][schema], "$defs": document["$defs"]}
    return cast("_Validator", Draft202012Validator(root))


def _absent(error: ValidationError) -> str:
    """The first required property missing from the object ``error`` is about."""
    instance: object = error.instance
    present = cast("dict[str, object]", instance) if isinstance(instance, dict) else {}
    required = cast("list[str]", error.validator_value)
    return next((name for name in required if name not in present), required[0])


def _param(path: list[str | int]) -> str:
    parts: list[str] = []
    for item in path:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        else:
            parts.append(f".{item}" if parts else item)
    return "".join(parts) or "body"
