"""The one-time work of a process's first calls, done in a worker thread.

A first call would otherwise hold its event loop for 0.1 to 0.6 s: importing aiohttp (which
builds two TLS contexts as it loads), loading the CA bundle into the default TLS context,
importing anyio's event-loop backend, and building the pydantic validators of the call's
models (deferred, so that importing poe-sdk stays cheap). Each piece runs once per process,
in a short-lived daemon thread that the call awaits; calls that need the same piece wait for
the same thread. Afterwards a call pays one set lookup.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, TypeAdapter

from .._http.defaults import CertEnvironment, default_ssl_context

if TYPE_CHECKING:
    from .._request.operation import Operation

__all__ = ["warm_up"]

_ready: set[tuple[int, CertEnvironment | None, bool, bool]] = set()
"""The (operation, owned pool's CA variables, streaming, asyncio) combinations whose work is
done."""
_MAX_READY = 4096
_done: set[str] = set()
_running: dict[str, _Job] = {}
_lock = threading.Lock()


async def warm_up(operation: Operation, *, certs: CertEnvironment | None, streaming: bool) -> None:
    """Do, off the event loop, whatever a call of ``operation`` would do on it first.

    ``certs`` are the CA variables of an owned pool (whose TLS context is built for them),
    ``None`` for a client the user gave."""
    on_asyncio = asyncio._get_running_loop() is not None
    owned = certs is not None
    key = (id(operation), certs, streaming, on_asyncio)
    if key in _ready:
        return
    library = "asyncio" if on_asyncio else "trio"
    work: dict[str, Callable[[], object]] = {}
    if _unbuilt(operation):
        work[f"models {id(operation)}"] = lambda: _build_models(operation)
    if certs is not None:
        transport = "aiohttp_transport" if on_asyncio else "trio_transport"
        pool_certs = certs
        work["transport " + library] = lambda: _import(f"poe_sdk._http.{transport}")
        work[f"tls {certs}"] = lambda: default_ssl_context(pool_certs)
    if streaming or not owned or not on_asyncio:
        # The owned asyncio transport closes a plain reply without a cancel scope: anyio's
        # backend (~3 MB) is loaded only where something uses it.
        work["anyio " + library] = lambda: _import(f"anyio._backends._{library}")
    if not on_asyncio:
        work["idna"] = lambda: _import("encodings.idna")  # trio encodes host names with it
    for name, job in work.items():
        if name not in _done:
            await _run(name, job)
    if len(_ready) < _MAX_READY:  # operations are module constants: a few dozen
        _ready.add(key)


async def _run(name: str, work: Callable[[], object]) -> None:
    with _lock:
        if name in _done:
            return
        job = _running.get(name)
        new = job is None
        if job is None:
            job = _running[name] = _Job(name, work)
    if new:
        job.start()
    await job.wait()


class _Job:
    """One piece of work in its thread; the calls waiting for it are woken on their loops."""

    def __init__(self, name: str, work: Callable[[], object]) -> None:
        self._name = name
        self._work = work
        self._finished = False
        self._wakers: list[Callable[[], object]] = []

    def start(self) -> None:
        name = f"poe-sdk-warm-up {self._name}"
        try:
            threading.Thread(target=self._main, name=name, daemon=True).start()
        except RuntimeError:  # "can't create new thread at interpreter shutdown" (3.12+)
            self._main()  # a call from an atexit handler: the work is done on its loop

    def _main(self) -> None:
        # A failure is the call's to report, when it does the same work on its loop.
        with contextlib.suppress(Exception):
            self._work()
        with _lock:
            self._finished = True
            _done.add(self._name)
            _running.pop(self._name, None)
            wakers, self._wakers = self._wakers, []
        for wake in wakers:
            with contextlib.suppress(RuntimeError):  # That loop is closed.
                wake()

    async def wait(self) -> None:
        loop = asyncio._get_running_loop()
        if loop is not None:
            future: asyncio.Future[None] = loop.create_future()
            if self._add_waker(lambda: loop.call_soon_threadsafe(_resolve, future)):
                await future
            return
        trio: Any = sys.modules["trio"]
        event = trio.Event()
        token = trio.lowlevel.current_trio_token()
        if self._add_waker(lambda: token.run_sync_soon(event.set)):
            await event.wait()

    def _add_waker(self, wake: Callable[[], object]) -> bool:
        """Register ``wake``; ``False`` when the work is finished already."""
        with _lock:
            if self._finished:
                return False
            self._wakers.append(wake)
            return True


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():  # not cancelled meanwhile
        future.set_result(None)


def _import(module: str) -> None:
    importlib.import_module(module)


def _models(operation: Operation) -> list[type[BaseModel] | TypeAdapter[Any]]:
    models = (
        operation.body_model,
        operation.params_model,
        operation.response_model,
        operation.stream_model,
    )
    return [model for model in models if model is not None]


def _built(model: type[BaseModel] | TypeAdapter[Any]) -> bool:
    if isinstance(model, TypeAdapter):
        return bool(getattr(model, "pydantic_complete", True))
    return model.__pydantic_complete__


def _unbuilt(operation: Operation) -> bool:
    """Whether a model of ``operation`` still has its validator to build."""
    return not all(_built(model) for model in _models(operation))


def _build_models(operation: Operation) -> None:
    """Build the validators pydantic defers: the models a call of ``operation`` validates."""
    for model in _models(operation):
        if _built(model):
            continue
        if isinstance(model, TypeAdapter):
            model.rebuild()
        else:
            model.model_rebuild()
