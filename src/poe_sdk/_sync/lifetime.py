"""A sync client's lifetime in one place: closing it (by ``close()`` or when it is collected),
suspending it at interpreter exit, and forgetting the parent's loop in a forked child."""

from __future__ import annotations

import atexit
import os
import weakref

from .._client import AsyncPoeClient
from .runner import Runner

__all__ = ["Lifetime"]


class Lifetime:
    """Shared by a client, its ``with_options`` copies and their open streams and raw
    responses: when the last of them is gone, the client is closed."""

    def __init__(self, client: AsyncPoeClient) -> None:
        # The facade owns the async client it drives: its pool and its closed state.
        self.runner = Runner(client._http.aclose)  # pyright: ignore[reportPrivateUsage]
        self._finalizer = weakref.finalize(self, _close, self.runner, client)
        self._finalizer.atexit = False  # See _suspend_at_exit.
        _OPEN.add(self)

    def close(self) -> None:
        """Close the client for good (every ``with_options`` copy too); a second call does
        nothing."""
        # Detached rather than called: once the interpreter has run its finalizers at exit,
        # a finalizer called by an atexit handler would do nothing.
        detached = self._finalizer.detach()
        if detached is not None:
            _, close, args, _ = detached
            close(*args)


def _close(runner: Runner, client: AsyncPoeClient) -> None:
    """Mark a client closed, then close its loop (and its loop thread, if any)."""
    client._state.closed = True  # pyright: ignore[reportPrivateUsage]  # No retry reconnects.
    runner.close()


_OPEN: weakref.WeakSet[Lifetime] = weakref.WeakSet()


@atexit.register
def _suspend_at_exit() -> None:
    """Close every open client's connections and loop at interpreter exit, without marking
    it closed: an ``atexit`` handler registered earlier (so run later) may still use it,
    which opens a fresh loop driven by that handler's thread. Closing waits at most 5 s for
    each client's calls and 5 s for its loop thread."""
    for lifetime in list(_OPEN):
        lifetime.runner.close(final=False)


def _after_fork_in_child() -> None:
    for lifetime in list(_OPEN):
        lifetime.runner.forget_parent()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
