"""``multipart/form-data`` request bodies (file uploads), built without I/O until sent.

A file part is given as the bytes themselves, a path (``pathlib.Path``), a binary file object
or a ``(name, content, content_type)`` tuple. Paths are opened when the request is built and
closed after the call; httpx streams file objects in chunks (and seeks back to their start
for a retry), so a large file is never read whole. Other fields are sent as text: numbers
and booleans (``true``/``false``) by value, arrays as one part per element, objects as JSON.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import IO, Any, Final, TypeAlias, cast

from pydantic import AfterValidator, BaseModel

__all__ = ["FILE_PART", "FileContent", "FileTypes", "dict_of_lists", "multipart_parts"]

FileContent: TypeAlias = "IO[bytes] | bytes | os.PathLike[str]"
"""A file's content: the bytes, a binary file object or a path."""

FileTypes: TypeAlias = (
    "FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]"
)
"""A file part: its content, or ``(file name, content)`` / ``(file name, content, type)``."""


_BYTES = (bytes, bytearray, memoryview)


def _check_file(value: object) -> object:
    content = _file_content(value)
    if isinstance(content, (bytes, bytearray, memoryview, os.PathLike)) or hasattr(content, "read"):
        return value
    raise ValueError(
        "a file is bytes, a path, a binary file object or a (name, content, content_type) tuple"
    )


def _file_content(value: object) -> object:
    """The content of a file part (the second item of a tuple)."""
    if not isinstance(value, tuple):
        return value
    parts = cast(tuple[object, ...], value)
    return parts[1] if len(parts) in (2, 3) else None


FILE_PART: Final = AfterValidator(_check_file)
"""Marks a file field of a request model (``format: binary``): validated as a file part."""


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return str(value)


def _is_file(value: object) -> bool:
    if isinstance(value, tuple):
        return True
    return isinstance(value, (bytes, bytearray, memoryview, os.PathLike)) or hasattr(value, "read")


def multipart_parts(
    validated: BaseModel, extra_body: Mapping[str, object] | None = None
) -> tuple[list[tuple[str, str]], list[tuple[str, Any]], list[IO[bytes]]]:
    """The form fields, the file parts (httpx's ``files``) and the files opened from paths
    (the caller closes them after the call)."""
    data = _values(validated)
    data.update(extra_body or {})
    fields: list[tuple[str, str]] = []
    files: list[tuple[str, Any]] = []
    opened: list[IO[bytes]] = []
    for key, value in data.items():
        items = cast(list[object], value) if isinstance(value, list) else [value]
        if value is None:
            continue
        if items and all(_is_file(item) for item in items):
            files += [(key, _file_part(item, opened)) for item in items]
        elif isinstance(value, list) and not any(isinstance(i, (dict, list)) for i in items):
            fields += [(key, _text(item)) for item in items]
        else:
            fields.append((key, _text(data[key])))
    if not files:  # httpx sends fields alone url-encoded: keep the body multipart/form-data
        files, fields = [(key, (None, text.encode())) for key, text in fields], []
    return fields, files, opened


def _values(validated: BaseModel) -> dict[str, object]:
    """The fields the caller set, by spec name: files as given (a dump would turn a file
    object into an iterator), other values as JSON-compatible data."""
    values: dict[str, object] = {}
    for name, info in type(validated).model_fields.items():
        if name in validated.model_fields_set:
            values[info.alias or name] = _plain(getattr(validated, name))
    values.update(validated.model_extra or {})
    return values


def _plain(value: object) -> object:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, list):
        return [_plain(item) for item in cast(list[object], value)]
    return value


def _file_part(value: Any, opened: list[IO[bytes]]) -> object:
    """httpx's form of a file part; a path is opened (and named by its file name)."""
    if isinstance(value, tuple):
        parts = cast(tuple[object, ...], value)
        return (parts[0], _content(parts[1], opened), *parts[2:])
    if isinstance(value, os.PathLike):
        path = cast("os.PathLike[str]", value)
        return (os.path.basename(path), _content(path, opened))
    if isinstance(value, _BYTES):
        return ("upload", bytes(cast(bytes, value)))
    return value


def _content(content: object, opened: list[IO[bytes]]) -> object:
    if isinstance(content, os.PathLike):
        file = open(cast("os.PathLike[str]", content), "rb")  # noqa: SIM115 (closed after the call)
        opened.append(file)
        return file
    if isinstance(content, (bytearray, memoryview)):
        return bytes(cast(bytes, content))
    return content


def dict_of_lists(fields: list[tuple[str, str]]) -> dict[str, str | list[str]]:
    """httpx's ``data``: one value per field, a list for a repeated one."""
    found: dict[str, list[str]] = {}
    for key, value in fields:
        found.setdefault(key, []).append(value)
    return {key: values[0] if len(values) == 1 else values for key, values in found.items()}
