"""The one runner of the sync facade: one event loop per sync client, whoever drives it.

Everything a ``PoeClient`` does (plain calls, streams, raw and streamed responses, ``close``)
runs as a coroutine on the client's one loop, so it holds one connection pool. Two ways to
drive that loop:

- The calling thread drives it itself, as ``asyncio.run`` would, while no other thread does:
  sequential calls pay no thread hand-off (about a third of a call's time).
- A loop thread, started the first time it is needed, drives the *same* loop while calls are
  handed to it: when a second thread calls while the loop is driven (its call runs on the
  loop at once, beside the first), or when the calling thread already runs an event loop (a
  notebook cell, trio) and may not block it. Such calls hand their coroutine over with
  ``call_soon_threadsafe`` and wait on a lock the task releases. Once none is left (and no
  stream read ahead needs it, see :meth:`Runner.pin`), the loop thread stops driving and
  waits, so the next calls are driven by their own thread again.

Ctrl-C (or any exception raised into the loop) cancels the call, lets it close its
connection (waiting at most 5 s) and is re-raised. A call made after :meth:`Runner.close`, or
cut short by it, raises :class:`ClientClosedError`.
"""

from __future__ import annotations

import _thread
import asyncio
import contextlib
import threading
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from .._exceptions import ClientClosedError
from .loops import (
    CANCEL_GRACE_SECONDS,
    async_code_runs_here,
    cancel_and_wait,
    complete,
    new_loop,
    one_turn,
    settle,
    shutdown_loop,
    stopping_the_loop,
)

__all__ = ["Runner"]

T = TypeVar("T")

SETTLE_AFTER_IDLE_SECONDS = 0.001
"""After this long idle, a caller-driven call first lets the loop take in what arrived."""

CUT_SHORT = "The client was closed while the call was running."

_PARENTS_LOOPS: list[asyncio.AbstractEventLoop] = []
"""Loops of the parent process, kept by a forked child so that it never closes them."""


class Runner:
    """Runs coroutines on one private asyncio loop, driven by the calling thread when it can,
    else by a loop thread (named ``name``) that drives the same loop.

    ``cleanup`` runs on the loop before it is closed (it closes the pool bound to it).
    """

    def __init__(
        self, cleanup: Callable[[], Awaitable[None]] | None = None, name: str = "poe-sdk-loop"
    ) -> None:
        self._cleanup = cleanup
        self._name = name
        self._driver = threading.Lock()  # Held by the thread that runs the loop.
        self._driver_ident: int | None = None
        # Guards the fields below; reentrant, as a finaliser run by the garbage collector
        # inside a guarded block may spawn a task.
        self._state = threading.RLock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: _LoopThread | None = None
        self._closed = False
        self._tasks: set[asyncio.Task[Any]] = set()  # The calls in flight, however driven.
        self._handed_off: set[_Call] = set()  # Calls waiting for the loop thread.
        self._pins = 0  # Streams read ahead on the loop, which the loop thread keeps driving.
        self._idle_since = 0.0

    @property
    def running(self) -> bool:
        """True while a loop thread exists (driving the loop, or waiting for calls)."""
        thread = self._thread
        return thread is not None and thread.is_alive()

    @property
    def open(self) -> bool:
        """True while the loop exists and the runner is not closed."""
        return self._loop is not None and not self._closed

    def run(self, func: Callable[..., Coroutine[Any, Any, T]], /, *args: Any, **kwargs: Any) -> T:
        """Run ``func(*args, **kwargs)`` on the loop and return its result."""
        if self._driver.acquire(blocking=False) or self._after_loop_thread():
            try:
                if not async_code_runs_here():
                    loop = self._own_loop()
                    if time.monotonic() - self._idle_since > SETTLE_AFTER_IDLE_SECONDS:
                        settle(loop)
                    return self._drive(loop, func(*args, **kwargs))
            finally:
                self._driver.release()
        return self._hand_off(func, args, kwargs)

    def spawn(self, func: Callable[[], Coroutine[Any, Any, None]]) -> None:
        """Run ``func()`` on the loop: at once if this thread may drive it, else as a task
        whenever the loop next runs (nothing if the loop is closed)."""
        loop = self._loop
        if loop is None or self._closed:
            return
        if self._driver.acquire(blocking=False):
            try:
                if not async_code_runs_here():
                    with contextlib.suppress(Exception):
                        self._drive(loop, _then_one_turn(func))
                    return
            finally:
                self._driver.release()

        async def pinned() -> None:
            try:
                await func()
            finally:
                self.unpin()

        with contextlib.suppress(ClientClosedError, RuntimeError):  # Closed in between.
            self.pin()  # The loop thread runs it (once a calling thread's call is done).
            loop.call_soon_threadsafe(lambda: loop.create_task(pinned()))

    def run_closing(self, func: Callable[[], Coroutine[Any, Any, None]]) -> None:
        """Run ``func()`` (a close) on the loop, and the callbacks it scheduled: its sockets
        are closed when this returns, even if no call drives the loop afterwards."""
        self.run(_then_one_turn, func)

    def pin(self) -> None:
        """Keep the loop thread driving the loop (started if need be) until :meth:`unpin`:
        for a task on the loop that must progress while no call runs (a stream read ahead
        for a thread that may not drive the loop)."""
        loop = self._own_loop()
        with self._state:
            thread = self._loop_thread(loop)
            self._pins += 1
        thread.wake()

    def unpin(self) -> None:
        """Undo one :meth:`pin`."""
        with self._state:
            self._pins -= 1
            loop = self._loop
        if loop is not None:
            with contextlib.suppress(RuntimeError):  # The loop was closed meanwhile.
                loop.call_soon_threadsafe(self._stop_thread_if_idle, loop)

    def close(self, *, final: bool = True) -> None:
        """Cancel the calls in flight (their callers get :class:`ClientClosedError`), run the
        cleanup on the loop, close the loop and stop the loop thread, waiting at most 5 s for
        each. With ``final=False`` (interpreter exit) a later call opens a new loop."""
        with self._state:
            self._closed = True
            loop, thread = self._loop, self._thread
            tasks = list(self._tasks)
            handed_off = list(self._handed_off)
        if loop is not None:
            for task in tasks:  # Run by whoever drives the loop.
                with contextlib.suppress(RuntimeError):  # Closed in between by its driver.
                    loop.call_soon_threadsafe(task.cancel)
            if thread is not None:
                thread.stop()  # It closes the loop as it ends.
                with contextlib.suppress(RuntimeError):
                    loop.call_soon_threadsafe(thread.halt)
                if thread is not threading.current_thread() and not self._driving_here():
                    thread.join(timeout=2 * CANCEL_GRACE_SECONDS)  # Else collected there.
            else:
                self._close_driven(loop)
        for call in handed_off:  # Whatever the loop did not finish can no longer run.
            call.abandon()
        with self._state:
            if self._thread is thread:
                self._thread = None
            if self._loop is loop:
                self._loop = None
            if not final:
                self._closed = False

    def forget_parent(self) -> None:
        """In a forked child: never touch the parent's loop (its epoll set and sockets are
        shared with the parent), nor its loop thread, which does not exist here; keep the loop
        referenced so it is never closed here."""
        if self._loop is not None:
            _PARENTS_LOOPS.append(self._loop)
        self._loop = None
        self._thread = None
        self._driver = threading.Lock()
        self._driver_ident = None
        self._state = threading.RLock()
        self._tasks = set()
        self._handed_off = set()
        self._pins = 0

    # -- the calling thread drives the loop ----------------------------------------------

    def _own_loop(self) -> asyncio.AbstractEventLoop:
        with self._state:
            if self._closed:
                raise ClientClosedError()
            loop = self._loop
            if loop is None:
                loop = self._loop = new_loop()
                self._idle_since = time.monotonic()
            return loop

    def _drive(self, loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, T]) -> T:
        """Run the loop in this thread (which holds the driver lock) until ``coro`` is done;
        calls handed over by other threads meanwhile run too."""
        with self._state:
            if self._closed:
                coro.close()
                raise ClientClosedError()
            task: asyncio.Task[T] = loop.create_task(stopping_the_loop(loop, coro))
            self._tasks.add(task)
        self._driver_ident = threading.get_ident()
        try:
            while not task.done():
                loop.run_forever()  # Until the task stops it, as it ends.
        except BaseException:
            if not task.done():  # Ctrl-C, or another exception raised into the loop.
                cancel_and_wait(loop, task)
            else:  # Raised by the task itself: run what its end scheduled (closes, a stop).
                one_turn(loop)
                if not task.cancelled():
                    task.exception()  # Retrieved: the caller gets it (no "never retrieved").
            if task.cancelled() and self._closed:
                raise ClientClosedError(CUT_SHORT) from None
            raise
        finally:
            self._driver_ident = None
            with self._state:
                self._tasks.discard(task)
            self._idle_since = time.monotonic()
            if self._closed and self._thread is None:
                self._shut_down(loop)  # close() could not wait for this call (else the loop
                # thread, waiting for this call to end, closes the loop).
        if task.cancelled() and self._closed:
            raise ClientClosedError(CUT_SHORT)
        return task.result()

    def _close_driven(self, loop: asyncio.AbstractEventLoop) -> None:
        """Close a loop that no thread drives, or that a calling thread drives now."""
        if self._driving_here():
            return  # Collected by a call of this very thread: it closes the loop as it ends.
        if not self._driver.acquire(timeout=CANCEL_GRACE_SECONDS):
            return  # The call's own thread closes the loop when the call ends.
        try:
            if async_code_runs_here():  # A loop runs in this thread: close from another.
                closer = threading.Thread(
                    target=self._shut_down, args=(loop,), name="poe-sdk-close"
                )
                with contextlib.suppress(RuntimeError):  # No new thread at interpreter exit.
                    closer.start()
                    closer.join(CANCEL_GRACE_SECONDS)
            else:
                self._shut_down(loop)
        finally:
            self._driver.release()

    def _driving_here(self) -> bool:
        """Whether this thread drives the loop now (a finaliser runs inside its call)."""
        return self._driver_ident == threading.get_ident()

    def _shut_down(self, loop: asyncio.AbstractEventLoop) -> None:
        """Run the cleanup on the loop, then close it (cancelling whatever is left); by the
        thread that holds the driver lock."""
        if loop.is_closed():
            return
        one_turn(loop)  # Whatever is still scheduled runs, and a stop left pending is spent.
        with self._state:
            calls = [task for task in self._tasks if not task.done()]
        if calls:  # Cancelled by close(): each closes its connection (at most 5 s).
            complete(loop, asyncio.wait(calls, timeout=CANCEL_GRACE_SECONDS))
        if self._cleanup is not None:
            with contextlib.suppress(Exception):  # Closing must not fail because cleanup did.
                complete(loop, _awaited(self._cleanup))
        shutdown_loop(loop)
        with self._state:
            if self._loop is loop:
                self._loop = None

    # -- the loop thread drives the loop -------------------------------------------------

    def _hand_off(self, func: Callable[..., Coroutine[Any, Any, T]], args: Any, kwargs: Any) -> T:
        """Run the call on the loop as driven by the loop thread (started if need be)."""
        call = _Call()
        loop = self._own_loop()
        with self._state:
            thread = self._loop_thread(loop)
            self._handed_off.add(call)
        thread.wake()

        def start() -> None:
            if call.abandoned:  # close() came first: never create the coroutine.
                return
            task = loop.create_task(func(*args, **kwargs))
            call.task = task
            with self._state:
                self._tasks.add(task)
            task.add_done_callback(done)

        def done(_: object) -> None:
            with self._state:
                self._handed_off.discard(call)
            self._stop_thread_if_idle(loop)
            call.finish()  # Last: its caller's next call sees whether the thread stops.

        try:
            loop.call_soon_threadsafe(start)
        except RuntimeError:  # The loop was closed in between.
            call.abandon()
        try:
            call.done.acquire()
        except KeyboardInterrupt:
            task = call.task
            if task is not None:
                with contextlib.suppress(RuntimeError):
                    loop.call_soon_threadsafe(task.cancel)
            call.done.acquire(timeout=CANCEL_GRACE_SECONDS)
            raise
        finally:
            with self._state:
                self._handed_off.discard(call)
                if call.task is not None:
                    self._tasks.discard(call.task)
            if call.task is None:  # Never started: the loop thread may have nothing left.
                with contextlib.suppress(RuntimeError):
                    loop.call_soon_threadsafe(self._stop_thread_if_idle, loop)
        finished = call.task
        if finished is None or finished.cancelled():
            raise ClientClosedError(CUT_SHORT)
        result: T = finished.result()
        return result

    def _loop_thread(self, loop: asyncio.AbstractEventLoop) -> _LoopThread:
        """The loop thread, started if need be (with the state lock held)."""
        if self._closed:
            raise ClientClosedError()
        thread = self._thread
        if thread is None:
            thread = _LoopThread(self._name, loop, self._driver, self._wanted, self._shut_down)
            try:
                thread.start()
            except RuntimeError:  # "can't create new thread at interpreter shutdown"
                raise ClientClosedError(
                    "The interpreter is exiting: this client cannot start its loop thread."
                ) from None
            self._thread = thread
        return thread

    def _after_loop_thread(self) -> bool:
        """Take the driver lock from a loop thread that ends its drive (it has nothing left),
        so that a caller's next call does not go to it; whether this thread has it."""
        thread = self._thread
        while thread is not None and thread.driving and not self._wanted():
            if self._driver.acquire(timeout=0.001):
                return True
        return thread is not None and self._driver.acquire(blocking=False)

    def _wanted(self) -> bool:
        """Whether the loop thread has work: calls handed to it, or pinned tasks."""
        return bool(self._handed_off) or self._pins > 0

    def _stop_thread_if_idle(self, loop: asyncio.AbstractEventLoop) -> None:
        """On the loop: once the loop thread has nothing left to drive, it stops driving."""
        thread = self._thread
        if thread is None or thread is not threading.current_thread():
            return
        if thread.driving and not self._wanted():
            loop.stop()


class _LoopThread(threading.Thread):
    """Drives the runner's loop whenever it is woken and has work (once a calling thread's
    call, if any, is done); then waits, without the driver lock, to be woken again. Closes
    the loop as it ends."""

    def __init__(
        self,
        name: str,
        loop: asyncio.AbstractEventLoop,
        driver: threading.Lock,
        wanted: Callable[[], bool],
        shut_down: Callable[[asyncio.AbstractEventLoop], None],
    ) -> None:
        super().__init__(name=name, daemon=True)
        self._loop = loop
        self._driver = driver
        self._wanted = wanted
        self._shut_down = shut_down
        self._woken = threading.Event()
        self._stopping = False
        self.driving = False
        """True while this thread drives the loop for calls (not while it closes it), from
        just before it takes the driver lock until just after it released it."""

    def wake(self) -> None:
        self._woken.set()

    def stop(self) -> None:
        """Stop driving and close the loop (:meth:`halt` ends a drive in progress)."""
        self._stopping = True
        self._woken.set()

    def halt(self) -> None:
        """On the loop: end this thread's drive, if it drives it now."""
        if self.driving and threading.current_thread() is self:
            self._loop.stop()

    def run(self) -> None:
        loop = self._loop
        asyncio.set_event_loop(loop)
        while not self._stopping:
            self._woken.wait()
            self._woken.clear()
            if not self._wanted() and not self._stopping:
                continue  # Woken for calls that a calling thread's drive ran meanwhile.
            self.driving = True  # Before: a caller's next call waits for this drive to end.
            self._driver.acquire()
            try:
                while not self._stopping and not loop.is_closed() and self._wanted():
                    loop.run_forever()  # Until it has nothing left, or a stray stop.
            finally:
                self._driver.release()
                self.driving = False  # After: a caller waiting for the lock gets it at once.
        with self._driver:
            self._shut_down(loop)


class _Call:
    """One call handed to the loop thread: its task, and the lock its caller waits on."""

    __slots__ = ("abandoned", "done", "task")

    def __init__(self) -> None:
        # A bare lock is the cheapest cross-thread wake-up (cheaper than a Future): it is
        # released when the task is done, or when the call is abandoned by close().
        self.done = _thread.allocate_lock()
        self.done.acquire()
        self.task: asyncio.Task[Any] | None = None
        self.abandoned = False

    def finish(self, _: object = None) -> None:
        with contextlib.suppress(RuntimeError):  # Already released.
            self.done.release()

    def abandon(self) -> None:
        """Wake the caller of a call whose task never ran (or never will)."""
        self.abandoned = True
        if self.task is None:
            self.finish()


async def _then_one_turn(func: Callable[[], Awaitable[None]]) -> None:
    """Await ``func()``, then let the loop run the callbacks it scheduled (a closed
    connection's socket is closed in one) before a calling thread stops driving it."""
    await func()
    await asyncio.sleep(0)


async def _awaited(func: Callable[[], Awaitable[None]]) -> None:
    await func()
