"""A background event-loop thread that runs the async core for the sync facade.

The sync facade runs a plain call on the calling thread's own loop when it can
(:mod:`._caller_loop`); streams, calls made while another thread's call runs there, and
calls from a thread whose own event loop is running (a notebook cell) come here. One thread
per client, started the first time it is needed and kept for the client's life, so its
connection pool stays bound to one loop and connections are reused across calls. Calls hand
a coroutine to the loop with ``call_soon_threadsafe`` and wait on a lock the task releases.
After ``os.fork()`` the child starts its own thread.
"""

from __future__ import annotations

import _thread
import asyncio
import contextlib
import os
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from ._exceptions import ClientClosedError
from ._exit_safe_executor import ExitSafeExecutor

__all__ = ["CANCEL_GRACE_SECONDS", "LoopThread", "shutdown_loop"]

T = TypeVar("T")

CANCEL_GRACE_SECONDS = 5.0


class LoopThread:
    """Runs coroutines on a private asyncio loop in a daemon thread."""

    def __init__(self, name: str = "poe-sdk-loop") -> None:
        self._name = name
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._pid = os.getpid()
        self._closed = False
        self._calls: set[_Call] = set()

    @property
    def running(self) -> bool:
        """True while the loop thread of this process is alive."""
        return self._thread is not None and self._thread.is_alive() and self._pid == os.getpid()

    @property
    def busy(self) -> bool:
        """True while calls are running on the loop thread."""
        return bool(self._calls)

    def run(self, func: Callable[..., Coroutine[Any, Any, T]], /, *args: Any, **kwargs: Any) -> T:
        """Run ``func(*args, **kwargs)`` on the loop and wait for its result.

        Ctrl-C (``KeyboardInterrupt``) while waiting cancels the coroutine on the loop, waits
        briefly for it to clean up (closing its connection), and re-raises. A call made after
        :meth:`close`, or cut short by it, raises :class:`ClientClosedError`.
        """
        call = _Call()
        loop = self._ensure_started(call)

        def start() -> None:
            if call.abandoned:  # close() came first: never create the coroutine.
                return
            task = loop.create_task(func(*args, **kwargs))
            call.task = task
            task.add_done_callback(call.finish)

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
            with self._lock:
                self._calls.discard(call)
        finished = call.task
        if finished is None or finished.cancelled():
            raise ClientClosedError("The client was closed while the call was running.")
        result: T = finished.result()
        return result

    def close(
        self,
        cleanup: Callable[[], Coroutine[Any, Any, None]] | None = None,
        *,
        final: bool = True,
    ) -> None:
        """Run ``cleanup`` on the loop, then stop the loop and join the thread.

        Calls still running are cancelled (their callers get :class:`ClientClosedError`).
        With ``final=False`` (interpreter exit) a later call starts a new loop thread instead
        of failing, so a client used from an ``atexit`` handler keeps working.
        """
        with self._lock:
            self._closed = self._closed or final
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
            calls = list(self._calls)
        if loop is None or thread is None or self._pid != os.getpid():
            for call in calls:
                call.abandon()
            return
        here = thread is threading.current_thread()
        if thread.is_alive() and not here:
            done = asyncio.run_coroutine_threadsafe(_close_on_loop(calls, cleanup), loop)
            with contextlib.suppress(Exception):  # Closing must not fail because cleanup did.
                done.result(timeout=CANCEL_GRACE_SECONDS)
        elif here:  # A finaliser run by the garbage collector on the loop thread itself.
            loop.create_task(_close_on_loop(calls, cleanup))
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(loop.stop)
        if not here:
            thread.join(timeout=CANCEL_GRACE_SECONDS)
        for call in calls:  # Whatever the loop did not finish can no longer run.
            call.abandon()

    def spawn(self, func: Callable[[], Coroutine[Any, Any, None]]) -> None:
        """Start ``func()`` as a task on the loop without waiting (nothing if it is stopped)."""
        loop = self._loop
        if loop is None or self._pid != os.getpid():
            return
        with contextlib.suppress(RuntimeError):  # The loop was closed in between.
            loop.call_soon_threadsafe(lambda: loop.create_task(func()))

    def _ensure_started(self, call: _Call) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._closed:
                raise ClientClosedError()
            self._calls.add(call)
            if self._loop is not None and self._pid == os.getpid():
                return self._loop
            if self._pid != os.getpid():
                # A forked child: the parent's loop thread does not exist here. Start afresh
                # and never touch the parent's loop or connections.
                self._pid = os.getpid()
                self._loop = self._thread = None
            if self._loop is None:
                self._loop, self._thread = _start_loop_thread(self._name)
            return self._loop


class _Call:
    """One call handed to the loop: its task, and the lock its caller waits on."""

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


async def _close_on_loop(
    calls: list[_Call], cleanup: Callable[[], Coroutine[Any, Any, None]] | None
) -> None:
    """Cancel the calls in flight (each closes its connection), then run ``cleanup``."""
    for call in calls:
        call.abandoned = True
    tasks = [call.task for call in calls if call.task is not None and not call.task.done()]
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.wait(tasks, timeout=CANCEL_GRACE_SECONDS)
    if cleanup is not None:
        await cleanup()


def _start_loop_thread(name: str) -> tuple[asyncio.AbstractEventLoop, threading.Thread]:
    loop = asyncio.new_event_loop()
    loop.set_default_executor(ExitSafeExecutor())
    ready = threading.Event()

    def main() -> None:
        asyncio.set_event_loop(loop)
        loop.call_soon(ready.set)
        try:
            loop.run_forever()
        finally:
            shutdown_loop(loop)

    thread = threading.Thread(target=main, name=name, daemon=True)
    thread.start()
    ready.wait()
    return loop, thread


def shutdown_loop(loop: asyncio.AbstractEventLoop) -> None:
    """Cancel what is left, finalise async generators and close the loop quietly."""
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(loop.shutdown_asyncgens())
    # At interpreter exit Python 3.12+ refuses the thread that would wait for the executor
    # ("can't create new thread at interpreter shutdown"); close() shuts it down unwaited.
    with contextlib.suppress(RuntimeError):
        loop.run_until_complete(loop.shutdown_default_executor())
    loop.close()
