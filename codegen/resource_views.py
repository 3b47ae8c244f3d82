"""What ``resources.py`` holds: the resource tree and each resource method's overloads,
signature and docstring."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from openapi_python_client import strings

from codegen.errors import GenerationError
from codegen.operations import OperationView
from codegen.pysource import docstring, py_literal, union, wrap


@dataclass
class Method:
    """A resource method: ``overloads`` (the stream flag's parameter, return type) and the
    implementation's positional and keyword parameters."""

    name: str
    overloads: list[tuple[list[str], str]]
    positional: list[str]
    keyword: list[str]
    kwargs: str
    ret: str
    doc: str
    op: OperationView
    paginated: bool
    arguments: str  # the expression of all arguments as one mapping


@dataclass
class Resource:
    """A node of the resource tree (``client.chat.completions``): sub-resources and operations."""

    attr: str
    path: tuple[str, ...]
    children: dict[str, Resource] = field(default_factory=dict)
    ops: list[OperationView] = field(default_factory=list)
    suffix: str = ""  # "Resource" when the stem is also a schema's name

    @property
    def base(self) -> str:
        """The class name stem: ``ChatCompletions`` for ``chat.completions``."""
        if not self.path:
            return "RootResources"
        return strings.ClassName(" ".join(self.path), "Resource") + self.suffix

    def walk(self) -> Iterator[Resource]:
        """This node and every node below it, depth first."""
        yield self
        for child in self.children.values():
            yield from child.walk()


def resource_tree(operations: list[OperationView]) -> Resource:
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


def method(op: OperationView, is_async: bool, raw: bool) -> Method:
    """One resource method: its overloads (for a stream flag), signature and docstring.

    The keyword arguments are written once, as the operation's ``<Stem>Args`` TypedDict
    (``**kwargs: Unpack[...]``); the overloads differ only in the stream flag."""

    def wrap_raw(value: str) -> str:
        return f"{'AsyncAPIResponse' if is_async else 'APIResponse'}[{value}]" if raw else value

    kwargs = f"**kwargs: Unpack[{op.args_class}]"
    reply = op.response_class or "None"
    if op.binary:
        reply = "AsyncBinaryResponse" if is_async else "BinaryResponse"
    result = wrap_raw(reply)
    paginated = op.page is not None and not raw
    if op.page is not None and not raw:
        page = f"{op.page.item_class}, {op.response_class}"
        result = f"AsyncPaginator[{page}]" if is_async else f"SyncPage[{page}]"
    overloads: list[tuple[list[str], str]] = []
    keyword: list[str] = []
    flag = op.flag_arg
    if flag is not None:
        stream = wrap_raw(f"{'AsyncStream' if is_async else 'Stream'}[{op.stream_class}]")
        on, off, either = "Literal[True]", "Literal[False]", "bool"
        if op.stream_value is not None:  # a string flag: one value selects the stream
            others = [v for v in op.flag_values if v != op.stream_value]
            on, either = f"Literal[{py_literal(op.stream_value)}]", "str"
            off = f"Literal[{', '.join(py_literal(v) for v in others)}]" if others else "None"
        overloads = [
            ([f"{flag.name}: {union([off, 'None'])} = None"], result),
            ([f"{flag.name}: {on}"], stream),
            ([f"{flag.name}: {either}"], union([result, stream])),
        ]
        result = union([result, stream])
        # Behind the overloads, the implementation also accepts a missing required argument,
        # so that the core reports it as a RequestValidationError naming it.
        keyword = [f"{flag.name}: {either} | None = None"]
        kwargs = "**kwargs: Any"

    lines = wrap(op.summary or f"The {op.operation_id} operation.", 8)
    lines += ["", *wrap(op.description, 8)] if op.description else []
    if op.deprecated:
        lines += ["", "Deprecated: calling it issues a DeprecationWarning."]
    if paginated:
        how = "``await`` it for the first page, or ``async for``" if is_async else "``for``"
        lines += ["", *wrap(f"Paginated: {how} over the items of every page.", 8)]
    lines += ["", *wrap(f"The arguments are described in ``{op.args_class}``.", 8)]
    positional = [a.param() for a in op.positional]
    arguments = [f"{py_literal(a.name)}: {a.name}" for a in [*op.positional]]
    if flag is not None:
        arguments.append(f"{py_literal(flag.name)}: {flag.name}")
    return Method(
        name=op.method,
        overloads=overloads,
        positional=positional,
        keyword=keyword,
        kwargs=kwargs,
        ret=result,
        doc=docstring(lines, 8),
        op=op,
        paginated=paginated,
        arguments=f"{{{', '.join([*arguments, '**kwargs'])}}}" if arguments else "kwargs",
    )
