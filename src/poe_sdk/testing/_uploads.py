"""Uploaded files of the local server: ``multipart/form-data`` parsed with the standard
library, and the files kept in memory for ``GET /v1/files/{id}/content`` (a binary body)."""

from __future__ import annotations

import threading
import uuid
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP

__all__ = ["FileStore", "parse_form"]


def parse_form(content_type: str, raw: bytes) -> dict[str, tuple[str | None, bytes]] | None:
    """The parts of a ``multipart/form-data`` body by name: (file name, content); ``None``
    when the body is not multipart."""
    if not content_type.lower().startswith("multipart/form-data"):
        return None
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + raw)
    if not message.is_multipart():
        return None
    parts: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        assert isinstance(part, Message)
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if isinstance(name, str) and isinstance(payload, bytes):
            parts[name] = (part.get_filename(), payload)
    return parts


class FileStore:
    """Uploaded files by id (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._files: dict[str, bytes] = {}

    def add(self, content: bytes) -> str:
        """Keep ``content``; its new id."""
        file_id = f"file-{uuid.uuid4().hex[:24]}"
        with self._lock:
            self._files[file_id] = content
        return file_id

    def get(self, file_id: str) -> bytes | None:
        """The content of ``file_id``, or ``None``."""
        with self._lock:
            return self._files.get(file_id)
