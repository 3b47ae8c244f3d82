"""From an OpenAPI document to the text of each generated module (before ruff formats it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from codegen.errors import GenerationError
from codegen.model_views import model_views, param_views
from codegen.operations import collect_operations
from codegen.pysource import py_literal, union
from codegen.request_schemas import request_schemas
from codegen.resource_views import methods, resource_tree
from codegen.schemas import Schemas
from codegen.spec import Spec
from codegen.unexpressed import check_document

TEMPLATES = Path(__file__).resolve().parent / "templates"
# Names the generated modules import; no schema or resource may take them.
MODULE_NAMES = frozenset(
    "APIResponse Annotated Any AsyncAPIResource AsyncAPIResponse AsyncPaginator AsyncRequester"  # noqa: SIM905
    " AsyncStream CallOptions ClassVar EMPTY_AS_NONE Field Iterable JSON_TEXT Literal Mapping"
    " ModelCallOptions NOT_GIVEN NotGiven Omit Operation Pagination Parameter RequestModel"
    " RequestOptions Required ResponseModel Sequence Server Stream StreamEnd SyncAPIResource"
    " SyncPage SyncRequester TYPE_CHECKING Tag TypeAdapter TypeAlias TypedDict UNKNOWN_TAG"
    " UnknownArgument"
    " UnknownVariant Unpack cached_property call_arguments cast httpx open_discriminator"
    " overload warn_deprecated AsyncResponseContextManager ResponseContextManager"
    " signature_of_options".split()
)


def header(spec: Spec) -> str:
    """The first line of every generated file."""
    return (
        f"# DO NOT EDIT: generated from {spec.path.name} (sha256 {spec.sha256[:16]}) by "
        "`make generate` (python codegen/generate.py).  # noqa: E501"
    )


def render(spec_path: Path) -> dict[str, str]:
    """The package's files by name, before formatting."""
    spec = Spec(spec_path)
    check_document(spec.doc)
    schemas = Schemas(spec.doc)
    operations = collect_operations(spec, schemas)  # hoists the inline bodies first
    schemas.mark_sides(*spec.body_schemas())
    schemas.check_discriminators()
    schemas.check_accepts()

    classes, aliases = model_views(schemas)
    param_classes, param_aliases = param_views(schemas)
    root = resource_tree(operations)
    nodes = list(root.walk())[1:]
    model_names = [c.name for c in classes] + [a.name for a in aliases]
    param_names = [c.name for c in param_classes] + [a.name for a in param_aliases]
    resource_names = (
        [op.const for op in operations]
        + [op.args_class for op in operations]
        + [op.helper_args_class for op in operations if op.helper_args_class]
        + [
            f"{prefix}{node.base}{suffix}"
            for node in [root, *nodes]
            for prefix in ("Async", "" if node.path else "Sync")
            for suffix in ("", "WithRawResponse")
        ]
    )
    names = model_names + param_names + resource_names
    clashes = sorted({n for n in names if names.count(n) > 1 or n in MODULE_NAMES})
    if clashes:
        raise GenerationError(f"generated names clash: {', '.join(clashes)}")

    env = jinja2.Environment(  # noqa: S701 (the output is Python, not HTML)
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    common: dict[str, Any] = {
        "header": header(spec),
        "spec_name": spec.path.name,
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
            accumulators=sorted({op.accumulator for op in operations if op.accumulator}),
            helpers=sorted({op.helpers.mixin for op in operations if op.helpers}),
            all_names=sorted(resource_names),
        ),
    }
