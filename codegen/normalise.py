"""Tolerant reading: what published documents write beside the letter of OpenAPI, where the
intent is clear, rewritten into the one form the rest of the generator reads.

Each rewrite is announced by a warning naming its JSON pointer (OpenAPI 3.0's ``nullable``,
which is the standard there, silently); a construct whose intent is not clear is an error
naming its pointer and what to write instead.

- ``nullable: true`` (3.0; accepted in 3.1 with a warning) -> ``type: [x, "null"]``, or
  ``anyOf: [..., {type: "null"}]`` beside a ``$ref`` or a union;
- duplicate ``required`` entries -> each once;
- a boolean ``exclusiveMinimum``/``exclusiveMaximum`` in 3.1 (3.0's form) -> the number;
- ``$recursiveRef: "#"`` -> a ``$ref`` to the component holding ``$recursiveAnchor``;
  keywords no JSON Schema draft defines (``optional``, ``min_items``) -> dropped;
- ``allOf`` of several schemas -> one schema with their properties and ``required`` merged
  (a single ``$ref`` member is kept: it is the referenced schema, documented).
"""

from __future__ import annotations

import copy
from typing import Any

from codegen.errors import Report, pointer, warn
from codegen.keywords import INSTEAD, WARNED

Schema = dict[str, Any]
SCHEMA_REF = "#/components/schemas/"

# Every keyword of JSON Schema 2020-12 and its earlier drafts, and OpenAPI's own schema
# keywords: anything else in a schema is unknown (JSON Schema ignores it; so do we, warning).
KNOWN_KEYWORDS = frozenset(
    "$schema $id $ref $anchor $dynamicRef $dynamicAnchor $vocabulary $comment $defs definitions"  # noqa: SIM905
    " $recursiveRef $recursiveAnchor type enum const multipleOf maximum exclusiveMaximum minimum"
    " exclusiveMinimum maxLength minLength pattern maxItems minItems uniqueItems maxContains"
    " minContains maxProperties minProperties required dependentRequired dependencies"
    " properties patternProperties additionalProperties propertyNames unevaluatedProperties"
    " items prefixItems additionalItems contains unevaluatedItems allOf anyOf oneOf not if then"
    " else dependentSchemas format contentEncoding contentMediaType contentSchema title"
    " description default deprecated readOnly writeOnly examples example discriminator xml"
    " externalDocs nullable".split()
)
SUBSCHEMA_KEYS = ("items", "additionalProperties", "not", "contains", "if", "then", "else")
SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
# Keywords that constrain nothing: an ``allOf`` member of only these adds them to its parent.
ANNOTATIONS = frozenset({"nullable", "description", "title", "deprecated", "default", "example"})
# What a merged ``allOf`` member contributes beside its properties (docs are the parent's).
MERGED_KEYS = ("additionalProperties", "minProperties", "maxProperties")
# What an allOf member says that the merged schema does not need: its own documentation.
MEMBER_DOCS = frozenset(
    "description title example examples externalDocs $comment default".split()  # noqa: SIM905
)
# What an allOf member says of itself that is not carried into the schema that merges it.
NOT_CARRIED = frozenset({"readOnly", "writeOnly", "deprecated", "discriminator"})


def repair(doc: Schema, report: Report) -> None:
    """Before validation: duplicate ``required`` entries, boolean exclusive bounds in 3.1,
    unknown keywords and ``$recursiveRef``, each rewritten with a warning."""
    Normaliser(doc, report, repair=True).run()


def normalise(doc: Schema, report: Report) -> None:
    """After validation: ``nullable`` and ``allOf`` rewritten (see the module docstring)."""
    Normaliser(doc, report, repair=False).run()


class Normaliser:
    """One pass over every schema of a document (components first, then the paths)."""

    def __init__(self, doc: Schema, report: Report, repair: bool) -> None:
        self.doc = doc
        self.repair = repair
        self.report = report
        self.v31 = str(doc.get("openapi", "")).startswith("3.1")
        self.components: Schema = (doc.get("components") or {}).get("schemas") or {}
        self.done: set[int] = set()
        self.merging: set[str] = set()

    def run(self) -> None:
        for name, schema in self.components.items():
            self.component(str(name), schema)
        components = self.doc.get("components") or {}
        for section in ("parameters", "requestBodies", "responses", "headers"):
            for name, obj in (components.get(section) or {}).items():
                self.holder(obj, f"/components/{section}/{pointer(str(name))}")
        for path, item in (self.doc.get("paths") or {}).items():
            where = f"/paths/{pointer(str(path))}"
            if not isinstance(item, dict):
                continue
            self.holders(item.get("parameters"), f"{where}/parameters")
            for method, op in item.items():
                if isinstance(op, dict) and method not in ("parameters", "servers"):
                    self.operation(op, f"{where}/{method}")

    def operation(self, op: Schema, where: str) -> None:
        self.holders(op.get("parameters"), f"{where}/parameters")
        if isinstance(op.get("requestBody"), dict):
            self.holder(op["requestBody"], f"{where}/requestBody")
        for status, response in (op.get("responses") or {}).items():
            if isinstance(response, dict):
                self.holder(response, f"{where}/responses/{pointer(str(status))}")

    def holders(self, objs: Any, where: str) -> None:
        for index, obj in enumerate(objs if isinstance(objs, list) else []):
            if isinstance(obj, dict):
                self.holder(obj, f"{where}/{index}")

    def holder(self, obj: Schema, where: str) -> None:
        """A parameter, header, request body or response: its schema and its media types'."""
        if isinstance(obj.get("schema"), dict):
            self.schema(obj["schema"], f"{where}/schema", None)
        content = obj.get("content")
        for media, body in (content if isinstance(content, dict) else {}).items():
            if isinstance(body, dict) and isinstance(body.get("schema"), dict):
                self.schema(body["schema"], f"{where}/content/{pointer(str(media))}/schema", None)
        for name, header in (obj.get("headers") or {}).items():
            if isinstance(header, dict):
                self.holder(header, f"{where}/headers/{pointer(str(name))}")

    def component(self, name: str, schema: Any) -> None:
        if isinstance(schema, dict):
            self.schema(schema, f"/components/schemas/{pointer(name)}", name)

    def schema(self, schema: Schema, where: str, component: str | None) -> None:
        """Normalise ``schema`` and the schemas inside it (each once)."""
        if id(schema) in self.done:
            return
        self.done.add(id(schema))
        if not self.repair and isinstance(schema.get("allOf"), list):
            self.annotation_members(schema, where)
        for key in SUBSCHEMA_KEYS:
            if isinstance(schema.get(key), dict):
                self.schema(schema[key], f"{where}/{key}", component)
        for key in SUBSCHEMA_LISTS:
            for index, sub in enumerate(schema.get(key) or []):
                if isinstance(sub, dict):
                    self.schema(sub, f"{where}/{key}/{index}", component)
        for key in SUBSCHEMA_MAPS:
            subs = schema.get(key)
            for name, sub in (subs if isinstance(subs, dict) else {}).items():
                if isinstance(sub, dict):
                    self.schema(sub, f"{where}/{key}/{pointer(str(name))}", component)
        if self.repair:
            self.keywords(schema, where, component)
            self.required(schema, where)
            self.exclusive_bounds(schema, where)
            return
        self.presence_rules(schema, where)
        self.nullable(schema, where)
        if isinstance(schema.get("allOf"), list):
            self.merge_all_of(schema, where)

    def keywords(self, schema: Schema, where: str, component: str | None) -> None:
        """Unknown keywords are dropped; draft 2019-09's recursive references resolved."""
        for key in list(schema):
            if str(key).startswith("x-") or key in KNOWN_KEYWORDS:
                continue
            warn(f"{where}/{key}: {key!r} is no JSON Schema keyword: ignored")
            del schema[key]
        if "$recursiveAnchor" in schema:
            warn(f"{where}/$recursiveAnchor: read as the target of $recursiveRef: '#'")
            del schema["$recursiveAnchor"]
        if "$recursiveRef" in schema:
            if schema["$recursiveRef"] != "#" or component is None:
                self.report.error(
                    f"{where}/$recursiveRef: only '#' inside a component schema is supported;"
                    f" write $ref: '{SCHEMA_REF}<Name>' instead"
                )
                return
            target = f"{SCHEMA_REF}{pointer(component)}"
            warn(f"{where}/$recursiveRef: read as $ref: {target!r}")
            del schema["$recursiveRef"]
            schema["$ref"] = target

    def required(self, schema: Schema, where: str) -> None:
        required = schema.get("required")
        if isinstance(required, list) and len(set(map(str, required))) != len(required):
            twice = sorted({str(r) for r in required if required.count(r) > 1})
            warn(f"{where}/required: {', '.join(twice)} listed twice: read once")
            schema["required"] = list(dict.fromkeys(required))

    def exclusive_bounds(self, schema: Schema, where: str) -> None:
        """OpenAPI 3.0's boolean ``exclusiveMinimum`` in a 3.1 document: the number."""
        if not self.v31:
            return
        for exclusive, inclusive in (
            ("exclusiveMinimum", "minimum"),
            ("exclusiveMaximum", "maximum"),
        ):
            value = schema.get(exclusive)
            if not isinstance(value, bool):
                continue
            if value and inclusive in schema:
                schema[exclusive] = schema.pop(inclusive)
                value = schema[exclusive]
                warn(f"{where}/{exclusive}: true (OpenAPI 3.0) read as {exclusive}: {value!r}")
            else:
                del schema[exclusive]
                warn(f"{where}/{exclusive}: {str(value).lower()} without {inclusive}: ignored")

    def nullable(self, schema: Schema, where: str) -> None:
        """``nullable: true``: the schema also admits ``null``."""
        if "nullable" not in schema:
            return
        value = schema.pop("nullable")
        if self.v31 and value is True:
            warn(f'{where}/nullable: OpenAPI 3.0 keyword read as type: [..., "null"] (3.1 form)')
        if value is not True:
            return
        kind = schema.get("type")
        if kind is not None:
            kinds = list(kind) if isinstance(kind, list) else [kind]
            schema["type"] = kinds + ["null"] * ("null" not in kinds)
            if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
                schema["enum"] = [*schema["enum"], None]
        elif "$ref" in schema or (
            isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1
        ):
            inner = {"$ref": schema.pop("$ref")} if "$ref" in schema else schema.pop("allOf")[0]
            schema["anyOf"] = [inner, {"type": "null"}]
        elif isinstance(schema.get("anyOf") or schema.get("oneOf"), list):
            key = "anyOf" if "anyOf" in schema else "oneOf"
            if {"type": "null"} not in schema[key]:
                schema[key] = [*schema[key], {"type": "null"}]
        elif "allOf" in schema:
            schema["anyOf"] = [{"allOf": schema.pop("allOf")}, {"type": "null"}]
            self.merge_all_of(schema["anyOf"][0], f"{where}/allOf")

    def presence_rules(self, schema: Schema, where: str) -> None:
        """``anyOf``/``oneOf``/``not`` of bare ``required`` lists beside ``properties``
        ("exactly one of a, b"): which fields are present is left to the server."""
        if "properties" not in schema:
            return
        for key in ("anyOf", "oneOf", "not"):
            value = schema.get(key)
            rules = value if isinstance(value, list) else [value]
            if value is not None and all(
                isinstance(r, dict) and set(r) <= {"required", "description"} for r in rules
            ):
                warn(f"{where}/{key}: which properties must be present is not validated")
                del schema[key]

    def annotation_members(self, schema: Schema, where: str) -> None:
        """``allOf`` members that constrain nothing (``{nullable: true}``, a description) are
        read as keywords of the schema itself."""
        kept = []
        for index, part in enumerate(schema["allOf"]):
            if isinstance(part, dict) and set(part) <= ANNOTATIONS:
                for key, value in part.items():
                    schema.setdefault(key, value)
                if part:
                    warn(f"{where}/allOf/{index}: read as keywords of the schema itself")
            else:
                kept.append(part)
        schema["allOf"] = kept

    def distribute(self, schema: Schema, where: str) -> bool:
        """``allOf: [<union>, <object>...]``: the union of each member merged with the
        objects (``anyOf: [allOf: [A, obj], allOf: [B, obj]]``). Whether it applied."""
        parts = schema["allOf"]
        unions = [p for p in parts if isinstance(p, dict) and ("anyOf" in p or "oneOf" in p)]
        if len(unions) != 1 or len(parts) < 2:
            return False
        union = unions[0]
        key = "anyOf" if "anyOf" in union else "oneOf"
        others = [p for p in parts if p is not union]
        options = []
        for index, member in enumerate(union[key]):
            option: Schema = {"allOf": [member, *copy.deepcopy(others)]}
            self.merge_all_of(option, f"{where}/allOf/{parts.index(union)}/{key}/{index}")
            options.append(option)
        del schema["allOf"]
        schema[key] = options
        if "discriminator" in union:
            schema["discriminator"] = union["discriminator"]
        return True

    def merge_all_of(self, schema: Schema, where: str) -> None:
        """``allOf`` of object schemas: one schema with their properties and ``required``."""
        parts = schema["allOf"]
        if not parts:
            del schema["allOf"]
            return
        if self.distribute(schema, where):
            return
        structural = set(schema) - {"allOf", "description", "title", "deprecated", "default"}
        structural -= {k for k in schema if str(k).startswith("x-") or k in ("example", "examples")}
        if len(parts) == 1 and not structural:
            return  # a documented reference to one schema: read as that schema
        merged: Schema = {"type": "object"}
        properties: Schema = {}
        required: list[Any] = []
        for index, part in enumerate([*parts, {k: schema[k] for k in structural}]):
            place = f"{where}/allOf/{index}" if index < len(parts) else where
            target = self.resolved(part, place)
            if target is None:
                return
            kinds = target.get("type")
            kinds = kinds if isinstance(kinds, list) else [kinds] if kinds else []
            unmergeable = {"anyOf", "oneOf", "enum", "const", "allOf", "items"} & set(target)
            if unmergeable or set(kinds) - {"object"}:
                self.report.error(
                    f"{place}: allOf can merge only object schemas (this one is "
                    f"{'/'.join(sorted(unmergeable)) or '/'.join(map(str, kinds))}); "
                    "write the combined schema out, or use oneOf/anyOf for alternatives"
                )
                return
            if index < len(parts):
                self.member_keywords(target, place, inline="$ref" not in part)
            for key, sub in (target.get("properties") or {}).items():
                properties[key] = copy.deepcopy(sub)
            required += [r for r in target.get("required") or [] if r not in required]
            own = index == len(parts)
            for key, value in target.items():
                if key in MERGED_KEYS or (own and key not in ("properties", "required", "type")):
                    merged[key] = copy.deepcopy(value)
        for key in ("description", "title", "deprecated", "default"):
            if key in schema:
                merged[key] = schema[key]
        merged.update({k: v for k, v in schema.items() if str(k).startswith("x-")})
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = required
        schema.clear()
        schema.update(merged)

    def member_keywords(self, member: Schema, where: str, *, inline: bool) -> None:
        """Report what an ``allOf`` member says beyond its properties, ``required`` and the
        merged keywords, which the merged schema would otherwise lose silently: a keyword of
        the member itself (``deprecated``, ``readOnly``, a ``discriminator``, an ``x-sdk-``
        extension) in a warning; an inline member's other keywords as on any schema (a
        ``$ref``ed member's are reported at its component)."""
        handled = {"properties", "required", "type", "allOf", *MERGED_KEYS, *MEMBER_DOCS}
        for raw_key in member:
            key = str(raw_key)
            if key in handled or (key.startswith("x-") and not key.startswith("x-sdk-")):
                continue
            if key in NOT_CARRIED or key.startswith("x-sdk-"):
                warn(
                    f"{where}/{key}: not carried into the schema allOf merges it into; write it"
                    " on that schema (or on the properties it concerns)"
                )
            elif not inline:
                continue
            elif key in WARNED:
                warn(f"{where}/{key}: {WARNED[key]}")
            else:
                instead = INSTEAD.get(key, "write the combined schema out")
                self.report.error(
                    f"{where}/{key}: the keyword {key!r} of an allOf member is not supported;"
                    f" {instead}"
                )

    def resolved(self, part: Any, where: str) -> Schema | None:
        """An ``allOf`` member, behind its ``$ref`` (normalised first)."""
        if not isinstance(part, dict):
            self.report.error(f"{where}: an allOf member must be a schema object")
            return None
        ref = part.get("$ref")
        if ref is None:
            return part
        name = str(ref).removeprefix(SCHEMA_REF)
        if not str(ref).startswith(SCHEMA_REF) or not isinstance(self.components.get(name), dict):
            self.report.error(f"{where}/$ref: {ref!r} is no component schema")
            return None
        if name in self.merging:
            self.report.error(f"{where}/$ref: allOf refers back to {name!r} (recursive allOf)")
            return None
        self.merging.add(name)
        try:
            self.component(name, self.components[name])
        finally:
            self.merging.discard(name)
        target: Schema = self.components[name]
        return (
            self.resolved(target, f"/components/schemas/{pointer(name)}")
            if "$ref" in target
            else target
        )
