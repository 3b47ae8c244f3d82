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
    dotted: str  # how users call it, below the client: ``chat.completions.create``


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

    @property
    def helpers(self) -> str | None:
        """The stem of the ``poe_sdk.lib`` mixins its operations' ``x-sdk-helpers`` name."""
        mixins = {op.helpers.mixin for op in self.ops if op.helpers is not None}
        if len(mixins) > 1:
            raise GenerationError(f"{'.'.join(self.path)}: two x-sdk-helpers mixins {mixins}")
        return next(iter(mixins), None)

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
        wrappers = {"with_raw_response", "with_streaming_response"}
        for attr in {op.method for op in node.ops} & {*node.children, *wrappers}:
            where = ".".join(node.path) or "the root"
            raise GenerationError(f"{where}: {attr!r} is both a method and a resource")
    return root


def methods(node: Resource, is_async: bool, mode: str) -> list[Method]:
    """The methods of one resource class (``mode``: ``""``, or ``"raw"`` / ``"streaming"``
    for its ``...WithRawResponse`` / ``...WithStreamingResponse`` twin)."""
    return [method(op, is_async, mode) for op in node.ops]


def twin_doc(node: Resource, is_async: bool, mode: str) -> str:
    """The docstring of a resource's ``...WithRawResponse`` / ``...WithStreamingResponse`` twin."""
    what = f"``{'.'.join(node.path)}``" if node.path else "The resources"
    if mode == "raw":
        reply = "AsyncAPIResponse" if is_async else "APIResponse"
        text = f"{what} with raw responses (``{reply}``)."
    else:
        reply = "AsyncStreamedAPIResponse" if is_async else "StreamedAPIResponse"
        text = f"{what} with streamed responses (``{reply}``)."
    return docstring(wrap(text, 4), 4)


def method(op: OperationView, is_async: bool, mode: str) -> Method:
    """One resource method: its overloads (for a stream flag), signature and docstring.

    The keyword arguments are written once, as the operation's ``<Stem>Args`` TypedDict
    (``**kwargs: Unpack[...]``); the overloads differ only in the stream flag."""
    raw = mode != ""
    wrapper = {
        "raw": "AsyncAPIResponse" if is_async else "APIResponse",
        "streaming": "AsyncResponseContextManager" if is_async else "ResponseContextManager",
    }.get(mode)

    def wrap_raw(value: str) -> str:
        return f"{wrapper}[{value}]" if wrapper else value

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
        if op.stream_value is not None:  # one value of the flag selects the stream
            others = [v for v in op.flag_values if v != op.stream_value]
            on, either = f"Literal[{py_literal(op.stream_value)}]", type(op.stream_value).__name__
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
    if is_async:  # the sync method's help() borrows them (``arguments_documented_by``)
        lines += ["", *argument_lines(op)]
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
        dotted=".".join((*op.resource, op.method)),
    )


def argument_lines(op: OperationView) -> list[str]:
    """The docstring's ``Args:`` section: each argument with its type, whether it is required
    and its description, then the per-call options (``help()`` shows what the signature's
    annotations cannot: what each argument means)."""
    lines = ["Args:"]
    for arg in [*op.positional, *op.keyword]:
        required = ", required" if arg.required else ""
        doc = " ".join(arg.doc.split()) or "(not described by the spec)"
        lines += _item(f"{arg.name} ({arg.annotation}{required}): {doc}")
    options = ["extra_headers", "extra_query", "extra_body", "timeout", "max_retries"]
    options.append("total_timeout")
    kind = "CallOptions"
    if op.takes_fallbacks:
        options.append("fallback_models")
        kind = "ModelCallOptions"
    names = ", ".join(options)
    lines += _item(f"{names}: the per-call options (``poe_sdk.{kind}``).")
    return lines


def _item(text: str) -> list[str]:
    """One entry of a docstring's ``Args:`` section, indented under it."""
    return [f"    {line}" for line in wrap(text, 12, hanging="    ")]
