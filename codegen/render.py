"""From an OpenAPI document to the text of each generated module (before ruff formats it)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2

from codegen.errors import Report, warn
from codegen.model_views import model_views, param_views
from codegen.operations import collect_operations
from codegen.pysource import py_literal, union
from codegen.request_schemas import request_schemas
from codegen.resource_views import methods, resource_tree, twin_doc
from codegen.schemas import Schemas
from codegen.spec import Spec
from codegen.unexpressed import check_document

TEMPLATES = Path(__file__).resolve().parent / "templates"
# Names the generated modules import; no schema or resource may take them.
MODULE_NAMES = frozenset(
    "APIResponse Annotated Any AsyncAPIResource AsyncAPIResponse AsyncBinaryResponse"  # noqa: SIM905
    " AsyncPaginator AsyncRequester AsyncResponseContextManager AsyncStream BinaryResponse"
    " CallOptions ClassVar EMPTY_AS_NONE FILE_PART FileTypes Field Iterable JSON_TEXT Literal"
    " Mapping ModelCallOptions NOT_GIVEN NotGiven Omit Operation Pagination Parameter"
    " RequestModel RequestOptions Required ResponseContextManager ResponseModel Sequence Server"
    " Stream StreamEnd SyncAPIResource SyncPage SyncRequester TYPE_CHECKING Tag TypeAdapter"
    " TypeAlias TypedDict UNKNOWN_TAG UnknownArgument UnknownVariant Unpack WRITE_ONLY"
    " cached_property call_arguments cast describe_helpers httpx open_discriminator overload"
    " signature_of_options warn_deprecated".split()
)


# A spec file name short and plain enough for the docstrings' first lines; any other name
# (long, or with quotes or backslashes) is written as "the OpenAPI document".
PLAIN_NAME = re.compile(r"[A-Za-z0-9_.-]{1,24}")


def spec_name(spec: Spec) -> str:
    """How the generated files name the document they come from."""
    name = spec.path.name
    return name if PLAIN_NAME.fullmatch(name) else "the OpenAPI document"


def header(spec: Spec) -> str:
    """The first line of every generated file."""
    return (
        f"# DO NOT EDIT: generated from {spec_name(spec)} (sha256 {spec.sha256[:16]}) by "
        "`make generate` (python codegen/generate.py).  # noqa: E501"
    )


def render(spec_path: Path) -> dict[str, str]:
    """The package's files by name, before formatting."""
    report = Report()
    spec = Spec(spec_path, report)
    check_document(spec.doc, report)
    schemas = Schemas(spec.doc, report)
    operations = collect_operations(spec, schemas, report)  # hoists the inline bodies first
    schemas.mark_sides(*spec.body_schemas())
    schemas.check_discriminators(report)
    with report.attempt():
        schemas.check_accepts()
    # The models are read even after errors, so that one run reports theirs too.
    classes, aliases = model_views(schemas, report)
    param_classes, param_aliases = param_views(schemas, report)
    report.check()
    root = resource_tree(operations)
    nodes = list(root.walk())[1:]
    model_names = [c.name for c in classes] + [a.name for a in aliases]
    param_names = [c.name for c in param_classes] + [a.name for a in param_aliases]
    taken = set(model_names) | set(param_names)
    for node in nodes:  # a resource named like a schema (organization.data_retention)
        suffixes = ("", "WithRawResponse", "WithStreamingResponse")
        if {f"{p}{node.base}{x}" for p in ("", "Async") for x in suffixes} & taken:
            node.suffix = "Resource"
            warn(f"resource {'.'.join(node.path)}: its classes are named {node.base}...")
    origins: dict[str, list[str]] = {}
    for name in model_names:
        origins.setdefault(name, []).append("a schema")
    for name in param_names:
        origins.setdefault(name, []).append("the TypedDict of a schema")
    for op in operations:
        what = f"{op.http_method} {op.path} ({op.operation_id})"
        origins.setdefault(op.const, []).append(f"the Operation of {what}")
        origins.setdefault(op.args_class, []).append(f"the arguments of {what}")
        if op.helper_args_class:
            origins.setdefault(op.helper_args_class, []).append(f"the helpers' arguments of {what}")
    for module, name in sorted({op.accumulator for op in operations if op.accumulator}):
        origins.setdefault(name, []).append(f"the accumulator {module}.{name}")
    for node in [root, *nodes]:
        for prefix in ("Async", "" if node.path else "Sync"):
            for suffix in ("", "WithRawResponse", "WithStreamingResponse"):
                name = f"{prefix}{node.base}{suffix}"
                origins.setdefault(name, []).append(f"the resource {'.'.join(node.path) or 'root'}")
    resource_names = [
        n for n, o in origins.items() if not o[0].startswith(("a schema", "the Typ", "the acc"))
    ]
    for name, found in origins.items():
        if len(found) > 1 or name in MODULE_NAMES:
            found = found if len(found) > 1 else [*found, "a name the generated modules import"]
            report.error(f"generated names clash: {name} is {' and '.join(found)}")
    report.check()

    env = jinja2.Environment(  # noqa: S701 (the output is Python, not HTML)
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    common: dict[str, Any] = {
        "header": header(spec),
        "spec_name": spec_name(spec),
        "sha256": spec.sha256,
        "model_names": model_names,
        "param_names": param_names,
        "py_literal": py_literal,
        "union": union,
    }
    return {
        "__init__.py": env.get_template("init.py.jinja").render(common),
        "models.py": env.get_template("models.py.jinja").render(
            common, classes=classes, aliases=aliases
        ),
        "params.py": env.get_template("params.py.jinja").render(
            common, classes=param_classes, aliases=param_aliases
        ),
        "request_schemas.json": request_schemas(spec, schemas, header(spec)),
        "resources.py": env.get_template("resources.py.jinja").render(
            common,
            operations=operations,
            root=root,
            nodes=nodes,
            methods=methods,
            twin_doc=twin_doc,
            accumulators=sorted({op.accumulator for op in operations if op.accumulator}),
            helpers=sorted({op.helpers.mixin for op in operations if op.helpers}),
            all_names=sorted(resource_names),
        ),
    }
