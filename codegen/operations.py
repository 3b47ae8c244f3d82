"""The document's operations: what each sends and returns, its arguments and its place on the
client (resource path and method name)."""

from __future__ import annotations

from dataclasses import dataclass

from openapi_python_client import strings

from errors import GenerationError, warn
from pysource import attr_name, py_literal, union
from schemas import Schemas, types_of
from spec import Schema, Spec, path_key

# The keyword arguments every method takes after the operation's own (``fallback_models`` only
# when the body has a ``model``); no argument may take these names.
OPTIONS = {
    "extra_headers": "Mapping[str, str] | None",
    "extra_query": "Mapping[str, object] | None",
    "extra_body": "Mapping[str, object] | None",
    "timeout": "float | httpx.Timeout | None",
    "max_retries": "int | None",
}
FALLBACK_OPTION = ("fallback_models", "Sequence[str] | None")
ARG_RESERVED = frozenset({"self", "cast", *OPTIONS, FALLBACK_OPTION[0]})
DERIVED_METHODS = {"post": "create", "delete": "delete", "put": "update", "patch": "update"}


@dataclass
class Arg:
    """A keyword argument of a method: a path or query parameter or a body field."""

    name: str
    key: str
    where: str  # "path", "query" or "body"
    annotation: str
    required: bool
    doc: str

    def param(self, annotation: str | None = None, default: str | None = "None") -> str:
        """The parameter as a signature declares it; optional ones default to ``default``."""
        text = f"{self.name}: {annotation or self.annotation}"
        return text if self.required or default is None else f"{text} = {default}"

    def loose_param(self) -> str:
        """The parameter as the implementation signature declares it: ``None`` when missing."""
        return f"{self.name}: {self.annotation} | None = None"


@dataclass
class Operation:
    """One operation: its ``Operation`` constant's fields and its resource method."""

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

    def names(self, where: str) -> str:
        """The spec names of the ``where`` parameters as a Python tuple literal."""
        keys = [py_literal(a.key) for a in self.args if a.where == where]
        return f"({', '.join(keys)},)" if len(keys) == 1 else f"({', '.join(keys)})"

    def mapping(self, where: str) -> str:
        """``{"spec_name": python_name, ...}`` for the ``where`` arguments, or ``None``."""
        items = [f"{py_literal(a.key)}: {a.name}" for a in self.args if a.where == where]
        has_body = where == "body" and self.body_class is not None
        return f"{{{', '.join(items)}}}" if items or has_body else "None"


def collect_operations(spec: Spec, schemas: Schemas) -> list[Operation]:
    """openapi-python-client's endpoints, in document order, each matched to its raw data.
    Inline request and response bodies are registered with ``schemas`` on the way."""
    raw = spec.raw_operations()
    operations = []
    for collection in spec.parsed.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            path = path_key(endpoint.path.get_untrusted_value())
            position, raw_path, item, op = raw.pop((endpoint.method, path))
            params = {
                "path": [p.name.get_untrusted_value() for p in endpoint.path_parameters],
                "query": [p.name.get_untrusted_value() for p in endpoint.query_parameters],
            }
            operations.append(
                operation(spec, schemas, position, endpoint.method, raw_path, item, op, params)
            )
    if raw:
        dropped = ", ".join(f"{method.upper()} {v[1]}" for (method, _), v in raw.items())
        raise GenerationError(f"openapi-python-client could not parse {dropped} (see warnings)")
    operations.sort(key=lambda o: o.position)
    name_methods(operations)
    return operations


def operation(
    spec: Spec,
    schemas: Schemas,
    position: int,
    http_method: str,
    path: str,
    item: Schema,
    op: Schema,
    params: dict[str, list[str]],
) -> Operation:
    """The ``Operation`` of ``op`` at ``path``; ``params`` are the parameter names that
    openapi-python-client kept, by location."""
    operation_id = str(op.get("operationId") or f"{http_method}_{path}")
    where = f"{http_method.upper()} {path}"
    if spec.base_path and not (path + "/").startswith(spec.base_path + "/"):
        raise GenerationError(f"{where}: the path is outside x-sdk-base-path {spec.base_path!r}")
    relative = path[len(spec.base_path) :] or "/"
    stem = strings.ClassName(operation_id, "Operation")

    body_name = request_body(spec, schemas, where, stem, op)
    response_name, stream_name = success_bodies(spec, schemas, where, stem, op)
    for name in (body_name, response_name, stream_name):
        if name is not None and not schemas.is_class(name):
            raise GenerationError(f"{where}: request and response bodies must be objects")

    body = schemas.raw[body_name] if body_name else {}
    props = body.get("properties") or {}
    flag = op.get("x-sdk-stream-flag")
    if flag is None and response_name and stream_name and "stream" in props:
        flag = "stream" if "boolean" in types_of(props["stream"]) else None
    if flag is not None and (stream_name is None or flag not in props):
        raise GenerationError(
            f"{where}: stream flag {flag!r} needs an event stream and a body field"
        )

    args = parameter_args(spec, schemas, where, item, op, params)
    required = set(body.get("required") or [])
    args += [arg(schemas, str(k), "body", s, {"required": k in required}) for k, s in props.items()]
    args.sort(key=lambda a: not a.required)
    if len({a.name for a in args}) != len(args):
        raise GenerationError(f"{where}: two parameters have the same Python name")

    method = op.get("x-sdk-method") or DERIVED_METHODS.get(http_method)
    if not method and http_method == "get":
        method = "retrieve" if relative.rstrip("/").endswith("}") else "list"
    return Operation(
        const=attr_name(strings.snake_case(operation_id)).upper(),
        operation_id=operation_id,
        http_method=http_method.upper(),
        path=relative,
        resource=resource_path(where, op, relative),
        method=attr_name(str(method or strings.snake_case(operation_id))),
        explicit_method=bool(op.get("x-sdk-method")),
        summary=str(op.get("summary") or ""),
        description=str(op.get("description") or ""),
        body_class=schemas.py[body_name] if body_name else None,
        response_class=schemas.py[response_name] if response_name else None,
        stream_class=schemas.py[stream_name] if flag and stream_name else None,
        stream_flag=str(flag) if flag else None,
        args=args,
        position=position,
    )


def request_body(spec: Spec, schemas: Schemas, where: str, stem: str, op: Schema) -> str | None:
    """The schema name of the ``application/json`` request body, if there is a body."""
    if "requestBody" not in op:
        return None
    content = spec.content(op["requestBody"], "requestBodies")
    json_types = [t for t in content if str(t).startswith("application/json")]
    media: Schema = content[json_types[0]] if json_types else {}
    if "schema" not in media:
        raise GenerationError(f"{where}: only application/json request bodies are supported")
    return schemas.body(f"{stem}Request", media["schema"])


def success_bodies(
    spec: Spec, schemas: Schemas, where: str, stem: str, op: Schema
) -> tuple[str | None, str | None]:
    """The schema names of the first 2xx ``application/json`` and ``text/event-stream``."""
    found: dict[str, str] = {}
    for status, response in sorted((op.get("responses") or {}).items(), key=lambda kv: str(kv[0])):
        if not str(status).startswith("2"):
            continue
        for content_type, media in spec.content(response, "responses").items():
            kind = str(content_type).split(";")[0].strip()
            suffix = {"application/json": "Response", "text/event-stream": "Chunk"}.get(kind)
            if suffix is None or "schema" not in media:
                warn(f"{where}: the {status} {content_type} reply is not generated")
                continue
            found.setdefault(kind, schemas.body(f"{stem}{suffix}", media["schema"]))
    return found.get("application/json"), found.get("text/event-stream")


def parameter_args(
    spec: Spec,
    schemas: Schemas,
    where: str,
    item: Schema,
    op: Schema,
    names: dict[str, list[str]],
) -> list[Arg]:
    """Path and query parameters (operation-level ones override the path item's)."""
    declared = {}
    for param in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = spec.resolve(param, "parameters")
        declared[(str(param["in"]), str(param["name"]))] = param
    for location, name in declared:
        if location not in names:
            warn(f"{where}: {location} parameter {name!r} is not generated (use extra_headers)")
    return [
        arg(
            schemas,
            name,
            location,
            declared[(location, name)].get("schema") or {},
            declared[(location, name)],
        )
        for location in ("path", "query")
        for name in names[location]
    ]


def arg(schemas: Schemas, key: str, where: str, schema: Schema, info: Schema) -> Arg:
    """The argument for ``key``; ``info`` is the parameter object (``required``, docs)."""
    required = bool(info.get("required")) or where == "path"
    annotation = schemas.caller_type(schema, arg=True)
    if not required and not schemas.nullable(schema):
        annotation = union([annotation, "None"])
    doc = schemas.description(schema) or str(info.get("description") or "")
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


def name_methods(operations: list[Operation]) -> None:
    """Derived method names that collide within a resource fall back to the operationId."""
    by_name: dict[tuple[tuple[str, ...], str], list[Operation]] = {}
    for op in operations:
        by_name.setdefault((op.resource, op.method), []).append(op)
    for (resource, method), ops in by_name.items():
        if sum(op.explicit_method for op in ops) > 1:
            raise GenerationError(f"x-sdk-method {method!r} is used twice in {'.'.join(resource)}")
        for op in ops if len(ops) > 1 else []:
            if not op.explicit_method:
                op.method = attr_name(strings.snake_case(op.operation_id))
    seen: set[tuple[tuple[str, ...], str]] = set()
    for op in operations:
        if (op.resource, op.method) in seen:
            raise GenerationError(f"{op.operation_id}: the method name {op.method!r} is taken")
        seen.add((op.resource, op.method))
