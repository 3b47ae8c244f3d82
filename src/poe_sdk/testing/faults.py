"""Scriptable faults for :class:`~poe_sdk.testing.LocalServer`.

A fault describes how the server misbehaves on one request. Queue faults with
:meth:`LocalServer.inject <poe_sdk.testing.LocalServer.inject>`; each following request takes
the next fault in FIFO order::

    from poe_sdk.testing import LocalServer, faults

    with LocalServer() as server:
        server.inject(faults.status(503), times=2)  # two 503 replies, then normal replies
        server.inject(faults.disconnect_mid_stream(after_chunks=3))

Two kinds of fault exist:

* **Replacing** faults answer instead of the API, before authentication, rate limiting or
  validation (as a proxy or an overloaded upstream would): :func:`status`, :func:`html_error`.
* **Shaping** faults let the API answer, then change how the answer is delivered:
  :func:`delay`, :func:`slow_first_byte`, :func:`disconnect_mid_stream`,
  :func:`truncate_stream`, :func:`malformed_chunk`, :func:`error_event`, :func:`extra_event`,
  :func:`response_failed`.
* **Output** faults change what the assistant answers on ``/chat/completions`` and
  ``/responses`` (a structured output gone wrong): :func:`refusal`, :func:`cut_output`,
  :func:`broken_json`, :func:`prose`.

``after_chunks`` counts the ``data:`` events of a streamed reply (the role chunk is the first).
For a reply that is not streamed, the stream faults act on its JSON body instead, keeping its
status: :func:`disconnect_mid_stream` drops the connection halfway through the body (the
client sees a connection error, which it retries), :func:`truncate_stream` ends the body
there, :func:`malformed_chunk` replaces it with its ``data`` text and :func:`error_event` with
the ``{"error": ...}`` object. The shaping faults apply to whatever the API answered, error
replies included.

Every fault is consumed by exactly one request, whatever its path, and is recorded in that
request's :attr:`RecordedRequest.fault <poe_sdk.testing.RecordedRequest.fault>`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = [
    "DelayFault",
    "DisconnectMidStreamFault",
    "ErrorEventFault",
    "ExtraEventFault",
    "Fault",
    "HtmlErrorFault",
    "MalformedChunkFault",
    "ProseFault",
    "RefusalFault",
    "ResponseFailedFault",
    "SlowFirstByteFault",
    "StatusFault",
    "TruncateStreamFault",
    "BrokenJsonFault",
    "CutOutputFault",
    "OutputFault",
    "broken_json",
    "cut_output",
    "prose",
    "refusal",
    "delay",
    "disconnect_mid_stream",
    "error_event",
    "extra_event",
    "html_error",
    "malformed_chunk",
    "response_failed",
    "slow_first_byte",
    "status",
    "truncate_stream",
]


def _check_seconds(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number of seconds, got {value!r}")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(f"{name} must be a finite number of seconds >= 0, got {value!r}")
    return seconds


def _check_chunks(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"after_chunks must be an integer >= 0, got {value!r}")
    return value


def _check_status(value: object, low: int = 200) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= 599:
        raise ValueError(f"status must be an HTTP status in {low}..599, got {value!r}")
    return value


@dataclass(frozen=True, slots=True)
class Fault:
    """Base class of every fault. Faults are immutable values; compare them with ``==``."""


@dataclass(frozen=True, slots=True)
class StatusFault(Fault):
    """Reply ``status`` instead of calling the API. Build it with :func:`status`.

    Attributes:
        status: The HTTP status of the reply.
        retry_after: Seconds sent in a ``retry-after`` header, or ``None`` for no header.
        body: The reply body: a mapping is sent as JSON, a ``str`` as text, ``bytes`` as is;
            ``None`` sends the OpenAI-style error object for the status.
        headers: Extra reply headers (e.g. ``{"x-should-retry": "false"}``).
    """

    status: int
    retry_after: float | None = None
    body: Mapping[str, object] | str | bytes | None = None
    headers: Mapping[str, str] = field(default_factory=dict[str, str])


@dataclass(frozen=True, slots=True)
class HtmlErrorFault(Fault):
    """Reply an HTML error page, as a reverse proxy does. Build it with :func:`html_error`.

    Attributes:
        status: The HTTP status of the page.
        title: The page's ``<title>`` (and heading).
    """

    status: int = 502
    title: str = "502 Bad Gateway"


@dataclass(frozen=True, slots=True)
class DelayFault(Fault):
    """Wait ``seconds`` before sending anything. Build it with :func:`delay`."""

    seconds: float


@dataclass(frozen=True, slots=True)
class SlowFirstByteFault(Fault):
    """Send the headers at once, then wait ``seconds`` before the first byte of the body.
    Build it with :func:`slow_first_byte`."""

    seconds: float


@dataclass(frozen=True, slots=True)
class DisconnectMidStreamFault(Fault):
    """Drop the connection abruptly after ``after_chunks`` events, without ending the body.
    Build it with :func:`disconnect_mid_stream`."""

    after_chunks: int = 2


@dataclass(frozen=True, slots=True)
class TruncateStreamFault(Fault):
    """End the body cleanly after ``after_chunks`` events, without ``data: [DONE]``.
    Build it with :func:`truncate_stream`."""

    after_chunks: int = 2


@dataclass(frozen=True, slots=True)
class MalformedChunkFault(Fault):
    """Send a ``data:`` event that is not JSON after ``after_chunks`` events, then the rest
    of the stream. Build it with :func:`malformed_chunk`.

    Attributes:
        after_chunks: Events sent before the malformed one.
        data: The text of the malformed ``data:`` line.
    """

    after_chunks: int = 2
    data: str = '{"id": "chatcmpl-broken", "choices": [{'


@dataclass(frozen=True, slots=True)
class ErrorEventFault(Fault):
    """Send ``data: {"error": {...}}`` inside a 200 stream after ``after_chunks`` events, then
    end the body without ``[DONE]``. Build it with :func:`error_event`.

    Attributes:
        after_chunks: Events sent before the error.
        message: The error's ``message``.
        type: The error's ``type`` (``"rate_limit_error"``, ``"server_error"``, ...).
        code: The error's ``code`` (``"rate_limit_exceeded"``, ...), or ``None``.
    """

    after_chunks: int = 2
    message: str = "The server had an error while processing your request."
    type: str = "server_error"
    code: str | int | None = None


@dataclass(frozen=True, slots=True)
class ExtraEventFault(Fault):
    """Send one more event after ``after_chunks`` events, then the rest of the stream. Build
    it with :func:`extra_event`.

    Attributes:
        after_chunks: Events sent before the extra one.
        data: Its ``data:`` line.
        event: Its ``event:`` line, or ``None`` for none.
    """

    after_chunks: int = 2
    data: str = "{}"
    event: str | None = None


@dataclass(frozen=True, slots=True)
class ResponseFailedFault(Fault):
    """End a Responses stream with ``response.failed`` after ``after_chunks`` events. Build it
    with :func:`response_failed`.

    Attributes:
        after_chunks: Events sent before the failure.
        message: The ``message`` of the response's ``error``.
        code: The ``code`` of the response's ``error`` (``"server_error"``,
            ``"rate_limit_exceeded"``, ...).
    """

    after_chunks: int = 2
    message: str = "The model failed to generate a response."
    code: str = "server_error"


def status(
    code: int,
    *,
    retry_after: float | None = None,
    body: Mapping[str, object] | str | bytes | None = None,
    headers: Mapping[str, str] | None = None,
) -> StatusFault:
    """Reply HTTP ``code`` instead of calling the API (a replacing fault).

    Args:
        code: The status, 200 to 599.
        retry_after: Seconds for a ``retry-after`` header (fractions allowed, e.g. ``0.01``).
        body: The body (a mapping is sent as JSON, ``str`` as text, ``bytes`` as is); by
            default the OpenAI-style error object for the status, e.g. for 429
            ``{"error": {"message": ..., "type": "rate_limit_error",
            "code": "rate_limit_exceeded", "param": null}}``.
        headers: Extra reply headers.

    Raises:
        ValueError: ``code`` or ``retry_after`` is out of range.
    """
    seconds = None if retry_after is None else _check_seconds("retry_after", retry_after)
    return StatusFault(_check_status(code), seconds, body, dict(headers or {}))


def html_error(status: int = 502, *, title: str | None = None) -> HtmlErrorFault:
    """Reply an HTML error page with ``status`` (a replacing fault), like nginx or a CDN.

    ``title`` defaults to ``"<status> <reason>"`` (``"502 Bad Gateway"``).
    """
    from http import HTTPStatus

    _check_status(status, low=400)
    if title is None:
        try:
            title = f"{status} {HTTPStatus(status).phrase}"
        except ValueError:
            title = f"{status} Error"
    return HtmlErrorFault(status, title)


def delay(seconds: float) -> DelayFault:
    """Wait ``seconds`` before sending the reply's headers (a shaping fault).

    Against a client whose timeout is shorter, the call fails with ``APITimeoutError``.
    Waits are cut short when the server stops.
    """
    return DelayFault(_check_seconds("seconds", seconds))


def slow_first_byte(seconds: float) -> SlowFirstByteFault:
    """Send the reply's headers at once, then wait ``seconds`` before its first body byte.

    A streaming call returns its stream, and reading the first chunk fails with
    ``APITimeoutError`` when the client's read timeout is shorter.
    """
    return SlowFirstByteFault(_check_seconds("seconds", seconds))


def disconnect_mid_stream(after_chunks: int = 2) -> DisconnectMidStreamFault:
    """Send ``after_chunks`` events, then drop the TCP connection abruptly (no end of body).

    The client raises ``IncompleteStreamError`` whose ``partial`` holds what was received.
    """
    return DisconnectMidStreamFault(_check_chunks(after_chunks))


def truncate_stream(after_chunks: int = 2) -> TruncateStreamFault:
    """Send ``after_chunks`` events, then end the body cleanly without ``data: [DONE]``.

    The client raises ``IncompleteStreamError``; the connection stays reusable.
    """
    return TruncateStreamFault(_check_chunks(after_chunks))


def malformed_chunk(after_chunks: int = 2, *, data: str | None = None) -> MalformedChunkFault:
    """Send ``after_chunks`` events, then ``data: <data>`` that is not JSON, then the rest.

    The client raises ``APIResponseValidationError`` at the malformed event.
    """
    if data is None:
        return MalformedChunkFault(_check_chunks(after_chunks))
    if "\n" in data or "\r" in data:
        raise ValueError("data must be a single line")
    return MalformedChunkFault(_check_chunks(after_chunks), data)


def error_event(
    after_chunks: int = 2,
    *,
    message: str = "The server had an error while processing your request.",
    type: str = "server_error",
    code: str | int | None = None,
) -> ErrorEventFault:
    """Send ``after_chunks`` events, then ``data: {"error": {...}}``, then end the body.

    The client raises the typed error the ``type`` or ``code`` implies, e.g.
    ``error_event(type="rate_limit_error", code="rate_limit_exceeded")`` raises
    ``RateLimitError`` and the default raises ``InternalServerError``.
    """
    return ErrorEventFault(_check_chunks(after_chunks), message, type, code)


def extra_event(after_chunks: int = 2, *, data: str, event: str | None = None) -> ExtraEventFault:
    """Send ``after_chunks`` events, then ``event: <event>`` (when given) and ``data: <data>``,
    then the rest of the stream: an event type the client does not know yet, a keep-alive.

    A Responses stream keeps an unknown event type as a ``poe_sdk.UnknownVariant`` event.
    """
    for name, value in (("data", data), ("event", event or "")):
        if "\n" in value or "\r" in value:
            raise ValueError(f"{name} must be a single line")
    return ExtraEventFault(_check_chunks(after_chunks), data, event)


def response_failed(
    after_chunks: int = 2,
    *,
    message: str = "The model failed to generate a response.",
    code: str = "server_error",
) -> ResponseFailedFault:
    """Send ``after_chunks`` events of a Responses stream, then ``response.failed`` whose
    response has ``error: {code, message}``, then end the body.

    The client raises the typed error the ``code`` implies (``server_error``:
    ``InternalServerError``, ``rate_limit_exceeded``: ``RateLimitError``). On any other reply
    it acts as :func:`error_event` with that code.
    """
    return ResponseFailedFault(_check_chunks(after_chunks), message, code)


@dataclass(frozen=True, slots=True)
class RefusalFault(Fault):
    """The assistant refuses with ``message`` instead of answering. Build it with
    :func:`refusal`."""

    message: str = "I'm sorry, I can't help with that."


@dataclass(frozen=True, slots=True)
class CutOutputFault(Fault):
    """The assistant's text stops halfway, with ``finish_reason``. Build it with
    :func:`cut_output`."""

    finish_reason: str = "length"


@dataclass(frozen=True, slots=True)
class BrokenJsonFault(Fault):
    """The assistant's text stops halfway, yet the reply says it is complete. Build it with
    :func:`broken_json`."""


@dataclass(frozen=True, slots=True)
class ProseFault(Fault):
    """The assistant answers in prose, as a server that ignores ``response_format`` would.
    Build it with :func:`prose`."""


def refusal(message: str = "I'm sorry, I can't help with that.") -> RefusalFault:
    """The assistant refuses: a chat message whose ``refusal`` is ``message`` (``content``
    null), or a Responses message with a ``refusal`` part. ``parse`` gives ``parsed: None``."""
    return RefusalFault(message)


def cut_output(finish_reason: str = "length") -> CutOutputFault:
    """The assistant's text stops halfway through, with ``finish_reason`` (``"length"`` or
    ``"content_filter"``); a Responses reply is ``incomplete`` for ``max_output_tokens`` (or
    ``content_filter``). ``parse`` raises ``LengthFinishReasonError`` (or
    ``ContentFilterFinishReasonError``)."""
    if finish_reason not in ("length", "content_filter"):
        raise ValueError("finish_reason must be 'length' or 'content_filter'")
    return CutOutputFault(finish_reason)


def broken_json() -> BrokenJsonFault:
    """The assistant's text stops halfway through, but the reply says it is complete
    (``finish_reason: "stop"``): ``parse`` raises ``StructuredOutputError``."""
    return BrokenJsonFault()


def prose() -> ProseFault:
    """The assistant answers ``Sure! ...`` in prose whatever ``response_format`` asks for:
    ``parse`` raises ``StructuredOutputError`` saying the server answered in prose."""
    return ProseFault()


OutputFault = RefusalFault | CutOutputFault | BrokenJsonFault | ProseFault
"""The faults that change what the assistant answers."""
