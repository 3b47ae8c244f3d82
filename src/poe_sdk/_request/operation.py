"""What generated resources stand on: operation descriptors, per-call options, base classes.

Generated resource methods pack their arguments into a body/path/query mapping and one
:class:`RequestOptions`, then call ``self._client._request(OPERATION, ...)``; everything after
that (validation, retries, transport, parsing, streaming) is the hand-written core's job.
"""

from __future__ import annotations

import difflib
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar, overload

from typing_extensions import Self, TypedDict

from .._not_given import NOT_GIVEN, NotGiven, Omit

if TYPE_CHECKING:
    import httpx
    from pydantic import BaseModel, TypeAdapter

    from .._replies.streaming import ChunkAccumulator

__all__ = [
    "AsyncAPIResource",
    "AsyncRequester",
    "CallOptions",
    "Child",
    "ModelCallOptions",
    "Operation",
    "Pagination",
    "Parameter",
    "RequestOptions",
    "Server",
    "StreamEnd",
    "SyncAPIResource",
    "SyncRequester",
    "UnknownArgument",
    "call_arguments",
    "unexpected_argument",
    "warn_deprecated",
]


@dataclass(frozen=True, slots=True)
class Server:
    """Where an operation outside the client's base URL is sent.

    ``url`` is the operation's server in the spec, ``default`` the document's server and
    ``base_path`` the prefix the client's ``base_url`` adds to it (``https://api.poe.com`` and
    ``/v1`` for Poe). See :func:`poe_sdk._request.servers.server_url` for the rule.
    """

    url: str
    default: str
    base_path: str


@dataclass(frozen=True, slots=True)
class Parameter:
    """A path, query or header parameter: its spec name, location and serialisation."""

    name: str
    location: Literal["path", "query", "header"]
    explode: bool = True
    """Arrays: repeated keys (``a=1&a=2``) when true, else one comma-separated value."""
    style: Literal["", "form", "deepObject"] = ""
    """An object-valued query parameter: ``deepObject`` sends ``name[key]=value``; ``form``
    sends ``key=value`` (``explode``) or ``name=key,value,...``. Empty: a scalar or array."""
    default: str | None = None
    """Sent when the argument is not given: the spec's default of a parameter the server
    requires (``anthropic-version``)."""


@dataclass(frozen=True, slots=True)
class StreamEnd:
    """How a complete event stream ends.

    ``done`` is the ``data:`` payload that ends it (``[DONE]``), or ``None``; ``final_events``
    are event types (the SSE ``event:`` field or the event's ``type``) after which the stream is
    complete, whether the body then ends or not. A body that ends before either is truncated.
    """

    done: str | None = "[DONE]"
    final_events: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Pagination:
    """How a list reply pages: ``items`` and ``has_more`` name reply fields; the next page is
    requested with the ``cursor`` parameter set to the last item's ``cursor_field``. Without a
    ``cursor`` the reply is a single page."""

    items: str
    has_more: str | None = None
    cursor: str | None = None
    cursor_field: str | None = None


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec: the whole contract between the spec and the core.

    ``path`` is relative to the client's base URL (or, with ``server``, to that server's URL)
    and may hold ``{name}`` placeholders. ``params_model`` validates the path, query and header
    arguments, which ``parameters`` place. ``stream_flag`` names the body field that selects
    the ``text/event-stream`` reply, whose events are ``stream_model`` (a class, or an adapter
    of a union named ``stream_name``) and end as ``stream_end`` says; ``accumulator`` builds
    the final result of a stream from its events.
    """

    operation_id: str
    method: str
    path: str
    body_model: type[BaseModel] | None = None
    response_model: type[BaseModel] | TypeAdapter[Any] | None = None
    """The JSON reply: a class, or an adapter of a union of classes named ``response_name``."""
    response_name: str = ""
    stream_model: type[BaseModel] | TypeAdapter[Any] | None = None
    stream_name: str = ""
    stream_flag: str | None = None
    stream_value: str | int | None = None
    """The value of ``stream_flag`` that selects the stream (``stream_format: "sse"``, any
    value the spec's ``x-sdk-stream-flag`` names); by default any true value does."""
    stream_end: StreamEnd = field(default_factory=StreamEnd)
    accumulator: Callable[[], ChunkAccumulator[Any, object]] | None = None
    params_model: type[BaseModel] | None = None
    parameters: tuple[Parameter, ...] = ()
    nullable: frozenset[str] = frozenset()
    """Body fields where ``None`` is sent as JSON ``null`` (elsewhere ``None`` is not sent)."""
    typed_arguments: frozenset[str] = frozenset()
    """Body fields the request model types all the way down (the spec's
    ``x-sdk-typed-argument``): not walked again for NaN, depth or converted values."""
    server: Server | None = None
    pagination: Pagination | None = None
    deprecated: bool = False
    deprecated_args: tuple[str, ...] = ()
    """Spec names of deprecated parameters and body fields."""
    arguments: Mapping[str, tuple[str, str]] = field(default_factory=dict[str, tuple[str, str]])
    """The method's arguments: Python name -> (``"body"`` or ``"params"``, spec name)."""
    takes_fallbacks: bool = False
    """Whether calls accept ``fallback_models`` (the body has a ``model``)."""
    multipart: bool = False
    """The body is sent as ``multipart/form-data`` (file parts and text fields), not JSON."""
    needs_key: bool = True
    """Calls send the API key: ``False`` where the spec's ``security`` makes credentials
    optional (``security: []``, as Poe's ``GET /v1/models``)."""
    write_only: tuple[str, ...] = ()
    """Body fields the spec marks ``writeOnly`` (a secret), as dotted paths into the body
    (``api_bot_settings.api_key``): their values sent are redacted from errors like the API
    key."""
    binary_reply: bool = False
    """The 2xx reply is not JSON (a file, audio, video): returned unread as a binary response
    (:class:`poe_sdk._replies.binary.AsyncBinaryResponse`) that streams its body."""

    def streams(self, body: Mapping[str, object] | None) -> bool:
        """Whether a call with ``body`` asks for the ``text/event-stream`` reply."""
        if not self.stream_flag or not body:
            return False
        value = body.get(self.stream_flag)
        return bool(value) if self.stream_value is None else value == self.stream_value


def warn_deprecated(
    operation: Operation,
    body: Mapping[str, object] | None = None,
    params: Mapping[str, object] | None = None,
    *,
    stacklevel: int = 3,
) -> None:
    """Issue a ``DeprecationWarning`` (at the user's line) for a deprecated operation or for
    each deprecated argument given."""
    where = f"{operation.method} {operation.path} ({operation.operation_id})"
    if operation.deprecated:
        warnings.warn(f"{where} is deprecated", DeprecationWarning, stacklevel=stacklevel)
    given = {**(body or {}), **(params or {})}
    for name in operation.deprecated_args:
        if given.get(name) is not None and not isinstance(given.get(name), (NotGiven, Omit)):
            message = f"The argument {name!r} of {where} is deprecated"
            warnings.warn(message, DeprecationWarning, stacklevel=stacklevel)


def call_arguments(
    operation: Operation, arguments: Mapping[str, object], method: str = ""
) -> tuple[dict[str, object] | None, dict[str, object] | None, RequestOptions]:
    """A generated method's keyword arguments as the body and parameter mappings (by spec
    name) and the per-call options; a name the method does not take is a ``TypeError`` that
    names the ``method`` (``chat.completions.create``) and the closest name it takes."""
    body: dict[str, object] | None = {} if operation.body_model is not None else None
    params: dict[str, object] = {}
    options: dict[str, Any] = {}
    for name, value in arguments.items():
        place = operation.arguments.get(name)
        if place is None:
            if _takes_option(operation, name):
                options[name] = value
                continue
            raise TypeError(unexpected_argument(operation, method, name))
        location, key = place
        if location == "body" and body is not None:
            body[key] = value
        else:
            params[key] = value
    if operation.deprecated or operation.deprecated_args:
        warn_deprecated(operation, body, params, stacklevel=4)
    return body, params or None, RequestOptions(**options)


def _takes_option(operation: Operation, name: str) -> bool:
    return name in _OPTION_NAMES and (name != "fallback_models" or operation.takes_fallbacks)


def unexpected_argument(operation: Operation, method: str, name: str) -> str:
    """The message of a call with a keyword ``name`` that ``method`` does not take, suggesting
    the closest one it takes ("did you mean 'temperature'?")."""
    taken = [*operation.arguments, *(n for n in _OPTION_NAMES if _takes_option(operation, n))]
    close = difflib.get_close_matches(name, taken, n=1, cutoff=0.7)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    called = method or operation.operation_id
    return f"{called}() got an unexpected keyword argument {name!r}{hint}"


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call options shared by every operation (the ``openai`` SDK's names)."""

    extra_headers: Mapping[str, str | Omit] | None = None
    """Sent after the client's headers; an ``Omit()`` value removes a header."""
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None
    timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN
    """``None`` turns the timeout off for this call; not given keeps the client's."""
    max_retries: int | None = None
    total_timeout: float | None = None
    """A deadline on this whole call (the retry policy's ``total_timeout``)."""
    stream_idle_timeout: float | NotGiven | None = NOT_GIVEN
    """``None`` turns the stream idle timeout off for this call; not given keeps the client's."""
    fallback_models: Sequence[str] | None = None


_OPTION_NAMES = frozenset(f.name for f in fields(RequestOptions))


class UnknownArgument:
    """No value is an ``UnknownArgument``: it types the extra keys of a method's arguments
    (``<Stem>Args``, PEP 728 ``extra_items``), so that a type checker reports a misspelled
    keyword by its name ("parameter "temprature" of type UnknownArgument") instead of "No
    overloads match"."""


class CallOptions(TypedDict, total=False):
    """The per-call options every generated method takes (the ``openai`` SDK's names)."""

    extra_headers: Mapping[str, str | Omit] | None
    """Sent after the client's headers; an ``Omit()`` value removes a header."""
    extra_query: Mapping[str, object] | None
    """Query parameters added to the URL."""
    extra_body: Mapping[str, object] | None
    """JSON fields merged into the body (they win over the arguments)."""
    timeout: float | httpx.Timeout | NotGiven | None
    """This call's timeout; ``None`` turns it off, leaving it out keeps the client's."""
    max_retries: int | None
    """Retries after the first attempt, for this call."""
    total_timeout: float | None
    """Seconds for this whole call: every attempt, retry wait and a stream's whole body."""
    stream_idle_timeout: float | NotGiven | None
    """A stream's longest wait for an event that is progress (SSE comments and keep-alive
    events are not); ``None`` turns it off, leaving it out keeps the client's."""


class ModelCallOptions(CallOptions, total=False):
    """The per-call options of operations whose body names a ``model``."""

    fallback_models: Sequence[str] | None
    """Models to try, in order, when the request fails for the ``model`` (see the README)."""


class AsyncRequester(Protocol):
    """The async core as generated resources see it."""

    async def _request(
        self,
        operation: Operation,
        *,
        body: Mapping[str, object] | None,
        params: Mapping[str, object] | None,
        options: RequestOptions,
        raw: bool,
        streamed: bool = False,
    ) -> Any: ...


class SyncRequester(Protocol):
    """The sync facade as generated resources see it."""

    def _request(
        self,
        operation: Operation,
        *,
        body: Mapping[str, object] | None,
        params: Mapping[str, object] | None,
        options: RequestOptions,
        raw: bool,
        streamed: bool = False,
    ) -> Any: ...


_ChildT = TypeVar("_ChildT")


class AsyncAPIResource:
    """Base of generated async resources: holds the client that performs requests."""

    def __init__(self, parent: AsyncRequester | AsyncAPIResource) -> None:
        client = parent._client if isinstance(parent, AsyncAPIResource) else parent
        self._client: AsyncRequester = client


class SyncAPIResource:
    """Base of generated sync resources: holds the client that performs requests."""

    def __init__(self, parent: SyncRequester | SyncAPIResource) -> None:
        client = parent._client if isinstance(parent, SyncAPIResource) else parent
        self._client: SyncRequester = client


class Child(Generic[_ChildT]):
    """A generated resource's sub-resource (``client.chat.completions``), made from the parent
    (``cls(parent)``) on first access and kept on it; ``doc`` is what ``help()`` shows.

    Threads racing on the first access may each make one; one is kept (a resource holds
    nothing but its client)."""

    def __init__(self, cls: Callable[[Any], _ChildT], doc: str) -> None:
        self._cls = cls
        self._name = ""
        self.__doc__ = doc

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, parent: None, owner: type) -> Self: ...

    @overload
    def __get__(self, parent: object, owner: type) -> _ChildT: ...

    def __get__(self, parent: object, owner: type) -> Self | _ChildT:
        if parent is None:
            return self
        child = self._cls(parent)
        vars(parent)[self._name] = child  # read from there from now on
        return child
