"""Build requests as httpx does, without httpx's per-request copies for the owned client.

For the httpx client poe-sdk makes (:func:`own`), three per-request costs are removed: a URL
string seen before is not parsed again (URLs are immutable), a request with a ``bytes`` body
and ``str`` headers gets its headers in one pass instead of httpx's five copies (the same
headers, in the same order), and replies without cookies skip httpx's cookie handling. Any
other client (one the caller gave), and any request with query parameters, cookies, files or
another argument, is built by httpx's own ``build_request``.
"""

from __future__ import annotations

import weakref
from typing import Any

import httpx

__all__ = ["build_request", "merge_url", "own"]

_owned: weakref.WeakKeyDictionary[httpx.AsyncClient, dict[str, httpx.URL]] = (
    weakref.WeakKeyDictionary()
)
"""The clients poe-sdk made, each with the URLs merged for it so far."""

_MAX_URLS = 256
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


def own(client: httpx.AsyncClient) -> httpx.AsyncClient:
    """Mark ``client`` as made by poe-sdk: :func:`build_request` takes its short path."""
    # httpx 0.28-0.29 (private): the ``cookies`` setter copies the jar into a plain
    # ``httpx.Cookies``; only the private attribute keeps the subclass that skips replies
    # without cookies.
    client._cookies = _Cookies()  # pyright: ignore[reportPrivateUsage]
    _owned[client] = {}
    return client


def build_request(
    client: httpx.AsyncClient,
    method: str,
    url: str,
    *,
    content: bytes | None = None,
    headers: dict[str, str] | None = None,
    params: Any = None,
    timeout: Any = httpx.USE_CLIENT_DEFAULT,
    **other: Any,
) -> httpx.Request:
    """The request ``client.build_request`` would build, the same to the byte."""
    urls = _owned.get(client)
    if (
        urls is None
        or other
        or params
        or client.params
        or client.cookies
        or not isinstance(headers, dict)
    ):
        return client.build_request(
            method, url, content=content, headers=headers, params=params, timeout=timeout, **other
        )
    merged = urls.get(url)
    if merged is None:
        merged = merge_url(client.base_url, url)
        if len(urls) < _MAX_URLS:
            urls[url] = merged
    body = content or b""
    if isinstance(timeout, type(httpx.USE_CLIENT_DEFAULT)):
        timeout = client.timeout
    request = httpx.Request(
        method,
        merged,
        headers=_request_headers(client.headers.raw, headers, merged, method, len(body)),
        stream=httpx.ByteStream(body),
        extensions={"timeout": httpx.Timeout(timeout).as_dict()},
    )
    request.read()
    return request


def merge_url(base_url: httpx.URL, url: str) -> httpx.URL:
    """``url`` against a client's ``base_url`` (which httpx ends with a ``/``), as httpx
    merges them: a relative URL's path is appended to the base URL's."""
    merging = httpx.URL(url)
    if merging.is_relative_url:
        return base_url.copy_with(raw_path=base_url.raw_path + merging.raw_path.lstrip(b"/"))
    return merging


def _request_headers(
    defaults: list[tuple[bytes, bytes]],
    headers: dict[str, str],
    url: httpx.URL,
    method: str,
    length: int,
) -> list[tuple[bytes, bytes]]:
    """The headers ``httpx.AsyncClient.build_request`` would send: the client's defaults
    that the request does not set, the request's own, ``Content-Length`` of a body, and
    ``Host`` (with ``Content-Length: 0`` for a body method without a body) in front."""
    given = {name.lower().encode("ascii") for name in headers}
    raw = [(name, value) for name, value in defaults if name.lower() not in given]
    raw += [(name.encode("ascii"), value.encode("ascii")) for name, value in headers.items()]
    has_length = b"content-length" in given or b"transfer-encoding" in given
    if length and not has_length:
        raw.append((b"Content-Length", str(length).encode("ascii")))
        has_length = True
    front: list[tuple[bytes, bytes]] = []
    if b"host" not in given and url.host:
        front.append((b"Host", url.netloc))
    if not has_length and method.upper() in _BODY_METHODS:
        front.append((b"Content-Length", b"0"))
    return front + raw if front else raw


class _Cookies(httpx.Cookies):
    """httpx's cookie jar, except that a reply without ``Set-Cookie`` costs nothing: httpx
    adapts every reply to ``urllib``'s cookie API first (~10% of a request's CPU)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)
