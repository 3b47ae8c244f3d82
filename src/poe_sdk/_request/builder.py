"""Request building without I/O: validate arguments, encode the JSON body, build the URL.

Invalid arguments raise :class:`RequestValidationError` here, before any network I/O.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast, get_args, get_origin
from urllib.parse import quote

from pydantic import BaseModel, ValidationError

from .._exceptions import ArgumentProblem, RequestValidationError
from .._not_given import NotGiven, Omit
from .operation import Parameter

__all__ = [
    "RequestParams",
    "build_path",
    "encode_body",
    "validate_body",
    "validate_params",
    "validation_error",
]

_MAX_SHOWN_INPUT = 60
MAX_JSON_DEPTH = 100
"""Arrays and objects nested deeper than this in an argument are refused (no JSON schema
or real payload comes close; Python's recursion limit does)."""


_LEFT_OUT = (NotGiven, Omit)
"""The types of an argument not given: ``NOT_GIVEN`` and ``Omit()``."""


def validate_body(
    model: type[BaseModel],
    body: Mapping[str, object],
    nullable: Collection[str] = (),
    typed: Collection[str] = (),
) -> BaseModel:
    """Validate the caller's arguments against the request model.

    Arguments left out (``NOT_GIVEN``, ``Omit()``) are dropped first, so spec defaults are
    never sent;
    so is ``None``, except for the ``nullable`` fields, where it is sent as JSON ``null``.
    The ``typed`` fields (``Operation.typed_arguments``), which the model types all the way
    down, are not walked again.
    """
    data = {
        key: value
        for key, value in body.items()
        if not isinstance(value, _LEFT_OUT) and (value is not None or key in nullable)
    }
    for key, value in data.items():
        if key not in typed and isinstance(value, (dict, list, float, type)):
            check_json_value(cast(object, value), key)
    try:
        validated = model.model_validate(data)
    except ValidationError as exc:
        # writeOnly fields (repr=False: a secret) are named, their values never shown
        raise validation_error(exc, data, hidden_paths(model)) from exc
    _refuse_coerced(validated, data, typed)
    return validated


def check_json_value(value: object, path: str) -> None:
    """Refuse what JSON cannot carry faithfully: NaN and infinities (which would be sent as
    ``null``), nesting deeper than ``MAX_JSON_DEPTH`` (a ``RecursionError`` later), and a
    class (a pydantic model meant for ``parse``)."""
    top = path
    stack: list[tuple[object, str, int]] = [(value, path, 0)]
    while stack:
        item, where, depth = stack.pop()
        if isinstance(item, float):
            if not math.isfinite(item):
                raise RequestValidationError(
                    f"Invalid argument {where}: {item!r} is not a JSON number",
                    param=where,
                    rule="finite number",
                )
            continue
        if isinstance(item, type):
            raise RequestValidationError(
                f"Invalid argument {where}: got the class {item.__name__}, not a JSON value; to "
                "get replies as instances of a class, pass it to parse(): "
                f"client.chat.completions.parse(response_format={item.__name__}) or "
                f"client.responses.parse(text_format={item.__name__})",
                param=where,
                rule="JSON value",
            )
        if not isinstance(item, (dict, list)):
            continue
        if depth >= MAX_JSON_DEPTH:
            shown = where if len(where) <= 80 else where[:77] + "..."
            raise RequestValidationError(
                f"Invalid argument {top}: nested more than {MAX_JSON_DEPTH} levels deep "
                f"(at {shown})",
                param=top,
                rule=f"at most {MAX_JSON_DEPTH} levels of nesting",
            )
        if isinstance(item, dict):
            entries = cast(dict[object, object], item).items()
            stack.extend((v, f"{where}.{k}", depth + 1) for k, v in entries)
        else:
            items = cast(list[object], item)
            stack.extend((v, f"{where}[{i}]", depth + 1) for i, v in enumerate(items))


def _refuse_coerced(
    validated: BaseModel, data: Mapping[str, object], typed: Collection[str] = ()
) -> None:
    """Refuse an argument of the wrong type that pydantic converted: ``"0.5"`` for a number,
    ``True`` for a number, ``"true"`` for a boolean. A wrong type is refused like a value out
    of range, never silently converted (``typed`` fields, typed all the way down: not walked)."""
    stack: list[tuple[object, object, str]] = [
        (value, _attribute(validated, key), key) for key, value in data.items() if key not in typed
    ]
    while stack:
        given, kept, where = stack.pop()
        if isinstance(given, (str, bool)) and type(kept) is not type(given):
            if isinstance(kept, (bool, int, float)):
                raise _wrong_type(where, given, kept)
            continue
        if isinstance(kept, BaseModel) and isinstance(given, Mapping):
            entries = cast(Mapping[str, object], given).items()
            stack.extend((value, _attribute(kept, key), f"{where}.{key}") for key, value in entries)
        elif isinstance(kept, list) and isinstance(given, (list, tuple)):
            pairs = zip(cast(Sequence[object], given), cast(list[object], kept), strict=False)
            stack.extend((value, item, f"{where}[{i}]") for i, (value, item) in enumerate(pairs))


def _wrong_type(where: str, given: object, kept: object) -> RequestValidationError:
    expected = "a boolean" if isinstance(kept, bool) else "a number"
    if isinstance(kept, int) and not isinstance(kept, bool):
        expected = "an integer"
    got = "a bool" if isinstance(given, bool) else "a string"
    return RequestValidationError(
        f"Invalid argument {where}: {expected} is required, not {got} (got {_shorten(given)})",
        param=where,
        rule=f"{expected.split()[-1]}, not {got.split()[-1]}",
    )


def _attribute(model: BaseModel, key: str) -> object:
    """The validated value of ``key`` (a field name or alias) in ``model``; ``None`` if none."""
    fields = type(model).model_fields
    name = key if key in fields else _field_name(type(model), key)
    if name is None:
        return None
    return getattr(model, name, None)


def _field_name(model: type[BaseModel], alias: str) -> str | None:
    for name, info in model.model_fields.items():
        if info.alias == alias:
            return name
    return None


@dataclass
class RequestParams:
    """Validated path, query and header parameters, serialised as the spec says."""

    path: dict[str, str] = field(default_factory=dict[str, str])
    query: dict[str, str | list[str]] = field(default_factory=dict[str, "str | list[str]"])
    headers: dict[str, str] = field(default_factory=dict[str, str])


def validate_params(
    model: type[BaseModel] | None,
    parameters: Sequence[Parameter],
    values: Mapping[str, object] | None,
) -> RequestParams:
    """Validate the path, query and header arguments (``None``, ``NOT_GIVEN``, ``Omit()``: not
    given, so defaults are never sent) and place each by its location."""
    result = RequestParams()
    for parameter in parameters:  # a default the server requires, replaced when given
        if parameter.default is not None:
            if parameter.location == "header":
                result.headers[parameter.name] = parameter.default
            elif parameter.location == "query":
                result.query[parameter.name] = parameter.default
    if model is None or not values:
        return result
    data = {k: v for k, v in values.items() if v is not None and not isinstance(v, _LEFT_OUT)}
    try:
        validated = model.model_validate(data)
    except ValidationError as exc:
        raise validation_error(exc, data) from exc
    _refuse_coerced(validated, data)
    dumped = validated.model_dump(mode="json", by_alias=True, exclude_unset=True)
    for parameter in parameters:
        if parameter.name not in dumped:
            continue
        value = dumped[parameter.name]
        if isinstance(value, dict):
            result.query.update(_object_query(parameter, cast(dict[str, object], value)))
            continue
        _refuse_nested(parameter.name, value)
        if parameter.location == "query":
            result.query[parameter.name] = _query_value(value, parameter.explode)
        elif parameter.location == "header":
            result.headers[parameter.name] = _scalar(_joined(value))
        else:
            result.path[parameter.name] = _scalar(_joined(value))
    return result


def _object_query(parameter: Parameter, value: dict[str, object]) -> dict[str, str | list[str]]:
    """An object-valued query parameter as its ``style`` says (refused without one)."""
    if not parameter.style or parameter.location != "query":
        _refuse_nested(parameter.name, value)
    for key, item in value.items():
        _refuse_nested(f"{parameter.name}.{key}", item)
    if parameter.style == "deepObject":
        return {f"{parameter.name}[{key}]": _scalar(item) for key, item in value.items()}
    if parameter.explode:
        return {key: _scalar(item) for key, item in value.items()}
    return {parameter.name: ",".join(f"{k},{_scalar(v)}" for k, v in value.items())}


def _refuse_nested(name: str, value: object) -> None:
    """A query, path or header value is a scalar or an array of scalars: never a repr."""
    items = cast(list[object], value) if isinstance(value, list) else [value]
    if any(isinstance(item, (dict, list)) for item in items) or isinstance(value, dict):
        raise RequestValidationError(
            f"Invalid argument {name}: an object cannot be sent in the URL or a header",
            param=name,
            rule="scalar value",
        )


def _query_value(value: object, explode: bool) -> str | list[str]:
    if isinstance(value, list):
        items = [_scalar(v) for v in cast(list[object], value)]
        return items if explode else ",".join(items)
    return _scalar(value)


def _joined(value: object) -> object:
    if isinstance(value, list):
        return ",".join(_scalar(v) for v in cast(list[object], value))
    return value


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


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
    if extra_body:
        check_json_value(dict(extra_body), "extra_body")
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


def hidden_paths(model: type[BaseModel], prefix: str = "", depth: int = 0) -> set[str]:
    """The dotted paths of a request model's ``writeOnly`` fields (``repr=False``: secrets),
    also inside its nested models (``api_bot_settings.api_key``)."""
    found: set[str] = set()
    for name, info in model.model_fields.items():
        path = f"{prefix}{info.alias or name}"
        if not info.repr:
            found.add(path)
            continue
        for nested in _models_in(info.annotation):
            if depth < _MAX_HIDDEN_DEPTH:
                found |= hidden_paths(nested, f"{path}.", depth + 1)
    return found


_MAX_HIDDEN_DEPTH = 8  # request models nest far less; a recursive model stops here


def _models_in(annotation: object) -> list[type[BaseModel]]:
    """The model classes of an annotation (``X | None``, ``list[X]``, ``Annotated[X, ...]``)."""
    if get_origin(annotation) is None:
        is_model = isinstance(annotation, type) and issubclass(annotation, BaseModel)
        return [cast(type[BaseModel], annotation)] if is_model else []
    return [model for arg in get_args(annotation) for model in _models_in(arg)]


def validation_error(
    exc: ValidationError, data: object, hidden: Collection[str] = ()
) -> RequestValidationError:
    """Turn pydantic's report into one error that names the parameter and the rule of the
    first problem, and lists every problem in its ``errors``; the value is shown unless the
    parameter is ``hidden`` (the dotted path of a ``writeOnly`` secret) or holds it.

    A value that fits no member of a union is reported once per member by pydantic; the
    members' specific complaints (a bound, a missing key) are kept over "not a string"."""
    errors = exc.errors(include_url=False)
    specific = [e for e in errors if not e["type"].endswith("_type")] or errors
    problems: dict[str, ArgumentProblem] = {}
    for error in [*specific, *errors]:
        param = _param_path(error["loc"], data)
        if param not in problems:
            rule = error["msg"]
            keys = ".".join(str(k) for k in error["loc"] if isinstance(k, str))
            secret = any(
                keys == path or keys.startswith(f"{path}.") or path.startswith(f"{keys}.")
                for path in hidden
            )  # the secret itself, or a value that holds it
            quiet = error["type"] == "missing" or secret
            shown = "" if quiet else f" (got {_shorten(error.get('input'))})"
            problems[param] = ArgumentProblem(
                param, rule, f"Invalid argument {param}: {rule}{shown}"
            )
    first, *others = problems.values()
    more = ""
    if others:
        more = f" ({len(problems)} problems in all: each is in the error's .errors)"
    return RequestValidationError(
        first.message + more, param=first.param, rule=first.rule, errors=list(problems.values())
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
