"""Run-time signatures of methods that take ``**kwargs: Unpack[SomeTypedDict]``.

Type checkers read the ``Unpack[...]`` annotation; ``inspect.signature``, ``help()``, Jupyter
and IDEs that introspect read ``__signature__``, which lists one keyword parameter per key.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from typing import Any, ForwardRef, TypeVar

__all__ = ["arguments_documented_by", "signature_of_options"]

_F = TypeVar("_F", bound=Callable[..., Any])
_REQUIRED = "Required["
_OMITTED = " | NotGiven | Omit"
_ARGS = "\nArgs:\n"


def signature_of_options(
    options: type,
    defaults: Mapping[str, object] | None = None,
    *,
    missing: object = None,
    last: type | None = None,
) -> Callable[[_F], _F]:
    """Give a method taking ``**options`` the signature ``inspect`` and ``help()`` showed when
    every option was its own keyword parameter: one per key of the TypedDict ``options``, with
    its annotation and its default (``defaults``, else ``missing``); a ``Required[...]`` key
    has no default. Required keywords come first and the keys of the TypedDict ``last`` (the
    per-call options) last. Type checkers read the ``Unpack[...]`` annotation instead."""

    def decorate(method: _F) -> _F:
        own = inspect.signature(method).parameters.values()
        keyword = inspect.Parameter.KEYWORD_ONLY
        leading = [p for p in own if p.kind not in (keyword, inspect.Parameter.VAR_KEYWORD)]
        added = [p for p in own if p.kind is keyword]
        taken = {p.name for p in own}
        trailing: list[inspect.Parameter] = []
        late: set[str] = set(last.__annotations__) if last is not None else set()
        for name, annotation in options.__annotations__.items():
            if name in taken:
                continue
            if isinstance(annotation, ForwardRef):
                annotation = annotation.__forward_arg__
            if isinstance(annotation, str) and annotation.startswith(_REQUIRED):
                annotation = annotation.removeprefix(_REQUIRED).removesuffix("]")
                default: object = inspect.Parameter.empty
            else:
                default = (defaults or {}).get(name, missing)
                if isinstance(annotation, str):  # the default says it: NOT_GIVEN, not sent
                    annotation = annotation.replace(_OMITTED, "")
            parameter = inspect.Parameter(name, keyword, default=default, annotation=annotation)
            (trailing if name in late else added).append(parameter)
        required = [p for p in added if p.default is inspect.Parameter.empty]
        optional = [p for p in added if p.default is not inspect.Parameter.empty]
        signature = inspect.Signature([*leading, *required, *optional, *trailing])
        method.__signature__ = signature  # type: ignore[attr-defined]
        return method

    return decorate


def arguments_documented_by(source: Callable[..., Any]) -> Callable[[_F], _F]:
    """Give a method that takes the arguments of ``source`` the docstring ``help()`` shows:
    its own (written in its source) followed by ``source``'s from its ``Args:`` section on
    (``Args:``, ``Raises:``), so that those are written once."""

    def decorate(method: _F) -> _F:
        own = inspect.cleandoc(method.__doc__ or "")
        theirs = inspect.cleandoc(source.__doc__ or "")
        start = theirs.find(_ARGS)
        sections = theirs[start + 1 :] if start >= 0 else ""
        method.__doc__ = f"{own}\n\n{sections}" if sections else own
        return method

    return decorate
