"""Raw responses: headers, status and retry facts, with the parsed result on demand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Generic, TypeVar

import httpx

from .ratelimit import RateLimit, parse_rate_limit

__all__ = ["APIResponse", "AsyncAPIResponse", "ReplyFacts"]

T = TypeVar("T")


class ReplyFacts:
    """What every reply object of a raw or streamed call tells: the HTTP reply and its request,
    status, headers and request id, and the call's retries and time."""

    def __init__(
        self,
        http_response: httpx.Response,
        *,
        retries_taken: int,
        elapsed: float,
        keep_alive: object = None,
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        """How many retries the call needed (0 when the first attempt succeeded)."""
        self.elapsed = timedelta(seconds=elapsed)
        """From the first attempt's start to the final reply's headers, sleeps included."""
        self._keep_alive = keep_alive  # The client, kept open while this reply is used.

    @property
    def http_request(self) -> httpx.Request:
        """The request that got this reply (the last attempt's): method, URL, headers, body."""
        return self.http_response.request

    @property
    def headers(self) -> httpx.Headers:
        """The reply's headers."""
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        """The reply's HTTP status."""
        return self.http_response.status_code

    @property
    def request_id(self) -> str | None:
        """The server's ``x-request-id``."""
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} [{self.status_code}] "
            f"request_id={self.request_id!r} retries_taken={self.retries_taken}>"
        )


class APIResponse(ReplyFacts, Generic[T]):
    """What ``with_raw_response`` returns: the HTTP reply, and ``parse()`` for the result.

    For a streaming call ``parse()`` returns the stream, so headers can be read before
    iterating it.
    """

    def __init__(
        self,
        http_response: httpx.Response,
        parse: Callable[[], T],
        *,
        retries_taken: int,
        elapsed: float,
        keep_alive: object = None,
    ) -> None:
        super().__init__(
            http_response, retries_taken=retries_taken, elapsed=elapsed, keep_alive=keep_alive
        )
        self._parse = parse
        self._parsed: list[T] = []

    @property
    def rate_limit(self) -> RateLimit | None:
        """The rate-limit headers of the reply, parsed (``None`` when it sent none)."""
        return parse_rate_limit(self.http_response.headers)

    def parse(self) -> T:
        """The typed result (a completion, or a stream); parsed once, then cached."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]


class AsyncAPIResponse(APIResponse[T]):
    """The raw response of an async call; ``parse()`` needs no ``await`` (the body is read)."""
