# It reads JSON documents (``dict[str, Any]``), as codegen/ does: pyright's strict "unknown"
# checks would flag every lookup (pyproject.toml turns them off for codegen/ likewise); mypy
# --strict checks it fully.
# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false
# pyright: reportUnknownArgumentType=false, reportUnknownLambdaType=false
"""By-hand check of the generator against OpenAI's published OpenAPI document (issue 23).

Given the path of OpenAI's ``openapi.yaml`` (github: openai/openai-openapi; never committed
here), it merges the operations issue 23 lists into a scratch copy of our ``openapi.yaml`` in a
temporary directory (OpenAI's paths below our ``/v1``; an OpenAI component whose name one of
ours has gets an ``OpenAI`` prefix, its only rename; an operation on a URL and method we also
describe replaces ours), regenerates a scratch copy of the package from it with zero hand
edits, type-checks the generated package (mypy --strict, pyright strict) and runs one mock
(respx) test per operation: the request (method, URL, the body keys and values sent) and the
parsed reply (the model class, a binary body, a page). With ``--whole`` it also runs OpenAI's
whole document through the generator. It prints each step's wall time and the counts.

Usage: python tools/openai_check.py OPENAI_OPENAPI_YAML [--whole] [--keep DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import io
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]  # (types-PyYAML is not a dependency)

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from codegen.errors import Report  # noqa: E402
from codegen.operations import OperationView, collect_operations  # noqa: E402
from codegen.schemas import Schemas  # noqa: E402
from codegen.spec import Spec  # noqa: E402

Doc = dict[str, Any]

# Issue 23's "Done when": (method, OpenAI path).
OPERATIONS = [
    ("get", "/models"),
    ("get", "/models/{model}"),
    ("delete", "/models/{model}"),
    ("post", "/chat/completions"),
    ("get", "/chat/completions"),
    ("get", "/chat/completions/{completion_id}"),
    ("post", "/chat/completions/{completion_id}"),
    ("delete", "/chat/completions/{completion_id}"),
    ("get", "/chat/completions/{completion_id}/messages"),
    ("post", "/responses"),
    ("get", "/responses/{response_id}"),
    ("delete", "/responses/{response_id}"),
    ("get", "/responses/{response_id}/input_items"),
    ("post", "/embeddings"),
    ("post", "/moderations"),
    ("post", "/files"),
    ("get", "/files"),
    ("get", "/files/{file_id}"),
    ("delete", "/files/{file_id}"),
    ("get", "/files/{file_id}/content"),
    ("post", "/images/generations"),
    ("post", "/images/edits"),
    ("post", "/audio/speech"),
    ("post", "/audio/transcriptions"),
    ("post", "/videos"),
    ("get", "/videos"),
    ("get", "/videos/{video_id}"),
    ("delete", "/videos/{video_id}"),
    ("get", "/videos/{video_id}/content"),
    ("post", "/videos/{video_id}/remix"),
]
PREFIX = "/v1"  # OpenAI's server is https://api.openai.com/v1; ours has x-sdk-base-path /v1
SECTIONS = ("schemas", "responses", "parameters", "requestBodies", "headers")
REF = re.compile(r"^#/components/(\w+)/(.+)$")
BASE_URL = "https://api.example.test/v1"
FILE_BYTES = b"\x00file-bytes"


def load(path: Path) -> Doc:
    """A YAML document (libyaml's parser when installed: OpenAI's 3 MB in ~5 s)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("rb") as stream:
        doc: Doc = yaml.load(stream, Loader=loader)  # noqa: S506 (a safe loader)
    return doc


def refs(value: Any) -> list[tuple[str, str]]:
    """The ``(section, name)`` of every component ``value`` refers to (``$ref``s and
    discriminator mappings)."""
    found: list[tuple[str, str]] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str) and (match := REF.match(item)):
            found.append((match[1], match[2]))
    return found


def renamed(value: Any, names: dict[tuple[str, str], str]) -> Any:
    """``value`` with its component references renamed by ``names``."""
    if isinstance(value, dict):
        return {k: renamed(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [renamed(v, names) for v in value]
    if isinstance(value, str) and (match := REF.match(value)):
        new = names.get((match[1], match[2]))
        return f"#/components/{match[1]}/{new}" if new else value
    return value


def merge(ours: Doc, theirs: Doc) -> tuple[Doc, list[str]]:
    """Our document with OpenAI's ``OPERATIONS`` and the components they reach; notes on
    what was renamed or replaced."""
    merged = copy.deepcopy(ours)
    notes: list[str] = []
    needed: set[tuple[str, str]] = set()
    todo = [r for _, path in OPERATIONS for r in refs(theirs["paths"][path])]
    while todo:
        item = todo.pop()
        if item in needed:
            continue
        needed.add(item)
        todo.extend(refs(theirs["components"][item[0]][item[1]]))
    components = merged.setdefault("components", {})
    names: dict[tuple[str, str], str] = {}
    for section, name in sorted(needed):
        if name in components.get(section, {}):
            names[section, name] = f"OpenAI{name}"
            notes.append(f"renamed components/{section}/{name} -> OpenAI{name}")
    for section, name in sorted(needed):
        target = components.setdefault(section, {})
        new = names.get((section, name), name)
        target[new] = renamed(copy.deepcopy(theirs["components"][section][name]), names)
    for method, path in OPERATIONS:
        item = theirs["paths"][path]
        ours_item = merged["paths"].setdefault(PREFIX + path, {})
        if method in ours_item:
            notes.append(f"{method.upper()} {PREFIX}{path}: OpenAI's operation replaces ours")
        ours_item[method] = renamed(copy.deepcopy(item[method]), names)
        if "parameters" in item:
            ours_item["parameters"] = renamed(copy.deepcopy(item["parameters"]), names)
    return merged, notes


class Sampler:
    """Minimal valid values of JSON schemas (required properties only; first union member)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def resolve(self, schema: Any) -> Doc:
        while isinstance(schema, dict) and "$ref" in schema:
            match = REF.match(str(schema["$ref"]))
            assert match is not None, schema
            schema = self.doc["components"][match[1]][match[2]]
        return schema if isinstance(schema, dict) else {}

    def object_parts(self, schema: Doc) -> tuple[Doc, list[str]]:
        """The properties and required names of an object schema, ``allOf`` merged."""
        properties: Doc = dict(schema.get("properties") or {})
        required = list(schema.get("required") or [])
        for part in schema.get("allOf") or []:
            sub_properties, sub_required = self.object_parts(self.resolve(part))
            properties.update(sub_properties)
            required += [r for r in sub_required if r not in required]
        return properties, required

    def value(self, schema: Any, depth: int = 0, *, file: bool = False) -> Any:
        schema = self.resolve(schema)
        if "const" in schema:
            return schema["const"]
        enum = [v for v in schema.get("enum") or [] if v is not None]
        if enum:
            return enum[0]
        for key in ("oneOf", "anyOf"):
            members = [m for m in schema.get(key) or [] if self.resolve(m).get("type") != "null"]
            if members and "properties" in schema:  # "exactly one of" these required lists
                properties, required = self.object_parts(schema)
                required += [r for r in self.resolve(members[0]).get("required") or []]
                return {k: self.value(properties.get(k, {}), depth + 1) for k in required}
            if members:
                return self.value(members[0], depth + 1, file=file)
        kinds = schema.get("type")
        kind = next((k for k in kinds if k != "null"), None) if isinstance(kinds, list) else kinds
        if kind == "object" or "properties" in schema or "allOf" in schema:
            properties, required = self.object_parts(schema)
            return {k: self.value(properties.get(k, {}), depth + 1) for k in required}
        if kind == "array":
            return [self.value(schema.get("items") or {}, depth + 1, file=file)]
        if kind == "integer":
            return int(schema.get("minimum", 1))
        if kind == "number":
            return float(schema.get("minimum", 1))
        if kind == "boolean":
            return False
        if file and (schema.get("format") == "binary" or "contentMediaType" in schema):
            return "FILE"  # the test sends FILE_BYTES
        return "x" * max(1, int(schema.get("minLength", 1)))


def cases(spec_path: Path, merged: Doc) -> list[Doc]:
    """One test case per merged operation: the call, the reply to mock and what to expect."""
    report = Report()
    with contextlib.redirect_stderr(io.StringIO()):  # the warnings were shown by generate
        spec = Spec(spec_path, report)
        views = collect_operations(spec, Schemas(spec.doc, report), report)
    by_place = {(v.http_method.lower(), v.path): v for v in views}
    sampler = Sampler(merged)
    found = []
    for method, path in OPERATIONS:
        view = by_place.get((method, path))
        if view is None:
            found.append({"name": f"{method.upper()} {path}", "missing": True})
            continue
        found.append(case(view, merged["paths"][PREFIX + path][method], sampler))
    return found


def case(view: OperationView, op: Doc, sampler: Sampler) -> Doc:
    """The test case of one operation."""
    body_schema: Doc = {}
    content = (op.get("requestBody") or {}).get("content") or {}
    media = "multipart/form-data" if view.multipart else "application/json"
    if media in content:
        body_schema = sampler.resolve(content[media].get("schema") or {})
    properties, _ = sampler.object_parts(body_schema)
    positional: list[str] = []
    kwargs: Doc = {}
    sent: Doc = {}
    url = view.path
    for arg in view.args:
        if arg.where == "path":
            positional.append(f"{arg.key}-1")
            url = url.replace("{" + arg.key + "}", f"{arg.key}-1")
        elif arg.required:
            schema = properties.get(arg.key, {}) if arg.where == "body" else {}
            value = sampler.value(schema, file=view.multipart) if schema else "x"
            kwargs[arg.name] = value
            sent[arg.key] = value
    reply: Doc = {"status": 200}
    for status, response in sorted((op.get("responses") or {}).items()):
        if str(status).startswith("2"):
            reply["status"] = int(status)
            reply_content = sampler.resolve(response).get("content") or {}
            json_reply = (reply_content.get("application/json") or {}).get("schema")
            if view.binary or json_reply is None:
                kinds = [k for k in reply_content if k != "text/event-stream"]
                reply["content_type"] = kinds[0] if kinds else ""
            else:
                reply["json"] = sampler.value(json_reply)
            break
    expect = "binary" if view.binary else "page" if view.page else "model"
    if not view.binary and view.response_class is None:
        expect = "none"
    return {
        "name": f"{view.http_method} {view.path}",
        "call": [*view.resource, view.method],
        "positional": positional,
        "kwargs": kwargs,
        "sent": sent,
        "multipart": view.multipart,
        "method": view.http_method,
        "url": url,
        "reply": reply,
        "expect": expect,
        "model": view.response_class,
        "union": view.response_is_union,
    }


TEST_MODULE = '''"""One mock test per merged OpenAI operation (written by tools/openai_check.py)."""

import asyncio
import json
from pathlib import Path

import httpx
import pytest
import respx
from pydantic import BaseModel

from poe_sdk import AsyncBinaryResponse, AsyncPage, AsyncPoeClient

CASES = json.loads((Path(__file__).parent / "cases.json").read_text())
FILE_BYTES = FILE_BYTES_VALUE


def files(value):
    if value == "FILE":
        return ("a.bin", FILE_BYTES, "application/octet-stream")
    if isinstance(value, list):
        return [files(v) for v in value]
    return value


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_operation(case):
    assert not case.get("missing"), "the operation is not generated"
    asyncio.run(check(case))


async def check(case):
    reply = case["reply"]
    if "json" in reply:
        response = httpx.Response(reply["status"], json=reply["json"])
    elif reply.get("content_type"):
        headers = {"content-type": reply["content_type"]}
        response = httpx.Response(reply["status"], content=FILE_BYTES, headers=headers)
    else:
        response = httpx.Response(reply["status"])
    async with AsyncPoeClient(api_key="sk-test", base_url=BASE_URL_VALUE, max_retries=0) as client:
        with respx.mock(base_url=BASE_URL_VALUE, assert_all_called=True) as router:
            route = router.route(method=case["method"], path=case["url"])
            route.mock(return_value=response)
            target = client
            for part in case["call"]:
                target = getattr(target, part)
            kwargs = {k: files(v) for k, v in case["kwargs"].items()}
            result = target(*case["positional"], **kwargs)
            if case["expect"] == "page":
                result = await result
                assert isinstance(result, AsyncPage)
            else:
                result = await result
            request = route.calls[0].request
    if case["multipart"]:
        assert request.headers["content-type"].startswith("multipart/form-data")
        for key in case["sent"]:
            assert f'name="{key}"'.encode() in request.content, key
    elif case["sent"]:
        body = json.loads(request.content)
        for key, value in case["sent"].items():
            assert body[key] == value, key
    if case["expect"] == "binary":
        assert isinstance(result, AsyncBinaryResponse)
        assert await result.read() == FILE_BYTES
    elif case["expect"] == "model" and case["union"]:
        assert isinstance(result, BaseModel)
    elif case["expect"] == "model":
        assert type(result).__name__ == case["model"]
        for key in reply["json"]:  # every field sent back is read
            assert key in result.model_fields_set or key in result.model_extra, key
    elif case["expect"] == "none":
        assert result is None
'''


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Exit code, output and the wall and CPU seconds of ``command`` (the machine may be
    shared: CPU time is what the command cost)."""
    start, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(  # noqa: S603
        command, cwd=cwd, capture_output=True, text=True, check=False, env=env
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    seconds = f"{time.perf_counter() - start:.1f} s wall, {cpu:.1f} s CPU"
    return result.returncode, result.stdout + result.stderr, seconds


def check_issue_operations(openai_yaml: Path, scratch: Path) -> None:
    """Merge, regenerate, type-check and test the issue's operations in ``scratch``."""
    start = time.perf_counter()
    theirs = load(openai_yaml)
    merged, notes = merge(load(REPO / "openapi.yaml"), theirs)
    spec = scratch / "openapi.yaml"
    spec.write_text(json.dumps(merged, indent=1), encoding="utf-8")
    print(f"merge: {len(OPERATIONS)} operations, {time.perf_counter() - start:.1f} s")
    for note in notes:
        print(f"  {note}")

    shutil.copytree(REPO / "src" / "poe_sdk", scratch / "src" / "poe_sdk")
    out = scratch / "src" / "poe_sdk" / "_generated"
    command = [sys.executable, str(REPO / "codegen" / "generate.py"), "--spec", str(spec)]
    code, output, seconds = run([*command, "--out", str(out)], REPO)
    warnings = output.count("warning:")
    print(f"generate: exit {code}, {seconds}, {warnings} warnings")
    if code != 0:
        print(output)
        return

    env = {"MYPYPATH": str(scratch / "src"), "PATH": str(Path(sys.executable).parent)}
    ini = scratch / "mypy.ini"
    ini.write_text(
        "[mypy]\nstrict = True\nplugins = pydantic.mypy\npython_version = 3.10\n"
        "follow_imports = silent\n",
        encoding="utf-8",
    )
    mypy = [sys.executable, "-m", "mypy", "--config-file", str(ini), "-p", "poe_sdk._generated"]
    code, output, seconds = run(mypy, scratch / "src", env)
    print(f"mypy --strict: exit {code}, {seconds}: {output.strip().splitlines()[-1]}")
    config = {
        "include": ["src/poe_sdk/_generated"],
        "typeCheckingMode": "strict",
        "pythonVersion": "3.10",
        "reportPrivateUsage": False,
        "venvPath": str(REPO),
        "venv": ".venv",
    }
    (scratch / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    pyright = str(Path(sys.executable).parent / "pyright")
    code, output, seconds = run([pyright, "--project", str(scratch)], scratch)
    print(f"pyright strict: exit {code}, {seconds}: {output.strip().splitlines()[-1]}")

    tests = scratch / "tests"
    tests.mkdir()
    found = cases(spec, merged)
    (tests / "cases.json").write_text(json.dumps(found, indent=1), encoding="utf-8")
    module = TEST_MODULE.replace("FILE_BYTES_VALUE", repr(FILE_BYTES))
    module = module.replace("BASE_URL_VALUE", repr(BASE_URL))
    (tests / "test_openai_operations.py").write_text(module, encoding="utf-8")
    env = {"PYTHONPATH": str(scratch / "src"), "PATH": str(Path(sys.executable).parent)}
    pytest_command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tests)]
    code, output, seconds = run([*pytest_command, "-o", "addopts="], scratch, env)
    summary = [line for line in output.splitlines() if " passed" in line or " failed" in line]
    print(f"mock tests: exit {code}, {seconds}: {summary[-1] if summary else output[-2000:]}")
    if code != 0:
        print("\n".join(line for line in output.splitlines() if line.startswith("FAILED")))
    print(f"total: {time.perf_counter() - start:.1f} s")


def check_whole_document(openai_yaml: Path, scratch: Path) -> None:
    """Run OpenAI's whole document through the generator; print the time and the result."""
    out = scratch / "whole" / "_generated"
    out.mkdir(parents=True)
    spec = scratch / "whole" / "openapi.yaml"
    shutil.copyfile(openai_yaml, spec)
    command = [sys.executable, str(REPO / "codegen" / "generate.py"), "--spec", str(spec)]
    code, output, seconds = run([*command, "--out", str(out)], REPO)
    problems = re.search(r"(\d+) problems?:", output)
    listed = f"{problems[1]} problems listed by pointer" if problems else "generated"
    print(f"whole document: exit {code}, {seconds}, {listed}")
    print("\n".join(line for line in output.splitlines() if not line.startswith("warning:")))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("openai_yaml", type=Path, help="the path of OpenAI's openapi.yaml")
    parser.add_argument("--whole", action="store_true", help="also the whole document")
    parser.add_argument("--keep", type=Path, help="work in this (empty) directory, kept")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="openai-check-") as temporary:
        scratch = args.keep or Path(temporary)
        scratch.mkdir(parents=True, exist_ok=True)
        check_issue_operations(args.openai_yaml, scratch)
        if args.whole:
            check_whole_document(args.openai_yaml, scratch)


if __name__ == "__main__":
    main()
