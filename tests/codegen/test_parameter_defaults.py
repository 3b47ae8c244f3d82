"""A required parameter with a default: an optional argument whose default is sent."""

from __future__ import annotations

from pathlib import Path

from fixture_docs import document, generate, json_reply


def test_only_a_required_parameter_s_default_is_sent(tmp_path: Path) -> None:
    parameters = [
        {
            "name": "api-version",
            "in": "header",
            "required": True,
            "schema": {"type": "string", "default": "2023-06-01"},
        },
        {"name": "limit", "in": "query", "schema": {"type": "string", "default": "20"}},
        {"name": "trace", "in": "header", "required": True, "schema": {"type": "string"}},
    ]
    reply = json_reply({"type": "object", "properties": {"ok": {"type": "boolean"}}})
    paths = {
        "/things": {
            "get": {"operationId": "listThings", "parameters": parameters, "responses": reply}
        }
    }
    resources = generate(tmp_path, document(paths))["resources.py"]

    assert 'Parameter("api-version", "header", explode=False, default="2023-06-01")' in resources
    assert 'Parameter("limit", "query")' in resources  # optional: its default is never sent
    assert 'Parameter("trace", "header", explode=False)' in resources
    args = resources.split("class ThingsListArgs(")[1].split("\nclass ")[0]
    assert "    api_version: str | NotGiven | Omit | None" in args  # optional for the caller
    assert "    trace: Required[str]" in args
