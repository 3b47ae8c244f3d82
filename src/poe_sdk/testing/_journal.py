"""The journal of requests a :class:`~poe_sdk.testing.LocalServer` received."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from .faults import Fault

__all__ = ["REDACTED", "RecordedRequest", "decode_body", "redact_headers"]

REDACTED = "[REDACTED]"
"""What replaces a secret header value in the journal."""

# Header values never stored: credentials a client may send.
_SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "x-api-key", "api-key", "cookie"}
)


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request as the server received it.

    Attributes:
        method: ``"POST"``, ``"GET"``, ...
        path: The URL path (``"/v1/chat/completions"``).
        query: The raw query string (``""`` when none).
        headers: Header names in lowercase to values (repeated headers joined with ``", "``).
            Credentials are never stored: ``authorization`` reads ``"Bearer [REDACTED]"``
            (``"[REDACTED]"`` for another scheme), and ``proxy-authorization``,
            ``x-api-key``, ``api-key`` and ``cookie`` read ``"[REDACTED]"``.
        body: The body parsed as JSON; its text when it is not JSON; ``None`` when empty.
        request_id: The ``x-request-id`` the server answered with.
        status: The status the server answered with (200 for a stream cut by a fault).
        fault: The fault applied to this request, or ``None``.
        client: The client's ``(host, port)``. Requests sent over one TCP connection share
            the port, so it shows connection reuse.
        received_at: When the request arrived, in seconds since the epoch.
    """

    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    body: Any
    request_id: str
    status: int
    fault: Fault | None
    client: tuple[str, int] | None
    received_at: float

    @property
    def client_port(self) -> int | None:
        """The client's TCP port: equal for requests sent over the same connection."""
        return None if self.client is None else self.client[1]

    @property
    def json(self) -> dict[str, Any]:
        """The body as a JSON object; raises ``ValueError`` when it is not one."""
        body: object = self.body
        if not isinstance(body, dict):
            raise ValueError(f"The body of {self.method} {self.path} is not a JSON object")
        return cast("dict[str, Any]", body)


def redact_headers(raw: Iterable[tuple[bytes, bytes]]) -> dict[str, str]:
    """Header names in lowercase to values, with credentials replaced by ``[REDACTED]``."""
    headers: dict[str, str] = {}
    for raw_name, raw_value in raw:
        name = raw_name.decode("latin-1").lower()
        value = raw_value.decode("latin-1")
        if name in _SECRET_HEADERS:
            scheme = value.split(" ", 1)[0]
            bearer = name.endswith("authorization") and " " in value and scheme.isalpha()
            value = f"{scheme} {REDACTED}" if bearer else REDACTED
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


def decode_body(raw: bytes) -> Any:
    """A body as JSON, else as text (undecodable bytes replaced), else ``None`` when empty."""
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw.decode("utf-8", "replace")
