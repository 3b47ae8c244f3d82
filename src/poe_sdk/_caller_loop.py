"""An event loop that the calling thread drives itself, for the sync facade's plain calls.

A call handed to the loop thread (:mod:`._loop_thread`) pays two thread hand-offs, about a
third of a sequential call's time. A call made here runs the client's own loop in the
calling thread instead, as ``asyncio.run`` would, but keeps the loop (and the connection pool
bound to it) for the client's life. One thread drives it at a time: a call that finds it in
use, or a thread that already runs async code (a notebook cell, trio), gets
:class:`LoopBusyError` and goes to the loop thread instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from ._exceptions import ClientClosedError
from ._exit_safe_executor import ExitSafeExecutor
from ._loop_thread import CANCEL_GRACE_SECONDS, shutdown_loop

__all__ = ["CallerLoop", "LoopBusyError"]

T = TypeVar("T")

_SETTLE_AFTER_IDLE_SECONDS = 0.001
"""After this long idle, a call first lets the loop take in what arrived meanwhile."""


class LoopBusyError(Exception):
    """Another thread drives the loop, or this thread cannot (it runs async code)."""


class CallerLoop:
    """An asyncio loop run by whichever thread calls :meth:`run`, one thread at a time.

    ``cleanup`` runs on the loop before it is closed (it closes the pools bound to it).
    """

    def __init__(self, cleanup: Callable[[], Awaitable[None]] | None = None) -> None:
        self._cleanup = cleanup
        self._driver = threading.Lock()  # Held by the thread running the loop.
        self._state = threading.Lock()  # Guards _task and _closed.
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[Any] | None = None
        self._closed = False
        self._idle_since = 0.0
        _ALL.add(self)

    def run(self, func: Callable[..., Coroutine[Any, Any, T]], /, *args: Any, **kwargs: Any) -> T:
        """Run ``func(*args, **kwargs)`` on the loop, driven by this thread, and return its
        result; :class:`LoopBusyError` (before ``func`` is called) if this thread cannot.

        Ctrl-C (or any exception raised into the loop) cancels the call, lets it close its
        connection (waiting at most 5 s) and is re-raised. A call made after :meth:`close`,
        or cut short by it, raises :class:`ClientClosedError`.
        """
        if not self._driver.acquire(blocking=False):
            raise LoopBusyError
        try:
            if _async_code_runs_here():
                raise LoopBusyError
            loop = self._loop
            if loop is None:
                if self._closed:
                    raise ClientClosedError()
                loop = self._loop = asyncio.new_event_loop()
                loop.set_default_executor(ExitSafeExecutor())
                self._idle_since = time.monotonic()
            elif time.monotonic() - self._idle_since > _SETTLE_AFTER_IDLE_SECONDS:
                _settle(loop)
            return self._run_on(loop, func(*args, **kwargs))
        finally:
            self._driver.release()

    def _run_on(self, loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, T]) -> T:
        with self._state:
            if self._closed:
                coro.close()
                raise ClientClosedError()
            task: asyncio.Task[T] = loop.create_task(_stopping_the_loop(loop, coro))
            self._task = task
        try:
            while not task.done():
                loop.run_forever()  # Until the task stops it, as it ends.
        except BaseException:
            if not task.done():  # Ctrl-C, or another exception raised into the loop.
                _cancel_and_wait(loop, task)
            else:  # Raised by the task itself: run what its end scheduled (closes, a stop).
                _one_turn(loop)
                if not task.cancelled():
                    task.exception()  # Retrieved: the caller gets it (no "never retrieved").
            if task.cancelled() and self._closed:
                raise ClientClosedError(_CUT_SHORT) from None
            raise
        finally:
            with self._state:
                self._task = None
            self._idle_since = time.monotonic()
            if self._closed:
                self._shut_down()
        if task.cancelled() and self._closed:
            raise ClientClosedError(_CUT_SHORT)
        return task.result()

    def close(self, *, final: bool = True) -> None:
        """Cancel the call in flight, close the connections on the loop and close the loop.

        A call in another thread is cancelled (its caller gets :class:`ClientClosedError`);
        this waits at most 5 s for it to end, after which that call's thread closes the loop.
        With ``final=False`` (interpreter exit) a later call opens a new loop.
        """
        with self._state:
            self._closed = True
            task = self._task
        loop = self._loop
        if task is not None and loop is not None:
            with contextlib.suppress(RuntimeError):  # Closed in between by its driver.
                loop.call_soon_threadsafe(task.cancel)
        if self._driver.acquire(timeout=CANCEL_GRACE_SECONDS):
            try:
                if _async_code_runs_here():  # A loop runs in this thread: close from another.
                    closer = threading.Thread(target=self._shut_down, name="poe-sdk-close")
                    closer.start()
                    closer.join(CANCEL_GRACE_SECONDS)
                else:
                    self._shut_down()
                if not final:
                    with self._state:
                        self._closed = False
            finally:
                self._driver.release()

    def _shut_down(self) -> None:
        """Run the cleanup on the loop, then close it (cancelling whatever is left)."""
        loop, self._loop = self._loop, None
        if loop is None:
            return
        _one_turn(loop)  # Whatever is still scheduled runs, and a stop left pending is spent.
        if self._cleanup is not None:
            with contextlib.suppress(Exception):  # Closing must not fail because cleanup did.
                loop.run_until_complete(_awaited(self._cleanup))
        shutdown_loop(loop)

    def _forget_parent_loop(self) -> None:
        """In a forked child: never touch the parent's loop (its epoll set and sockets are
        shared with the parent); keep it referenced so it is never closed here."""
        if self._loop is not None:
            _PARENTS_LOOPS.append(self._loop)
        self._loop = self._task = None
        self._driver = threading.Lock()
        self._state = threading.Lock()


_ALL: weakref.WeakSet[CallerLoop] = weakref.WeakSet()
_PARENTS_LOOPS: list[asyncio.AbstractEventLoop] = []


def _after_fork_in_child() -> None:
    for caller_loop in list(_ALL):
        caller_loop._forget_parent_loop()  # until the _sync package  # pyright: ignore[reportPrivateUsage]


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def _async_code_runs_here() -> bool:
    """Whether this thread runs an event loop (asyncio, trio, ...) that a call would block."""
    if asyncio._get_running_loop() is not None:
        return True
    # Other libraries (trio) say so through sniffio, which they then have imported.
    sniffio = sys.modules.get("sniffio")
    return sniffio is not None and (
        sniffio.thread_local.name is not None
        or sniffio.current_async_library_cvar.get() is not None
    )


_CUT_SHORT = "The client was closed while the call was running."


async def _stopping_the_loop(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, T]) -> T:
    """Await ``coro``, then stop the loop from inside the task (``run_until_complete`` would
    spend one more turn of the loop on the task's done callback). A call that failed stops it
    after one more turn instead: the callbacks it scheduled run in it (a connection it closed
    closes its socket in one)."""
    try:
        result = await coro
    except BaseException:
        loop.call_soon(loop.stop)
        raise
    loop.stop()
    return result


def _cancel_and_wait(loop: asyncio.AbstractEventLoop, task: asyncio.Task[Any]) -> None:
    """Cancel ``task`` and drive the loop until it ends (it closes its connection), at most
    5 s."""
    task.cancel()
    expired = threading.Event()

    def expire() -> None:
        expired.set()
        loop.stop()

    timer = loop.call_later(CANCEL_GRACE_SECONDS, expire)
    try:
        while not task.done() and not expired.is_set():
            loop.run_forever()
    finally:
        timer.cancel()


def _settle(loop: asyncio.AbstractEventLoop) -> None:
    """Let an idle loop take in what arrived meanwhile: a server that closed a kept-alive
    connection is seen now, so the call does not send its request over a dead connection.
    The first turn reads the end of file, the second runs the ``connection_lost`` it
    scheduled."""
    _one_turn(loop)
    _one_turn(loop)


def _one_turn(loop: asyncio.AbstractEventLoop) -> None:
    """Run one turn of the loop: what is ready, and what I/O is ready, without waiting.

    Every callback already scheduled runs in it, so a ``stop()`` left pending by a call
    that ended in an exception is spent too (it would otherwise cut the next run short)."""
    loop.call_soon(loop.stop)
    loop.run_forever()


async def _awaited(func: Callable[[], Awaitable[None]]) -> None:
    await func()
