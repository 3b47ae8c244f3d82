"""A local OpenAI-compatible server for testing code that uses poe-sdk, offline.

Needs the ``testing`` extra (starlette and uvicorn): ``pip install 'poe-sdk[testing]'``.
``import poe_sdk`` never imports this package.

:class:`LocalServer` serves ``POST /v1/chat/completions``, ``POST /v1/responses``,
``POST /v1/messages`` (Anthropic's format, Claude models), ``GET /v1/models``, Poe's
``/usage/...``, its Bots REST API (``/bots``, in memory) and the video jobs of ``/v1/videos`` on
a real loopback socket with deterministic replies (the assistant echoes the last user message,
calls the offered tools, streams when asked, continues a stored response's conversation; a
video job moves one step per ``retrieve`` to ``completed``, or ``failed`` for a prompt holding
``[fail]``), checks the API key and a rate limit when configured, records a
:attr:`~LocalServer.journal` of requests, and misbehaves on purpose when told to
(:mod:`poe_sdk.testing.faults`)::

    from poe_sdk import PoeClient
    from poe_sdk.testing import LocalServer, faults

    with LocalServer(api_key="sk-test") as server:
        client = PoeClient(api_key="sk-test", base_url=server.base_url)
        server.inject(faults.status(503))  # the first attempt fails, the retry succeeds
        reply = client.chat.completions.create(
            model="Claude-Sonnet-4", messages=[{"role": "user", "content": "Hi"}]
        )
        assert reply.choices[0].message.content == "Echo: Hi"

For pytest, opt in to the fixtures of :mod:`poe_sdk.testing.pytest_plugin`.
:func:`serve` runs the server in the foreground (``poe-sdk serve``).
"""

from __future__ import annotations

from . import faults
from .faults import Fault

try:
    from ._app import DEFAULT_MODELS
    from ._dialects import DIALECTS, Dialect
    from ._journal import REDACTED, RecordedRequest
    from ._server import LocalServer, serve
except ModuleNotFoundError as _exc:  # pragma: no cover - only without the extra
    if (_exc.name or "").partition(".")[0] not in ("starlette", "uvicorn"):
        raise
    raise ImportError(
        "poe_sdk.testing needs the optional dependencies starlette and uvicorn; "
        "install them with: pip install 'poe-sdk[testing]'",
        name=_exc.name,
    ) from _exc

__all__ = [
    "DEFAULT_MODELS",
    "DIALECTS",
    "Dialect",
    "REDACTED",
    "Fault",
    "LocalServer",
    "RecordedRequest",
    "faults",
    "serve",
]
