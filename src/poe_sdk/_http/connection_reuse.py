"""When a kept-alive connection may be reused, and when a request is sent again after it fails.

A server may close an idle keep-alive connection at any moment without saying so (no
``Connection: close``): some close after every reply. A client that reuses such a connection
sends its request into a socket the server has already closed, and the request fails. Both
transports guard against it twice:

1. **Before reuse**, an idle connection whose socket is readable is discarded: an idle
   HTTP/1.1 connection has nothing to read, so a readable one has seen the server's end of
   file (or junk). httpcore (``has_expired``) and urllib3 (``is_connection_dropped``) check the
   same way.
2. **After a failure**, the check can be too early: the server's close may still be on its
   way. A request that fails on a *reused* connection *before any byte of the reply arrived*
   (the server closed or reset the connection) is sent again at once on a new connection
   (aiohttp transport; on trio, on the connection httpcore's pool hands out after its own
   readability check), once, whatever its method; it is not a retry (no backoff, not counted
   in ``max_retries`` or ``retries_taken``).

Why a POST may be sent again: RFC 9112 §9.3.1 allows a client to retry a non-idempotent
request automatically when it can "detect that the original request was never applied". A
server that accepted a request on a kept-alive connection answers it or, if it must close,
closes after its reply. A connection closed with no byte of reply, right after it was idle,
is the server's idle close racing the request, which it never read. Browsers resend any method
in this case (Chromium: ``HttpNetworkTransaction::ShouldResendRequest``, a reused connection
and no response headers yet); urllib3 and httpcore only check before reuse (1.) and leave the
rest to the caller's retries, and aiohttp resends only idempotent methods. A request that
failed on a *new* connection, after part of its reply, or by a timeout is never sent again
here: only the client's retry policy may retry it.

Only a request whose body can be sent twice is sent again: the SDK's bodies are ``bytes``.
A given ``http_client`` keeps its own transport's behaviour.
"""

from __future__ import annotations

import contextvars
import select
import socket
from typing import Any

import httpx

__all__ = ["FRESH_CONNECTION", "can_send_again", "socket_readable"]

FRESH_CONNECTION: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "poe_sdk_fresh_connection", default=False
)
"""Set while a request is sent again: no idle connection may carry it."""

_POLL = getattr(select, "poll", None)
_SELECT_LIMIT = 1024  # FD_SETSIZE


def socket_readable(sock: socket.socket | Any | None) -> bool:
    """Whether ``sock`` (a socket, or asyncio's wrapper of one) has bytes or its end of file
    waiting; a socket that is gone counts as readable (its next read would return ``b""``)."""
    fileno = -1 if sock is None else sock.fileno()
    if fileno < 0:
        return True
    # select() is the cheapest check (~0.8 us); on POSIX it takes descriptors below 1024 only.
    if fileno < _SELECT_LIMIT or _POLL is None:
        return bool(select.select((fileno,), (), (), 0)[0])
    poller = _POLL()
    poller.register(fileno, select.POLLIN)
    return bool(poller.poll(0))


def can_send_again(request: httpx.Request) -> bool:
    """Whether ``request``'s body can be sent a second time (it is held as bytes)."""
    return isinstance(request.stream, httpx.ByteStream)
