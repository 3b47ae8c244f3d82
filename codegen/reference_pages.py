"""The documentation site's reference pages, generated at each build (``make docs``).

``operation_pages`` reads ``openapi.yaml`` through the generator's own views (the same names,
Python types and docstrings as ``poe_sdk._generated``) and writes one page per resource:
every parameter of every operation with its type, bounds and default. ``api_pages`` lists
every public name of ``poe_sdk``, ``poe_sdk.types`` and ``poe_sdk.testing`` for mkdocstrings,
which renders them from their docstrings. ``codegen/mkdocs_hooks.py`` adds both to the site;
nothing here is written to the repository.
"""

from __future__ import annotations

import ast
import importlib
import re
from collections.abc import Iterable
from pathlib import Path

from codegen.errors import Report
from codegen.operations import Arg, OperationView, collect_operations
from codegen.resource_views import method
from codegen.schemas import Schemas, members
from codegen.spec import Schema, Spec, path_key

OPERATIONS_DIR = "reference/operations"

# The headings of the ``poe_sdk`` reference page; a public name in none of them is listed
# under "More" (so a new name is never missing from the site).
GROUPS: dict[str, list[str]] = {
    "Clients": [
        "AsyncPoeClient",
        "PoeClient",
        "Timeout",
        "DEFAULT_TIMEOUT",
        "DEFAULT_MAX_RETRIES",
        "DEFAULT_STREAM_IDLE_TIMEOUT",
    ],
    "Per-call options": ["CallOptions", "ModelCallOptions", "NOT_GIVEN", "NotGiven", "Omit"],
    "Retries and limits": ["RetryPolicy", "ResponseLimits", "RateLimit"],
    "Streams and accumulators": [
        "AsyncStream",
        "Stream",
        "ChunkAccumulator",
        "ChatCompletionAccumulator",
        "ResponseAccumulator",
        "MessageAccumulator",
    ],
    "Pages and raw responses": [
        "AsyncPage",
        "AsyncPaginator",
        "SyncPage",
        "PageInfo",
        "APIResponse",
        "AsyncAPIResponse",
        "AsyncResponseContextManager",
        "AsyncStreamedAPIResponse",
        "ResponseContextManager",
        "StreamedAPIResponse",
    ],
    "Binary replies and file uploads": ["AsyncBinaryResponse", "BinaryResponse", "FileTypes"],
    "Structured outputs and tools": ["pydantic_function_tool"],
    "Content parts": [
        "text_part",
        "image_part",
        "file_part",
        "audio_part",
        "content_part",
        "guess_mime_type",
        "FileSource",
        "ImageDetail",
        "AudioFormat",
    ],
    "Replies": ["UnknownVariant", "Attachment", "AttachmentKind", "find_attachments"],
}
# The errors of ``poe_sdk.lib`` (structured outputs), listed with those of ``_exceptions``.
LIB_ERRORS = [
    "LengthFinishReasonError",
    "ContentFilterFinishReasonError",
    "StructuredOutputError",
    "VideoFailedError",
    "VideoPollTimeoutError",
]
# Classes shown with the members they inherit: the clients' resources (``client.chat``, ...)
# come from the generated ``AsyncRootResources`` / ``SyncRootResources`` mixins, the raw and
# streamed replies' facts from ``ReplyFacts``.
WITH_INHERITED = frozenset(
    {
        "AsyncPoeClient",
        "PoeClient",
        "APIResponse",
        "AsyncAPIResponse",
        "AsyncStreamedAPIResponse",
        "StreamedAPIResponse",
    }
)
# Names the pages do not render with mkdocstrings (a module, the version string).
NOT_RENDERED = frozenset({"types", "__version__"})


# -- operations


def operation_pages(spec_path: Path) -> dict[str, str]:
    """``{page path: markdown}``: one page per resource (``chat.completions``) of the spec,
    and an index of them."""
    report = Report()
    spec = Spec(spec_path, report)
    schemas = Schemas(spec.doc, report)
    operations = collect_operations(spec, schemas, report)
    report.check()
    raw = {(m, key): op for (m, key), (_, _, _, op) in spec.raw_operations().items()}
    by_resource: dict[str, list[OperationView]] = {}
    for op in operations:
        by_resource.setdefault(".".join(op.resource), []).append(op)
    pages: dict[str, str] = {}
    index = [
        "# Operations",
        "",
        f"Generated from `{spec_path.name}` at each build: every operation of the API, as a",
        "method of `PoeClient` and `AsyncPoeClient`, with every parameter.",
        "",
        "| Method | HTTP | Summary |",
        "|---|---|---|",
    ]
    for resource, ops in by_resource.items():
        pages[f"{OPERATIONS_DIR}/{resource}.md"] = resource_page(spec, schemas, resource, ops, raw)
        for op in ops:
            index.append(
                f"| [`client.{resource}.{op.method}`]({resource}.md#{op.method}) "
                f"| `{op.http_method} {full_path(op)}` | {one_line(op.summary)} |"
            )
    pages[f"{OPERATIONS_DIR}/index.md"] = "\n".join(index) + "\n"
    return pages


def resource_page(
    spec: Spec,
    schemas: Schemas,
    resource: str,
    ops: list[OperationView],
    raw: dict[tuple[str, str], Schema],
) -> str:
    """The page of one resource: each of its operations."""
    lines = [f"# client.{resource}", ""]
    for op in ops:
        op_raw = raw[(op.http_method.lower(), path_key(full_path(op)))]
        lines += operation_section(spec, schemas, resource, op, op_raw)
    return "\n".join(lines) + "\n"


def operation_section(
    spec: Spec, schemas: Schemas, resource: str, op: OperationView, op_raw: Schema
) -> list[str]:
    """One operation: what it sends, what it returns, and a table of its parameters."""
    sync, asynchronous = method(op, is_async=False, mode=""), method(op, True, "")
    call = f"client.{resource}.{op.method}"
    lines = [
        f"## `{op.method}`",
        "",
        f"`{op.http_method} {full_path(op)}` (`{op.operation_id}`). {op.summary}".rstrip(),
        "",
    ]
    if op.description:
        lines += [op.description.strip(), ""]
    if op.deprecated:
        lines += ["**Deprecated**: calling it issues a `DeprecationWarning`.", ""]
    lines += [
        "```python",
        f"{call}(...)          # PoeClient: {sync.ret}",
        f"await {call}(...)    # AsyncPoeClient: {asynchronous.ret}",
        "```",
        "",
    ]
    if op.flag_arg is not None:
        lines += [
            f"With `{op.flag_arg.name}=True` the result is a stream of "
            f"`{op.stream_class}` events (`Stream` on `PoeClient`, `AsyncStream` on "
            "`AsyncPoeClient`); see [Streaming](../../streaming.md).",
            "",
        ]
    if asynchronous.paginated:
        lines += [
            "Paginated: `await` it for the first page or `async for` over every item "
            "(`AsyncPoeClient`); `for` over every item (`PoeClient`).",
            "",
        ]
    lines += [
        f"`client.{resource}.with_raw_response.{op.method}(...)` returns the HTTP response "
        "([`APIResponse`][poe_sdk.APIResponse]) with the result on `.parse()`.",
        "",
    ]
    if op.args:
        lines += [
            "| Parameter | Type | Bounds | Default | Description |",
            "|---|---|---|---|---|",
        ]
        lines += [parameter_row(spec, schemas, a, op_raw) for a in op.args]
        lines.append("")
        named = type_links(a.annotation for a in op.args)
        lines += [f"The types: {named}.", ""] if named else []
    else:
        lines += ["It takes no parameters of its own.", ""]
    options = "ModelCallOptions" if op.takes_fallbacks else "CallOptions"
    lines += [
        "An argument left out (or `NOT_GIVEN`, `Omit()`) is not sent (the server's default",
        "applies); `None` is the same,",
        "except where the table says it is sent as `null`. Every argument is checked before",
        "anything is sent: a value out of its bounds raises `RequestValidationError`.",
        f"The per-call options of [`{options}`][poe_sdk.{options}] apply too.",
        "",
    ]
    return lines


def parameter_row(spec: Spec, schemas: Schemas, arg: Arg, op_raw: Schema) -> str:
    """A table row: name, Python type, bounds, default and description of one argument."""
    schema = argument_schema(spec, schemas, arg, op_raw)
    where = "" if arg.where == "body" else f" ({arg.where})"
    if arg.required:
        default = "required"
    elif "default" in schema:
        default = f"not sent (server: `{json_text(schema['default'])}`)"
    else:
        default = "not sent"
    notes = []
    if arg.nullable:
        notes.append("`None` is sent as `null`.")
    if arg.deprecated:
        notes.append("Deprecated: passing it issues a `DeprecationWarning`.")
    description = " ".join([one_line(arg.doc), *notes]).strip()
    return (
        f"| `{arg.name}`{where} | {code(arg.annotation)} | "
        f"{cell(bounds(schemas, schema))} | {default} | {cell(description)} |"
    )


def type_links(annotations: Iterable[str]) -> str:
    """Links to the ``poe_sdk.types`` entries of the names used in ``annotations``."""
    public = set(importlib.import_module("poe_sdk.types").__all__)
    names = dict.fromkeys(
        name for text in annotations for name in re.findall(r"\b[A-Z]\w+", text) if name in public
    )
    return ", ".join(f"[`{name}`][poe_sdk.types.{name}]" for name in names)


def argument_schema(spec: Spec, schemas: Schemas, arg: Arg, op_raw: Schema) -> Schema:
    """The spec's schema of one argument (a body property, or a parameter's schema)."""
    if arg.where == "body":
        content = spec.content(op_raw["requestBody"], "requestBodies")
        body = next(iter(content.values()))["schema"]
        body = schemas.raw[schemas.ref(body)] if "$ref" in body else body
        props: Schema = body.get("properties") or {}
        return resolved(schemas, props[arg.key])
    for parameter in op_raw.get("parameters") or []:
        parameter = spec.resolve(parameter, "parameters")
        if parameter.get("name") == arg.key and parameter.get("in") == arg.where:
            return resolved(schemas, parameter.get("schema") or {})
    return {}


def resolved(schemas: Schemas, schema: Schema) -> Schema:
    """``schema``, or the component schema its ``$ref`` names (with the ref's siblings)."""
    if "$ref" not in schema:
        return schema
    target = resolved(schemas, schemas.raw[schemas.ref(schema)])
    return {**target, **{k: v for k, v in schema.items() if k != "$ref"}}


# -- bounds


def bounds(schemas: Schemas, schema: Schema) -> str:
    """The spec's limits on a value, in words: ranges, lengths, sizes, enums, patterns.
    For a union, each member's limits, named by its type."""
    own = limits(schema)
    items = schema.get("items")
    if isinstance(items, dict) and "$ref" not in items and limits(items):
        own.append(f"each item {'; '.join(limits(items))}")
    values = schema.get("additionalProperties")
    if isinstance(values, dict) and "$ref" not in values and limits(values):
        own.append(f"each value {'; '.join(limits(values))}")
    for member in members(schema):
        member = resolved(schemas, member)
        inner = bounds(schemas, member) if "$ref" not in member else ""
        if inner:
            own.append(f"{kind(member)}: {inner}")
    return "; ".join(own)


def limits(schema: Schema) -> list[str]:
    """The limits ``schema`` itself states."""
    found: list[str] = []
    low, high = schema.get("minimum"), schema.get("maximum")
    xlow, xhigh = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if low is not None and high is not None:
        found.append(f"{low} to {high}")
    else:
        found += [f">= {low}"] if low is not None else []
        found += [f"<= {high}"] if high is not None else []
    found += [f"> {xlow}"] if xlow is not None else []
    found += [f"< {xhigh}"] if xhigh is not None else []
    for key, words in (
        ("minLength", "length >= {}"),
        ("maxLength", "length <= {}"),
        ("minItems", ">= {} items"),
        ("maxItems", "<= {} items"),
        ("minProperties", ">= {} entries"),
        ("maxProperties", "<= {} entries"),
    ):
        if key in schema:
            found.append(words.format(schema[key]))
    if "pattern" in schema:
        found.append(f"matches `{schema['pattern']}`")
    if "enum" in schema:
        found.append("one of " + ", ".join(f"`{json_text(v)}`" for v in schema["enum"]))
    if "const" in schema:
        found.append(f"exactly `{json_text(schema['const'])}`")
    return found


def kind(schema: Schema) -> str:
    """A word for a union member's JSON type (``array``, ``string``, ...)."""
    types = schema.get("type")
    if isinstance(types, list):
        return " or ".join(str(t) for t in types)
    return str(types or "value")


# -- public names


def api_pages() -> dict[str, str]:
    """``{page path: markdown}``: every public name of ``poe_sdk``, ``poe_sdk.types`` (and its
    ``chat`` and ``responses`` aliases) and ``poe_sdk.testing``, for mkdocstrings."""
    poe_sdk = importlib.import_module("poe_sdk")
    exceptions = list(importlib.import_module("poe_sdk._exceptions").__all__)
    names = [n for n in poe_sdk.__all__ if n not in NOT_RENDERED]
    grouped = {title: [n for n in group if n in names] for title, group in GROUPS.items()}
    grouped["Errors"] = [n for n in [*exceptions, *LIB_ERRORS] if n in names]
    placed = {n for group in grouped.values() for n in group}
    grouped["More"] = [n for n in names if n not in placed]
    main = [
        "# poe_sdk",
        "",
        "Every public name of `poe_sdk` (its `__all__`), from the docstrings. The generated",
        "models and request types are in [poe_sdk.types](types.md); the operations and their",
        "parameters in [Operations](operations/index.md).",
        "",
    ]
    for title, group in grouped.items():
        if group:
            main += [f"## {title}", "", *directives("poe_sdk", group)]
        if title == "Clients":
            main += [
                "The methods of the clients' resources (`client.chat.completions.create`, ...)",
                "and every parameter of each are on the [Operations](operations/index.md) pages.",
                "",
            ]

    types = importlib.import_module("poe_sdk.types")
    models = importlib.import_module("poe_sdk._generated.models")
    model_names = [n for n in types.__all__ if n in models.__all__]
    type_page = [
        "# poe_sdk.types",
        "",
        "The models of replies (pydantic, read tolerantly) and the `...Param` TypedDicts of",
        "requests, generated from `openapi.yaml` (the descriptions are the spec's).",
        "The openai SDK's names are aliases in `poe_sdk.types.chat` and",
        "`poe_sdk.types.responses`, the anthropic SDK's in `poe_sdk.types.messages`, below.",
        "",
        "## Models",
        "",
        *directives("poe_sdk.types", model_names, heading_level=3),
        "## Request types",
        "",
        *directives("poe_sdk.types", [n for n in types.__all__ if n not in model_names], 3),
    ]
    for module, vendor in (("chat", "openai"), ("responses", "openai"), ("messages", "anthropic")):
        aliases = importlib.import_module(f"poe_sdk.types.{module}")
        type_page += [
            f"## poe_sdk.types.{module}",
            "",
            f"| {vendor} name | poe-sdk type |",
            "|---|---|",
            *alias_rows(f"poe_sdk.types.{module}", aliases.__all__),
            "",
        ]

    testing = importlib.import_module("poe_sdk.testing")
    testing_page = [
        "# poe_sdk.testing",
        "",
        "The local server, its faults and the pytest plugin (the `testing` extra:",
        "`pip install 'poe-sdk[testing]'`). See [Testing your code](../testing.md).",
        "",
        *directives("poe_sdk.testing", [n for n in testing.__all__ if n != "faults"]),
        "## poe_sdk.testing.faults",
        "",
        *directives("poe_sdk.testing", ["faults"], with_members=True),
        "## poe_sdk.testing.pytest_plugin",
        "",
        *directives("poe_sdk.testing", ["pytest_plugin"], with_members=True),
    ]
    return {
        "reference/poe_sdk.md": "\n".join(main) + "\n",
        "reference/types.md": "\n".join(type_page) + "\n",
        "reference/testing.md": "\n".join(testing_page) + "\n",
    }


def directives(
    module: str, names: Iterable[str], heading_level: int = 3, with_members: bool = False
) -> list[str]:
    """mkdocstrings' ``::: module.name`` block for each name."""
    lines: list[str] = []
    for name in names:
        lines += [f"::: {module}.{name}", "    options:", f"      heading_level: {heading_level}"]
        if name in WITH_INHERITED:
            lines.append("      inherited_members: true")
        if with_members:
            lines += ["      show_root_heading: true", "      members: true"]
        lines.append("")
    return lines


def alias_rows(module: str, names: Iterable[str]) -> list[str]:
    """``| openai name | poe-sdk type |`` for the aliases of ``module``, read from its imports
    (``from .._generated.params import X as Y``), with a link to the type's entry."""
    source = importlib.import_module(module).__file__ or ""
    imported = {
        alias.asname or alias.name: alias.name
        for node in ast.walk(ast.parse(Path(source).read_text()))
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    return [
        f"| `{name}` | [`{imported[name]}`][poe_sdk.types.{imported[name]}] |" for name in names
    ]


# -- text


def full_path(op: OperationView) -> str:
    """The operation's path as the spec writes it (with the base path when relative)."""
    return op.path if op.server is not None else f"{op.base_path}{op.path}"


def one_line(text: str) -> str:
    """``text`` on one line."""
    return " ".join(text.split())


def cell(text: str) -> str:
    """``text`` safe in a table cell."""
    return one_line(text).replace("|", "\\|")


def code(text: str) -> str:
    """``text`` as inline code in a table cell."""
    return f"`{cell(text)}`"


def json_text(value: object) -> str:
    """A JSON value as the spec writes it (``true``, ``null``, ``"auto"`` without quotes)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
