"""The OpenAPI document: loaded, validated, and its raw operations and ``$ref``s resolved."""

from __future__ import annotations

import copy
import hashlib
import re
from pathlib import Path
from typing import Any

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError
from openapi_spec_validator import validate as validate_spec
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from codegen.errors import GenerationError, warn

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
Schema = dict[str, Any]
RawOperation = tuple[int, str, Schema, Schema]  # position, path, path item, operation


def path_key(path: str) -> str:
    """``path`` with its ``{parameters}`` replaced by ``{}``, to match paths across parsers."""
    return re.sub(r"\{[^}]*\}", "{}", path)


class Spec:
    """One OpenAPI document: its raw dict, its sha256 and openapi-python-client's parse of it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        spec_bytes = path.read_bytes()
        self.sha256 = hashlib.sha256(spec_bytes).hexdigest()
        try:
            doc = YAML(typ="safe").load(spec_bytes)
        except YAMLError as exc:
            raise GenerationError(f"{path}: invalid YAML: {exc}") from exc
        if not isinstance(doc, dict):
            raise GenerationError(f"{path}: not an OpenAPI document")
        self.doc: Schema = doc
        self.parsed = self.validate()
        self.base_path = str(doc.get("x-sdk-base-path", "")).rstrip("/")
        servers = doc.get("servers") or [{"url": "/"}]
        self.default_server = str(servers[0].get("url") or "/")

    def validate(self) -> GeneratorData:
        """Validate with openapi-spec-validator and openapi-python-client's parser. Parser
        warnings are printed; its errors, and endpoints it had to drop, fail the run."""
        try:
            validate_spec(copy.deepcopy(self.doc))
        except Exception as exc:  # the validator raises several unrelated types
            raise GenerationError(f"{self.path}: invalid OpenAPI document: {exc}") from exc
        config = Config.from_sources(ConfigFile(), MetaType("none"), self.path, "utf-8", True, None)
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

    def raw_operations(self) -> dict[tuple[str, str], RawOperation]:
        """(position, path, path item, operation) by (method, ``path_key(path)``)."""
        found: dict[tuple[str, str], RawOperation] = {}
        for path, item in (self.doc.get("paths") or {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    key = (method, path_key(str(path)))
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
