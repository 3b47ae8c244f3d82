"""Which redirects are followed, and following them: the one redirect policy.

Only a same-origin 307 or 308 is followed, keeping the method, body and headers; any other
redirect is an :class:`APIStatusError` (never retried). httpx's own following is never used
(every send passes ``follow_redirects=False``): it would turn a POST into a body-less GET on
a 301/302/303 and send the credentials to another origin.
"""

from __future__ import annotations

import httpx

from .._exceptions import APIStatusError
from .._replies.errors import decode_error_body
from .exchange import read_error_body, send

__all__ = ["MAX_REDIRECTS", "follow_redirect", "follow_redirects", "is_redirect"]

MAX_REDIRECTS = 5


async def follow_redirects(
    client: httpx.AsyncClient, request: httpx.Request, response: httpx.Response
) -> httpx.Response:
    """The reply to ``request`` after the redirects :func:`follow_redirect` allows: the first
    that is not a redirect (``response`` itself when it is not one)."""
    hops = 0
    while is_redirect(response.status_code):
        request = follow_redirect(request, response, hops, await read_error_body(response))
        hops += 1
        response = await send(client, request, stream=True)
    return response


def is_redirect(status: int) -> bool:
    """A 3xx that redirects (304 Not Modified does not)."""
    return 300 <= status < 400 and status != 304


def follow_redirect(
    request: httpx.Request, response: httpx.Response, hops: int, content: bytes
) -> httpx.Request:
    """The request to send next for a redirect: only a same-origin 307 or 308 is followed,
    keeping the method, body and headers. Anything else is an :class:`APIStatusError`
    (never retried): a 301/302/303 (which would turn the POST into a body-less GET), another
    origin (credentials are never sent there), no location, or more than ``MAX_REDIRECTS``
    hops (a loop)."""
    status = response.status_code
    location = response.headers.get("location")
    target = None
    if status not in (307, 308):
        why = f"with a {status}, which would resend the {request.method} as a GET without its body"
    elif not location:
        why = f"with a {status} without a location"
    else:
        try:
            target = request.url.join(location)
        except httpx.InvalidURL:
            target = None
        url = request.url
        if target is None:
            why = "to an invalid location"
        elif (target.scheme, target.host, target.port) != (url.scheme, url.host, url.port):
            why = (
                f"to another origin ({target.scheme}://{target.host}), where credentials are "
                "never sent"
            )
            target = None
        elif hops >= MAX_REDIRECTS:
            why = f"more than {MAX_REDIRECTS} times in a row (a redirect loop)"
            target = None
        else:
            why = ""
    if target is None:
        raise APIStatusError(
            f"Error code: {status} - the server redirected {why}. poe-sdk follows only "
            "same-origin 307 and 308 redirects; check base_url.",
            response=response,
            body=decode_error_body(content),
        )
    return httpx.Request(
        request.method,
        target,
        headers=request.headers,
        content=request.content,
        extensions=request.extensions,
    )
