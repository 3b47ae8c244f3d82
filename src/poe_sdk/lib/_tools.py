"""Function tools from Python types and functions: their strict definitions, and the
validators that read a call's arguments back (built once per type or function)."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

import pydantic

from .._exceptions import RequestValidationError
from ._pydantic_schema import OutputType, output_type

if TYPE_CHECKING:
    from .._generated.params import ChatCompletionToolParam

__all__ = [
    "PydanticFunctionTool",
    "RunnableTool",
    "parsed_tools",
    "pydantic_function_tool",
    "responses_tools",
    "runnable_tools",
]

_CACHED_FUNCTIONS = 512


class PydanticFunctionTool(dict[str, Any]):
    """A function tool definition (a ``ChatCompletionToolParam`` dict) that remembers the
    type of its arguments, and the function that runs it (for ``run_tools``), if any."""

    def __init__(
        self,
        definition: Mapping[str, Any],
        output: OutputType[Any],
        function: Callable[..., Any] | None,
    ) -> None:
        super().__init__(definition)
        self.output = output
        self.function = function


def pydantic_function_tool(
    model: type[Any],
    *,
    name: str | None = None,
    description: str | None = None,
    function: Callable[..., Any] | None = None,
) -> ChatCompletionToolParam:
    """A strict function tool whose arguments are ``model`` (a pydantic model, dataclass or
    TypedDict): pass it in ``tools=`` and ``parse`` gives each call's
    ``function.parsed_arguments`` as a ``model``. ``name`` defaults to the class name and
    ``description`` to its docstring; ``function`` (called with the parsed arguments) lets
    ``run_tools`` run it."""
    output = output_type(model, "model")
    doc = description if description is not None else _own_doc(model)
    tool_name = name or output.name
    definition: dict[str, Any] = {"name": tool_name, "parameters": output.schema, "strict": True}
    if doc:
        definition["description"] = doc
    tool = PydanticFunctionTool({"type": "function", "function": definition}, output, function)
    return cast("ChatCompletionToolParam", tool)


def _own_doc(model: type[Any]) -> str | None:
    """The class's own docstring: not one it inherits, nor the signature a dataclass gets."""
    doc = vars(model).get("__doc__")
    if not isinstance(doc, str) or (doc.startswith(f"{model.__name__}(") and doc.endswith(")")):
        return None
    return inspect.cleandoc(doc)


def parsed_tools(tools: Iterable[object] | None) -> dict[str, OutputType[Any]]:
    """The argument types of the tools made by :func:`pydantic_function_tool`, by name."""
    found: dict[str, OutputType[Any]] = {}
    for tool in tools or ():
        if isinstance(tool, PydanticFunctionTool):
            found[_tool_name(tool)] = tool.output
    return found


def responses_tools(tools: Iterable[object] | None) -> list[object] | None:
    """``tools`` as the Responses API takes them: a chat-shaped function tool
    (``{"type": "function", "function": {...}}``, as :func:`pydantic_function_tool` makes) is
    flattened to ``{"type": "function", "name": ..., ...}`` and keeps its argument type (so
    ``responses.parse`` reads its calls' ``parsed_arguments``); other tools pass as given."""
    if tools is None:
        return None
    return [_responses_tool(tool) for tool in tools]


def _responses_tool(tool: object) -> object:
    if not isinstance(tool, Mapping):
        return tool
    given = cast("Mapping[str, Any]", tool)
    function: object = given.get("function")
    if given.get("type") != "function" or not isinstance(function, Mapping):
        return given
    flat = {"type": "function", **cast("Mapping[str, Any]", function)}
    if isinstance(given, PydanticFunctionTool):
        return PydanticFunctionTool(flat, given.output, given.function)
    return flat


def _tool_name(tool: Mapping[str, Any]) -> str:
    """A function tool's name, chat-shaped (``function.name``) or Responses-shaped (``name``)."""
    function: object = tool.get("function")
    if isinstance(function, Mapping):
        return str(cast("Mapping[str, Any]", function).get("name"))
    return str(tool.get("name"))


@dataclass(frozen=True, slots=True)
class RunnableTool:
    """A tool ``run_tools`` can run: its definition, argument type and function; ``spread``
    calls the function with the arguments as keywords (a plain function) rather than as one
    parsed object (a :func:`pydantic_function_tool`)."""

    name: str
    definition: dict[str, Any]
    output: OutputType[Any]
    function: Callable[..., Any]
    spread: bool

    @property
    def is_async(self) -> bool:
        return inspect.iscoroutinefunction(self.function)

    def arguments(self, text: str) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """The positional and keyword arguments of a call whose JSON arguments are ``text``
        (raises ``pydantic.ValidationError``)."""
        parsed = self.output.validate_json(text or "{}")
        if not self.spread:
            return (parsed,), {}
        model = cast("pydantic.BaseModel", parsed)
        return (), {name: getattr(model, name) for name in type(model).model_fields}


def runnable_tools(tools: Iterable[object]) -> list[RunnableTool]:
    """The tools of ``run_tools``: Python functions and pydantic tools with a function;
    anything else is refused before any I/O."""
    runnable: list[RunnableTool] = []
    for position, tool in enumerate(tools):
        if isinstance(tool, PydanticFunctionTool):
            if tool.function is None:
                name = tool["function"]["name"]
                raise RequestValidationError(
                    f"Invalid argument tools[{position}]: the tool {name!r} has no function to "
                    "run; pass pydantic_function_tool(..., function=...)",
                    param=f"tools[{position}]",
                    rule="runnable tool",
                )
            function = dict(tool["function"])
            runnable.append(
                RunnableTool(function["name"], dict(tool), tool.output, tool.function, False)
            )
        elif callable(tool):
            runnable.append(_function_tool(cast("Callable[..., Any]", tool), position))
        else:
            raise RequestValidationError(
                f"Invalid argument tools[{position}]: a Python function or a "
                f"pydantic_function_tool(...) is required (got {type(tool).__name__})",
                param=f"tools[{position}]",
                rule="runnable tool",
            )
    names = [tool.name for tool in runnable]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise RequestValidationError(
            f"Invalid argument tools: two tools are named {duplicates[0]!r}",
            param="tools",
            rule="unique names",
        )
    return runnable


def _function_tool(function: Callable[..., Any], position: int) -> RunnableTool:
    try:
        return _cached_function_tool(function)
    except RequestValidationError as exc:
        raise RequestValidationError(
            f"Invalid argument tools[{position}]: {exc.message.partition(': ')[2]}",
            param=f"tools[{position}]",
            rule=exc.rule,
        ) from None


@lru_cache(maxsize=_CACHED_FUNCTIONS)
def _cached_function_tool(function: Callable[..., Any]) -> RunnableTool:
    """A plain function as a tool: its arguments' model is built from its signature."""
    name = getattr(function, "__name__", "tool")
    fields: dict[str, Any] = {}
    for parameter in inspect.signature(function).parameters.values():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        annotation = parameter.annotation
        if annotation is inspect.Parameter.empty:
            raise RequestValidationError(
                f"Invalid argument tools: parameter {parameter.name!r} of {name} has no type "
                "annotation, so no JSON schema",
                param="tools",
                rule="annotated parameters",
            )
        default = ... if parameter.default is inspect.Parameter.empty else parameter.default
        fields[parameter.name] = (annotation, default)
    hints = inspect.get_annotations(function, eval_str=True) if fields else {}
    for key, (annotation, default) in list(fields.items()):
        fields[key] = (hints.get(key, annotation), default)
    model = pydantic.create_model(name, **fields)
    output = output_type(cast("type[Any]", model), "tools")
    definition: dict[str, Any] = {"name": name, "parameters": output.schema, "strict": True}
    doc = inspect.getdoc(function)
    if doc:
        definition["description"] = doc
    return RunnableTool(name, {"type": "function", "function": definition}, output, function, True)
