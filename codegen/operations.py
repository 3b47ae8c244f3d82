"""The document's operations: what each sends and returns, its arguments and its place on the
client (resource path and method name)."""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass, field
from typing import cast

from openapi_python_client import strings

from codegen.errors import GenerationError, Report, pointer, warn
from codegen.pysource import attr_name, docstring, py_literal, union, wrap
from codegen.resource_helpers import Helpers, helpers_of
from codegen.schemas import Schemas, members, types_of
from codegen.spec import Schema, Spec

# The per-call options every method takes (``poe_sdk.CallOptions``; ``fallback_models``
# only when the body has a ``model``), and the names the ``<Stem>Args`` TypedDicts use in their
# annotations: no argument may take these names.
OPTIONS = (
    "extra_headers",
    "extra_query",
    "extra_body",
    "timeout",
    "max_retries",
    "stream_idle_timeout",
    "fallback_models",
)
ANNOTATION_NAMES = ("bool", "bytes", "dict", "float", "httpx", "int", "list", "object", "str")
ARG_RESERVED = frozenset({"self", "cast", "kwargs", *OPTIONS, *ANNOTATION_NAMES})
DERIVED_METHODS = {"post": "create", "delete": "delete", "put": "update", "patch": "update"}
PARAM_LOCATIONS = ("path", "query", "header")
# The serialisations of parameters the core implements; anything else fails the run.
STYLES = {"path": {"simple"}, "query": {"form", "deepObject"}, "header": {"simple"}}
SCALARS = frozenset({"string", "integer", "number", "boolean"})
PAGINATION_KEYS = {"items", "has-more", "cursor", "cursor-field"}
STREAM_END_KEYS = {"done", "final-events"}


OMITTED = "NotGiven | Omit"
"""What an optional key of an ``...Args`` TypedDict also takes: the value is not sent."""


@dataclass
class Arg:
    """An argument of a method: a path, query or header parameter or a body field."""

    name: str
    key: str
    where: str  # "path", "query", "header" or "body"
    annotation: str
    required: bool
    doc: str
    model_annotation: str = ""  # parameters: the validated type (constraints included)
    explode: bool = True
    nullable: bool = False  # body: ``None`` is sent as JSON null (elsewhere: not sent)
    deprecated: bool = False
    style: str = ""  # an object-valued query parameter: "form" or "deepObject"
    sent_default: str | None = None  # a required parameter's default: sent when not given

    def param(self, annotation: str | None = None, default: str | None = "None") -> str:
        """The parameter as a signature declares it; optional ones default to ``default``."""
        text = f"{self.name}: {annotation or self.annotation}"
        return text if self.required or default is None else f"{text} = {default}"

    def docstring(self) -> str:
        """The docstring of the argument's key in the method's TypedDict."""
        return docstring(wrap(self.doc, 4), 4)

    def model_line(self) -> str:
        """The parameter's field in the operation's parameter model."""
        annotation = self.model_annotation
        args = [] if self.required else ["default=None"]
        annotation = annotation if self.required else union([annotation, "None"])
        if self.name != self.key:
            args.append(f"alias={py_literal(self.key)}")
        if not args:
            return f"{self.name}: {annotation}"
        if args == ["default=None"]:
            return f"{self.name}: {annotation} = None"
        return f"{self.name}: {annotation} = Field({', '.join(args)})"


@dataclass
class Page:
    """``x-sdk-pagination``: reply fields, cursor parameter and the item class."""

    items: str
    has_more: str | None
    cursor: str | None
    cursor_field: str | None
    item_class: str


@dataclass
class OperationView:
    """One operation as the templates see it: the fields of its generated ``Operation``
    constant and its resource method."""

    const: str
    operation_id: str
    http_method: str
    path: str
    resource: tuple[str, ...]
    method: str
    explicit_method: bool
    summary: str
    description: str
    body_class: str | None
    response_class: str | None
    stream_class: str | None
    stream_flag: str | None
    args: list[Arg]
    position: int
    stem: str = ""
    server: str | None = None
    default_server: str = ""
    base_path: str = ""
    stream_is_union: bool = False
    stream_done: str | None = "[DONE]"
    final_events: list[str] = field(default_factory=list[str])
    accumulator: tuple[str, str] | None = None  # (module, class) of x-sdk-stream-accumulator
    page: Page | None = None
    deprecated: bool = False
    binary: bool = False  # the reply is returned unread as a binary response
    multipart: bool = False  # the body is sent as multipart/form-data
    needs_key: bool = True  # the operation's security (else the document's) asks for credentials
    stream_value: str | int | bool | None = None  # the flag's value that selects the stream
    response_is_union: bool = False  # the JSON reply is a union of classes (a TypeAdapter)
    flag_values: list[str | int | bool] = field(default_factory=list[str | int | bool])
    write_only: list[str] = field(default_factory=list[str])  # writeOnly body fields
    typed_arguments: list[str] = field(default_factory=list[str])  # x-sdk-typed-argument
    helpers: Helpers | None = None  # x-sdk-helpers: see codegen/resource_helpers.py

    @property
    def params(self) -> list[Arg]:
        """The path, query and header parameters."""
        return [a for a in self.args if a.where != "body"]

    @property
    def request_path(self) -> str:
        """The path requests go to: ``path`` without a query it may hold."""
        return self.path.partition("?")[0]

    def sent_default(self, arg: Arg) -> str:
        """The Python literal a parameter sends when its argument is not given (``""``: none):
        the spec's default the server requires, or the path's fixed query value."""
        fixed = dict(self.fixed_query)
        if arg.where == "query" and arg.key in fixed:
            return py_literal(fixed[arg.key])
        return arg.sent_default or ""

    @property
    def fixed_query(self) -> list[tuple[str, str]]:
        """Query parameters always sent, from a query in the spec's path key
        (``/responses?beta=true``); a declared query parameter of the same name sends it
        when its argument is not given (``sent_default``)."""
        return urllib.parse.parse_qsl(self.path.partition("?")[2], keep_blank_values=True)

    @property
    def params_class(self) -> str:
        """The private model class that validates the parameters."""
        return f"_{self.stem}Params"

    @property
    def args_class(self) -> str:
        """The TypedDict of the method's keyword arguments."""
        return f"{self.stem}Args"

    @property
    def flag_arg(self) -> Arg | None:
        """The body field that selects the event stream."""
        flags = [a for a in self.args if a.where == "body" and a.key == self.stream_flag]
        return flags[0] if flags else None

    @property
    def typed_args(self) -> list[Arg]:
        """The keys of ``args_class``: every argument but path parameters and the stream flag."""
        return [a for a in self.keyword if a is not self.flag_arg]

    @property
    def helper_args_class(self) -> str | None:
        """The TypedDict of the helpers' keyword arguments (``x-sdk-helpers`` ``replaced``)."""
        return f"{self.stem}HelperArgs" if self.helpers and self.helpers.replaced else None

    @property
    def shared_args_class(self) -> str:
        """The TypedDict of the keys ``args_class`` and ``helper_args_class`` share (open:
        both subclasses close it with ``extra_items``)."""
        return f"_{self.stem}SharedArgs"

    @property
    def helper_args(self) -> list[Arg]:
        """The keys of ``helper_args_class``."""
        replaced = self.helpers.replaced if self.helpers else []
        return [a for a in self.typed_args if a.key not in replaced]

    @property
    def takes_fallbacks(self) -> bool:
        """Whether the body has a ``model`` (so ``fallback_models`` applies)."""
        return not self.multipart and any(a.key == "model" and a.where == "body" for a in self.args)

    def arguments(self) -> str:
        """``{python_name: (location, spec_name), ...}`` of the method's arguments."""
        items = [
            f"{py_literal(a.name)}: ({py_literal('body' if a.where == 'body' else 'params')}, "
            f"{py_literal(a.key)})"
            for a in self.args
        ]
        return f"{{{', '.join(items)}}}"

    def const_doc(self) -> str:
        """The docstring of the ``Operation`` constant."""
        return docstring(wrap(f"``{self.http_method} {self.path}`` ({self.operation_id}).", 0), 0)

    def args_doc(self) -> str:
        """The docstring of ``args_class``."""
        dotted = ".".join([*self.resource, self.method])
        besides = " (besides the stream flag)" if self.flag_arg else ""
        options = "ModelCallOptions" if self.takes_fallbacks else "CallOptions"
        lines = wrap(f"The keyword arguments of ``{dotted}``{besides}.", 4)
        lines += ["", *wrap(f"With the per-call options of ``poe_sdk.{options}``.", 4)]
        return docstring(lines, 4)

    def typed_line(self, a: Arg) -> str:
        """``name: annotation`` of a key of ``args_class``; an optional one also takes
        ``NOT_GIVEN`` and ``Omit()`` (not sent), as the openai SDK's arguments do."""
        if a.required:
            return f"{a.name}: Required[{a.annotation}]"
        annotation = a.annotation
        none = annotation.endswith(" | None")  # None stays last (ruff RUF036)
        annotation = f"{annotation.removesuffix(' | None')} | {OMITTED}{' | None' if none else ''}"
        return f"{a.name}: {annotation}"

    @property
    def positional(self) -> list[Arg]:
        """Path parameters: positional (``retrieve("x")``), as in the openai SDK."""
        return [a for a in self.args if a.where == "path"]

    @property
    def keyword(self) -> list[Arg]:
        """The keyword-only arguments."""
        return [a for a in self.args if a.where != "path"]

    @property
    def deprecations(self) -> bool:
        """Whether a call must check for deprecated usage."""
        return self.deprecated or any(a.deprecated for a in self.args)

    def mapping(self, where: str) -> str:
        """``{"spec_name": python_name, ...}`` for the body (``"body"``) or the parameters
        (``"params"``), or ``None``."""
        chosen = [a for a in self.args if (a.where == "body") == (where == "body")]
        items = [f"{py_literal(a.key)}: {a.name}" for a in chosen]
        has_body = where == "body" and self.body_class is not None
        return f"{{{', '.join(items)}}}" if items or has_body else "None"


def collect_operations(spec: Spec, schemas: Schemas, report: Report) -> list[OperationView]:
    """The document's operations, in document order; each one's error goes to ``report``.
    Method names are settled first (so that clashing ones get distinct classes), then inline
    request and response bodies are registered with ``schemas``."""
    places: list[Place] = []
    for (method, _), (position, path, item, op) in spec.raw_operations().items():
        with report.attempt():
            places.append(place(spec, position, method, path, item, op))
    name_methods(places, report)
    operations = []
    for found in places:
        with report.attempt():
            operations.append(operation(spec, schemas, found))
    return operations


@dataclass
class Place:
    """Where an operation goes: its resource path and method name (and its raw data)."""

    position: int
    http_method: str
    path: str
    item: Schema
    op: Schema
    where: str
    operation_id: str
    server: str | None
    relative: str
    resource: tuple[str, ...]
    method: str
    explicit_method: bool


def place(
    spec: Spec, position: int, http_method: str, path: str, item: Schema, op: Schema
) -> Place:
    """The resource path and method name of ``op`` at ``path``."""
    operation_id = str(op.get("operationId") or f"{http_method}_{path}")
    where = f"/paths/{pointer(path)}/{http_method} ({http_method.upper()} {path})"
    server = operation_server(spec, where, item, op)
    path, _, query = path.partition("?")  # a fixed query: see OperationView.fixed_query
    inside = not spec.base_path or (path + "/").startswith(spec.base_path + "/")
    if server is None and not inside:
        server = spec.default_server
    relative = path if server is not None else path[len(spec.base_path) :] or "/"
    resource = resource_path(where, op, relative)
    method = op.get("x-sdk-method") or DERIVED_METHODS.get(http_method)
    segments = relative.rstrip("/").split("/")
    if (
        not op.get("x-sdk-resource")
        and not method
        and http_method == "get"
        and len(segments) >= 3
        and segments[-2].startswith("{")
        and not segments[-1].startswith("{")
        and len(resource) > 1
        and binary_only(spec, op)
    ):
        # GET /files/{file_id}/content: files.content(file_id), as the openai SDK names it
        resource, method = resource[:-1], resource[-1]
    if not method and http_method == "get":
        method = "retrieve" if relative.rstrip("/").endswith("}") else "list"
    if method == "create" and relative.rstrip("/").endswith("}"):
        method = "update"  # POST /things/{id}: OpenAI's updates
    method = attr_name(str(method or strings.snake_case(operation_id)))
    explicit = bool(op.get("x-sdk-method"))
    pairs = urllib.parse.parse_qsl(query, keep_blank_values=True)
    if len({key for key, _ in pairs}) < len(pairs):
        raise GenerationError(
            f"{where}: a key repeated in the path's query ({query}) is not supported"
        )
    query = urllib.parse.urlencode(pairs)
    if query:
        warn(f"{where}: a query in a path is not OpenAPI; sent as fixed parameters ({query})")
    return Place(
        position,
        http_method,
        path,
        item,
        op,
        where,
        operation_id,
        server,
        f"{relative}?{query}" if query else relative,
        resource,
        method,
        explicit,
    )


def operation(spec: Spec, schemas: Schemas, found: Place) -> OperationView:
    """The view of the operation ``found``."""
    op, where, resource, method = found.op, found.where, found.resource, found.method
    # Hoisted body classes are named by x-sdk-name, else by the resource path and method
    # name: renaming an operationId never renames public classes.
    stem = str(op.get("x-sdk-name") or " ".join([*resource, method]))
    stem = strings.ClassName(stem, "Operation")

    body_name, multipart = request_body(spec, schemas, where, stem, op)
    response_name, stream_name, binary = success_bodies(spec, schemas, where, stem, op)
    hoisted = set(schemas.hoisted.values())
    inline = [n for n in (body_name, response_name, stream_name) if n in hoisted]
    if inline and "x-sdk-name" not in op:
        names = ", ".join(schemas.py[n] for n in inline)
        warn(f"{where}: inline schemas named {names} (set x-sdk-name to name them)")
    response_is_union = response_name is not None and not schemas.is_class(response_name)
    if response_is_union and schemas.is_union_of_classes(response_name or ""):
        response_name_checked = None  # a union of classes: parsed by a TypeAdapter
    else:
        response_name_checked = response_name
        response_is_union = False
    for name, what in ((body_name, "request"), (response_name_checked, "response")):
        if name is not None and not schemas.is_class(name):
            raise GenerationError(
                f"{where}: {what} bodies must be object schemas; wrap the value in an object"
            )
    stream_is_union = stream_name is not None and not schemas.is_class(stream_name)
    if stream_name is not None and stream_is_union and not schemas.is_union_of_classes(stream_name):
        raise GenerationError(
            f"{where}: an event stream must be an object schema or a union of object schemas"
        )

    body = schemas.raw[body_name] if body_name else {}
    props = body.get("properties") or {}
    flag, stream_value = declared_flag(schemas, where, op.get("x-sdk-stream-flag"), props)
    if flag is None and (response_name or binary) and stream_name and "stream" in props:
        flag = "stream" if "boolean" in types_of(props["stream"]) else None
    if flag is None and stream_name:
        flag, stream_value = value_flag(schemas, props)
        if flag is None:
            warn(
                f"{where}: the text/event-stream reply is not generated (no stream flag found;"
                " set x-sdk-stream-flag)"
            )
    if flag is not None and (stream_name is None or flag not in props):
        raise GenerationError(
            f"{where}: stream flag {flag!r} needs an event stream and a body field"
        )

    args = parameter_args(spec, schemas, where, found.item, op)
    required = set(body.get("required") or [])
    for key, sub in props.items():
        if sub.get("readOnly"):
            continue  # set by the server only: not an argument
        body_arg = arg(schemas, str(key), "body", sub, {"required": key in required})
        # The stream flag's None means "not streaming": never sent as null.
        body_arg.nullable = not body_arg.required and schemas.nullable(sub) and key != flag
        body_arg.deprecated = bool(sub.get("deprecated"))
        args.append(body_arg)
    args.sort(key=lambda a: not a.required)
    if len({a.name for a in args}) != len(args):
        raise GenerationError(f"{where}: two parameters have the same Python name")

    typed = [str(k) for k, sub in props.items() if sub.get("x-sdk-typed-argument")]
    for key, sub in props.items():
        if not isinstance(sub.get("x-sdk-typed-argument", False), bool):
            raise GenerationError(f"{where}: x-sdk-typed-argument of {key!r} must be a boolean")

    end = stream_end(where, op)
    if flag and "x-sdk-stream-end" not in op and "x-sdk-stream-flag" not in op and stream_name:
        end = inferred_stream_end(schemas, where, stream_name)
    accumulator = op.get("x-sdk-stream-accumulator")
    if accumulator is not None:
        accumulator = import_path(f"{where}: x-sdk-stream-accumulator", accumulator)
    page = pagination(schemas, where, op, response_name, args)
    if page is not None and flag:
        raise GenerationError(f"{where}: an operation cannot both stream and paginate")
    return OperationView(
        const=attr_name(strings.snake_case(found.operation_id)).upper(),
        operation_id=found.operation_id,
        http_method=found.http_method.upper(),
        path=found.relative,
        resource=resource,
        method=method,
        explicit_method=found.explicit_method,
        summary=str(op.get("summary") or ""),
        description=str(op.get("description") or ""),
        body_class=schemas.py[body_name] if body_name else None,
        response_class=schemas.py[response_name] if response_name else None,
        stream_class=schemas.py[stream_name] if flag and stream_name else None,
        stream_flag=str(flag) if flag else None,
        stream_value=stream_value,
        response_is_union=response_is_union,
        write_only=write_only_paths(schemas, props),
        typed_arguments=typed,
        flag_values=flag_values(schemas, props.get(flag) or {}) if stream_value is not None else [],
        args=args,
        position=found.position,
        stem=stem,
        server=found.server,
        default_server=spec.default_server,
        base_path=spec.base_path,
        stream_is_union=stream_is_union,
        stream_done=end[0],
        final_events=end[1],
        accumulator=accumulator,
        page=page,
        deprecated=bool(op.get("deprecated")),
        helpers=helpers_of(where, op, [a.key for a in args]),
        binary=binary,
        multipart=multipart,
        needs_key=needs_credentials(spec.doc.get("security"), op),
    )


def write_only_paths(
    schemas: Schemas, props: Schema, prefix: str = "", seen: frozenset[str] = frozenset()
) -> list[str]:
    """The dotted paths of a body's ``writeOnly`` fields, also inside its object fields
    (``api_bot_settings.api_key``): the values sent there are secrets of the call."""
    paths: list[str] = []
    for key, sub in props.items():
        path = f"{prefix}{key}"
        name = schemas.named(sub)
        if sub.get("writeOnly"):
            paths.append(path)
        elif name is not None and name not in seen and schemas.is_class(name):
            nested = schemas.raw[name].get("properties") or {}
            paths += write_only_paths(schemas, nested, f"{path}.", seen | {name})
    return paths


def import_path(where: str, value: object) -> tuple[str, str]:
    """``(module, name)`` of a class named by its import path (``poe_sdk.lib.Name``)."""
    parts = str(value).split(".")
    if not isinstance(value, str) or len(parts) < 2 or not all(p.isidentifier() for p in parts):
        raise GenerationError(
            f"{where} must name a class by its import path (poe_sdk.lib.ChatCompletionAccumulator),"
            f" got {value!r}"
        )
    return ".".join(parts[:-1]), parts[-1]


def needs_credentials(default: object, op: Schema) -> bool:
    """Whether a call of ``op`` must send credentials: its ``security`` (else the document's)
    lists requirements, none of them the empty one (``security: []`` or a ``{}`` entry make
    credentials optional)."""
    security = op.get("security", default)
    if not isinstance(security, list) or not security:
        return False
    return all(isinstance(requirement, dict) and requirement for requirement in security)


def operation_server(spec: Spec, where: str, item: Schema, op: Schema) -> str | None:
    """The URL of the operation's own server (``servers`` of the operation, else of its
    path item), or ``None`` when it has none or it is the document's."""
    servers = op.get("servers") or item.get("servers")
    if not servers:
        return None
    url = str(servers[0].get("url") or "")
    if "{" in url:
        raise GenerationError(f"{where}: server variables are not supported ({url})")
    if len(servers) > 1:
        warn(f"{where}: only the first of {len(servers)} servers is used ({url})")
    return None if url.rstrip("/") == spec.default_server.rstrip("/") else url


# The values of an enum field that, unannounced, select the event stream.
STREAM_VALUES = ("sse", "event-stream", "text/event-stream")

FlagValue = str | int | bool


def flag_values(schemas: Schemas, schema: Schema) -> list[FlagValue]:
    """The values of a stream flag that is not a boolean (its ``enum``, or ``const``)."""
    target = schemas.raw[schemas.ref(schema)] if "$ref" in schema else schema
    values = target.get("enum") or ([target["const"]] if "const" in target else [])
    return [v for v in values if isinstance(v, (str, int))]


def value_flag(schemas: Schemas, props: Schema) -> tuple[str | None, FlagValue | None]:
    """A body field one of whose enum values names the event stream (``stream_format: sse``)."""
    for key, sub in props.items():
        values = flag_values(schemas, sub)
        for value in STREAM_VALUES:
            if value in values:
                return str(key), value
    return None, None


def declared_flag(
    schemas: Schemas, where: str, declared: object, props: Schema
) -> tuple[str | None, FlagValue | None]:
    """``x-sdk-stream-flag``: a body field's name (a boolean, or a field with an ``sse`` value),
    or ``{field: <name>, value: <value>}``, the value of any field that selects the stream
    (``{field: format, value: events}``). ``(None, None)`` when not declared; the value is
    ``None`` for a boolean flag that any true value sets."""
    if declared is None:
        return None, None
    value: object = None
    if isinstance(declared, dict):
        value = declared.get("value")
        declared = declared.get("field")
        if not isinstance(value, (str, int)):
            raise GenerationError(
                f"{where}: x-sdk-stream-flag {{field, value}} needs a string, number or boolean"
                f" value, got {value!r}"
            )
    if not isinstance(declared, str) or declared not in props:
        raise GenerationError(
            f"{where}: x-sdk-stream-flag must name a body field (or be {{field: <name>, value:"
            f" <value>}}), got {declared!r}"
        )
    sub = props[declared]
    if value is None or value is True:
        if "boolean" in types_of(schemas.raw[schemas.ref(sub)] if "$ref" in sub else sub):
            return declared, None
        found = [v for v in STREAM_VALUES if v in flag_values(schemas, sub)]
        if not found:
            raise GenerationError(
                f"{where}: x-sdk-stream-flag {declared!r} is not a boolean; say which value"
                f" selects the stream: x-sdk-stream-flag: {{field: {declared}, value: <value>}}"
            )
        return declared, found[0]
    values = flag_values(schemas, sub)
    if values and value not in values:
        raise GenerationError(
            f"{where}: x-sdk-stream-flag value {value!r} is not one of {declared!r}'s values"
            f" {values}"
        )
    return declared, cast("FlagValue", value)


def inferred_stream_end(
    schemas: Schemas, where: str, stream_name: str
) -> tuple[str | None, list[str]]:
    """An undeclared stream end: ``data: [DONE]``, or also the events whose type is
    ``<thing>.completed``/``.failed``/``.incomplete`` (OpenAI's Responses). Announced."""
    names = [schemas.named(m) for m in members(schemas.raw[stream_name])] or [stream_name]
    tags: list[str] = []
    for name in names:
        type_prop = ((schemas.raw[name].get("properties") or {}) if name else {}).get("type") or {}
        tags += [str(v) for v in [type_prop.get("const"), *(type_prop.get("enum") or [])] if v]
    finals = [t for t in tags if re.fullmatch(r"[a-z_]+\.(completed|failed|incomplete)", t)]
    said = f"data: [DONE] or the events {', '.join(finals)}" if finals else "data: [DONE]"
    warn(f"{where}: the stream end is not declared; read as {said} (set x-sdk-stream-end)")
    return "[DONE]", finals


def stream_end(where: str, op: Schema) -> tuple[str | None, list[str]]:
    """``x-sdk-stream-end``: the ``done`` data line (default ``[DONE]``, ``null`` for none)
    and the ``final-events`` types after which a stream is complete."""
    end = op.get("x-sdk-stream-end")
    if end is None:
        return "[DONE]", []
    if not isinstance(end, dict) or set(end) - STREAM_END_KEYS:
        raise GenerationError(f"{where}: x-sdk-stream-end takes only {sorted(STREAM_END_KEYS)}")
    done = end.get("done", "[DONE]")
    finals = [str(e) for e in end.get("final-events") or []]
    if done is None and not finals:
        raise GenerationError(f"{where}: x-sdk-stream-end needs done or final-events")
    return (None if done is None else str(done)), finals


def pagination(
    schemas: Schemas, where: str, op: Schema, response: str | None, args: list[Arg]
) -> Page | None:
    """``x-sdk-pagination``, checked against the reply schema and the parameters."""
    spec_page = op.get("x-sdk-pagination")
    if spec_page is None:
        spec_page = inferred_pagination(schemas, where, response, args)
    if spec_page is None:
        return None
    if not isinstance(spec_page, dict) or set(spec_page) - PAGINATION_KEYS:
        raise GenerationError(f"{where}: x-sdk-pagination takes only {sorted(PAGINATION_KEYS)}")
    if response is None:
        raise GenerationError(f"{where}: x-sdk-pagination needs an application/json reply")
    props = schemas.raw[response].get("properties") or {}
    items = str(spec_page.get("items") or "")
    items_schema = (props.get(items) or {}).get("items") or {}
    item_name = schemas.named(items_schema)
    if item_name is None or not schemas.is_class(item_name):
        raise GenerationError(
            f"{where}: x-sdk-pagination items {items!r} must be an array of objects in the reply"
        )
    has_more = spec_page.get("has-more")
    if has_more is not None and "boolean" not in types_of(props.get(has_more) or {}):
        raise GenerationError(f"{where}: x-sdk-pagination has-more {has_more!r} is no boolean")
    cursor, cursor_field = spec_page.get("cursor"), spec_page.get("cursor-field")
    if (cursor is None) != (cursor_field is None) or (cursor and has_more is None):
        raise GenerationError(f"{where}: x-sdk-pagination needs cursor, cursor-field, has-more")
    if cursor is not None and not any(a.key == cursor and a.where == "query" for a in args):
        raise GenerationError(f"{where}: x-sdk-pagination cursor {cursor!r} is no query parameter")
    item_props = schemas.raw[item_name].get("properties") or {}
    if cursor_field is not None and cursor_field not in item_props:
        raise GenerationError(f"{where}: x-sdk-pagination cursor-field {cursor_field!r} is missing")
    return Page(
        items,
        None if has_more is None else str(has_more),
        None if cursor is None else str(cursor),
        None if cursor_field is None else str(cursor_field),
        schemas.py[item_name],
    )


def inferred_pagination(
    schemas: Schemas, where: str, response: str | None, args: list[Arg]
) -> Schema | None:
    """The common cursor list (OpenAI's): a reply with a ``data`` array of objects with an
    ``id`` and a boolean ``has_more``, and an ``after`` query parameter. Announced by a warning."""
    if response is None or not any(a.key == "after" and a.where == "query" for a in args):
        return None
    props = schemas.raw[response].get("properties") or {}
    item = schemas.named((props.get("data") or {}).get("items") or {})
    if (
        item is None
        or not schemas.is_class(item)
        or "boolean" not in types_of(props.get("has_more") or {})
    ):
        return None
    if "id" not in (schemas.raw[item].get("properties") or {}):
        return None
    warn(
        f"{where}: paginated by inference (data, has_more, after = the last item's id);"
        " set x-sdk-pagination to say otherwise"
    )
    return {"items": "data", "has-more": "has_more", "cursor": "after", "cursor-field": "id"}


def request_body(
    spec: Spec, schemas: Schemas, where: str, stem: str, op: Schema
) -> tuple[str | None, bool]:
    """The schema name of the request body, if there is one, and whether it is sent as
    ``multipart/form-data`` (only when no ``application/json`` body is declared)."""
    if "requestBody" not in op:
        return None, False
    content = spec.content(op["requestBody"], "requestBodies")
    json_types = [t for t in content if str(t).startswith("application/json")]
    multipart = not json_types and "multipart/form-data" in content
    media: Schema = (
        content[json_types[0] if json_types else "multipart/form-data"]
        if (json_types or multipart)
        else {}
    )
    if "schema" not in media:
        listed = ", ".join(map(str, content)) or "none"
        raise GenerationError(
            f"{where}/requestBody: only application/json and multipart/form-data bodies "
            f"are supported (this one: {listed}); declare one of them"
        )
    return schemas.body(f"{stem}Request", media["schema"]), multipart


def binary_only(spec: Spec, op: Schema) -> bool:
    """Whether every 2xx reply of ``op`` is a file: neither an event stream nor JSON other
    than a bare string (read as bytes, as ``success_bodies`` does)."""
    kinds = []
    for status, response in (op.get("responses") or {}).items():
        if not str(status).startswith("2"):
            continue
        for content_type, media in spec.content(response, "responses").items():
            kind = str(content_type).split(";")[0].strip()
            schema = media.get("schema") if isinstance(media, dict) else None
            if kind == "application/json" and schema is not None:
                kind = "string" if types_of(spec.resolve_schema(schema)) == ["string"] else kind
            kinds.append(kind)
    return bool(kinds) and not {"application/json", "text/event-stream"} & set(kinds)


def success_bodies(
    spec: Spec, schemas: Schemas, where: str, stem: str, op: Schema
) -> tuple[str | None, str | None, bool]:
    """The schema names of the first 2xx ``application/json`` and ``text/event-stream``
    replies, and whether the reply is binary (a 2xx media type that is neither, when no JSON
    reply is declared)."""
    found: dict[str, str] = {}
    binary: list[str] = []
    for status, response in sorted((op.get("responses") or {}).items(), key=lambda kv: str(kv[0])):
        if not str(status).startswith("2"):
            continue
        for content_type, media in spec.content(response, "responses").items():
            kind = str(content_type).split(";")[0].strip()
            suffix = {"application/json": "Response", "text/event-stream": "Chunk"}.get(kind)
            if suffix is None:
                binary.append(f"{status} {content_type}")
                continue
            if "schema" not in media:
                warn(f"{where}: the {status} {content_type} reply has no schema: not generated")
                continue
            if kind == "application/json" and types_of(spec.resolve_schema(media["schema"])) == [
                "string"
            ]:
                warn(f"{where}: the {status} {content_type} reply is a string: read as bytes")
                binary.append(f"{status} {content_type}")
                continue
            found.setdefault(kind, schemas.body(f"{stem}{suffix}", media["schema"]))
    if binary and "application/json" in found:
        warn(f"{where}: the {', '.join(binary)} reply is not generated (the JSON one is)")
    return (
        found.get("application/json"),
        found.get("text/event-stream"),
        bool(binary) and "application/json" not in found,
    )


def parameter_args(spec: Spec, schemas: Schemas, where: str, item: Schema, op: Schema) -> list[Arg]:
    """Path, query and header parameters (operation-level ones override the path item's),
    path parameters first in path order. Serialisations the core does not implement fail."""
    declared: dict[tuple[str, str], Schema] = {}
    for param in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = spec.resolve(param, "parameters")
        declared[(str(param["in"]), str(param["name"]))] = param
    args = []
    for (location, name), param in declared.items():
        place = f"{where}: {location} parameter {name!r}"
        if location not in PARAM_LOCATIONS:
            raise GenerationError(f"{place}: {location} parameters are not supported")
        if location == "header" and name.lower() in {"authorization", "content-type", "accept"}:
            continue  # OpenAPI ignores these three header parameters
        if "content" in param or "schema" not in param:
            raise GenerationError(f"{place}: only parameters with a schema are supported")
        schema = param["schema"]
        style = str(param.get("style") or ("form" if location == "query" else "simple"))
        if style not in STYLES[location]:
            raise GenerationError(f"{place}: style {style!r} is not supported")
        shape = object_shape(spec, schema)
        if shape is not None and not (location == "query" and scalar_values(spec, shape)):
            raise GenerationError(
                f"{place}: only query parameters take objects, and only with scalar values "
                "(style deepObject or form); send it in the body instead"
            )
        if style == "deepObject" and shape is None:
            raise GenerationError(f"{place}: style deepObject needs an object; use style form")
        if schemas.has_objects(schema) and shape is None:
            raise GenerationError(f"{place}: object-valued parameters are not supported")
        if param.get("allowReserved") or param.get("allowEmptyValue"):
            raise GenerationError(f"{place}: allowReserved/allowEmptyValue are not supported")
        new = arg(schemas, name, location, schema, param)
        default = schema.get("default") if isinstance(schema, dict) else None
        if new.required and location != "path" and isinstance(default, str):
            new.required = False  # the server requires it: its default is sent when not given
            new.annotation = union([new.annotation, "None"])
            new.sent_default = py_literal(default)
        new.model_annotation = schemas.model_type(schema, strict=True)
        new.explode = bool(param.get("explode", style == "form"))
        new.style = style if shape is not None else ""
        new.deprecated = bool(param.get("deprecated"))
        args.append(new)
    order = {n: i for i, n in enumerate(re.findall(r"\{([^}]*)\}", where))}
    args.sort(key=lambda a: (a.where != "path", order.get(a.key, 0)))
    return args


def object_shape(spec: Spec, schema: Schema) -> Schema | None:
    """The object schema a parameter's value may be (behind ``$ref``s and union members)."""
    target = spec.resolve_schema(schema)
    if "object" in types_of(target) or "additionalProperties" in target:
        return target
    for member in target.get("anyOf") or target.get("oneOf") or []:
        found = object_shape(spec, member)
        if found is not None:
            return found
    return None


def scalar_values(spec: Spec, shape: Schema) -> bool:
    """Whether every property (or map value) of an object schema is a scalar."""
    values = list((shape.get("properties") or {}).values())
    extra = shape.get("additionalProperties")
    values += [extra] if isinstance(extra, dict) else []
    for value in values:
        target = spec.resolve_schema(value)
        kinds = set(types_of(target)) - {"null"}
        if not kinds and "enum" not in target and "const" not in target:
            options = target.get("anyOf") or target.get("oneOf") or []
            if not options or not all(
                scalar_values(spec, {"properties": {"v": o}}) for o in options
            ):
                return False
        elif not kinds <= SCALARS:
            return False
    return True


def arg(schemas: Schemas, key: str, where: str, schema: Schema, info: Schema) -> Arg:
    """The argument for ``key``; ``info`` is the parameter object (``required``, docs)."""
    required = bool(info.get("required")) or where == "path"
    annotation = schemas.caller_type(schema, arg=True)
    if not required and not schemas.nullable(schema):
        annotation = union([annotation, "None"])
    doc = schemas.description(schema) or str(info.get("description") or "")
    if info.get("deprecated") or schema.get("deprecated"):
        doc = f"Deprecated. {doc}".strip()
    return Arg(attr_name(key, ARG_RESERVED), key, where, annotation, required, doc)


def resource_path(where: str, op: Schema, relative: str) -> tuple[str, ...]:
    """``x-sdk-resource`` split at its dots, else the path's segments without ``{params}``."""
    resource = op.get("x-sdk-resource")
    if resource:
        path = tuple(attr_name(part) for part in str(resource).split("."))
    else:
        segments = [s for s in relative.split("/") if s and not s.startswith("{")]
        path = tuple(attr_name(strings.snake_case(s)) for s in segments)
    if not path:
        raise GenerationError(f"{where}: no resource name can be derived; set x-sdk-resource")
    return path


def name_methods(places: list[Place], report: Report) -> None:
    """Derived method names that collide within a resource fall back to the operationId (but
    the one of the only operation without a fixed query); names that still collide are
    reported naming both operations."""
    by_name: dict[tuple[tuple[str, ...], str], list[Place]] = {}
    for found in places:
        by_name.setdefault((found.resource, found.method), []).append(found)
    for (resource, method), group in by_name.items():
        explicit = [p for p in group if p.explicit_method]
        if len(explicit) > 1:
            both = " and ".join(p.where for p in explicit)
            report.error(f"x-sdk-method {method!r} is used twice in {'.'.join(resource)}: {both}")
        # The variants with a fixed query (/responses?beta=true) yield the name to the one
        # operation without (responses.create stays create).
        variants = [p for p in group if "?" in p.relative]
        renamed = variants if len(group) - len(variants) == 1 else group
        for found in renamed if len(group) > 1 else []:
            if not found.explicit_method:
                found.method = attr_name(strings.snake_case(found.operation_id))
    seen: dict[tuple[tuple[str, ...], str], Place] = {}
    for found in places:
        key = (found.resource, found.method)
        if key in seen and not (found.explicit_method and seen[key].explicit_method):
            report.error(
                f"{found.where}: the method name {'.'.join([*found.resource, found.method])!r}"
                f" is also that of {seen[key].where}; set x-sdk-method on one of them"
            )
        seen.setdefault(key, found)
