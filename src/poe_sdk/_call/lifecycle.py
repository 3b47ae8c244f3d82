"""What a client and its ``with_options`` copies share about their lifetime: closed or not."""

from __future__ import annotations

__all__ = ["ClientState"]


class ClientState:
    """Set closed by ``close()``; every later call, and every retry of a running one, fails
    with :class:`~poe_sdk.ClientClosedError` (raised by the call pipeline) instead of opening
    a new connection pool."""

    __slots__ = ("closed",)

    def __init__(self) -> None:
        self.closed = False
