"""The httpx client poe-sdk makes builds exactly the request httpx itself would build."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from poe_sdk._http.requests import build_request, own

BODY = b'{"model": "m"}'


def _both(**options: Any) -> tuple[httpx.AsyncClient, httpx.AsyncClient]:
    return httpx.AsyncClient(**options), own(httpx.AsyncClient(**options))


@pytest.mark.parametrize(
    ("method", "url", "content", "headers", "timeout"),
    [
        (
            "POST",
            "https://api.poe.com/v1/chat/completions",
            BODY,
            {"Authorization": "Bearer k"},
            5.0,
        ),
        ("post", "http://127.0.0.1:8080/v1/x", BODY, {"content-type": "application/json"}, None),
        ("POST", "http://h/v1/x", None, {"Accept": "text/event-stream"}, httpx.Timeout(1, read=9)),
        ("GET", "http://h/v1/models", None, {"user-agent": "me", "USER-AGENT": "twice"}, 3),
        ("POST", "http://h/v1/x", BODY, {"Host": "other", "Content-Length": "14"}, 5.0),
        ("PUT", "http://h:81/v1/x", b"", {"Transfer-Encoding": "chunked"}, 5.0),
        ("DELETE", "http://h/v1/x", None, {}, httpx.USE_CLIENT_DEFAULT),
    ],
)
def test_a_request_is_the_one_httpx_builds(
    method: str, url: str, content: bytes | None, headers: dict[str, str], timeout: Any
) -> None:
    plain, owned = _both(timeout=httpx.Timeout(7.0), headers={"X-Client": "1"})
    expected = plain.build_request(method, url, content=content, headers=headers, timeout=timeout)
    built = build_request(owned, method, url, content=content, headers=headers, timeout=timeout)
    assert built.method == expected.method
    assert built.url == expected.url
    assert built.headers.raw == expected.headers.raw
    assert built.content == expected.content
    assert built.extensions == expected.extensions


def test_cookies_params_and_other_arguments_take_httpx_own_path() -> None:
    plain, owned = _both(params={"api-version": "1"})
    owned.cookies.set("session", "abc")
    plain.cookies.set("session", "abc")
    for client in (plain, owned):
        client.headers["X-Extra"] = "y"
    expected = plain.build_request("POST", "http://h/v1/x", content=BODY, headers={"A": "b"})
    built = build_request(owned, "POST", "http://h/v1/x", content=BODY, headers={"A": "b"})
    assert built.url == expected.url == "http://h/v1/x?api-version=1"
    assert built.headers.raw == expected.headers.raw
    assert built.headers["cookie"] == "session=abc"
    json_built = build_request(owned, "POST", "http://h/v1/x", json={"a": 1})
    assert json_built.content == plain.build_request("POST", "http://h/v1/x", json={"a": 1}).content
