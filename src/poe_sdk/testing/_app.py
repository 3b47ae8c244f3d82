"""The ASGI application of the local server: routes, state, and fault-shaped delivery.

Everything here runs on the server's event loop thread except :class:`ServerState`, whose
methods are also called from user threads (under its lock).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import html
import itertools
import json
import math
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar, cast

from pydantic import BaseModel, ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from ..types import (
    CreateBotRequest,
    CreateChatCompletionRequest,
    CreateMessageRequest,
    CreateResponseRequest,
    ExtendVideoRequest,
    RemixVideoRequest,
    ReplaceBotRequest,
    UpdateBotRequest,
)
from ._bots import BotError, BotStore
from ._catalog import media_content, media_file, model_entry
from ._dialects import DIALECTS, Dialect
from ._journal import RecordedRequest, decode_body, redact_headers
from ._messages import (
    ANTHROPIC_VERSION_HEADER,
    anthropic_error,
    build_message,
    is_claude,
    message_events,
)
from ._replies import (
    InvalidRequestError,
    build_reply,
    completion_body,
    count_tokens,
    shape_reply,
    stream_chunks,
)
from ._responses import (
    ResponseStore,
    build_response,
    failed_event,
    response_events,
    shape_response,
)
from ._schema_check import schema_problem
from ._uploads import FileStore, parse_form
from ._usage import CURRENT_BALANCE, UsageQueryError, points_history_page
from ._videos import POLL_AFTER_MS, VideoRequestError, VideoStore, create_fields
from .faults import (
    DelayFault,
    DisconnectMidStreamFault,
    ErrorEventFault,
    ExtraEventFault,
    Fault,
    HtmlErrorFault,
    MalformedChunkFault,
    OutputFault,
    ResponseFailedFault,
    SlowFirstByteFault,
    StatusFault,
    TruncateStreamFault,
)

BodyT = TypeVar("BodyT", bound=BaseModel)

__all__ = ["DEFAULT_MODELS", "POE_REQUESTS_PER_MINUTE", "Runtime", "ServerState", "build_app"]

DEFAULT_MODELS = (
    "Claude-Sonnet-4",
    "Claude-Opus-4.1",
    "Claude-Haiku-3.5",
    "GPT-4o",
    "GPT-4o-Mini",
    "GPT-5",
    "Gemini-2.5-Pro",
    "Gemini-2.5-Flash",
    "Llama-3.1-405B",
    "GPT-Image-1",
    "Veo-3",
    "ElevenLabs-v3",
)
"""The models ``GET /v1/models`` lists when the server is not given its own list; the last
three are media bots, answering with a link to an image, a video or an audio file."""

POE_REQUESTS_PER_MINUTE = 500
"""The quota the rate-limit headers report when no limit is enforced (Poe's documented one)."""

_DONE = b"data: [DONE]\n\n"
_ALL_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
_DISCONNECT_WAIT = 1.0
_STREAM_FAULTS = (
    DisconnectMidStreamFault,
    TruncateStreamFault,
    MalformedChunkFault,
    ErrorEventFault,
    ExtraEventFault,
    ResponseFailedFault,
)

# The error ``type`` and ``code`` of each status, as OpenAI-compatible servers send them.
_STATUS_ERRORS: dict[int, tuple[str, str | None, str]] = {
    400: ("invalid_request_error", None, "Bad request."),
    401: ("authentication_error", "invalid_api_key", "Incorrect API key provided."),
    402: ("insufficient_credits", "insufficient_credits", "You have run out of points."),
    403: ("permission_error", "permission_denied", "You may not use this model."),
    404: ("not_found_error", "model_not_found", "The model does not exist."),
    408: ("timeout_error", "request_timeout", "The request timed out."),
    409: ("conflict_error", None, "The request conflicts with the server's state."),
    422: ("invalid_request_error", None, "The request could not be processed."),
    429: ("rate_limit_error", "rate_limit_exceeded", "Rate limit reached for requests."),
    500: ("server_error", None, "The server had an error while processing your request."),
    502: ("server_error", "bad_gateway", "Bad gateway."),
    503: ("overloaded_error", "service_unavailable", "The server is overloaded."),
    504: ("timeout_error", "gateway_timeout", "The upstream server timed out."),
}


def format_seconds(seconds: float) -> str:
    """``"59.874"``, ``"0.3"``, ``"0"``: seconds rounded up to the millisecond."""
    millis = max(0, math.ceil(seconds * 1000 - 1e-6))
    whole, fraction = divmod(millis, 1000)
    return f"{whole}.{fraction:03d}".rstrip("0").rstrip(".")


def error_body(
    message: str, type: str, code: str | int | None = None, param: str | None = None
) -> bytes:
    """An OpenAI-style error body."""
    error = {"message": message, "type": type, "param": param, "code": code}
    return json.dumps({"error": error}, ensure_ascii=False).encode()


@dataclass(frozen=True, slots=True)
class RateSnapshot:
    """The rate-limit headers of one reply."""

    limit: int
    remaining: int
    reset: float

    def headers(self) -> list[tuple[str, str]]:
        return [
            ("x-ratelimit-limit-requests", str(self.limit)),
            ("x-ratelimit-remaining-requests", str(self.remaining)),
            ("x-ratelimit-reset-requests", format_seconds(self.reset)),
        ]


class RateLimiter:
    """A sliding window: at most ``limit`` requests in any ``window`` seconds.

    Not thread-safe on its own: :class:`ServerState` calls it under its lock.
    """

    def __init__(self, limit: int | None, window: float) -> None:
        self.limit = limit
        self.window = window
        self._times: deque[float] = deque()

    def _prune(self, now: float) -> None:
        times = self._times
        while times and times[0] <= now - self.window:
            times.popleft()

    def _snapshot(self, now: float) -> RateSnapshot:
        limit = self.limit if self.limit is not None else POE_REQUESTS_PER_MINUTE
        used = len(self._times)
        reset = self._times[0] + self.window - now if self._times else 0.0
        return RateSnapshot(limit, max(limit - used, 0), max(reset, 0.0))

    def peek(self, now: float) -> RateSnapshot:
        self._prune(now)
        return self._snapshot(now)

    def acquire(self, now: float) -> tuple[bool, RateSnapshot]:
        """Count a request; ``False`` (and nothing counted) when the window is full."""
        self._prune(now)
        if self.limit is not None and len(self._times) >= self.limit:
            return False, self._snapshot(now)
        self._times.append(now)
        return True, self._snapshot(now)

    def reset(self) -> None:
        self._times.clear()


class ServerState:
    """Faults, journal, rate limit and settings; shared by the loop and user threads."""

    def __init__(
        self,
        *,
        api_key: str | None,
        requests_per_minute: int | None,
        rate_limit_window: float,
        models: Sequence[str] | None,
        dialect: Dialect = DIALECTS["poe"],
    ) -> None:
        self._lock = threading.Lock()
        self.dialect = dialect
        # Only a digest of the key is kept, and compared in constant time.
        self._key_digest = None if api_key is None else _digest(api_key)
        self.models = tuple(models) if models is not None else None
        self.rate_limit_window = rate_limit_window
        self._limiter = RateLimiter(requests_per_minute, rate_limit_window)
        self._faults: deque[Fault] = deque()
        self._journal: list[RecordedRequest] = []
        self._sequence = itertools.count(1)
        self.responses = ResponseStore()
        """The conversations of stored responses, for ``previous_response_id``."""
        self.files = FileStore()
        """Files uploaded to ``POST /v1/files`` (multipart), served as binary bodies."""
        self.bots = BotStore()
        """The API bots of ``/bots`` (Poe's Bots REST API), in memory."""
        self.videos = VideoStore()
        """The video jobs of ``/v1/videos``."""

    @property
    def requires_api_key(self) -> bool:
        return self._key_digest is not None

    def key_matches(self, key: str) -> bool:
        return self._key_digest is not None and hmac.compare_digest(_digest(key), self._key_digest)

    def add_faults(self, fault: Fault, times: int) -> None:
        with self._lock:
            self._faults.extend([fault] * times)

    def take_fault(self) -> Fault | None:
        with self._lock:
            return self._faults.popleft() if self._faults else None

    def pending_faults(self) -> tuple[Fault, ...]:
        with self._lock:
            return tuple(self._faults)

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def acquire_rate(self) -> tuple[bool, RateSnapshot]:
        with self._lock:
            return self._limiter.acquire(time.monotonic())

    def peek_rate(self) -> RateSnapshot:
        with self._lock:
            return self._limiter.peek(time.monotonic())

    def reset_rate(self) -> None:
        with self._lock:
            self._limiter.reset()

    def next_sequence(self) -> int:
        with self._lock:
            return next(self._sequence)

    def record(self, entry: RecordedRequest) -> None:
        with self._lock:
            self._journal.append(entry)

    def journal(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._journal)

    def clear_journal(self) -> None:
        with self._lock:
            self._journal.clear()


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).digest()


class Runtime:
    """What a running server gives the app: interruptible waits and connection aborts.

    ``stopping`` is set (on the loop) when the server stops, which ends every fault wait.
    """

    def __init__(self) -> None:
        self.stopping = asyncio.Event()
        self.abort_connection: Callable[[tuple[str, int] | None], bool] = lambda client: False

    async def sleep(self, seconds: float) -> None:
        """Sleep ``seconds``, or less when the server stops meanwhile."""
        if seconds <= 0 or self.stopping.is_set():
            return
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self.stopping.wait(), seconds)


@dataclass(slots=True)
class Plan:
    """A reply before delivery: status, headers, and the body as events or one part."""

    status: int
    headers: list[tuple[str, str]]
    parts: list[bytes]
    stream: bool = False
    rate: RateSnapshot | None = None
    extra: list[tuple[str, str]] = field(default_factory=list[tuple[str, str]])
    dialect: Dialect = DIALECTS["poe"]
    events: list[str] | None = None
    """The ``event:`` name of each part: a Responses stream, which ends without ``[DONE]``."""
    anthropic: bool = False
    """An Anthropic Messages reply: a fault's error event is in Anthropic's format."""


def _json_plan(status: int, body: bytes, rate: RateSnapshot | None = None) -> Plan:
    return Plan(status, [("content-type", "application/json")], [body], rate=rate)


def _error_plan(
    status: int,
    message: str,
    type: str,
    code: str | int | None = None,
    param: str | None = None,
    rate: RateSnapshot | None = None,
) -> Plan:
    return _json_plan(status, error_body(message, type, code, param), rate)


def _status_fault_plan(fault: StatusFault) -> Plan:
    body = fault.body
    if body is None:
        type_, code, message = _STATUS_ERRORS.get(
            fault.status,
            ("server_error", None, "The server had an error.")
            if fault.status >= 500
            else ("invalid_request_error", None, "The request failed."),
        )
        plan = _error_plan(fault.status, message, type_, code)
    elif isinstance(body, bytes):
        plan = Plan(fault.status, [("content-type", "application/octet-stream")], [body])
    elif isinstance(body, str):
        plan = Plan(fault.status, [("content-type", "text/plain; charset=utf-8")], [body.encode()])
    else:
        plan = _json_plan(fault.status, json.dumps(dict(body), ensure_ascii=False).encode())
    if fault.retry_after is not None:
        plan.extra.append(("retry-after", format_seconds(fault.retry_after)))
    plan.extra.extend((name.lower(), value) for name, value in fault.headers.items())
    return plan


def _html_fault_plan(fault: HtmlErrorFault) -> Plan:
    title = html.escape(fault.title)
    page = (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
        f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n"
        "</body>\r\n</html>\r\n"
    )
    return Plan(fault.status, [("content-type", "text/html")], [page.encode()])


def _sse(data: bytes, event: str | None = None) -> bytes:
    if data.startswith(b":"):  # a dialect's comment line (a keep-alive)
        return data + b"\n\n"
    name = b"" if event is None else b"event: " + event.encode() + b"\n"
    return name + b"data: " + data + b"\n\n"


class Delivery(Response):
    """Sends a :class:`Plan`, shaped by the request's fault (if any)."""

    def __init__(self, plan: Plan, fault: Fault | None, runtime: Runtime) -> None:
        super().__init__(status_code=plan.status)
        self._plan = plan
        self._fault = fault
        self._runtime = runtime

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        plan, fault, runtime = self._plan, self._fault, self._runtime
        chunks, ending = self._script()
        headers = [*plan.headers, *plan.extra]
        if ending == "complete" and not plan.stream:
            headers.append(("content-length", str(sum(len(c) for c in chunks))))
        if isinstance(fault, DelayFault):
            await runtime.sleep(fault.seconds)
        await send(
            {
                "type": "http.response.start",
                "status": plan.status,
                "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers],
            }
        )
        if isinstance(fault, SlowFirstByteFault):
            await runtime.sleep(fault.seconds)
        for chunk in chunks:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        if ending == "abort":
            client = scope.get("client")
            if runtime.abort_connection(tuple(client) if client else None):
                # Let uvicorn see the connection go, so it does not report an unfinished reply.
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(receive(), _DISCONNECT_WAIT)
                return
            raise ConnectionAbortedError("disconnect_mid_stream: the connection was not found")
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    def _script(self) -> tuple[list[bytes], str]:
        """The body chunks to send and how the body ends: complete, clean (cut) or abort."""
        plan, fault = self._plan, self._fault
        parts = plan.parts
        if plan.stream:
            names: list[str | None] = [None] * len(parts) if plan.events is None else [*plan.events]
            events = [_sse(part, name) for part, name in zip(parts, names, strict=True)]
            done = [] if plan.events is not None else [_DONE]
            cut = len(events)
            if isinstance(fault, _STREAM_FAULTS):
                cut = min(fault.after_chunks, cut)
            head, tail = events[:cut], events[cut:]
            if isinstance(fault, DisconnectMidStreamFault):
                return head, "abort"
            if isinstance(fault, TruncateStreamFault):
                return head, "clean"
            if isinstance(fault, MalformedChunkFault):
                return [*head, _sse(fault.data.encode()), *tail, *done], "complete"
            if isinstance(fault, ExtraEventFault):
                return [*head, _sse(fault.data.encode(), fault.event), *tail, *done], "complete"
            if plan.anthropic and isinstance(fault, ErrorEventFault | ResponseFailedFault):
                return [*head, _messages_failure(fault)], "clean"
            if plan.events is not None and isinstance(fault, ErrorEventFault | ResponseFailedFault):
                return [*head, _responses_failure(fault, parts[0])], "clean"
            if isinstance(fault, ErrorEventFault | ResponseFailedFault):
                first = next((p for p in parts if not p.startswith(b":")), None)
                error = plan.dialect.dump_error(_fault_error(fault), first)
                return [*head, _sse(error)], "clean"
            return [*events, *done], "complete"
        body = b"".join(parts)
        half = body[: len(body) // 2]
        if isinstance(fault, DisconnectMidStreamFault):
            return [half], "abort"
        if isinstance(fault, TruncateStreamFault):
            return [half], "clean"
        if isinstance(fault, MalformedChunkFault | ExtraEventFault):
            return [fault.data.encode()], "complete"
        if isinstance(fault, ErrorEventFault | ResponseFailedFault):
            return [_fault_error(fault)], "complete"
        return [body], "complete"


def _fault_error(fault: ErrorEventFault | ResponseFailedFault) -> bytes:
    if isinstance(fault, ResponseFailedFault):
        return error_body(fault.message, "server_error", fault.code)
    return error_body(fault.message, fault.type, fault.code)


def _responses_failure(fault: ErrorEventFault | ResponseFailedFault, first: bytes) -> bytes:
    """The ``error`` or ``response.failed`` event that ends a Responses stream early."""
    if isinstance(fault, ResponseFailedFault):
        event = failed_event(json.loads(first), fault.code, fault.message)
        return _sse(_compact(event), "response.failed")
    error = {"type": "error", "code": fault.code or fault.type, "message": fault.message}
    return _sse(_compact({**error, "param": None, "sequence_number": -1}), "error")


def _messages_failure(fault: ErrorEventFault | ResponseFailedFault) -> bytes:
    """The ``error`` event that ends an Anthropic Messages stream early."""
    kind = fault.type if isinstance(fault, ErrorEventFault) else "api_error"
    return _sse(_compact(anthropic_error(fault.message, kind)), "error")


def _compact(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


_SSE_HEADERS = [("content-type", "text/event-stream; charset=utf-8"), ("cache-control", "no-cache")]


def _validated(raw: bytes, model: type[BodyT]) -> BodyT | Plan:
    """The request body as ``model``, or the 400 reply that names what is wrong with it."""
    try:
        data: object = json.loads(raw)
    except ValueError:
        return _error_plan(
            400,
            "We could not parse the JSON body of your request. The body must be a JSON "
            "object; check the Content-Type and the JSON encoding.",
            "invalid_request_error",
        )
    if not isinstance(data, dict):
        return _error_plan(
            400,
            "The body of your request must be a JSON object.",
            "invalid_request_error",
        )
    fields = cast("dict[str, object]", data)
    problem = schema_problem(model.__name__, fields)  # by the spec, not by the SDK's models
    if problem is not None:
        return _error_plan(
            400,
            f"Invalid value for '{problem.param}': {problem.rule}",
            "invalid_request_error",
            "missing_required_parameter" if problem.missing else "invalid_value",
            problem.param,
        )
    try:
        return model.model_validate(fields)
    except ValidationError as exc:  # The SDK's model refuses what the spec allows: its defect.
        return _error_plan(
            500,
            f"The body follows the spec, but the SDK's {model.__name__} refuses it: "
            f"{_first_problem(exc)}",
            "server_error",
        )


def _first_problem(exc: ValidationError) -> str:
    """The place and rule of pydantic's first complaint (``messages.0.content: ...``)."""
    error = exc.errors(include_url=False)[0]
    place = ".".join(str(key) for key in error["loc"])
    return f"{place}: {error['msg']}" if place else error["msg"]


def _model_not_found(model: str) -> Plan:
    return _error_plan(
        404,
        f"The model `{model}` does not exist or you do not have access to it.",
        "invalid_request_error",
        "model_not_found",
        "model",
    )


_Handler = Callable[[Request, bytes, RateSnapshot], Plan]


class LocalAPI:
    """The routes of the local server."""

    def __init__(self, state: ServerState, runtime: Runtime) -> None:
        self.state = state
        self.runtime = runtime

    def app(self) -> Starlette:
        """The Starlette application."""

        def route(path: str, handler: _Handler, methods: list[str]) -> Route:
            async def endpoint(request: Request) -> Response:
                return await self._exchange(request, handler)

            return Route(path, endpoint, methods=methods)

        return Starlette(
            routes=[
                route("/v1/chat/completions", self._chat_completions, ["POST"]),
                route("/v1/responses", self._responses, ["POST"]),
                route("/v1/messages", self._messages, ["POST"]),
                route("/v1/models", self._list_models, ["GET"]),
                route("/v1/models/{model:path}", self._get_model, ["GET"]),
                route("/usage/current_balance", self._current_balance, ["GET"]),
                route("/usage/points_history", self._points_history, ["GET"]),
                route("/bots", self._bots, ["GET", "POST"]),
                route("/bots/{handle}", self._bot, ["GET", "PATCH", "PUT", "DELETE"]),
                route("/v1/videos", self._create_video, ["POST"]),
                route("/v1/videos/extensions", self._extend_video, ["POST"]),
                route("/v1/videos/{video_id}", self._get_video, ["GET"]),
                route("/v1/videos/{video_id}/content", self._video_content, ["GET"]),
                route("/v1/videos/{video_id}/remix", self._remix_video, ["POST"]),
                route("/v1/files", self._upload_file, ["POST"]),
                route("/v1/files/{file_id}/content", self._file_content, ["GET"]),
                Route("/files/{name}", _media_file, methods=["GET"]),
                route("/{path:path}", self._unknown, _ALL_METHODS),
            ]
        )

    async def _exchange(self, request: Request, handler: _Handler) -> Response:
        received_at = time.time()
        raw = await request.body()
        fault = self.state.take_fault()
        request_id = f"req_{uuid.uuid4().hex}"
        if isinstance(fault, StatusFault):
            plan = _status_fault_plan(fault)
        elif isinstance(fault, HtmlErrorFault):
            plan = _html_fault_plan(fault)
        else:
            request.state.fault = fault  # an output fault changes the assistant's answer
            plan = self._api(request, raw, handler)
        rate = plan.rate if plan.rate is not None else self.state.peek_rate()
        plan.headers = [("x-request-id", request_id), *rate.headers(), *plan.headers]
        client = request.scope.get("client")
        self.state.record(
            RecordedRequest(
                method=request.method,
                path=request.url.path,
                query=request.url.query,
                headers=redact_headers(request.scope["headers"]),
                body=decode_body(raw),
                request_id=request_id,
                status=plan.status,
                fault=fault,
                client=(str(client[0]), int(client[1])) if client else None,
                received_at=received_at,
            )
        )
        return Delivery(plan, fault, self.runtime)

    def _api(self, request: Request, raw: bytes, handler: _Handler) -> Plan:
        """Authentication, then the rate limit, then the route's handler."""
        state = self.state
        keyless = request.method == "GET" and request.url.path == "/v1/models"  # as on Poe
        if state.requires_api_key and not keyless:
            scheme, _, key = request.headers.get("authorization", "").partition(" ")
            if scheme.lower() != "bearer" or not key.strip():
                return _error_plan(
                    401,
                    "You didn't provide an API key. Send it in an Authorization header using "
                    "Bearer auth (Authorization: Bearer YOUR_KEY).",
                    "authentication_error",
                    "invalid_api_key",
                )
            if not state.key_matches(key.strip()):
                return _error_plan(
                    401,
                    "Incorrect API key provided. Check the key you passed to the client.",
                    "authentication_error",
                    "invalid_api_key",
                )
        allowed, rate = state.acquire_rate()
        if not allowed:
            plan = _error_plan(
                429,
                f"Rate limit reached for requests: limit {rate.limit} per "
                f"{format_seconds(state.rate_limit_window)}s. Try again in "
                f"{format_seconds(rate.reset)}s.",
                "rate_limit_error",
                "rate_limit_exceeded",
                rate=rate,
            )
            plan.extra += [
                ("retry-after", str(max(1, math.ceil(rate.reset)))),
                ("retry-after-ms", str(max(1, math.ceil(rate.reset * 1000)))),
            ]
            return plan
        plan = handler(request, raw, rate)
        plan.rate = rate
        return plan

    def _chat_completions(self, request: Request, raw: bytes, rate: RateSnapshot) -> Plan:
        body = _validated(raw, CreateChatCompletionRequest)
        if isinstance(body, Plan):
            return body
        models = self.state.models
        if models is not None and body.model not in models:
            return _model_not_found(body.model)
        sequence = self.state.next_sequence()
        try:
            reply = build_reply(body, f"call_local_{sequence:06d}")
            fault = request.state.fault
            if isinstance(fault, OutputFault):
                reply = shape_reply(reply, fault)
        except InvalidRequestError as exc:
            return _error_plan(
                400, exc.message, "invalid_request_error", "invalid_value", exc.param
            )
        if reply.tool_call is None:
            files = str(request.base_url.replace(path="/files/", query="", fragment=""))
            media = media_content(body.model, reply.content or "", files)
            if media is not None:
                reply = replace(reply, content=media, completion_tokens=count_tokens(media))
        completion_id = f"chatcmpl-local-{sequence:06d}"
        created = int(time.time())
        if body.stream:
            include_usage = bool(body.stream_options and body.stream_options.include_usage)
            chunks = stream_chunks(
                reply,
                completion_id=completion_id,
                model=body.model,
                created=created,
                include_usage=include_usage,
            )
            dialect = self.state.dialect
            return Plan(
                200, _SSE_HEADERS, dialect.dump_stream(chunks), stream=True, dialect=dialect
            )
        content = completion_body(
            reply, completion_id=completion_id, model=body.model, created=created
        )
        return _json_plan(200, self.state.dialect.dump_completion(content))

    def _responses(self, request: Request, raw: bytes, rate: RateSnapshot) -> Plan:
        body = _validated(raw, CreateResponseRequest)
        if isinstance(body, Plan):
            return body
        models = self.state.models
        if models is not None and body.model not in models:
            return _model_not_found(body.model)
        history: tuple[Any, ...] = ()
        previous = body.previous_response_id
        if previous is not None:
            stored = self.state.responses.get(previous)
            if stored is None:
                return _error_plan(
                    400,
                    f"Previous response with id '{previous}' not found.",
                    "invalid_request_error",
                    "previous_response_not_found",
                    "previous_response_id",
                )
            history = stored
        sequence = self.state.next_sequence()
        response_id = f"resp_local_{sequence:06d}"
        try:
            reply, turns = build_response(
                body,
                history,
                response_id=response_id,
                sequence=sequence,
                created_at=int(time.time()),
            )
        except InvalidRequestError as exc:
            return _error_plan(
                400, exc.message, "invalid_request_error", "invalid_value", exc.param
            )
        fault = request.state.fault
        if isinstance(fault, OutputFault):
            reply = shape_response(reply, fault)
        if body.store is not False:
            self.state.responses.put(response_id, turns)
        if body.stream:
            events = response_events(reply)
            parts = [_compact(event) for _, event in events]
            return Plan(200, _SSE_HEADERS, parts, stream=True, events=[n for n, _ in events])
        return _json_plan(200, _compact(reply))

    def _messages(self, request: Request, raw: bytes, rate: RateSnapshot) -> Plan:
        """Anthropic's Messages format: the ``anthropic-version`` header is required, only
        Claude models answer, errors are in Anthropic's format."""
        if not request.headers.get(ANTHROPIC_VERSION_HEADER):
            missing = f"{ANTHROPIC_VERSION_HEADER}: header is required"
            return _json_plan(400, _compact(anthropic_error(missing, "invalid_request_error")))
        body = _validated(raw, CreateMessageRequest)
        if isinstance(body, Plan):
            return body
        if not is_claude(body.model):
            refused = f"model: {body.model} is not a Claude model; this endpoint serves only Claude"
            return _json_plan(404, _compact(anthropic_error(refused, "not_found_error")))
        sequence = self.state.next_sequence()
        try:
            message = build_message(body, message_id=f"msg_local_{sequence:06d}")
        except InvalidRequestError as exc:
            error = anthropic_error(exc.message, "invalid_request_error")
            return _json_plan(400, _compact(error))
        if body.stream:
            events = message_events(message)
            parts = [_compact(event) for _, event in events]
            names = [name for name, _ in events]
            return Plan(200, _SSE_HEADERS, parts, stream=True, events=names, anthropic=True)
        return _json_plan(200, _compact(message))

    def _model_list(self) -> tuple[str, ...]:
        return self.state.models if self.state.models is not None else DEFAULT_MODELS

    def _list_models(self, request: Request, raw: bytes, rate: RateSnapshot) -> Plan:
        data = [_model_json(model) for model in self._model_list()]
        return _json_plan(200, json.dumps({"object": "list", "data": data}).encode())

    def _get_model(self, request: Request, raw: bytes, rate: RateSnapshot) -> Plan:
        model = str(request.path_params["model"])
        if model not in self._model_list():
            return _error_plan(
                404,
                f"The model `{model}` does not exist or you do not have access to it.",
                "invalid_request_error",
                "model_not_found",
                "model",
            )
        return _json_plan(200, json.dumps(_model_json(model)).encode())

    def _upload_file(self, request: Request, raw: bytes, rate: RateSnapshot) -> Plan:
        """A ``multipart/form-data`` upload with a ``file`` part: kept, described as JSON."""
        parts = parse_form(request.headers.get("content-type", ""), raw) or {}
        if "file" not in parts:
            return _error_plan(
                400,
                "Send the file as a multipart/form-data part named 'file'.",
                "invalid_request_error",
                param="file",
                rate=rate,
            )
        filename, content = parts["file"]
        purpose = parts.get("purpose", (None, b""))[1].decode("utf-8", "replace")
        reply = {
            "id": self.state.files.add(content),
            "object": "file",
            "bytes": len(content),
            "filename": filename,
            "purpose": purpose,
        }
        return _json_plan(200, json.dumps(reply).encode(), rate)

    def _file_content(self, request: Request, raw: bytes, rate: RateSnapshot) -> Plan:
        """An uploaded file's bytes, as a binary body in 64 kB parts."""
        file_id = str(request.path_params["file_id"])
        content = self.state.files.get(file_id)
        if content is None:
            message = f"No such file: {file_id}"
            return _error_plan(404, message, "invalid_request_error", rate=rate)
        chunks = [content[i : i + 65536] for i in range(0, len(content), 65536)] or [b""]
        return Plan(200, [("content-type", "application/octet-stream")], chunks, rate=rate)

    def _create_video(self, request: Request, raw: bytes, rate: RateSnapshot) -> Plan:
        """A new video job, from a multipart form (``input_reference`` a file part) or JSON
        (``input_image`` base64)."""
        form = parse_form(request.headers.get("content-type", ""), raw)
        if form is not None:
            fields, reference = create_fields(form)
        else:
            try:
                data: object = json.loads(raw)
            except ValueError:
                data = None
            if not isinstance(data, dict):
                return _error_plan(
                    400,
                    "Send a multipart/form-data body or a JSON object.",
                    "invalid_request_error",
                )
            fields = dict(cast("dict[str, object]", data))
            image = fields.pop("input_image", None)
            reference = image.encode() if isinstance(image, str) else None
        problem = schema_problem("CreateVideoRequest", fields)
        if problem is not None:
            return _error_plan(
                400,
                f"Invalid value for '{problem.param}': {problem.rule}",
                "invalid_request_error",
                "missing_required_parameter" if problem.missing else "invalid_value",
                problem.param,
            )
        videos, models = self.state.videos, self.state.models
        return _video_plan(lambda: videos.create(fields, reference, models))

    def _get_video(self, request: Request, raw: bytes, rate: RateSnapshot) -> Plan:
        video_id = str(request.path_params["video_id"])
        plan = _video_plan(lambda: self.state.videos.retrieve(video_id))
        plan.extra.append(("openai-poll-after-ms", str(POLL_AFTER_MS)))
        return plan

    def _video_content(self, request: Request, raw: bytes, rate: RateSnapshot) -> Plan:
        """A completed video's bytes (or its thumbnail or spritesheet), as a binary body."""
        video_id = str(request.path_params["video_id"])
        try:
            media_type, content = self.state.videos.content(
                video_id, request.query_params.get("variant")
            )
        except VideoRequestError as exc:
            return _error_plan(exc.status, exc.message, exc.type, exc.code, exc.param)
        chunks = [content[i : i + 1024] for i in range(0, len(content), 1024)]
        return Plan(200, [("content-type", media_type)], chunks)

    def _remix_video(self, request: Request, raw: bytes, rate: RateSnapshot) -> Plan:
        body = _validated(raw, RemixVideoRequest)
        if isinstance(body, Plan):
            return body
        video_id = str(request.path_params["video_id"])
        return _video_plan(lambda: self.state.videos.remix(video_id, body.prompt))

    def _extend_video(self, request: Request, raw: bytes, rate: RateSnapshot) -> Plan:
        body = _validated(raw, ExtendVideoRequest)
        if isinstance(body, Plan):
            return body
        videos = self.state.videos
        return _video_plan(lambda: videos.extend(body.video.id, body.prompt, body.seconds))

    def _current_balance(self, request: Request, raw: bytes, rate: RateSnapshot) -> Plan:
        return _json_plan(200, json.dumps({"current_point_balance": CURRENT_BALANCE}).encode())

    def _points_history(self, request: Request, raw: bytes, rate: RateSnapshot) -> Plan:
        query = request.query_params
        try:
            page = points_history_page(query.get("limit"), query.get("starting_after"))
        except UsageQueryError as exc:
            return _error_plan(
                400,
                f"Invalid value for '{exc.param}': {exc.message}.",
                "invalid_request_error",
                "invalid_value",
                exc.param,
            )
        return _json_plan(200, json.dumps(page).encode())

    def _bots(self, request: Request, raw: bytes, rate: RateSnapshot) -> Plan:
        """``GET /bots`` lists the bots; ``POST /bots`` creates one (201, or 409)."""
        if request.method == "GET":
            return _json_plan(200, json.dumps({"bots": self.state.bots.list()}).encode())
        body = _validated(raw, CreateBotRequest)
        if isinstance(body, Plan):
            return body
        try:
            self.state.bots.create(json.loads(raw))
        except BotError as exc:
            return _bot_error(exc)
        return _json_plan(201, b'{"create_bot_status":"success"}')

    def _bot(self, request: Request, raw: bytes, rate: RateSnapshot) -> Plan:
        """``GET``, ``PATCH`` (merge), ``PUT`` (replace or create) and ``DELETE`` (204) of
        ``/bots/{handle}``; an unknown handle is 404."""
        handle = str(request.path_params["handle"])
        bots = self.state.bots
        try:
            if request.method == "GET":
                return _json_plan(200, json.dumps(bots.get(handle)).encode())
            if request.method == "DELETE":
                bots.delete(handle)
                return Plan(204, [], [b""])
            model = UpdateBotRequest if request.method == "PATCH" else ReplaceBotRequest
            body = _validated(raw, model)
            if isinstance(body, Plan):
                return body
            if request.method == "PATCH":
                bots.update(handle, json.loads(raw))
                return _json_plan(200, b'{"update_bot_status":"success"}')
            if bots.replace(handle, json.loads(raw)):
                return _json_plan(201, b'{"create_bot_status":"success"}')
            return _json_plan(200, b'{"update_bot_status":"success"}')
        except BotError as exc:
            return _bot_error(exc)

    def _unknown(self, request: Request, raw: bytes, rate: RateSnapshot) -> Plan:
        path = request.url.path
        known = {
            "/v1/chat/completions": "POST",
            "/v1/responses": "POST",
            "/v1/messages": "POST",
            "/v1/models": "GET",
            "/usage/current_balance": "GET",
            "/usage/points_history": "GET",
            "/bots": "GET, POST",
            "/v1/videos": "POST",
            "/v1/videos/extensions": "POST",
        }
        allowed = known.get(path) or ("GET" if path.startswith("/v1/models/") else None)
        if path.startswith("/bots/") and path.count("/") == 2:
            allowed = "GET, PATCH, PUT, DELETE"
        if allowed is not None:
            plan = _error_plan(
                405,
                f"Method {request.method} is not allowed on {path}; use {allowed}.",
                "invalid_request_error",
                "method_not_allowed",
            )
            plan.extra.append(("allow", allowed))
            return plan
        return _error_plan(
            404,
            f"Invalid URL ({request.method} {path}).",
            "invalid_request_error",
            "unknown_url",
        )


def _bot_error(exc: BotError) -> Plan:
    kind = "not_found_error" if exc.status == 404 else "conflict_error"
    code = "bot_not_found" if exc.status == 404 else "bot_already_exists"
    return _error_plan(exc.status, exc.message, kind, code, "handle")


def _video_plan(action: Callable[[], dict[str, Any]]) -> Plan:
    """The JSON reply of a video job, or the error :class:`VideoRequestError` describes."""
    try:
        return _json_plan(200, _compact(action()))
    except VideoRequestError as exc:
        return _error_plan(exc.status, exc.message, exc.type, exc.code, exc.param)


def _model_json(model: str) -> dict[str, Any]:
    return model_entry(model)


async def _media_file(request: Request) -> Response:
    """``GET /files/<name>``: a file a media bot linked to (public, as Poe's CDN is)."""
    found = media_file(str(request.path_params["name"]))
    if found is None:
        return Response(b"Not found", status_code=404, media_type="text/plain")
    media_type, content = found
    return Response(content, media_type=media_type)


def build_app(state: ServerState, runtime: Runtime) -> Starlette:
    """The ASGI application serving ``state``."""
    return LocalAPI(state, runtime).app()
