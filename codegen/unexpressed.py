"""Nothing in the document is dropped silently: every construct the generator does not express
fails the run or is listed in a warning, each naming its place (a JSON pointer).

Schema keywords are checked against the list of those ``schemas`` and ``models`` express; a
new keyword is therefore reported until the generator learns it.
"""

from __future__ import annotations

from typing import Any

from codegen.errors import Report, pointer, warn
from codegen.keywords import EXPRESSED, INSTEAD, WARNED
from codegen.schemas import JSON_MEDIA_TYPE, is_file
from codegen.spec import HTTP_METHODS, Schema

OPERATION_KEYS = frozenset(
    "operationId summary description tags parameters requestBody responses deprecated"  # noqa: SIM905
    " security servers externalDocs".split()
)
PATH_ITEM_KEYS = frozenset({"summary", "description", "parameters", "servers", *HTTP_METHODS})
ROOT_KEYS = frozenset(
    "openapi info servers paths components security tags externalDocs jsonSchemaDialect".split()  # noqa: SIM905
)


def check_document(doc: Schema, report: Report) -> None:
    """Report (to ``report``) every construct that would change what is sent or read and is
    not expressed; warn about the harmless ones."""
    for key in doc:
        if key == "webhooks":
            warn("/webhooks: webhooks are not generated (the client only sends requests)")
        elif not str(key).startswith("x-") and key not in ROOT_KEYS:
            report.error(f"/{key}: not supported; remove it")
    for name, scheme in ((doc.get("components") or {}).get("securitySchemes") or {}).items():
        if scheme.get("type") != "http" or str(scheme.get("scheme", "")).lower() != "bearer":
            warn(f"/components/securitySchemes/{name}: only bearer keys are sent")
    for name, schema in ((doc.get("components") or {}).get("schemas") or {}).items():
        check_schema(schema, f"/components/schemas/{pointer(str(name))}", report)
    for path, item in (doc.get("paths") or {}).items():
        check_path_item(item, f"/paths/{pointer(str(path))}", report)


def check_path_item(item: Schema, where: str, report: Report) -> None:
    for key, value in item.items():
        if str(key).startswith("x-"):
            continue
        if key not in PATH_ITEM_KEYS:
            report.error(f"{where}/{key}: not supported in a path item; remove it")
        elif key in HTTP_METHODS:
            check_operation(value, f"{where}/{key}", report)
    for index, param in enumerate(item.get("parameters") or []):
        check_schema(param.get("schema") or {}, f"{where}/parameters/{index}/schema", report)


def check_operation(op: Schema, where: str, report: Report) -> None:
    for key in op:
        if key == "callbacks":
            report.error(f"{where}/callbacks: callbacks are not supported; remove them")
        elif not str(key).startswith("x-") and key not in OPERATION_KEYS:
            report.error(f"{where}/{key}: not supported in an operation; remove it")
    for index, param in enumerate(op.get("parameters") or []):
        check_schema(param.get("schema") or {}, f"{where}/parameters/{index}/schema", report)
    content = (op.get("requestBody") or {}).get("content") or {}
    for media, body in content.items():
        place = f"{where}/requestBody/content/{pointer(str(media))}"
        sent = (
            "application/json"
            if any(str(m).startswith("application/json") for m in content)
            else "multipart/form-data"
        )
        if not str(media).startswith(sent):
            warn(f"{place}: only the {sent} request body is sent")
        check_schema(body.get("schema") or {}, f"{place}/schema", report)
    seen: dict[str, str] = {}
    for status, response in (op.get("responses") or {}).items():
        for media, reply in ((response or {}).get("content") or {}).items():
            place = f"{where}/responses/{status}/content/{pointer(str(media))}"
            check_schema(reply.get("schema") or {}, f"{place}/schema", report)
            kind = str(media).split(";")[0].strip()
            if str(status).startswith("2") and "schema" in reply:
                if kind in seen:
                    warn(f"{place}: only the {seen[kind]} {kind} reply is parsed")
                seen.setdefault(kind, str(status))


def check_schema(schema: Any, where: str, report: Report) -> None:
    """Check one schema and the schemas inside it."""
    if not isinstance(schema, dict):
        return
    for raw_key in schema:
        key = str(raw_key)
        if key.startswith("x-") or key in EXPRESSED:
            continue
        if key == "contentMediaType" and schema[raw_key] == JSON_MEDIA_TYPE:
            continue  # JSON text in a string: decoded when replies are read (schemas.py)
        if key in ("format", "contentMediaType") and is_file(schema):
            continue  # a file part of a multipart body (schemas.py)
        if key in WARNED:
            warn(f"{where}/{key}: {WARNED[key]}")
        else:
            instead = INSTEAD.get(
                key, "remove it, or express it with the keywords codegen/README.md lists"
            )
            report.error(f"{where}/{key}: the keyword {key!r} is not supported; {instead}")
    if schema.get("additionalProperties") is False:
        warn(f"{where}/additionalProperties: false is not enforced (unknown keys pass through)")
    for key, sub in (schema.get("properties") or {}).items():
        check_schema(sub, f"{where}/properties/{pointer(str(key))}", report)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            check_schema(schema[key], f"{where}/{key}", report)
    for key in ("oneOf", "anyOf", "allOf"):
        for index, sub in enumerate(schema.get(key) or []):
            check_schema(sub, f"{where}/{key}/{index}", report)
