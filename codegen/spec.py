"""The OpenAPI document: loaded, validated, and its raw operations and ``$ref``s resolved."""

from __future__ import annotations

import hashlib
import json
import re
import urllib.parse
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema.exceptions import ValidationError, best_match
from jsonschema.validators import Draft202012Validator, validator_for
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from codegen.errors import GenerationError, Report, json_pointer, pointer, warn
from codegen.normalise import normalise, repair

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
Schema = dict[str, Any]
RawOperation = tuple[int, str, Schema, Schema]  # position, path, path item, operation
MESSAGE_LENGTH = 160  # a validator message quoting a whole schema is cut to this


def path_key(path: str) -> str:
    """``path`` with its ``{parameters}`` replaced by ``{}``: two paths with the same key
    reach the same URLs. A query in the key (OpenAI's ``/responses?beta=true``) is part of
    it: those are other URLs."""
    template, _, query = path.partition("?")
    key = re.sub(r"\{[^}]*\}", "{}", template)
    pairs = sorted(urllib.parse.parse_qsl(query, keep_blank_values=True))
    return f"{key}?{urllib.parse.urlencode(pairs)}" if pairs else key


class Spec:
    """One OpenAPI document: its raw dict (read tolerantly, then validated) and its sha256."""

    def __init__(self, path: Path, report: Report | None = None) -> None:
        self.path = path
        self.report = report if report is not None else Report()
        spec_bytes = path.read_bytes()
        self.sha256 = hashlib.sha256(spec_bytes).hexdigest()
        try:
            doc = YAML(typ="safe").load(spec_bytes)
        except YAMLError as exc:
            raise GenerationError(f"{path.name}: invalid YAML: {exc}") from exc
        if not isinstance(doc, dict):
            raise GenerationError(f"{path.name}: not an OpenAPI document")
        self.doc: Schema = doc
        repair(doc, self.report)
        for message in validation_errors(doc):
            self.report.error(message)
        self.report.check()  # a document that is not OpenAPI cannot be read further
        normalise(doc, self.report)
        self.base_path = str(doc.get("x-sdk-base-path", "")).rstrip("/")
        servers = doc.get("servers") or [{"url": "/"}]
        self.default_server = str(servers[0].get("url") or "/")
        for index, server in enumerate(servers[1:], 1):
            warn(f"/servers/{index}: only the first server is used ({server.get('url')!r})")

    def raw_operations(self) -> dict[tuple[str, str], RawOperation]:
        """(position, path, path item, operation) by (method, ``path_key(path)``). Two
        operations reaching the same URL with the same method are reported (the first kept)."""
        found: dict[tuple[str, str], RawOperation] = {}
        for path, item in (self.doc.get("paths") or {}).items():
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                key = (method, path_key(str(path)))
                if key in found:
                    first = f"/paths/{pointer(found[key][1])}/{method}"
                    self.report.error(
                        f"/paths/{pointer(str(path))}/{method}: {method.upper()} {path} reaches"
                        f" the same URLs as {first}; keep one of them"
                    )
                    continue
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

    def resolve_schema(self, schema: Schema) -> Schema:
        """``schema``, or the component schema its ``$ref`` points at (recursively)."""
        return self.resolve(schema, "schemas")

    def content(self, obj: Schema, section: str) -> Schema:
        """The media types of a request body (``requestBodies``) or response (``responses``)."""
        return self.resolve(obj, section).get("content") or {}

    def body_schemas(self) -> tuple[list[Schema], list[Schema]]:
        """The schemas of every request body and of every response, in document order."""
        requests, responses = [], []
        for _, _, _, op in self.raw_operations().values():
            if "requestBody" in op:
                content = self.content(op["requestBody"], "requestBodies")
                requests += [m["schema"] for m in content.values() if "schema" in m]
            for response in (op.get("responses") or {}).values():
                content = self.content(response, "responses")
                responses += [m["schema"] for m in content.values() if "schema" in m]
        return requests, responses


def validation_errors(doc: Schema) -> list[str]:
    """What makes ``doc`` invalid OpenAPI 3.0/3.1, each message with its JSON pointer: the
    document against the OpenAPI schema of its version, and (3.1) each schema object against
    JSON Schema 2020-12."""
    version = str(doc.get("openapi", ""))
    folder = {"3.0": "v3.0", "3.1": "v3.1"}.get(version[:3])
    if folder is None:
        return [f"/openapi: version {version!r} is not supported; write 3.0.x or 3.1.x"]
    source = resources.files("openapi_spec_validator") / "resources" / "schemas" / folder
    meta = json.loads((source / "schema.json").read_text(encoding="utf-8"))
    errors = [(list(e.absolute_path), e) for e in validator_for(meta)(meta).iter_errors(doc)]
    if folder == "v3.1":
        checker = Draft202012Validator(Draft202012Validator.META_SCHEMA)
        for parts, schema in schema_roots(doc):
            errors += [([*parts, *e.absolute_path], e) for e in checker.iter_errors(schema)]
    messages = []
    for parts, error in sorted(errors, key=lambda pe: [str(p) for p in pe[0]]):
        best = best_match([error]) or error
        deeper = list(best.absolute_path)[len(error.absolute_path) :]
        messages.append(f"{json_pointer([*parts, *deeper])}: {short(best)}")
    return list(dict.fromkeys(messages))


def short(error: ValidationError) -> str:
    """A validator message without its quoted schema (cut when long)."""
    message = error.message
    return message if len(message) <= MESSAGE_LENGTH else message[: MESSAGE_LENGTH - 3] + "..."


def schema_roots(doc: Schema) -> list[tuple[list[str | int], Any]]:
    """The schemas of the components, parameters, request bodies and responses, with their
    paths (lists of keys)."""
    roots: list[tuple[list[str | int], Any]] = []
    components = doc.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        roots.append((["components", "schemas", name], schema))

    def holder(obj: Any, parts: list[str | int]) -> None:
        if not isinstance(obj, dict):
            return
        if "schema" in obj:
            roots.append(([*parts, "schema"], obj["schema"]))
        content = obj.get("content")
        for media, body in (content if isinstance(content, dict) else {}).items():
            if isinstance(body, dict) and "schema" in body:
                roots.append(([*parts, "content", media, "schema"], body["schema"]))

    for section in ("parameters", "requestBodies", "responses"):
        for name, obj in (components.get(section) or {}).items():
            holder(obj, ["components", section, name])
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for index, param in enumerate(item.get("parameters") or []):
            holder(param, ["paths", path, "parameters", index])
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            for index, param in enumerate(op.get("parameters") or []):
                holder(param, ["paths", path, method, "parameters", index])
            holder(op.get("requestBody"), ["paths", path, method, "requestBody"])
            for status, response in (op.get("responses") or {}).items():
                holder(response, ["paths", path, method, "responses", status])
    return roots
