"""Python source text for the templates: literals, type unions, names and docstrings.

Spec strings only reach the generated code through these helpers, which escape them with
openapi-python-client's rules (``strings.in_double_quote_literal``, ``safe_for_docstring``).
"""

from __future__ import annotations

import keyword
import re
import textwrap
from typing import Any

from openapi_python_client import strings

from codegen.errors import GenerationError

LINE_LENGTH = 100


def py_literal(value: Any) -> str:
    """A Python literal for a JSON value (strings escaped by openapi-python-client's rules)."""
    if value is None or isinstance(value, bool | int | float):
        return repr(value)
    if isinstance(value, str):
        return f'"{strings.in_double_quote_literal(value)}"'
    if isinstance(value, list):
        return f"[{', '.join(py_literal(v) for v in value)}]"
    if isinstance(value, dict):
        items = (f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items())
        return f"{{{', '.join(items)}}}"
    raise GenerationError(f"unsupported literal {value!r}")


def union(parts: list[str]) -> str:
    """``A | B | None`` from type expressions: duplicates dropped, ``None`` last."""
    unique = list(dict.fromkeys(p for p in parts if p != "None"))
    return " | ".join(unique + ["None"] * ("None" in parts)) or "Any"


def literal(values: list[Any]) -> str:
    """``Literal[...]`` of JSON values."""
    return f"Literal[{', '.join(py_literal(v) for v in values)}]"


def attr_name(key: str, reserved: frozenset[str] = frozenset()) -> str:
    """A Python name for the JSON key ``key``: kept when it is a plain lower-case identifier,
    else snake_cased; keywords and ``reserved`` names get a trailing underscore."""
    name = key
    if not (key.isidentifier() and key == key.lower() and not key.startswith("_")):
        name = strings.snake_case(key)
        name = name if name.isidentifier() else f"field_{name}"
    reserved_name = keyword.iskeyword(name) or name in reserved
    return f"{name}_" if reserved_name else name


# Typographic characters that ruff flags as ambiguous (RUF001-003) in a spec's prose.
PLAIN = str.maketrans("\u2018\u2019\u201c\u201d\u2013\u2010\u2011\u2212\u00a0", "''\"\"----\x20")


def wrap(text: str, indent: int, hanging: str = "") -> list[str]:
    """Docstring-safe lines of ``text``, its paragraphs re-flowed to fit the line length
    (typographic quotes and dashes made plain)."""
    lines: list[str] = []
    plain = text.strip().translate(PLAIN)
    for paragraph in re.split(r"\n\s*\n", strings.safe_for_docstring(plain)):
        flowed = textwrap.wrap(
            " ".join(paragraph.split()),
            LINE_LENGTH - indent - 4,
            subsequent_indent=hanging,
            break_long_words=False,
            break_on_hyphens=False,
        )
        lines += [""] * bool(lines) + flowed
    return lines


def docstring(lines: list[str], indent: int) -> str:
    """A triple-quoted docstring of ``lines``; continuation lines carry the indentation."""
    if not lines:
        return ""
    if lines[-1].endswith('"'):  # keep the text's quotes apart from the closing ones
        lines = [*lines[:-1], lines[-1][:-1] + '\\"']
    if lines[0].startswith('"'):
        lines = ["\\" + lines[0], *lines[1:]]
    if len(lines) == 1 and indent + len(lines[0]) + 6 <= LINE_LENGTH:
        return f'"""{lines[0]}"""'
    if len(lines) == 1:  # ruff would join it with the closing quotes, past the line length
        lines = textwrap.wrap(lines[0], LINE_LENGTH - indent - 7, break_long_words=False) or lines
    pad = " " * indent
    return "\n".join([f'"""{lines[0]}', *[pad + ln if ln else "" for ln in lines[1:]], pad + '"""'])
