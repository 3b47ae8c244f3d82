"""``request_schemas.json``: the spec's request-body schemas as one self-contained JSON Schema
document, which the local test server (``poe_sdk.testing``) validates requests against, so a
client that sends what the spec forbids fails the tests instead of agreeing with itself.

OpenAPI 3.1 schemas are JSON Schema 2020-12: they are copied as written, with their
``#/components/schemas/<Name>`` references rewritten to ``#/$defs/<Name>`` and only the
schemas the request bodies reach kept.
"""

from __future__ import annotations

import json
from typing import Any

from codegen.errors import GenerationError
from codegen.schemas import Schemas
from codegen.spec import Spec

_COMPONENT = "#/components/schemas/"


def request_schemas(spec: Spec, schemas: Schemas, header: str) -> str:
    """The document, as JSON text: ``requests`` maps each request body's schema name (an
    inline body's: the name it was hoisted as) to a reference into ``$defs``; ``header`` (the
    generated files' first line) is its ``$comment``."""
    components: dict[str, Any] = spec.doc.get("components", {}).get("schemas", {})
    requests: dict[str, Any] = {}
    defs: dict[str, Any] = {}
    pending: list[str] = []
    for schema in spec.body_schemas()[0]:
        ref = schema.get("$ref", "")
        if ref.startswith(_COMPONENT):
            name = ref.removeprefix(_COMPONENT)
            pending.append(name)
        elif id(schema) in schemas.hoisted:
            name = schemas.hoisted[id(schema)]
            defs[name] = _rewritten(schema, pending)
        else:
            continue  # a media type beside the one sent (warned about): never sent
        requests[name] = {"$ref": f"#/$defs/{name}"}
    while pending:
        name = pending.pop()
        if name in defs:
            continue
        if name not in components:
            raise GenerationError(f"{_COMPONENT}{name} is referenced but not defined")
        defs[name] = _rewritten(components[name], pending)
    document = {
        "$comment": header.removeprefix("# ").removesuffix("  # noqa: E501"),
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$defs": defs,
        "requests": requests,
    }
    return json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def _rewritten(value: Any, found: list[str]) -> Any:
    """``value`` with its component references pointing into ``$defs`` (each added to
    ``found``)."""
    if isinstance(value, dict):
        copy: dict[str, Any] = {}
        for key, item in value.items():
            if key == "$ref" and isinstance(item, str):
                if not item.startswith(_COMPONENT):
                    raise GenerationError(f"a reference outside the component schemas: {item}")
                found.append(item.removeprefix(_COMPONENT))
                copy[key] = "#/$defs/" + item.removeprefix(_COMPONENT)
            else:
                copy[key] = _rewritten(item, found)
        return copy
    if isinstance(value, list):
        return [_rewritten(item, found) for item in value]
    return value
