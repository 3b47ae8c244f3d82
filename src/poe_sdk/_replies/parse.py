"""2xx replies into models, without I/O: validated fast, else read tolerantly.

A reply (or a stream event) that validates is returned as is, after the checks a validated
reply still needs (an undeclared error object, ``strict_replies``). One that does not is read
tolerantly: the generated response models describe their own shape (field types, aliases,
required fields, the markers of :mod:`._base_models`), and the tolerant reading walks the
decoded JSON value along that shape and builds the same model types, recording every
deviation:

* a required field the server left out reads as ``None``;
* a value of the wrong type is kept as sent, or converted where the meaning is unambiguous
  (a float or numeric string where an integer belongs, a JSON value where JSON text belongs);
* ``""`` in a nullable enum reads as ``None``; enum values the spec does not list are kept;
* an unknown discriminator tag gives an :class:`UnknownVariant` holding the data;
* unknown fields stay readable as attributes.

The same walk, run on a reply that validated, lists what strict reading refuses; with
``strict`` every deviation is an :class:`APIResponseValidationError`. An error object in a
2xx reply raises the :class:`APIError` it describes (:mod:`._replies.errors`).
"""

from __future__ import annotations

import json
import math
import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    Literal,
    TypeVar,
    Union,
    cast,
    get_args,
    get_origin,
)

import httpx
from pydantic import BaseModel, Discriminator, Tag, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo

from .._base_models import EMPTY_AS_NONE, JSON_TEXT, ResponseModel, UnknownVariant, set_request_id
from .._exceptions import APIResponseValidationError
from .errors import decode_error_body, is_error_object, quote_start, stream_error

if TYPE_CHECKING:
    from .._request.operation import Operation

__all__ = [
    "Reading",
    "check_event",
    "checked_reply",
    "is_usable",
    "parse_model",
    "parse_reply",
    "parse_union",
    "read_event_reply",
    "read_model",
    "read_reply",
    "read_value",
]

ModelT = TypeVar("ModelT", bound=BaseModel)


def parse_reply(operation: Operation, response: httpx.Response, strict: bool) -> Any:
    """The read 2xx JSON reply of ``operation`` as its response model (or union)."""
    model = operation.response_model
    if isinstance(model, type):
        return parse_model(model, response.content, response, strict=strict)
    assert model is not None
    name = operation.response_name
    return parse_union(model, response.content, response, strict=strict, name=name)


def parse_model(
    model: type[ModelT], content: bytes, response: httpx.Response, *, strict: bool = False
) -> ModelT:
    """A 2xx body as ``model``, given the reply's ``x-request-id``: validated straight from its
    bytes when it conforms, else read tolerantly; an error object raises its typed
    :class:`APIError`, and a body with nothing usable (or, when ``strict``, any deviation)
    raises :class:`APIResponseValidationError`."""
    try:
        parsed = model.model_validate_json(content)
    except ValidationError as exc:
        parsed = read_reply(model, content, response, exc, strict=strict)
    else:
        if parsed.__pydantic_extra__ or strict:
            parsed = checked_reply(parsed, content, response, strict=strict)
    if isinstance(parsed, ResponseModel):
        set_request_id(parsed, response.headers.get("x-request-id"))
    return parsed


def parse_union(
    adapter: TypeAdapter[Any], content: bytes, response: httpx.Response, *, strict: bool, name: str
) -> Any:
    """A 2xx body of a union of models (``name``), given the reply's ``x-request-id``:
    validated by ``adapter``, else read tolerantly along the union (its discriminator selects
    the member)."""
    try:
        result = adapter.validate_json(content)
    except ValidationError as exc:
        union: Any = getattr(adapter, "_type", None)
        text = content.decode("utf-8", "replace")
        what = f"{_reply_name(response)} is not a valid {name}"
        result = read_event_reply(
            union, text, response, exc, strict=strict, what=what, quote=quote_start(content)
        )
    if isinstance(result, ResponseModel):
        set_request_id(result, response.headers.get("x-request-id"))
    return result


def checked_reply(
    parsed: ModelT,
    content: bytes | str,
    response: httpx.Response,
    *,
    strict: bool,
    what: str | None = None,
    quote: str | None = None,
) -> ModelT:
    """``parsed`` after the checks a validated reply still needs: an ``error`` object the
    model does not declare raises, and ``strict`` refuses what only lenient models accept."""
    extra = parsed.__pydantic_extra__
    if is_error_object(extra):
        raise stream_error({"error": extra["error"]}, response, where=_error_where(what, response))
    if strict:
        reading = Reading()
        try:
            data = cast(dict[str, Any], json.loads(content))
        except (ValueError, RecursionError):  # what pydantic's parser takes and json's does not
            reading.note("", "JSON that only a lenient parser reads")
        else:
            read_model(type(parsed), data, reading)
        if reading.problems:
            name = f"{what} is not a valid {type(parsed).__name__}" if what else None
            raise _deviation_error(type(parsed), reading.problems, content, response, name, quote)
    return parsed


def read_reply(
    model: type[ModelT],
    content: bytes | str,
    response: httpx.Response,
    cause: ValidationError,
    *,
    strict: bool,
    what: str | None = None,
    quote: str | None = None,
) -> ModelT:
    """A reply (or stream event: ``what``, quoted as ``quote``) that failed validation
    (``cause``), read tolerantly when it is usable."""
    where = _error_where(what, response)
    what = f"{what or _reply_name(response)} is not a valid {model.__name__}"
    quote = quote or quote_start(content)
    try:
        data: object = json.loads(content)
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        raise APIResponseValidationError(
            f"{what}: it is not JSON: {quote}", response, body=_text(content)
        ) from exc
    if not isinstance(data, dict):
        raise APIResponseValidationError(
            f"{what}: it is JSON but not an object: {quote}", response, body=data
        ) from cause
    body = cast(dict[str, Any], data)
    if is_error_object(body) and "error" not in _declared_keys(model):
        raise stream_error(body, response, where=where) from cause
    if strict:
        problems = [_first_problem(cause)]
        raise _deviation_error(model, problems, content, response, what, quote) from cause
    if not is_usable(model, body):
        wanted = " or ".join(repr(k) for k in getattr(model, "essential", ())) or "known field"
        raise APIResponseValidationError(
            f"{what}: it has no usable {wanted}: {quote}", response, body=body
        ) from cause
    return read_model(model, body, Reading())


def read_event_reply(
    tp: Any,
    content: str,
    response: httpx.Response,
    cause: ValidationError,
    *,
    strict: bool,
    what: str,
    quote: str,
) -> Any:
    """A stream event of the union type ``tp`` that failed validation (``cause``), read
    tolerantly along the union: its discriminator selects the member (an unknown tag keeps
    the data as an :class:`UnknownVariant`). An error object raises its :class:`APIError`; a
    value that is not a JSON object, or any deviation when ``strict``, is an error."""
    try:
        data: object = json.loads(content)
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        raise APIResponseValidationError(
            f"{what}: it is not JSON: {quote}", response, body=content
        ) from exc
    if not isinstance(data, dict):
        raise APIResponseValidationError(
            f"{what}: it is JSON but not an object: {quote}", response, body=data
        ) from cause
    body = cast(dict[str, Any], data)
    if is_error_object(body):
        raise stream_error(body, response) from cause
    if strict:
        raise _deviation_error(
            BaseModel, [_first_problem(cause)], content, response, what, quote
        ) from cause
    return read_value(tp, body, Reading())


def check_event(tp: Any, content: str, response: httpx.Response, *, what: str, quote: str) -> None:
    """``strict_replies`` for a stream event of the union type ``tp`` that validated: a tag the
    spec does not list (read as an :class:`UnknownVariant`), or an enum value it does not list,
    is a deviation."""
    reading = Reading()
    try:
        read_value(tp, json.loads(content), reading)
    except (ValueError, RecursionError):  # what pydantic's parser takes and json's does not
        reading.note("", "JSON that only a lenient parser reads")
    if reading.problems:
        raise _deviation_error(BaseModel, reading.problems, content, response, what, quote)


def _error_where(what: str | None, response: httpx.Response) -> str:
    return "Error in stream" if what else f"Error in a {response.status_code} reply"


def _reply_name(response: httpx.Response) -> str:
    return f"The server's {response.status_code} reply"


def _text(content: bytes | str) -> str:
    return content.decode("utf-8", "replace") if isinstance(content, bytes) else content


def _declared_keys(model: type[BaseModel]) -> set[str]:
    return {info.alias or name for name, info in model.model_fields.items()}


def _deviation_error(
    model: type[BaseModel],
    problems: list[str],
    content: bytes | str,
    response: httpx.Response,
    what: str | None,
    quote: str | None,
) -> APIResponseValidationError:
    what = what or f"{_reply_name(response)} is not a valid {model.__name__}"
    return APIResponseValidationError(
        f"{what} (strict_replies): {'; '.join(problems[:5])}: {quote or quote_start(content)}",
        response,
        body=decode_error_body(content.encode() if isinstance(content, str) else content),
    )


def _first_problem(exc: ValidationError) -> str:
    error = exc.errors(include_url=False)[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"{where}: {error['msg']}" if where else error["msg"]


# The tolerant reading.

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
