"""What ``resources.py`` holds: the resource tree and each resource method's overloads,
signature and docstring."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from openapi_python_client import strings

from codegen.errors import GenerationError
from codegen.operations import FALLBACK_OPTION, OPTIONS, Operation
from codegen.pysource import docstring, union, wrap


@dataclass
class Method:
    """A resource method: ``overloads`` (parameters, return type) and the implementation."""

    name: str
    overloads: list[tuple[list[str], str]]
    params: list[str]
    ret: str
    doc: str
    op: Operation
    options: list[str]
    positional: list[str]
    paginated: bool


@dataclass
class Resource:
    """A node of the resource tree (``client.chat.completions``): sub-resources and operations."""

    attr: str
    path: tuple[str, ...]
    children: dict[str, Resource] = field(default_factory=dict)
    ops: list[Operation] = field(default_factory=list)

    @property
    def base(self) -> str:
        """The class name stem: ``ChatCompletions`` for ``chat.completions``."""
        return strings.ClassName(" ".join(self.path), "Resource") if self.path else "RootResources"

    def walk(self) -> Iterator[Resource]:
        """This node and every node below it, depth first."""
        yield self
        for child in self.children.values():
            yield from child.walk()


def resource_tree(operations: list[Operation]) -> Resource:
    """The root of the tree of ``operations`` by resource path."""
    root = Resource("", ())
    for op in operations:
        node = root
        for depth, part in enumerate(op.resource):
            node = node.children.setdefault(part, Resource(part, op.resource[: depth + 1]))
        node.ops.append(op)
    for node in root.walk():
        for attr in {op.method for op in node.ops} & {*node.children, "with_raw_response"}:
            where = ".".join(node.path) or "the root"
            raise GenerationError(f"{where}: {attr!r} is both a method and a resource")
    return root


def methods(node: Resource, is_async: bool, raw: bool) -> list[Method]:
    """The methods of one resource class (``raw``: of its ``...WithRawResponse`` twin)."""
    return [method(op, is_async, raw) for op in node.ops]


def method(op: Operation, is_async: bool, raw: bool) -> Method:
    """One resource method: its overloads (for a stream flag), signature and docstring."""
    options = dict(OPTIONS)
    if any(a.key == "model" and a.where == "body" for a in op.args):
        options[FALLBACK_OPTION[0]] = FALLBACK_OPTION[1]

    def wrap_raw(value: str) -> str:
        return f"{'AsyncAPIResponse' if is_async else 'APIResponse'}[{value}]" if raw else value

    def params(flag: tuple[str, str | None], impl: bool = False) -> list[str]:
        own = [
            a.param(*flag)
            if a.key == op.stream_flag and a.where == "body"
            else a.loose_param()
            if impl and a.required and a.where != "path"
            else a.param()
            for a in op.keyword
        ]
        return own + [f"{name}: {ann} = {default}" for name, (ann, default) in options.items()]

    result = wrap_raw(op.response_class or "None")
    paginated = op.page is not None and not raw
    if op.page is not None and not raw:
        page = f"{op.page.item_class}, {op.response_class}"
        result = f"AsyncPaginator[{page}]" if is_async else f"SyncPage[{page}]"
    overloads: list[tuple[list[str], str]] = []
    impl = params(("bool | None", "None"))
    if op.stream_flag:
        stream = wrap_raw(f"{'AsyncStream' if is_async else 'Stream'}[{op.stream_class}]")
        overloads = [
            (params(("Literal[False] | None", "None")), result),
            (params(("Literal[True]", None)), stream),
            (params(("bool", None)), union([result, stream])),
        ]
        result = union([result, stream])
        # Behind the overloads, the implementation also accepts a missing required argument
        # (``None``), so that the core reports it as a RequestValidationError naming it.
        impl = params(("bool | None", "None"), impl=True)

    lines = wrap(op.summary or f"The {op.operation_id} operation.", 8)
    lines += ["", *wrap(op.description, 8)] if op.description else []
    if op.deprecated:
        lines += ["", "Deprecated: calling it issues a DeprecationWarning."]
    if paginated:
        how = "``await`` it for the first page, or ``async for``" if is_async else "``for``"
        lines += ["", *wrap(f"Paginated: {how} over the items of every page.", 8)]
    documented = [a for a in op.args if a.doc]
    lines += ["", "Args:"] if documented else []
    for a in documented:
        lines += ["    " + line for line in wrap(f"{a.name}: {a.doc}", 12, hanging="    ")]
    per_call = f"{', '.join(options)}: per-call options (see poe_sdk._resource.RequestOptions)."
    lines += ["", *wrap(per_call, 8)]
    positional = [a.param() for a in op.positional]
    return Method(
        op.method,
        [(positional + p, r) for p, r in overloads],
        positional + impl,
        result,
        docstring(lines, 8),
        op,
        list(options),
        positional,
        paginated,
    )
