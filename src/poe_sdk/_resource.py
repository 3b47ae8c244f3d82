"""What generated resources stand on: operation descriptors, per-call options, base classes.

Generated resource methods pack their arguments into a body/path/query mapping and one
:class:`RequestOptions`, then call ``self._client._request(OPERATION, ...)``; everything after
that (validation, retries, transport, parsing, streaming) is the hand-written core's job.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import httpx
    from pydantic import BaseModel

__all__ = [
    "AsyncAPIResource",
    "AsyncRequester",
    "Operation",
    "RequestOptions",
    "SyncAPIResource",
    "SyncRequester",
]


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec, as the generator saw it.

    ``path`` is relative to the client's base URL and may hold ``{name}`` placeholders listed in
    ``path_params``. ``stream_flag`` names the body field that selects the ``text/event-stream``
    reply (``None`` when the operation never streams).
    """

    operation_id: str
    method: str
    path: str
    body_model: type[BaseModel] | None = None
    response_model: type[BaseModel] | None = None
    stream_model: type[BaseModel] | None = None
    stream_flag: str | None = None
    path_params: tuple[str, ...] = ()
    query_params: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call options shared by every operation (the ``openai`` SDK's names)."""

    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None
    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    fallback_models: Sequence[str] | None = None


class AsyncRequester(Protocol):
    """The async core as generated resources see it."""

    async def _request(
        self,
        operation: Operation,
        *,
        body: Mapping[str, object] | None,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        options: RequestOptions,
        raw: bool,
    ) -> Any: ...


class SyncRequester(Protocol):
    """The sync facade as generated resources see it."""

    def _request(
        self,
        operation: Operation,
        *,
        body: Mapping[str, object] | None,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        options: RequestOptions,
        raw: bool,
    ) -> Any: ...


class AsyncAPIResource:
    """Base of generated async resources: holds the client that performs requests."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client


class SyncAPIResource:
    """Base of generated sync resources: holds the client that performs requests."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client
