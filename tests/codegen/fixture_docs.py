"""Small OpenAPI documents for the generator's tests, written as Python dicts."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from codegen.render import render  # noqa: E402

Doc = dict[str, Any]


def document(paths: Doc, schemas: Doc | None = None, version: str = "3.1.0", **extra: Any) -> Doc:
    """A minimal valid document with ``paths`` and component ``schemas``."""
    doc: Doc = {
        "openapi": version,
        "info": {"title": "Fixture", "version": "1"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }
    doc.update(extra)
    return doc


def json_reply(schema: Doc, status: str = "200") -> Doc:
    """A ``responses`` object with one JSON reply."""
    return {status: {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def ref(name: str) -> Doc:
    return {"$ref": f"#/components/schemas/{name}"}


def post(body: Doc, reply: Doc, operation_id: str = "createThing", **extra: Any) -> Doc:
    """A POST operation with a JSON body and a JSON reply."""
    return {
        "operationId": operation_id,
        "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
        "responses": json_reply(reply),
        **extra,
    }


def generate(tmp_path: Path, doc: Doc, name: str = "openapi.yaml") -> dict[str, str]:
    """The generated files of ``doc`` (before ruff formats them)."""
    spec = tmp_path / name
    spec.write_text(json.dumps(doc))
    return render(spec)
