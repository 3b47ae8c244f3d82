"""Which operations need the API key: a client made without one can still call the others.

The spec marks an operation that needs no key with ``security: []`` (Poe's ``GET /v1/models``),
which the generated :class:`~poe_sdk._request.operation.Operation` carries as ``needs_key``.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._constants import API_KEY_ENV
from .._exceptions import RequestValidationError
from .operation import Operation

__all__ = ["check_api_key", "missing_api_key"]


def missing_api_key() -> RequestValidationError:
    """The error of a call that needs the API key, made by a client that has none."""
    return RequestValidationError(
        "The api_key client option must be set, either by passing api_key to the client "
        f"or by setting the {API_KEY_ENV} environment variable",
        param="api_key",
        rule="required",
    )


def check_api_key(operation: Operation, api_key: str | None, headers: Mapping[str, str]) -> None:
    """Raise :func:`missing_api_key` when ``operation`` needs a key and there is none: no
    ``api_key`` and no ``Authorization`` header among the call's ``headers`` (the client's
    ``default_headers`` and the call's ``extra_headers``)."""
    if api_key is not None or not operation.needs_key:
        return
    if any(name.lower() == "authorization" for name in headers):
        return
    raise missing_api_key()
