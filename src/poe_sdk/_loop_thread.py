"""A background event-loop thread that runs the async core for the sync facade.

One thread per client, started on first use and kept for the client's life, so the
connection pool stays bound to one loop and connections are reused across calls. Calls hand
a coroutine to the loop with ``call_soon_threadsafe`` and wait on a lock the task releases.
This works from any thread, including one whose own event loop is running (a notebook
cell), and from many threads at once. After ``os.fork()`` the child starts its own thread.
"""

from __future__ import annotations

import _thread
import asyncio
import contextlib
import os
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

__all__ = ["LoopThread"]

T = TypeVar("T")

_CANCEL_GRACE_SECONDS = 5.0


class LoopThread:
    """Runs coroutines on a private asyncio loop in a daemon thread."""

    def __init__(self, name: str = "poe-sdk-loop") -> None:
        self._name = name
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._pid = os.getpid()
        self._closed = False

    @property
    def running(self) -> bool:
        """True while the loop thread of this process is alive."""
        return self._thread is not None and self._thread.is_alive() and self._pid == os.getpid()

    def run(self, func: Callable[..., Coroutine[Any, Any, T]], /, *args: Any, **kwargs: Any) -> T:
        """Run ``func(*args, **kwargs)`` on the loop and wait for its result.

        Ctrl-C (``KeyboardInterrupt``) while waiting cancels the coroutine on the loop, waits
        briefly for it to clean up (closing its connection), and re-raises.
        """
        loop = self._ensure_started()
        # A bare lock is the cheapest cross-thread wake-up (cheaper than a Future): the loop
        # thread releases it when the task is done.
        done = _thread.allocate_lock()
        done.acquire()
        tasks: list[asyncio.Task[T]] = []

        def start() -> None:
            task = loop.create_task(func(*args, **kwargs))
            tasks.append(task)
            task.add_done_callback(lambda _: done.release())

        loop.call_soon_threadsafe(start)
        try:
            done.acquire()
        except KeyboardInterrupt:
            loop.call_soon_threadsafe(lambda: tasks[0].cancel())
            done.acquire(timeout=_CANCEL_GRACE_SECONDS)
            raise
        task = tasks[0]
        if task.cancelled():
            raise RuntimeError("The client was closed while the call was running")
        return task.result()

    def close(self, cleanup: Callable[[], Coroutine[Any, Any, None]] | None = None) -> None:
        """Run ``cleanup`` on the loop, then stop the loop and join the thread."""
        with self._lock:
            self._closed = True
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None or self._pid != os.getpid():
            return
        if cleanup is not None and thread.is_alive():
            done = asyncio.run_coroutine_threadsafe(cleanup(), loop)
            with contextlib.suppress(Exception):  # Closing must not fail because cleanup did.
                done.result(timeout=_CANCEL_GRACE_SECONDS)
        loop.call_soon_threadsafe(loop.stop)
        if thread is not threading.current_thread():
            thread.join(timeout=_CANCEL_GRACE_SECONDS)

    def _ensure_started(self) -> asyncio.AbstractEventLoop:
        loop = self._loop
        if loop is not None and self._pid == os.getpid():
            return loop
        with self._lock:
            if self._closed:
                raise RuntimeError("The client is closed")
            if self._pid != os.getpid():
                # A forked child: the parent's loop thread does not exist here. Start afresh
                # and never touch the parent's loop or connections.
                self._pid = os.getpid()
                self._loop = self._thread = None
            if self._loop is None:
                self._loop, self._thread = _start_loop_thread(self._name)
            return self._loop


def _start_loop_thread(name: str) -> tuple[asyncio.AbstractEventLoop, threading.Thread]:
    loop = asyncio.new_event_loop()
    ready = threading.Event()

    def main() -> None:
        asyncio.set_event_loop(loop)
        loop.call_soon(ready.set)
        try:
            loop.run_forever()
        finally:
            _shutdown(loop)

    thread = threading.Thread(target=main, name=name, daemon=True)
    thread.start()
    ready.wait()
    return loop, thread


def _shutdown(loop: asyncio.AbstractEventLoop) -> None:
    """Cancel what is left, finalise async generators and close the loop quietly."""
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.run_until_complete(loop.shutdown_default_executor())
    loop.close()
