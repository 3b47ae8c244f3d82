"""The default executor of the sync facade's event loops, which still works at interpreter exit.

Python stops every ``concurrent.futures.ThreadPoolExecutor`` from taking work as soon as it
starts exiting, before it runs the ``atexit`` handlers: a ``PoeClient`` call made from such a
handler (a library's, registered at import) then cannot even look up a host name (aiohttp does
that in the loop's default executor) and fails with ``RuntimeError: cannot schedule new futures
after interpreter shutdown``. Past that point, this executor runs each job in a thread of its own;
and where Python refuses new threads too (3.12+: "can't create new thread at interpreter
shutdown"), in the calling thread, which then waits for it (a host name lookup, at exit only).
"""

from __future__ import annotations

import concurrent.futures
import threading
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["ExitSafeExecutor"]

T = TypeVar("T")


class ExitSafeExecutor(concurrent.futures.ThreadPoolExecutor):
    """A ``ThreadPoolExecutor`` that, once the interpreter is exiting, runs each job in a new
    daemon thread (or, where none may start, at once) instead of refusing it."""

    def submit(
        self, fn: Callable[..., T], /, *args: Any, **kwargs: Any
    ) -> concurrent.futures.Future[T]:
        try:
            return super().submit(fn, *args, **kwargs)
        except RuntimeError:
            if self._shutdown:  # Shut down by its owner, not by the exiting interpreter.
                raise
        future: concurrent.futures.Future[T] = concurrent.futures.Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(result)

        try:
            threading.Thread(target=run, name="poe-sdk-exit-job", daemon=True).start()
        except RuntimeError:  # No new thread at interpreter shutdown: run it here.
            run()
        return future
