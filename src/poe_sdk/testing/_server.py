"""``LocalServer``: the OpenAI-compatible server on loopback, run by uvicorn in a thread."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import socket
import sys
import threading
import time
import weakref
from collections.abc import Sequence
from types import TracebackType
from typing import cast

import anyio.to_thread
import uvicorn
import uvicorn.config
from uvicorn.protocols.http.h11_impl import H11Protocol

from ._app import Runtime, ServerState, build_app
from ._dialects import dialect_named
from ._journal import RecordedRequest
from .faults import Fault

__all__ = ["LocalServer", "serve"]

_START_TIMEOUT = 10.0
_STOP_TIMEOUT = 10.0
# How long in-flight replies may take to finish once the server stops (fault waits end at
# once), before their connections are dropped.
_SHUTDOWN_GRACE = 1.0
_POLL = 0.005

logger = logging.getLogger("poe_sdk.testing")


class LocalServer:
    """An OpenAI-compatible chat completions server on loopback, for tests and demos.

    It serves ``POST /v1/chat/completions`` (deterministic replies that echo the last user
    message, tool calls, streaming) and ``GET /v1/models`` on a real socket, run by uvicorn in
    a background thread. Use it as a context manager, sync or async::

        with LocalServer() as server:
            client = PoeClient(api_key="test", base_url=server.base_url)

        async with LocalServer(api_key="sk-test", requests_per_minute=10) as server:
            ...

    Args:
        host: The address to listen on; loopback by default.
        port: The port; ``0`` (the default) picks a free one (see :attr:`port`).
        api_key: When set, requests must send ``Authorization: Bearer <api_key>`` or get a
            401. Only a digest of the key is kept; it is never logged nor journaled.
        requests_per_minute: When set, at most this many requests are accepted in any
            ``rate_limit_window`` seconds; the next gets a 429 with ``retry-after``. When
            ``None`` nothing is refused and the headers report Poe's quota of 500.
        rate_limit_window: The rate-limit window in seconds (60; shorten it in tests).
        models: The models that exist: ``GET /v1/models`` lists them and other models get a
            404 ``model_not_found``. ``None`` (the default) accepts any model name and lists
            a few Poe models.
        log_level: ``None`` (the default) keeps uvicorn silent, even under
            ``logging.basicConfig(level=INFO)``; ``"info"`` configures uvicorn's logging and
            logs every request.
        dialect: Answer the way a real server deviates from the spec (``DIALECTS`` lists
            them): ``"poe"`` (the default, the spec's shape), ``"sparse"``, ``"ollama"``,
            ``"azure"``, ``"openrouter"``, ``"deepseek"``, ``"groq"``, ``"vllm"`` or
            ``"llamacpp"``.

    Replies are deterministic:

    * the text is ``"Echo: <last user text>"``; attached files, images and audio are named
      after it (``"Echo: Summarise [received: file 'a.pdf' (application/pdf, 912 bytes)]"``);
    * with ``tools`` offered (``tool_choice`` not ``"none"``) and a user message last, the
      reply calls the named tool, else the first, with arguments that fill the required
      parameters of its schema (strings get the user's text), ``finish_reason: "tool_calls"``;
    * after a ``tool`` message the text is ``"The tool <name> returned: <result>"``;
    * ``stream: true`` sends a role chunk, the text word by word (or the tool call in pieces),
      a ``finish_reason`` chunk, the usage chunk when ``stream_options.include_usage``, then
      ``data: [DONE]``;
    * ``usage`` counts one token per word and per punctuation mark; ``stop`` and
      ``max_tokens`` cut the text, ``response_format`` JSON modes get a JSON object.

    Every reply carries ``x-request-id`` and ``x-ratelimit-{limit,remaining,reset}-requests``
    (the reset is the seconds until a slot of the window frees). Invalid bodies get a 400
    whose ``error.param`` names the field, as the real API does.

    Faults (:mod:`poe_sdk.testing.faults`) make the following requests fail on purpose, and
    :attr:`journal` records every request received. Both are thread-safe.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        requests_per_minute: int | None = None,
        rate_limit_window: float = 60.0,
        models: Sequence[str] | None = None,
        log_level: str | None = None,
        dialect: str = "poe",
    ) -> None:
        _check_int("port", port, 0, 65535)
        chosen = dialect_named(dialect)
        key = cast(object, api_key)
        if key is not None and (not isinstance(key, str) or not key):
            raise ValueError("api_key must be a non-empty string or None")
        if requests_per_minute is not None:
            _check_int("requests_per_minute", requests_per_minute, 1)
        window = cast(object, rate_limit_window)
        if (
            isinstance(window, bool)
            or not isinstance(window, (int, float))
            or not math.isfinite(window)
            or window <= 0
        ):
            raise ValueError(f"rate_limit_window must be seconds > 0, got {window!r}")
        names = cast(object, models)
        if names is not None and (
            isinstance(names, str)
            or not isinstance(names, Sequence)
            or not all(isinstance(m, str) and m for m in cast("Sequence[object]", names))
        ):
            raise ValueError("models must be a sequence of non-empty model names or None")
        self._host = host
        self._requested_port = port
        self._bound_port: int | None = None
        self._log_level = log_level
        self._state = ServerState(
            api_key=api_key,
            requests_per_minute=requests_per_minute,
            rate_limit_window=float(rate_limit_window),
            models=models,
            dialect=chosen,
        )
        self._lifecycle = threading.Lock()
        self._thread: threading.Thread | None = None
        self._uvicorn: _UvicornServer | None = None
        self._finalizer: weakref.finalize[[], LocalServer] | None = None

    # -- addresses -------------------------------------------------------------------------

    @property
    def host(self) -> str:
        """The address the server listens on."""
        return self._host

    @property
    def port(self) -> int:
        """The TCP port (the one picked by the system when ``port=0``).

        Raises:
            RuntimeError: ``port=0`` and the server was never started.
        """
        if self._bound_port is not None:
            return self._bound_port
        if self._requested_port:
            return self._requested_port
        raise RuntimeError("The server has no port yet: start it first")

    @property
    def url(self) -> str:
        """``http://<host>:<port>``, the server's root URL (a wildcard host reads loopback)."""
        # Not a bind: a server listening on every interface is reached through loopback.
        wildcards = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}  # noqa: S104
        host = wildcards.get(self._host, self._host)
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """``http://<host>:<port>/v1``: pass it as a client's ``base_url``."""
        return f"{self.url}/v1"

    @property
    def dialect(self) -> str:
        """The name of the dialect the server answers in (``"poe"`` by default)."""
        return self._state.dialect.name

    @property
    def running(self) -> bool:
        """True between :meth:`start` and :meth:`stop`."""
        thread = self._thread
        return thread is not None and thread.is_alive()

    @property
    def requires_api_key(self) -> bool:
        """True when requests must carry the configured API key."""
        return self._state.requires_api_key

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> LocalServer:
        """Bind the socket and start serving in a background thread; returns ``self``.

        Raises:
            RuntimeError: The server is already running, or failed to start.
            OSError: The address could not be bound (e.g. the port is in use).
        """
        with self._lifecycle:
            if self._thread is not None:
                raise RuntimeError("The server is already running")
            sock = _bind(self._host, self._requested_port)
            try:
                runtime = Runtime()
                app = build_app(self._state, runtime)
                quiet = self._log_level is None
                _install_log_filter()
                config = uvicorn.Config(
                    app,
                    loop="asyncio",
                    http=_H11Protocol,
                    ws="none",
                    lifespan="off",
                    log_config=None if quiet else uvicorn.config.LOGGING_CONFIG,
                    log_level=self._log_level,
                    access_log=not quiet,
                    proxy_headers=False,
                    server_header=False,
                )
                ready = threading.Event()
                errors: list[BaseException] = []
                server = _UvicornServer(config, runtime, ready)
                thread = threading.Thread(
                    target=_run,
                    args=(server, sock, ready, errors, quiet),
                    name=f"poe-sdk-local-server-{sock.getsockname()[1]}",
                    daemon=True,
                )
                thread.start()
            except BaseException:
                sock.close()
                raise
            if not ready.wait(_START_TIMEOUT) or errors or not server.started:
                server.request_exit_threadsafe()
                thread.join(_STOP_TIMEOUT)
                cause = errors[0] if errors else None
                raise RuntimeError("The local server failed to start") from cause
            self._bound_port = sock.getsockname()[1]
            self._thread, self._uvicorn = thread, server
            # A server dropped without stop() must not serve forever: ask it to exit (without
            # blocking the garbage collector on the join).
            self._finalizer = weakref.finalize(self, server.request_exit_threadsafe)
        return self

    def stop(self) -> None:
        """Stop serving and join the thread. In-flight fault waits end at once; connections
        still open after a short grace are dropped. Safe to call more than once."""
        with self._lifecycle:
            thread, server, finalizer = self._thread, self._uvicorn, self._finalizer
            self._thread = self._uvicorn = self._finalizer = None
            if finalizer is not None:
                finalizer.detach()
            if thread is None or server is None:
                return
            if thread is threading.current_thread():
                raise RuntimeError("LocalServer.stop() cannot be called from the server thread")
            server.request_exit_threadsafe()
            thread.join(_STOP_TIMEOUT)
            if thread.is_alive():
                server.force_exit = True
                thread.join(_STOP_TIMEOUT)
            if thread.is_alive():
                raise RuntimeError("The local server thread did not stop")

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> LocalServer:
        await anyio.to_thread.run_sync(self.start)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await anyio.to_thread.run_sync(self.stop)

    def __repr__(self) -> str:
        where = self.base_url if self._bound_port or self._requested_port else "(no port yet)"
        status = "running" if self.running else "stopped"
        return f"<LocalServer {where} {status}>"

    # -- faults ----------------------------------------------------------------------------

    def inject(self, fault: Fault, *, times: int = 1) -> None:
        """Make the next ``times`` requests fail with ``fault``, after any queued faults.

        Faults apply in FIFO order, one per request, to every request the server receives.
        Build them with :mod:`poe_sdk.testing.faults`::

            server.inject(faults.status(503, retry_after=0.01), times=2)
            server.inject(faults.disconnect_mid_stream(after_chunks=3))

        Raises:
            TypeError: ``fault`` is not a :class:`~poe_sdk.testing.faults.Fault`.
            ValueError: ``times`` is not an integer >= 1.
        """
        if not isinstance(cast(object, fault), Fault):
            raise TypeError(f"fault must be a poe_sdk.testing.faults.Fault, got {fault!r}")
        _check_int("times", times, 1)
        self._state.add_faults(fault, times)

    @property
    def pending_faults(self) -> tuple[Fault, ...]:
        """The faults not applied yet, next first."""
        return self._state.pending_faults()

    def clear_faults(self) -> None:
        """Drop the faults not applied yet."""
        self._state.clear_faults()

    # -- journal ---------------------------------------------------------------------------

    @property
    def journal(self) -> list[RecordedRequest]:
        """Every request received since the start or the last :meth:`clear`, oldest first (a
        copy). Credentials are redacted; see :class:`RecordedRequest`."""
        return self._state.journal()

    @property
    def last_request(self) -> RecordedRequest | None:
        """The most recent request received, or ``None``."""
        journal = self._state.journal()
        return journal[-1] if journal else None

    def clear(self) -> None:
        """Forget the journal."""
        self._state.clear_journal()

    def reset(self) -> None:
        """Forget the journal, the stored responses, the API bots and the video jobs, drop
        pending faults and empty the rate-limit window."""
        self._state.clear_journal()
        self._state.responses.clear()
        self._state.bots.clear()
        self._state.videos.clear()
        self._state.clear_faults()
        self._state.reset_rate()


def _check_int(name: str, value: object, low: int, high: int | None = None) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or value < low
        or (high is not None and value > high)
    ):
        bounds = f"in {low}..{high}" if high is not None else f">= {low}"
        raise ValueError(f"{name} must be an integer {bounds}, got {value!r}")


def _bind(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host:port`` (not listening yet; uvicorn does that)."""
    infos = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        if os.name != "nt":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except BaseException:
        sock.close()
        raise
    return sock


def _run(
    server: _UvicornServer,
    sock: socket.socket,
    ready: threading.Event,
    errors: list[BaseException],
    quiet: bool,
) -> None:
    ident = threading.get_ident()
    _SERVER_THREADS[ident] = quiet
    try:
        server.run(sockets=[sock])
    except BaseException as exc:  # SystemExit too: uvicorn exits when startup fails.
        errors.append(exc)
    finally:
        _SERVER_THREADS.pop(ident, None)
        ready.set()
        sock.close()


# The threads serving a LocalServer, each with whether it is quiet (``log_level=None``).
_SERVER_THREADS: dict[int, bool] = {}
_FILTER_LOCK = threading.Lock()
_FILTERED_LOGGERS = ("asyncio", "uvicorn.error", "uvicorn.access")
# What asyncio logs for every write after the peer closed the socket: a client hanging up
# mid-stream is normal here, and _H11Protocol reports it once at DEBUG instead.
_SEND_AFTER_HANG_UP = "socket.send() raised exception."


class _ServerLogFilter(logging.Filter):
    """Drops, from the server threads only: asyncio's repeated send-after-hang-up warning,
    and uvicorn's INFO lines (startup, access) when the server is quiet."""

    def filter(self, record: logging.LogRecord) -> bool:
        quiet = _SERVER_THREADS.get(record.thread or 0)
        if quiet is None:
            return True
        if record.name == "asyncio":
            return record.msg != _SEND_AFTER_HANG_UP
        return not (quiet and record.levelno < logging.WARNING)


_LOG_FILTER = _ServerLogFilter()


def _install_log_filter() -> None:
    """Attach the filter to the loggers the server threads write to (once per process)."""
    with _FILTER_LOCK:
        for name in _FILTERED_LOGGERS:
            target = logging.getLogger(name)
            if _LOG_FILTER not in target.filters:
                target.addFilter(_LOG_FILTER)


class _H11Protocol(H11Protocol):
    """uvicorn's h11 protocol, reporting a connection that closed mid-reply once, at DEBUG."""

    def connection_lost(self, exc: Exception | None) -> None:
        # ``cycle`` is None until the first request arrives.
        if exc is not None or not getattr(self.cycle, "response_complete", True):
            logger.debug(
                "The connection with %s closed before the reply was sent (%r)", self.client, exc
            )
        super().connection_lost(exc)


class _UvicornServer(uvicorn.Server):
    """uvicorn's server with an event-driven exit and a fast, bounded shutdown.

    uvicorn polls its exit flag every 0.1 s and sleeps 0.1 s while shutting down; here the
    exit wakes the loop at once, and connections still open after a short grace are dropped
    so :meth:`LocalServer.stop` never hangs.
    """

    def __init__(self, config: uvicorn.Config, runtime: Runtime, ready: threading.Event) -> None:
        super().__init__(config)
        self._runtime = runtime
        self._ready = ready
        self._exit = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        self._loop = asyncio.get_running_loop()
        self._runtime.abort_connection = self._abort_connection
        await super().startup(sockets=sockets)
        if self.started:
            self._ready.set()

    def request_exit_threadsafe(self) -> None:
        """Ask the server to exit, from any thread."""
        self.should_exit = True
        loop = self._loop
        if loop is None:
            return
        with contextlib.suppress(RuntimeError):  # The loop has already closed.
            loop.call_soon_threadsafe(self._request_exit)

    def _request_exit(self) -> None:
        self.should_exit = True
        self._runtime.stopping.set()
        self._exit.set()

    async def main_loop(self) -> None:
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._exit.wait(), 0.1)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        self._runtime.stopping.set()
        state = self.server_state
        for connection in list(state.connections):
            connection.shutdown()
        deadline = time.monotonic() + _SHUTDOWN_GRACE
        # uvicorn offers no event for "the last connection closed": poll briefly.
        while state.connections and time.monotonic() < deadline and not self.force_exit:  # noqa: ASYNC110
            await asyncio.sleep(_POLL)
        for connection in list(state.connections):
            transport = getattr(connection, "transport", None)
            if isinstance(transport, asyncio.BaseTransport):
                _abort(transport)
        tasks = list(state.tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        for server in self.servers:
            await server.wait_closed()
        await self.lifespan.shutdown()

    def _abort_connection(self, client: tuple[str, int] | None) -> bool:
        """Drop the connection of ``client`` without ending the reply; ``False`` if unknown."""
        if client is None:
            return False
        for connection in list(self.server_state.connections):
            if getattr(connection, "client", None) == client:
                transport = getattr(connection, "transport", None)
                if isinstance(transport, asyncio.BaseTransport):
                    _abort(transport)
                    return True
        return False


def _abort(transport: asyncio.BaseTransport) -> None:
    abort = getattr(transport, "abort", None)
    if callable(abort):
        abort()
    else:  # pragma: no cover - every stream transport has abort()
        transport.close()


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    api_key: str | None = None,
    requests_per_minute: int | None = None,
    access_log: bool = False,
) -> None:
    """Run a :class:`LocalServer` in the foreground until Ctrl-C (quiet unless
    ``access_log``, which logs each request).

    The entry point of ``poe-sdk serve``. Point a client at the printed base URL::

        PoeClient(api_key="anything", base_url="http://127.0.0.1:8000/v1")
    """
    server = LocalServer(
        host=host,
        port=port,
        api_key=api_key,
        requests_per_minute=requests_per_minute,
        log_level="info" if access_log else None,
    )
    server.start()
    auth = "requires its API key" if api_key else "accepts any API key"
    limit = f"{requests_per_minute} requests/minute" if requests_per_minute else "no rate limit"
    print(
        f"poe-sdk local server on {server.base_url} ({auth}, {limit}). Press Ctrl-C to stop.",
        file=sys.stderr,
        flush=True,
    )
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
