"""The document's schemas: Python names, request/response side and Python type expressions.

``model_type`` gives the pydantic annotation of a schema (with the spec's constraints when it
is strict), ``caller_type`` the looser one callers pass (``XParam`` TypedDicts, ``Iterable``,
``Mapping``). Discriminated unions are checked here, reachability decides which side a schema
is on.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openapi_python_client import strings

from codegen.errors import GenerationError, Report, warn
from codegen.pysource import literal, py_literal, union
from codegen.spec import Schema

SCHEMA_REF = "#/components/schemas/"
MAX_NAME = 64  # longer hoisted class names are shortened (they must fit a line with room)
JSON_MEDIA_TYPE = "application/json"


def types_of(schema: Schema) -> list[str]:
    """The schema's ``type`` as a list (``object`` when only ``properties`` says so)."""
    kind = schema.get("type")
    kinds = list(kind) if isinstance(kind, list) else [kind] if kind else []
    return kinds or (["object"] if "properties" in schema else [])


def is_file(schema: Schema) -> bool:
    """A file part of a multipart body: a binary string (3.0 ``format: binary``, 3.1
    ``contentMediaType`` other than JSON)."""
    media = schema.get("contentMediaType")
    binary = schema.get("format") == "binary" or (media is not None and media != JSON_MEDIA_TYPE)
    return binary and "string" in types_of(schema)


def members(schema: Schema) -> list[Schema]:
    """The ``oneOf`` or ``anyOf`` members of a union schema."""
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


class Schemas:
    """The document's schemas: Python names, request/response side and Python types.

    Components keep their names (``strings.ClassName``); inline object schemas with properties
    are hoisted to classes named after where they occur (``<Parent><Property>``).
    """

    def __init__(self, doc: Schema, report: Report | None = None) -> None:
        self.raw: dict[str, Schema] = {}
        self.py: dict[str, str] = {}
        self.hoisted: dict[int, str] = {}
        self.request_side: set[str] = set()
        self.response_side: set[str] = set()
        self.closed_props: set[tuple[str, str]] = set()
        self._py_names: set[str] = set()
        report = report if report is not None else Report()
        for name, schema in (doc.get("components", {}).get("schemas") or {}).items():
            with report.attempt():
                self.register(str(name), schema)

    # -- naming and structure

    def register(self, name: str, schema: Schema, inline: bool = False) -> str:
        """Add ``schema`` as ``name`` (with the inline objects below it) and return ``name``."""
        py = strings.ClassName(name, "Schema")
        if py in self.py.values():
            raise GenerationError(f"schema {name!r}: class name {py} is already taken")
        self.raw[name], self.py[name] = schema, py
        if inline:
            self.hoisted[id(schema)] = name
        self.hoist(name, schema)
        return name

    def hoist(self, name: str, schema: Schema, root: str | None = None) -> None:
        """Register the inline object schemas below ``schema`` as ``<name><Suffix>``; a name
        longer than ``MAX_NAME`` becomes ``<Root><Suffix>`` (numbered if taken), with a
        warning."""
        root = root or name
        for suffix, sub in children(schema):
            sub_name = name + strings.pascal_case(suffix)
            if len(strings.ClassName(sub_name, "Schema")) > MAX_NAME:
                short = root + strings.pascal_case(suffix)
                number = 1
                while short in self.raw or strings.ClassName(short, "Schema") in self.py_names:
                    number += 1
                    short = f"{root}{strings.pascal_case(suffix)}{number}"
                warn(f"inline schema {sub_name}: named {short} (its path is too long a name)")
                sub_name = short
            if "properties" in sub and "$ref" not in sub and "object" in types_of(sub):
                self.register(sub_name, sub, inline=True)
            else:
                self.hoist(sub_name, sub, root)

    def body(self, name: str, schema: Schema) -> str:
        """The schema name of a request or response body (hoisted as ``name`` when inline)."""
        if "$ref" in schema:
            return self.ref(schema)
        return self.hoisted.get(id(schema)) or self.register(name, schema, inline=True)

    def ref(self, schema: Schema) -> str:
        """The name of the component schema that ``schema``'s ``$ref`` points at."""
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
        # ``type: object`` beside ``oneOf`` and no properties: a union of objects, no class.
        union_only = "properties" not in schema and bool(members(schema))
        return "object" in types_of(schema) and not mapping and not union_only

    def is_union_of_classes(self, name: str) -> bool:
        """Whether the schema ``name`` is a ``oneOf``/``anyOf`` of object schemas."""
        parts = members(self.raw[name])
        named = [self.named(m) for m in parts]
        return bool(parts) and all(n is not None and self.is_class(n) for n in named)

    def nullable(self, schema: Schema) -> bool:
        """Whether ``schema`` (behind ``$ref``s, or one of its union members) admits ``null``."""
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

    def mark_sides(self, requests: list[Schema], responses: list[Schema]) -> None:
        """Record the schemas reachable from request bodies and those reachable from responses."""
        self.request_side = self.reachable(requests)
        self.response_side = self.reachable(responses)

    def strict(self, name: str) -> bool:
        """Request-only schemas enforce the spec; anything a response can hold is lenient."""
        return name in self.request_side and name not in self.response_side

    def check_discriminators(self, report: Report) -> None:
        """Every discriminated union must select classes by a constant property; those
        properties stay closed ``Literal`` fields even in lenient response models."""
        for schema in self.raw.values():
            stack = [schema]
            while stack:
                current = stack.pop()
                if current.get("discriminator") and members(current):
                    with report.attempt():
                        self.check_discriminator(current)
                stack.extend(s for _, s in children(current) if id(s) not in self.hoisted)

    def check_discriminator(self, schema: Schema) -> None:
        prop = schema["discriminator"]["propertyName"]
        mapping = schema["discriminator"].get("mapping") or {}
        named = [self.named(m) for m in members(schema)]
        nested = [n for n in named if n is not None and members(self.raw[n])]
        if nested:
            warn(
                f"/components/schemas/{nested[0]}: a union inside the discriminated union "
                f"on {prop!r}: read as a plain union (members tried in turn)"
            )
            del schema["discriminator"]
            return
        for member in members(schema):
            if member == {"type": "null"}:
                continue
            name = self.named(member)
            if name is None or not self.is_class(name):
                raise GenerationError(
                    f"discriminated union members must be object schemas: {member}; "
                    "write a $ref to an object schema"
                )
            values = self.tag_values(name, prop)
            mapped = [t for t, r in mapping.items() if str(r).removeprefix(SCHEMA_REF) == name]
            if not values or any(t not in values for t in mapped):
                expected = ", ".join(map(repr, mapped)) or "one or more values"
                raise GenerationError(
                    f"/components/schemas/{name}/properties/{prop}: the discriminator property "
                    f"must be const or an enum of {expected}"
                )
            self.closed_props.add((name, prop))

    def tag_values(self, name: str, prop: str) -> list[Any]:
        """The values of the discriminator property ``prop`` of the class ``name``."""
        sub = (self.raw[name].get("properties") or {}).get(prop) or {}
        sub = self.raw[self.ref(sub)] if "$ref" in sub else sub
        return (
            [sub["const"]]
            if "const" in sub
            else [v for v in sub.get("enum") or [] if v is not None]
        )

    # -- model types

    def model_type(
        self, schema: Schema, strict: bool, closed: bool = False, own: bool = False
    ) -> str:
        """The pydantic annotation of ``schema``. ``strict`` adds the spec's constraints and
        closes enums; otherwise enums also accept any value of their base type (``closed``
        keeps a discriminator's ``Literal``; ``own``: the definition of a named schema itself)."""
        name = self.named(schema) if not own or "$ref" in schema else None
        if name is not None:
            py = self.py[name]
            return union([py, "None"]) if self.is_class(name) and self.nullable(schema) else py
        null = ["None"] if self.nullable(schema) else []
        if "const" in schema:
            return literal([schema["const"]])
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            parts = [literal(values)] if values else []
            if strict or closed:
                return union(parts + null)
            kinds = [k for k in types_of(schema) if k != "null"] or ["string"]
            parts += [self.single_type(k, {}, strict) for k in kinds]
            if null and "string" in kinds and "" not in values:
                # A reply's "" in a nullable enum (finish_reason: "") means "no value". The
                # validator sits on the open string member: the spec's values and null, the
                # common case, are matched before it and pay nothing.
                parts = [p if p != "str" else "Annotated[str, EMPTY_AS_NONE]" for p in parts]
            return union(parts + null)
        if members(schema):
            options = [m for m in members(schema) if m != {"type": "null"}]
            if schema.get("discriminator") and not strict:
                return union([self.open_union(schema, options), *null])
            expr = union([self.model_type(m, strict) for m in options])
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

    def open_union(self, schema: Schema, options: list[Schema]) -> str:
        """A discriminated union of a reply: each member tagged with its constant, plus an
        ``UnknownVariant`` that keeps the data of a tag the spec does not know yet. A member
        with several values is tagged with its first; the discriminator maps the others."""
        prop = str(schema["discriminator"]["propertyName"])
        tagged, tags, by_value = [], [], {}
        for member in options:
            name = self.ref(member) if "$ref" in member else self.named(member)
            values = self.tag_values(name or "", prop) or [None]
            tags.append(py_literal(values[0]))
            by_value.update({py_literal(v): py_literal(values[0]) for v in values})
            tagged.append(f"Annotated[{self.model_type(member, False)}, Tag({tags[-1]})]")
        tagged.append("Annotated[UnknownVariant, Tag(UNKNOWN_TAG)]")
        if len(by_value) > len(tags):
            known = "{" + ", ".join(f"{v}: {t}" for v, t in by_value.items()) + "}"
        else:
            known = f"({', '.join(tags)},)"
        choose = f"open_discriminator({py_literal(prop)}, {known})"
        return f"Annotated[{union(tagged)}, {choose}]"

    def single_type(self, kind: str, schema: Schema, strict: bool) -> str:
        """The annotation of one JSON ``type`` of ``schema`` (constrained when ``strict``)."""
        constraints: list[str] = []
        scalars = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
        if kind == "null":
            return "None"
        if kind == "string" and is_file(schema):
            return "Annotated[Any, FILE_PART]" if strict else "str"
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
        if not strict and kind == "string" and schema.get("contentMediaType") == JSON_MEDIA_TYPE:
            return f"Annotated[{expr}, JSON_TEXT]"  # a reply may send the JSON value itself
        return expr

    @staticmethod
    def scalar_constraints(schema: Schema) -> list[str]:
        """``Field`` arguments for a scalar's bounds, lengths, ``multipleOf`` and ``pattern``."""
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

    def caller_type(self, schema: Schema, arg: bool, own: bool = False) -> str:
        """The annotation callers see: ``XParam`` TypedDicts (``XParam | X`` in a method
        signature: ``arg``), ``Iterable``/``Sequence`` for arrays, ``Mapping`` for maps;
        ``own``: the definition of a named schema itself."""
        name = self.named(schema) if not own or "$ref" in schema else None
        if name is not None:
            py, target = self.py[name], self.raw[name]
            accepted = self.accepted(name) if arg else []
            if self.is_class(name):
                return union(
                    [
                        self.param_name(name),
                        *[py] * arg,
                        *accepted,
                        *["None"] * self.nullable(target),
                    ]
                )
            if members(target):
                param = self.param_name(name)
                return union([param, *[py] * (arg and self.has_objects(target)), *accepted])
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
            elif kind == "string" and is_file(schema):
                parts.append("FileTypes")
            else:
                parts.append(self.single_type(kind, {}, strict=False))
        return union(parts) if parts else "object"

    def accepted(self, name: str) -> list[str]:
        """The classes named by ``x-sdk-accepts`` on schema ``name`` (or on its union members):
        a method argument of this schema also takes their instances (a reply's message sent
        back in the conversation); the request model converts them by their fields."""
        target = self.raw[name]
        refs = target.get("x-sdk-accepts") or []
        if not isinstance(refs, list):
            raise GenerationError(f"schema {name}: x-sdk-accepts must be a list of $refs")
        found: list[str] = []
        for ref in refs:
            other = self.ref(ref) if isinstance(ref, dict) and "$ref" in ref else None
            if other is None or not self.is_class(other):
                raise GenerationError(
                    f"schema {name}: x-sdk-accepts entries must be $refs to object schemas"
                )
            found.append(self.py[other])
        for member in members(target):
            sub = self.named(member)
            found += self.accepted(sub) if sub is not None else []
        return list(dict.fromkeys(found))

    def check_accepts(self) -> None:
        """Every ``x-sdk-accepts`` must name object schemas (checked even where unused)."""
        for name in self.raw:
            self.accepted(name)

    def description(self, schema: Schema) -> str:
        """The schema's description, else that of the schema its ``$ref`` points at."""
        if schema.get("description") or "$ref" not in schema:
            return str(schema.get("description") or "")
        return str(self.raw[self.ref(schema)].get("description") or "")

    def param_name(self, name: str) -> str:
        """The TypedDict (or ``Param`` alias) of schema ``name``: ``<Class>Param``, or
        ``<Class>ParamDict`` when a schema has that name (OpenAI's ``FunctionToolParam``)."""
        param = f"{self.py[name]}Param"
        return f"{param}Dict" if param in self.py_names else param

    @property
    def py_names(self) -> set[str]:
        """Every schema's class or alias name."""
        if len(self._py_names) != len(self.py):
            self._py_names = set(self.py.values())
        return self._py_names

    def definition_deps(self, name: str) -> list[str]:
        """The non-class schemas the alias ``name`` refers to (not itself, when hoisted)."""
        return [dep for _, sub in children(self.raw[name]) for dep in self.alias_deps(sub)]

    def alias_deps(self, schema: Schema) -> list[str]:
        """The non-class schemas a type alias refers to (they must be defined before it)."""
        name = self.named(schema)
        if name is not None:
            return [] if self.is_class(name) else [name]
        return [dep for _, sub in children(schema) for dep in self.alias_deps(sub)]
