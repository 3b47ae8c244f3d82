"""Plain helpers around one asyncio loop that the sync facade's runner drives: turning it
once, settling it after idle time, cancelling a call, closing it quietly."""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
from collections.abc import Awaitable, Coroutine
from typing import Any, TypeVar

from .exit_safe_executor import ExitSafeExecutor

__all__ = [
    "CANCEL_GRACE_SECONDS",
    "async_code_runs_here",
    "cancel_and_wait",
    "complete",
    "new_loop",
    "one_turn",
    "settle",
    "shutdown_loop",
    "stopping_the_loop",
]

T = TypeVar("T")

CANCEL_GRACE_SECONDS = 5.0
"""How long a cancelled call, or a closing client, is given to close its connections."""


def new_loop() -> asyncio.AbstractEventLoop:
    """A fresh loop whose default executor still works at interpreter exit."""
    loop = asyncio.new_event_loop()
    loop.set_default_executor(ExitSafeExecutor())
    return loop


def async_code_runs_here() -> bool:
    """Whether this thread runs an event loop (asyncio, trio, ...) that a call would block."""
    if asyncio._get_running_loop() is not None:
        return True
    # Other libraries (trio) say so through sniffio, which they then have imported.
    sniffio = sys.modules.get("sniffio")
    return sniffio is not None and (
        sniffio.thread_local.name is not None
        or sniffio.current_async_library_cvar.get() is not None
    )


async def stopping_the_loop(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, T]) -> T:
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


def cancel_and_wait(loop: asyncio.AbstractEventLoop, task: asyncio.Task[Any]) -> None:
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


def complete(loop: asyncio.AbstractEventLoop, awaitable: Awaitable[T]) -> T:
    """``loop.run_until_complete(awaitable)``, undisturbed by a stop another thread left
    scheduled (that one only ends one run of the loop)."""
    future = asyncio.ensure_future(awaitable, loop=loop)
    while True:
        try:
            return loop.run_until_complete(future)
        except RuntimeError as exc:
            if future.done() or "stopped before" not in str(exc):
                raise


def settle(loop: asyncio.AbstractEventLoop) -> None:
    """Let an idle loop take in what arrived meanwhile: a server that closed a kept-alive
    connection is seen now, so the call does not send its request over a dead connection.
    The first turn reads the end of file, the second runs the ``connection_lost`` it
    scheduled."""
    one_turn(loop)
    one_turn(loop)


def one_turn(loop: asyncio.AbstractEventLoop) -> None:
    """Run one turn of the loop: what is ready, and what I/O is ready, without waiting.

    Every callback already scheduled runs in it, so a ``stop()`` left pending by a call
    that ended in an exception is spent too (it would otherwise cut the next run short)."""
    loop.call_soon(loop.stop)
    loop.run_forever()


def shutdown_loop(loop: asyncio.AbstractEventLoop) -> None:
    """Cancel what is left, finalise async generators and close the loop quietly."""
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    if pending:
        complete(loop, asyncio.gather(*pending, return_exceptions=True))
    complete(loop, loop.shutdown_asyncgens())
    # At interpreter exit Python 3.12+ refuses the thread that would wait for the executor
    # ("can't create new thread at interpreter shutdown"); close() shuts it down unwaited.
    with contextlib.suppress(RuntimeError):
        loop.run_until_complete(loop.shutdown_default_executor())
    loop.close()
