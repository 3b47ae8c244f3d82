"""Generate ``poe_sdk._generated`` (models, params, resources) from ``openapi.yaml``.

openapi-python-client (pinned 0.29.1) loads and validates the document, enumerates its
operations and provides the naming helpers. Everything its Property API drops (discriminators,
constraints behind ``$ref``, every response content type, defaults) is read from the raw schema
dicts here. The Jinja templates are in ``codegen/templates``; codegen/README.md has the rules.

Usage: python codegen/generate.py [--spec openapi.yaml] [--out src/poe_sdk/_generated] [--check]
"""

from __future__ import annotations

import argparse
import copy
import difflib
import hashlib
import keyword
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client import strings
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError
from openapi_spec_validator import validate as validate_spec
from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

REPO = Path(__file__).resolve().parents[1]
TEMPLATES = Path(__file__).resolve().parent / "templates"
LINE_LENGTH = 100
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF = "#/components/schemas/"
Schema = dict[str, Any]

# Field names that would shadow a BaseModel (or ResponseModel) attribute, and the names used in
# annotations inside a class body, which a field of the same name would hide from pydantic.
PYDANTIC_RESERVED = frozenset(
    {n for n in dir(BaseModel) if not n.startswith("_")} | {"fields", "to_dict", "to_json"}
)
ANNOTATION_NAMES = frozenset("Annotated Any Field Literal bool dict float int list str".split())  # noqa: SIM905
# Names the generated modules import; no schema or resource may take them.
MODULE_NAMES = frozenset(
    "APIResponse Annotated Any AsyncAPIResource AsyncAPIResponse AsyncRequester AsyncStream"  # noqa: SIM905
    " Field Iterable Literal Mapping Operation RequestModel RequestOptions Required"
    " ResponseModel Sequence Stream SyncAPIResource SyncRequester TYPE_CHECKING TypeAlias"
    " TypedDict cached_property cast httpx overload".split()
)
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


class GenerationError(Exception):
    """The document cannot be turned into code; the message says where and why."""


def warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


# --------------------------------------------------------------------------- small helpers


def py_literal(value: Any) -> str:
    """A Python literal for a JSON value (strings escaped by openapi-python-client's rules)."""
    if value is None or isinstance(value, bool | int | float):
        return repr(value)
    if isinstance(value, str):
        return f'"{strings.in_double_quote_literal(value)}"'
    if isinstance(value, list):
        return f"[{', '.join(py_literal(v) for v in value)}]"
    if isinstance(value, dict):
        items = (f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items())
        return f"{{{', '.join(items)}}}"
    raise GenerationError(f"unsupported literal {value!r}")


def union(parts: list[str]) -> str:
    """``A | B | None`` from type expressions: duplicates dropped, ``None`` last."""
    unique = list(dict.fromkeys(p for p in parts if p != "None"))
    return " | ".join(unique + ["None"] * ("None" in parts)) or "Any"


def literal(values: list[Any]) -> str:
    return f"Literal[{', '.join(py_literal(v) for v in values)}]"


def types_of(schema: Schema) -> list[str]:
    """The schema's ``type`` as a list (``object`` when only ``properties`` says so)."""
    kind = schema.get("type")
    kinds = list(kind) if isinstance(kind, list) else [kind] if kind else []
    return kinds or (["object"] if "properties" in schema else [])


def members(schema: Schema) -> list[Schema]:
    return list(schema.get("oneOf") or schema.get("anyOf") or [])


def children(schema: Schema) -> Iterator[tuple[str, Schema]]:
    """The direct sub-schemas of ``schema``, each with a name suffix for hoisted classes."""
    for key, sub in (schema.get("properties") or {}).items():
        yield str(key), sub
    if isinstance(schema.get("items"), dict):
        yield "item", schema["items"]
    if isinstance(schema.get("additionalProperties"), dict):
        yield "value", schema["additionalProperties"]
    for key in ("oneOf", "anyOf", "allOf"):
        for index, sub in enumerate(schema.get(key) or []):
            yield f"option {index}", sub


def wrap(text: str, indent: int, hanging: str = "") -> list[str]:
    """Docstring-safe lines of ``text``, its paragraphs re-flowed to fit the line length."""
    lines: list[str] = []
    for paragraph in re.split(r"\n\s*\n", strings.safe_for_docstring(text.strip())):
        flowed = textwrap.wrap(
            " ".join(paragraph.split()),
            LINE_LENGTH - indent - 4,
            subsequent_indent=hanging,
            break_long_words=False,
            break_on_hyphens=False,
        )
        lines += [""] * bool(lines) + flowed
    return lines


def docstring(lines: list[str], indent: int) -> str:
    """A triple-quoted docstring of ``lines``; continuation lines carry the indentation."""
    if not lines:
        return ""
    if lines[-1].endswith('"'):  # keep the text's quotes apart from the closing ones
        lines = [*lines[:-1], lines[-1][:-1] + '\\"']
    if lines[0].startswith('"'):
        lines = ["\\" + lines[0], *lines[1:]]
    if len(lines) == 1 and indent + len(lines[0]) + 6 <= LINE_LENGTH:
        return f'"""{lines[0]}"""'
    pad = " " * indent
    return "\n".join([f'"""{lines[0]}', *[pad + ln if ln else "" for ln in lines[1:]], pad + '"""'])


def attr_name(key: str, reserved: frozenset[str] = frozenset()) -> str:
    """A Python name for the JSON key ``key``: kept when it is a plain lower-case identifier,
    else snake_cased; keywords and ``reserved`` names get a trailing underscore."""
    name = key
    if not (key.isidentifier() and key == key.lower() and not key.startswith("_")):
        name = strings.snake_case(key)
        name = name if name.isidentifier() else f"field_{name}"
    reserved_name = keyword.iskeyword(name) or name in reserved
    return f"{name}_" if reserved_name else name


def field_name(key: str) -> str:
    """A model field name: also clear of pydantic's attributes and ``model_*`` namespace."""
    name = attr_name(key, PYDANTIC_RESERVED | ANNOTATION_NAMES)
    return f"{name}_" if name.startswith("model_") else name


def definition_order(names: list[str], deps: dict[str, list[str]], what: str) -> list[str]:
    """``names`` with every name's dependencies first (otherwise in the given order)."""
    state: dict[str, bool] = {}  # False while visiting, True when placed
    order: list[str] = []

    def visit(name: str) -> None:
        if state.get(name) is False:
            raise GenerationError(f"recursive {what} {name!r} cannot be generated")
        if name not in state:
            state[name] = False
            for dep in deps.get(name, []):
                if dep in names:
                    visit(dep)
            state[name] = True
            order.append(name)

    for name in names:
        visit(name)
    return order


# --------------------------------------------------------------------------- schemas


class Schemas:
    """The document's schemas: Python names, request/response side and Python types.

    Components keep their names (``strings.ClassName``); inline object schemas with properties
    are hoisted to classes named after where they occur (``<Parent><Property>``).
    """

    def __init__(self, doc: Schema) -> None:
        self.raw: dict[str, Schema] = {}
        self.py: dict[str, str] = {}
        self.hoisted: dict[int, str] = {}
        self.request_side: set[str] = set()
        self.response_side: set[str] = set()
        self.closed_props: set[tuple[str, str]] = set()
        for name, schema in (doc.get("components", {}).get("schemas") or {}).items():
            self.register(str(name), schema)

    # -- naming and structure

    def register(self, name: str, schema: Schema, inline: bool = False) -> str:
        py = strings.ClassName(name, "Schema")
        if py in self.py.values():
            raise GenerationError(f"schema {name!r}: class name {py} is already taken")
        self.raw[name], self.py[name] = schema, py
        if inline:
            self.hoisted[id(schema)] = name
        self.hoist(name, schema)
        return name

    def hoist(self, name: str, schema: Schema) -> None:
        for suffix, sub in children(schema):
            sub_name = name + strings.pascal_case(suffix)
            if "properties" in sub and "$ref" not in sub and "object" in types_of(sub):
                self.register(sub_name, sub, inline=True)
            else:
                self.hoist(sub_name, sub)

    def body(self, name: str, schema: Schema) -> str:
        """The schema name of a request or response body (hoisted as ``name`` when inline)."""
        if "$ref" in schema:
            return self.ref(schema)
        return self.hoisted.get(id(schema)) or self.register(name, schema, inline=True)

    def ref(self, schema: Schema) -> str:
        target = str(schema["$ref"])
        name = target.removeprefix(SCHEMA_REF)
        if not target.startswith(SCHEMA_REF) or name not in self.raw:
            raise GenerationError(f"unsupported or dangling $ref {target!r}")
        return name

    def named(self, schema: Schema) -> str | None:
        """The schema name behind a ``$ref`` or a hoisted inline schema."""
        return self.ref(schema) if "$ref" in schema else self.hoisted.get(id(schema))

    def is_class(self, name: str) -> bool:
        """Object schemas become classes, except property-less maps (``additionalProperties``)."""
        schema = self.raw[name]
        extra = schema.get("additionalProperties")
        mapping = "properties" not in schema and extra is not None and extra is not False
        return "object" in types_of(schema) and not mapping

    def nullable(self, schema: Schema) -> bool:
        if "$ref" in schema:
            return self.nullable(self.raw[self.ref(schema)])
        return (
            "null" in types_of(schema)
            or None in (schema.get("enum") or [])
            or any(self.nullable(m) for m in members(schema))
        )

    def has_objects(self, schema: Schema) -> bool:
        """Whether ``schema`` is, or is a union with, an object schema."""
        name = self.named(schema)
        if name is not None:
            return self.is_class(name) or ("$ref" in schema and self.has_objects(self.raw[name]))
        return any(self.has_objects(m) for m in members(schema) + schema.get("allOf", []))

    def reachable(self, roots: list[Schema]) -> set[str]:
        """Names of the schemas (components and hoisted) reachable from ``roots``."""
        seen: set[str] = set()
        stack = list(roots)
        while stack:
            schema = stack.pop()
            name = self.named(schema)
            if name is not None and name not in seen:
                seen.add(name)
                stack.append(self.raw[name])
            if "$ref" not in schema:
                stack.extend(sub for _, sub in children(schema))
        return seen

    def strict(self, name: str) -> bool:
        """Request-only schemas enforce the spec; anything a response can hold is lenient."""
        return name in self.request_side and name not in self.response_side

    def check_discriminators(self) -> None:
        """Every discriminated union must select classes by a constant property; those
        properties stay closed ``Literal`` fields even in lenient response models."""
        for schema in self.raw.values():
            stack = [schema]
            while stack:
                current = stack.pop()
                if current.get("discriminator") and members(current):
                    self.check_discriminator(current)
                stack.extend(s for _, s in children(current) if id(s) not in self.hoisted)

    def check_discriminator(self, schema: Schema) -> None:
        prop = schema["discriminator"]["propertyName"]
        mapping = schema["discriminator"].get("mapping") or {}
        tags = {str(ref).removeprefix(SCHEMA_REF): tag for tag, ref in mapping.items()}
        for member in members(schema):
            name = self.named(member)
            if name is None or not self.is_class(name):
                raise GenerationError(f"discriminated union members must be objects: {member}")
            sub = (self.raw[name].get("properties") or {}).get(prop) or {}
            values = [sub["const"]] if "const" in sub else sub.get("enum") or []
            if len(values) != 1 or tags.get(name, values[0]) != values[0]:
                expected = tags.get(name, "a single value")
                raise GenerationError(f"schema {name}: {prop!r} must be const {expected!r}")
            self.closed_props.add((name, prop))

    # -- model types

    def model_type(self, schema: Schema, strict: bool, closed: bool = False) -> str:
        """The pydantic annotation of ``schema``. ``strict`` adds the spec's constraints and
        closes enums; otherwise enums also accept any value of their base type (``closed``
        keeps a discriminator's ``Literal``)."""
        name = self.named(schema)
        if name is not None:
            py = self.py[name]
            return union([py, "None"]) if self.is_class(name) and self.nullable(schema) else py
        null = ["None"] if self.nullable(schema) else []
        if "const" in schema:
            return literal([schema["const"]])
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            parts = [literal(values)] if values else []
            if not (strict or closed):
                kinds = [k for k in types_of(schema) if k != "null"] or ["string"]
                parts += [self.single_type(k, {}, strict) for k in kinds]
            return union(parts + null)
        if members(schema):
            expr = union(
                [self.model_type(m, strict) for m in members(schema) if m != {"type": "null"}]
            )
            if schema.get("discriminator"):
                prop = py_literal(schema["discriminator"]["propertyName"])
                expr = f"Annotated[{expr}, Field(discriminator={prop})]"
            return union([expr, *null])
        if "allOf" in schema:
            if len(schema["allOf"]) != 1:
                raise GenerationError(f"allOf with several schemas is not supported: {schema}")
            return self.model_type(schema["allOf"][0], strict)
        kinds = types_of(schema)
        return union([self.single_type(k, schema, strict) for k in kinds]) if kinds else "Any"

    def single_type(self, kind: str, schema: Schema, strict: bool) -> str:
        constraints: list[str] = []
        scalars = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
        if kind == "null":
            return "None"
        if kind in scalars:
            expr, constraints = scalars[kind], self.scalar_constraints(schema)
        elif kind == "array":
            items = schema.get("items")
            expr = f"list[{self.model_type(items, strict) if items else 'Any'}]"
            for key, arg in (("minItems", "min_length"), ("maxItems", "max_length")):
                constraints += [f"{arg}={schema[key]!r}"] if key in schema else []
        elif kind == "object":
            extra = schema.get("additionalProperties")
            value = self.model_type(extra, strict) if isinstance(extra, dict) and extra else "Any"
            expr = f"dict[str, {value}]"
        else:
            raise GenerationError(f"unsupported type {kind!r}")
        if strict and constraints:
            return f"Annotated[{expr}, Field({', '.join(constraints)})]"
        return expr

    @staticmethod
    def scalar_constraints(schema: Schema) -> list[str]:
        keys = {
            "minLength": "min_length",
            "maxLength": "max_length",
            "multipleOf": "multiple_of",
            "minimum": "ge",
            "maximum": "le",
        }
        found = [f"{arg}={schema[key]!r}" for key, arg in keys.items() if key in schema]
        for key, arg, inclusive in (
            ("exclusiveMinimum", "gt", "ge"),
            ("exclusiveMaximum", "lt", "le"),
        ):
            value = schema.get(key)
            if value is True:  # OpenAPI 3.0: the boundary of minimum/maximum is excluded
                found = [c.replace(f"{inclusive}=", f"{arg}=") for c in found]
            elif isinstance(value, int | float) and not isinstance(value, bool):
                found.append(f"{arg}={value!r}")
        if "pattern" in schema:
            found.append(f"pattern={py_literal(str(schema['pattern']))}")
        return found

    # -- caller types (TypedDicts and method signatures)

    def caller_type(self, schema: Schema, arg: bool) -> str:
        """The annotation callers see: ``XParam`` TypedDicts (``XParam | X`` in a method
        signature: ``arg``), ``Iterable``/``Sequence`` for arrays, ``Mapping`` for maps."""
        name = self.named(schema)
        if name is not None:
            py, target = self.py[name], self.raw[name]
            if self.is_class(name):
                return union([f"{py}Param", *[py] * arg, *["None"] * self.nullable(target)])
            if members(target):
                return union([f"{py}Param", *[py] * (arg and self.has_objects(target))])
            if {"array", "object"} & set(types_of(target)) and not {"enum", "const"} & set(target):
                return self.caller_type(target, arg)
            return py  # enums and scalars: the model alias is what callers pass
        null = ["None"] if self.nullable(schema) else []
        if "const" in schema:
            return literal([schema["const"]])
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            return union([literal(values)] * bool(values) + null)
        if members(schema):
            return union([self.caller_type(m, arg) for m in members(schema)] + null)
        if len(schema.get("allOf", [])) == 1:
            return self.caller_type(schema["allOf"][0], arg)
        parts = []
        for kind in types_of(schema):
            if kind == "array":
                items = schema.get("items") or {}
                container = "Iterable" if self.has_objects(items) else "Sequence"
                parts.append(f"{container}[{self.caller_type(items, arg) if items else 'object'}]")
            elif kind == "object":
                extra = schema.get("additionalProperties")
                value = (
                    self.caller_type(extra, arg) if isinstance(extra, dict) and extra else "object"
                )
                parts.append(f"Mapping[str, {value}]")
            else:
                parts.append(self.single_type(kind, {}, strict=False))
        return union(parts) if parts else "object"

    def alias_deps(self, schema: Schema) -> list[str]:
        """The non-class schemas a type alias refers to (they must be defined before it)."""
        name = self.named(schema)
        if name is not None:
            return [] if self.is_class(name) else [name]
        return [dep for _, sub in children(schema) for dep in self.alias_deps(sub)]


# --------------------------------------------------------------------------- views


@dataclass
class ModelField:
    name: str
    line: str
    doc: str


@dataclass
class ModelClass:
    name: str
    base: str
    doc: str
    fields: list[ModelField]


@dataclass
class Alias:
    name: str
    expr: str
    doc: str


@dataclass
class ParamClass:
    name: str
    doc: str
    keys: list[tuple[str, str, str]]  # spec key, annotation, docstring
    functional: bool


@dataclass
class Arg:
    name: str
    key: str
    where: str  # "path", "query" or "body"
    annotation: str
    required: bool
    doc: str

    def param(self, annotation: str | None = None, default: str | None = "None") -> str:
        text = f"{self.name}: {annotation or self.annotation}"
        return text if self.required or default is None else f"{text} = {default}"

    def loose_param(self) -> str:
        """The parameter as the implementation signature declares it: ``None`` when missing."""
        return f"{self.name}: {self.annotation} | None = None"


@dataclass
class Operation:
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


@dataclass
class Method:
    name: str
    overloads: list[tuple[list[str], str]]
    params: list[str]
    ret: str
    doc: str
    op: Operation
    options: list[str]


@dataclass
class Resource:
    attr: str
    path: tuple[str, ...]
    children: dict[str, Resource] = field(default_factory=dict)
    ops: list[Operation] = field(default_factory=list)

    @property
    def base(self) -> str:
        """The class name stem: ``ChatCompletions`` for ``chat.completions``."""
        return strings.ClassName(" ".join(self.path), "Resource") if self.path else "RootResources"

    def walk(self) -> Iterator[Resource]:
        yield self
        for child in self.children.values():
            yield from child.walk()


# --------------------------------------------------------------------------- the generator


class Generator:
    """Turns one OpenAPI document into the files of ``poe_sdk._generated``."""

    def __init__(self, spec_path: Path) -> None:
        self.spec_path = spec_path
        spec_bytes = spec_path.read_bytes()
        self.sha256 = hashlib.sha256(spec_bytes).hexdigest()
        try:
            doc = YAML(typ="safe").load(spec_bytes)
        except YAMLError as exc:
            raise GenerationError(f"{spec_path}: invalid YAML: {exc}") from exc
        if not isinstance(doc, dict):
            raise GenerationError(f"{spec_path}: not an OpenAPI document")
        self.doc: Schema = doc
        self.parsed = self.validate()
        self.base_path = str(doc.get("x-sdk-base-path", "")).rstrip("/")
        self.schemas = Schemas(doc)
        self.operations = self.collect_operations()
        self.mark_sides()
        self.schemas.check_discriminators()

    # -- loading

    def validate(self) -> GeneratorData:
        """Validate with openapi-spec-validator and openapi-python-client's parser. Parser
        warnings are printed; its errors, and endpoints it had to drop, fail the run."""
        try:
            validate_spec(copy.deepcopy(self.doc))
        except Exception as exc:  # the validator raises several unrelated types
            raise GenerationError(f"{self.spec_path}: invalid OpenAPI document: {exc}") from exc
        config = Config.from_sources(
            ConfigFile(), MetaType.NONE, self.spec_path, "utf-8", True, None
        )
        parsed = GeneratorData.from_dict(copy.deepcopy(self.doc), config=config)
        if isinstance(parsed, GeneratorError):
            raise GenerationError(f"{parsed.header}: {parsed.detail}")
        collections = parsed.endpoint_collections_by_tag.values()
        for error in [*parsed.errors, *(e for c in collections for e in c.parse_errors)]:
            message = f"openapi-python-client: {error.header} {error.detail or ''}".strip()
            if error.level is ErrorLevel.ERROR:
                raise GenerationError(message)
            warn(message)
        return parsed

    def raw_operations(self) -> dict[tuple[str, str], tuple[int, str, Schema, Schema]]:
        """(position, path, path item, operation) by (method, path with ``{}`` placeholders)."""
        found: dict[tuple[str, str], tuple[int, str, Schema, Schema]] = {}
        for path, item in (self.doc.get("paths") or {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    key = (method, re.sub(r"\{[^}]*\}", "{}", str(path)))
                    found[key] = (len(found), str(path), item, item[method])
        return found

    def resolve(self, obj: Schema, section: str) -> Schema:
        """``obj``, or what its ``$ref`` into ``#/components/<section>/`` points at."""
        ref = obj.get("$ref")
        if ref is None:
            return obj
        prefix = f"#/components/{section}/"
        targets = self.doc.get("components", {}).get(section) or {}
        target = targets.get(str(ref).removeprefix(prefix))
        if not str(ref).startswith(prefix) or target is None:
            raise GenerationError(f"unsupported or dangling $ref {ref!r}")
        return self.resolve(target, section)

    def mark_sides(self) -> None:
        request_roots, response_roots = [], []
        for _, _, _, op in self.raw_operations().values():
            if "requestBody" in op:
                content = self.resolve(op["requestBody"], "requestBodies").get("content") or {}
                request_roots += [m["schema"] for m in content.values() if "schema" in m]
            for response in (op.get("responses") or {}).values():
                content = self.resolve(response, "responses").get("content") or {}
                response_roots += [m["schema"] for m in content.values() if "schema" in m]
        self.schemas.request_side = self.schemas.reachable(request_roots)
        self.schemas.response_side = self.schemas.reachable(response_roots)

    # -- operations

    def collect_operations(self) -> list[Operation]:
        """openapi-python-client's endpoints, in document order, each matched to its raw data."""
        raw = self.raw_operations()
        operations = []
        for collection in self.parsed.endpoint_collections_by_tag.values():
            for endpoint in collection.endpoints:
                path = re.sub(r"\{[^}]*\}", "{}", endpoint.path.get_untrusted_value())
                position, raw_path, item, op = raw.pop((endpoint.method, path))
                params = {
                    "path": [p.name.get_untrusted_value() for p in endpoint.path_parameters],
                    "query": [p.name.get_untrusted_value() for p in endpoint.query_parameters],
                }
                operations.append(
                    self.operation(position, endpoint.method, raw_path, item, op, params)
                )
        if raw:
            dropped = ", ".join(f"{method.upper()} {v[1]}" for (method, _), v in raw.items())
            raise GenerationError(f"openapi-python-client could not parse {dropped} (see warnings)")
        operations.sort(key=lambda o: o.position)
        name_methods(operations)
        return operations

    def operation(
        self,
        position: int,
        http_method: str,
        path: str,
        item: Schema,
        op: Schema,
        params: dict[str, list[str]],
    ) -> Operation:
        operation_id = str(op.get("operationId") or f"{http_method}_{path}")
        where = f"{http_method.upper()} {path}"
        if self.base_path and not (path + "/").startswith(self.base_path + "/"):
            raise GenerationError(
                f"{where}: the path is outside x-sdk-base-path {self.base_path!r}"
            )
        relative = path[len(self.base_path) :] or "/"
        stem = strings.ClassName(operation_id, "Operation")

        body_name = None
        if "requestBody" in op:
            content = self.resolve(op["requestBody"], "requestBodies").get("content") or {}
            json_types = [t for t in content if str(t).startswith("application/json")]
            media: Schema = content[json_types[0]] if json_types else {}
            if "schema" not in media:
                raise GenerationError(
                    f"{where}: only application/json request bodies are supported"
                )
            body_name = self.schemas.body(f"{stem}Request", media["schema"])
        response_name, stream_name = self.success_bodies(where, stem, op)
        for name in (body_name, response_name, stream_name):
            if name is not None and not self.schemas.is_class(name):
                raise GenerationError(f"{where}: request and response bodies must be objects")

        body = self.schemas.raw[body_name] if body_name else {}
        props = body.get("properties") or {}
        flag = op.get("x-sdk-stream-flag")
        if flag is None and response_name and stream_name and "stream" in props:
            flag = "stream" if "boolean" in types_of(props["stream"]) else None
        if flag is not None and (stream_name is None or flag not in props):
            raise GenerationError(
                f"{where}: stream flag {flag!r} needs an event stream and a body field"
            )

        args = self.parameter_args(where, item, op, params)
        required = set(body.get("required") or [])
        args += [self.arg(str(k), "body", s, {"required": k in required}) for k, s in props.items()]
        args.sort(key=lambda a: not a.required)
        if len({a.name for a in args}) != len(args):
            raise GenerationError(f"{where}: two parameters have the same Python name")

        resource = op.get("x-sdk-resource")
        if resource:
            resource_path = tuple(attr_name(part) for part in str(resource).split("."))
        else:
            segments = [s for s in relative.split("/") if s and not s.startswith("{")]
            resource_path = tuple(attr_name(strings.snake_case(s)) for s in segments)
        if not resource_path:
            raise GenerationError(f"{where}: no resource name can be derived; set x-sdk-resource")
        method = op.get("x-sdk-method") or DERIVED_METHODS.get(http_method)
        if not method and http_method == "get":
            method = "retrieve" if relative.rstrip("/").endswith("}") else "list"
        return Operation(
            const=attr_name(strings.snake_case(operation_id)).upper(),
            operation_id=operation_id,
            http_method=http_method.upper(),
            path=relative,
            resource=resource_path,
            method=attr_name(str(method or strings.snake_case(operation_id))),
            explicit_method=bool(op.get("x-sdk-method")),
            summary=str(op.get("summary") or ""),
            description=str(op.get("description") or ""),
            body_class=self.schemas.py[body_name] if body_name else None,
            response_class=self.schemas.py[response_name] if response_name else None,
            stream_class=self.schemas.py[stream_name] if flag and stream_name else None,
            stream_flag=str(flag) if flag else None,
            args=args,
            position=position,
        )

    def success_bodies(self, where: str, stem: str, op: Schema) -> tuple[str | None, str | None]:
        """The schema names of the first 2xx ``application/json`` and ``text/event-stream``."""
        found: dict[str, str] = {}
        for status, response in sorted(
            (op.get("responses") or {}).items(), key=lambda kv: str(kv[0])
        ):
            if not str(status).startswith("2"):
                continue
            for content_type, media in (
                self.resolve(response, "responses").get("content") or {}
            ).items():
                kind = str(content_type).split(";")[0].strip()
                suffix = {"application/json": "Response", "text/event-stream": "Chunk"}.get(kind)
                if suffix is None or "schema" not in media:
                    warn(f"{where}: the {status} {content_type} reply is not generated")
                    continue
                found.setdefault(kind, self.schemas.body(f"{stem}{suffix}", media["schema"]))
        return found.get("application/json"), found.get("text/event-stream")

    def parameter_args(
        self, where: str, item: Schema, op: Schema, names: dict[str, list[str]]
    ) -> list[Arg]:
        """Path and query parameters (operation-level ones override the path item's)."""
        declared = {}
        for param in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
            param = self.resolve(param, "parameters")
            declared[(str(param["in"]), str(param["name"]))] = param
        for location, name in declared:
            if location not in names:
                warn(f"{where}: {location} parameter {name!r} is not generated (use extra_headers)")
        return [
            self.arg(
                name,
                location,
                declared[(location, name)].get("schema") or {},
                declared[(location, name)],
            )
            for location in ("path", "query")
            for name in names[location]
        ]

    def arg(self, key: str, where: str, schema: Schema, info: Schema) -> Arg:
        required = bool(info.get("required")) or where == "path"
        annotation = self.schemas.caller_type(schema, arg=True)
        if not required and not self.schemas.nullable(schema):
            annotation = union([annotation, "None"])
        doc = self.description(schema) or str(info.get("description") or "")
        return Arg(attr_name(key, ARG_RESERVED), key, where, annotation, required, doc)

    def description(self, schema: Schema) -> str:
        """The schema's description, else that of the schema its ``$ref`` points at."""
        if schema.get("description") or "$ref" not in schema:
            return str(schema.get("description") or "")
        return str(self.schemas.raw[self.schemas.ref(schema)].get("description") or "")

    # -- models.py and params.py

    def model_views(self) -> tuple[list[ModelClass], list[Alias]]:
        s = self.schemas
        classes: dict[str, ModelClass] = {}
        aliases: dict[str, Alias] = {}
        factory_deps: dict[str, list[str]] = {}
        for name, schema in s.raw.items():
            doc = str(schema.get("description") or f"The {name} schema.")
            if not s.is_class(name):
                expr = s.model_type(schema, s.strict(name))
                aliases[name] = Alias(s.py[name], expr, docstring(wrap(doc, 0), 0))
                continue
            props = (schema.get("properties") or {}).items()
            fields = [self.model_field(name, str(key), sub, factory_deps) for key, sub in props]
            if len({f.name for f in fields}) != len(fields):
                raise GenerationError(f"schema {name}: two properties have the same Python name")
            base = "RequestModel" if s.strict(name) else "ResponseModel"
            classes[name] = ModelClass(s.py[name], base, docstring(wrap(doc, 4), 4), fields)
        class_order = definition_order(list(classes), factory_deps, "default")
        alias_deps = {n: s.alias_deps(s.raw[n]) for n in aliases}
        alias_order = definition_order(list(aliases), alias_deps, "type alias")
        return [classes[n] for n in class_order], [aliases[n] for n in alias_order]

    def model_field(
        self, owner: str, key: str, schema: Schema, factory_deps: dict[str, list[str]]
    ) -> ModelField:
        """``name: annotation = default``; a spec default of ``{}`` on a ``$ref`` to a class
        becomes ``Field(default_factory=<Class>)``, defined before the owner."""
        s = self.schemas
        name = field_name(key)
        annotation = s.model_type(schema, s.strict(owner), closed=(owner, key) in s.closed_props)
        args = []
        if key not in (s.raw[owner].get("required") or []):
            value = schema.get("default", schema.get("const"))
            target = s.named(schema)
            if isinstance(value, dict | list) and target is not None and s.is_class(target):
                factory_deps.setdefault(owner, []).append(target)
                validate = f"lambda: {s.py[target]}.model_validate({py_literal(value)})"
                args.append(f"default_factory={s.py[target] if value == {} else validate}")
            elif isinstance(value, dict | list):
                factory = {"[]": "list", "{}": "dict"}.get(py_literal(value))
                args.append(f"default_factory={factory or f'lambda: {py_literal(value)}'}")
            else:
                args.append(f"default={py_literal(value)}")
                if value is None and not s.nullable(schema):
                    annotation = union([annotation, "None"])
        if name != key:
            args.append(f"alias={py_literal(key)}")
        line = f"{name}: {annotation}"
        if len(args) == 1 and args[0].startswith("default="):
            line += f" = {args[0].removeprefix('default=')}"
        elif args:
            line += f" = Field({', '.join(args)})"
        return ModelField(name, line, docstring(wrap(self.description(schema), 4), 4))

    def param_views(self) -> tuple[list[ParamClass], list[Alias]]:
        """TypedDicts of the request-side classes and ``Param`` aliases of its unions."""
        s = self.schemas
        classes, aliases = [], {}
        for name, schema in s.raw.items():
            doc = str(schema.get("description") or f"The {name} schema.")
            if name not in s.request_side:
                continue
            if members(schema):
                expr = s.caller_type(schema, arg=False)
                aliases[name] = Alias(f"{s.py[name]}Param", expr, docstring(wrap(doc, 0), 0))
            elif s.is_class(name):
                required = set(schema.get("required") or [])
                keys = []
                for key, sub in (schema.get("properties") or {}).items():
                    annotation = s.caller_type(sub, arg=False)
                    annotation = f"Required[{annotation}]" if key in required else annotation
                    keys.append(
                        (str(key), annotation, docstring(wrap(self.description(sub), 4), 4))
                    )
                functional = any(attr_name(k, ANNOTATION_NAMES) != k for k, _, _ in keys)
                indent = 0 if functional else 4
                classes.append(
                    ParamClass(
                        f"{s.py[name]}Param", docstring(wrap(doc, indent), indent), keys, functional
                    )
                )
        deps = {n: s.alias_deps(s.raw[n]) for n in aliases}
        return classes, [aliases[n] for n in definition_order(list(aliases), deps, "type alias")]

    # -- resources.py

    def resource_tree(self) -> Resource:
        root = Resource("", ())
        for op in self.operations:
            node = root
            for depth, part in enumerate(op.resource):
                node = node.children.setdefault(part, Resource(part, op.resource[: depth + 1]))
            node.ops.append(op)
        for node in root.walk():
            for attr in {op.method for op in node.ops} & {*node.children, "with_raw_response"}:
                where = ".".join(node.path) or "the root"
                raise GenerationError(f"{where}: {attr!r} is both a method and a resource")
        return root

    def methods(self, node: Resource, is_async: bool, raw: bool) -> list[Method]:
        return [self.method(op, is_async, raw) for op in node.ops]

    def method(self, op: Operation, is_async: bool, raw: bool) -> Method:
        """One resource method: its overloads (for a stream flag), signature and docstring."""
        options = dict(OPTIONS)
        if any(a.key == "model" and a.where == "body" for a in op.args):
            options[FALLBACK_OPTION[0]] = FALLBACK_OPTION[1]

        def wrap_raw(value: str) -> str:
            return f"{'AsyncAPIResponse' if is_async else 'APIResponse'}[{value}]" if raw else value

        def params(flag: tuple[str, str | None] = ("", "None"), impl: bool = False) -> list[str]:
            own = [
                a.param(*flag)
                if a.key == op.stream_flag and a.where == "body"
                else a.loose_param()
                if impl and a.required
                else a.param()
                for a in op.args
            ]
            return own + [f"{name}: {annotation} = None" for name, annotation in options.items()]

        result = wrap_raw(op.response_class or "None")
        overloads: list[tuple[list[str], str]] = []
        if op.stream_flag:
            stream = wrap_raw(f"{'AsyncStream' if is_async else 'Stream'}[{op.stream_class}]")
            overloads = [
                (params(("Literal[False] | None", "None")), result),
                (params(("Literal[True]", None)), stream),
                (params(("bool", None)), union([result, stream])),
            ]
            result = union([result, stream])

        lines = wrap(op.summary or f"The {op.operation_id} operation.", 8)
        lines += ["", *wrap(op.description, 8)] if op.description else []
        documented = [a for a in op.args if a.doc]
        lines += ["", "Args:"] if documented else []
        for a in documented:
            lines += ["    " + line for line in wrap(f"{a.name}: {a.doc}", 12, hanging="    ")]
        per_call = f"{', '.join(options)}: per-call options (see poe_sdk._resource.RequestOptions)."
        lines += ["", *wrap(per_call, 8)]
        # The implementation also accepts a missing required argument (``None``), so that the
        # core reports it as a RequestValidationError naming the parameter, like any other.
        impl = params(("bool | None", "None"), impl=True)
        return Method(op.method, overloads, impl, result, docstring(lines, 8), op, list(options))

    # -- rendering

    def header(self) -> str:
        return (
            f"# DO NOT EDIT: generated from {self.spec_path.name} (sha256 {self.sha256[:16]}) by "
            "`make generate` (python codegen/generate.py).  # noqa: E501"
        )

    def render(self) -> dict[str, str]:
        """The package's files by name, before formatting."""
        classes, aliases = self.model_views()
        param_classes, param_aliases = self.param_views()
        root = self.resource_tree()
        nodes = list(root.walk())[1:]
        model_names = [c.name for c in classes] + [a.name for a in aliases]
        param_names = [c.name for c in param_classes] + [a.name for a in param_aliases]
        resource_names = [op.const for op in self.operations] + [
            f"{prefix}{node.base}{suffix}"
            for node in [root, *nodes]
            for prefix in ("Async", "" if node.path else "Sync")
            for suffix in ("", "WithRawResponse")
        ]
        names = model_names + param_names + resource_names
        clashes = sorted({n for n in names if names.count(n) > 1 or n in MODULE_NAMES})
        if clashes:
            raise GenerationError(f"generated names clash: {', '.join(clashes)}")
        env = jinja2.Environment(  # noqa: S701 (the output is Python, not HTML)
            loader=jinja2.FileSystemLoader(TEMPLATES),
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
        )
        common: dict[str, Any] = {
            "header": self.header(),
            "spec_name": self.spec_path.name,
            "sha256": self.sha256,
            "model_names": model_names,
            "param_names": param_names,
            "py_literal": py_literal,
        }
        return {
            "__init__.py": env.get_template("init.py.jinja").render(common),
            "models.py": env.get_template("models.py.jinja").render(
                common, classes=classes, aliases=aliases
            ),
            "params.py": env.get_template("params.py.jinja").render(
                common, classes=param_classes, aliases=param_aliases
            ),
            "resources.py": env.get_template("resources.py.jinja").render(
                common,
                operations=self.operations,
                root=root,
                nodes=nodes,
                methods=self.methods,
                all_names=sorted(resource_names),
            ),
        }


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


# --------------------------------------------------------------------------- files


def ruff(*args: str) -> subprocess.CompletedProcess[str]:
    config = ["--no-cache", "--config", str(REPO / "pyproject.toml")]
    command = [sys.executable, "-m", "ruff", *args, *config]
    return subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603


def generate_into(spec: Path, directory: Path) -> None:
    """Write the formatted, lint-clean package into the empty ``directory``."""
    for name, text in Generator(spec).render().items():
        (directory / name).write_text(text, encoding="utf-8")
    steps = [["check", "--fix-only", "--select", "I,F401"], ["format"], ["check"]]
    for step in steps:
        result = ruff(*step, str(directory))
        if result.returncode != 0:
            output = result.stdout + result.stderr
            raise GenerationError(f"ruff {step[0]} failed on the generated code:\n{output}")


def tree(directory: Path) -> dict[str, bytes]:
    """The files below ``directory`` by relative path (caches left out)."""
    if not directory.is_dir():
        return {}
    return {
        p.relative_to(directory).as_posix(): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def diff(old: dict[str, bytes], new: dict[str, bytes], out: Path) -> list[str]:
    """A unified diff from ``old`` to ``new``, each file introduced by its path and state."""
    lines: list[str] = []
    for name in sorted(old.keys() | new.keys()):
        if old.get(name) == new.get(name):
            continue
        label = f"{out}/{name}"
        state = (
            " (missing)"
            if name not in old
            else " (stale: not generated)"
            if name not in new
            else ""
        )
        before = old.get(name, b"").decode("utf-8", "replace").splitlines(keepends=True)
        after = new.get(name, b"").decode("utf-8", "replace").splitlines(keepends=True)
        lines += [
            f"{label}{state}\n",
            *difflib.unified_diff(before, after, f"a/{label}", f"b/{label}"),
        ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate poe_sdk._generated from openapi.yaml.")
    parser.add_argument("--spec", type=Path, default=REPO / "openapi.yaml")
    parser.add_argument("--out", type=Path, default=REPO / "src" / "poe_sdk" / "_generated")
    parser.add_argument("--check", action="store_true", help="fail with a diff if --out is stale")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="poe-sdk-gen-") as temp:
        fresh = Path(temp) / "_generated"  # a valid package name, for ruff's N999
        fresh.mkdir()
        try:
            generate_into(options.spec, fresh)
        except GenerationError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        new, old = tree(fresh), tree(options.out)
        if options.check:
            changes = diff(old, new, options.out)
            sys.stdout.writelines(changes)
            if changes:
                print(f"{options.out} is out of date: run `make generate`", file=sys.stderr)
            return 1 if changes else 0
        options.out.mkdir(parents=True, exist_ok=True)
        for name in old.keys() - new.keys():
            (options.out / name).unlink()
        for directory in sorted(options.out.rglob("*"), reverse=True):  # emptied subpackages
            if directory.is_dir() and not any(directory.iterdir()):
                directory.rmdir()
        for name in new:
            if old.get(name) != new[name]:
                shutil.copyfile(fresh / name, options.out / name)
        print(f"generated {len(new)} files in {options.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
