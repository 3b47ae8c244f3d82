"""What a client and its ``with_options`` copies share about their lifetime: closed or not."""

from __future__ import annotations

from ._exceptions import ClientClosedError

__all__ = ["ClientState"]


class ClientState:
    """Set closed by ``close()``; every later call, and every retry of a running one, fails
    with :class:`ClientClosedError` instead of opening a new connection pool."""

    __slots__ = ("closed",)

    def __init__(self) -> None:
        self.closed = False

    def check_open(self) -> None:
        if self.closed:
            raise ClientClosedError()
