"""Client options are checked at construction, without I/O, with errors naming the option;
what a copy sends is seen through respx."""

from __future__ import annotations

import inspect
import warnings

import httpx
import pytest
import respx

import poe_sdk
from poe_sdk import AsyncPoeClient, PoeClient
from poe_sdk._client_options import not_found_hint
from poe_sdk._http.defaults import DEFAULT_TIMEOUT
from support import BASE_URL

KEY = "sk-test"


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"base_url": "ftp://example.test/v1"}, "base_url"),
        ({"base_url": "not a url"}, "base_url"),
        ({"timeout": -1}, "timeout"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": "5"}, "timeout"),
        ({"timeout": True}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"http_client": httpx.Client()}, "http_client"),
    ],
)
@pytest.mark.parametrize("client_class", [AsyncPoeClient, PoeClient])
def test_bad_options_raise_request_validation_errors(
    client_class: type, kwargs: dict[str, object], param: str
) -> None:
    with pytest.raises(poe_sdk.RequestValidationError) as info:
        client_class(api_key=KEY, **kwargs)
    assert info.value.param == param
    assert param in str(info.value)


@pytest.mark.parametrize("key", ["sk-key\n", " sk-key", "sk\r\nX-Evil: 1"])
def test_malformed_keys_are_rejected_without_showing_them(key: str) -> None:
    with pytest.raises(poe_sdk.RequestValidationError) as info:
        AsyncPoeClient(api_key=key)
    assert info.value.param == "api_key"
    assert key.strip() not in str(info.value)


def test_fallback_models_must_be_a_list_of_names() -> None:
    client = PoeClient(api_key=KEY, base_url="http://127.0.0.1:9/v1")
    with pytest.raises(poe_sdk.RequestValidationError, match="fallback_models"):
        client.chat.completions.create(
            model="m",
            messages=[{"role": "user", "content": "x"}],
            fallback_models="GPT-4o",  # type: ignore[arg-type]
        )
    client.close()


def test_plain_http_to_another_host_warns_and_loopback_does_not() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        AsyncPoeClient(api_key=KEY, base_url="http://127.0.0.1:8000/v1")
        AsyncPoeClient(api_key=KEY, base_url="http://localhost:8000/v1")
        assert caught == []
        AsyncPoeClient(api_key=KEY, base_url="http://example.invalid/v1")
    assert len(caught) == 1
    assert "unencrypted" in str(caught[0].message)
    assert KEY not in str(caught[0].message)


def test_with_options_keeps_and_overrides_settings() -> None:
    client = AsyncPoeClient(api_key=KEY, base_url="http://127.0.0.1:1/v1", timeout=12.0)
    copy = client.with_options(timeout=3.0, default_headers={"X-A": "1"})
    assert copy.timeout == 3.0
    assert client.timeout == 12.0
    assert copy.base_url == client.base_url
    assert copy.api_key == KEY


@pytest.mark.anyio
async def test_with_options_merges_the_headers_and_query_sent(router: respx.MockRouter) -> None:
    """Given headers and query parameters join the current ones, copy after copy (seen in the
    request sent)."""
    route = router.get("/models").respond(json={"object": "list", "data": []})
    client = AsyncPoeClient(
        KEY, base_url=BASE_URL, default_headers={"X-A": "1"}, default_query={"a": "1"}
    )
    copy = client.with_options(default_headers={"X-B": "2"}, default_query={"b": "2"})
    async with client:
        await copy.with_options(default_headers={"X-C": "3"}).models.list()
    request = route.calls.last.request
    assert [request.headers.get(name) for name in ("x-a", "x-b", "x-c")] == ["1", "2", "3"]
    assert dict(request.url.params) == {"a": "1", "b": "2"}


_OPTIONS = {
    "base_url": None,
    "max_retries": None,
    "retry_policy": None,
    "default_headers": None,
    "default_query": None,
    "server_urls": None,
    "limits": None,
}


@pytest.mark.parametrize("client_class", [AsyncPoeClient, PoeClient])
def test_signatures_show_every_option_with_its_default(client_class: type) -> None:
    init = inspect.signature(client_class).parameters
    assert {name: p.default for name, p in init.items()} == {
        "api_key": None,
        **_OPTIONS,
        "timeout": DEFAULT_TIMEOUT,
        "stream_idle_timeout": poe_sdk.DEFAULT_STREAM_IDLE_TIMEOUT,
        "http_client": None,
        "trust_env": True,
        "pace_requests": False,
        "strict_replies": False,
    }
    assert init["api_key"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in list(init.values())[1:])
    assert "ResponseLimits" in str(init["limits"].annotation)
    for method in (client_class.with_options, client_class.copy):
        changes = inspect.signature(method).parameters
        assert {name: p.default for name, p in changes.items()} == {
            "self": inspect.Parameter.empty,
            "api_key": None,
            **_OPTIONS,
            "timeout": poe_sdk.NOT_GIVEN,
            "stream_idle_timeout": poe_sdk.NOT_GIVEN,
            "pace_requests": None,
            "strict_replies": None,
        }


def test_with_options_none_keeps_and_given_values_merge_or_replace() -> None:
    policy = poe_sdk.RetryPolicy(max_retries=4, initial_delay=1.0)
    client = AsyncPoeClient(
        KEY,
        base_url="http://127.0.0.1:1/v1",
        timeout=7.0,
        retry_policy=policy,
        max_retries=3,
        default_query={"a": "1"},
        server_urls={"https://api.poe.com": "http://127.0.0.1:2"},
        pace_requests=True,
    )
    same = client.with_options(
        api_key=None, base_url=None, max_retries=None, pace_requests=None, strict_replies=None
    )
    assert (same.api_key, same.base_url, same.timeout) == (KEY, client.base_url, 7.0)
    assert same.retry_policy == policy.with_max_retries(3)
    assert same.pace_requests is True and same.strict_replies is False
    assert client.with_options(timeout=poe_sdk.NOT_GIVEN).timeout == 7.0
    assert client.with_options(timeout=None).timeout is None
    other = poe_sdk.RetryPolicy(max_retries=1)
    assert client.with_options(retry_policy=other).retry_policy == other
    assert client.with_options(max_retries=0).retry_policy == policy.with_max_retries(0)
    merged = client.with_options(server_urls={"https://x.test": "http://127.0.0.1:3"})
    assert merged.server_urls == {
        "https://api.poe.com": "http://127.0.0.1:2",
        "https://x.test": "http://127.0.0.1:3",
    }
    assert client.with_options(pace_requests=False).pace_requests is False
    with pytest.raises(poe_sdk.RequestValidationError, match="timeout"):
        client.with_options(timeout=-1)
    # White-box: the checked options object has no public observation, but a debugger or a
    # traceback that shows locals prints its repr.
    assert KEY not in repr(client._config)


@pytest.mark.parametrize(
    ("base_url", "suggestion"),
    [
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000/v1"),
        ("http://127.0.0.1:8000/", "http://127.0.0.1:8000/v1"),
        ("https://proxy.test/openai", "https://proxy.test/openai/v1"),
        ("https://api.poe.com/v1", None),
        ("https://api.poe.com/v1/", None),
        ("https://gateway.test/v1beta/openai/", None),
        ("http://127.0.0.1:8000/api/v2", None),
    ],
)
def test_a_base_url_without_a_version_gets_a_404_hint(
    base_url: str, suggestion: str | None
) -> None:
    hint = not_found_hint(httpx.URL(base_url))
    if suggestion is None:
        assert hint is None
    else:
        assert hint == (
            f"the base URL {suggestion.removesuffix('/v1')} has no /v1 prefix: "
            f"did you mean {suggestion}?"
        )


@pytest.mark.parametrize(
    ("base_url", "suggestion"),
    [
        ("http://127.0.0.1:8000/v1/chat/completions", "http://127.0.0.1:8000/v1"),
        ("http://127.0.0.1:8000/v1/chat/completions/", "http://127.0.0.1:8000/v1"),
        ("https://api.poe.com/v1/responses", "https://api.poe.com/v1"),
    ],
)
def test_a_base_url_ending_with_an_operation_path_gets_a_404_hint(
    base_url: str, suggestion: str
) -> None:
    """Issue 26 item 6: the hint names the path that each call adds itself."""
    hint = not_found_hint(httpx.URL(base_url), ["/chat/completions", "/responses", "/models"])
    path = base_url.rstrip("/").removeprefix(suggestion)
    assert hint == (
        f"the base URL {base_url.rstrip('/')} ends with {path}, which each call adds itself: "
        f"did you mean {suggestion}?"
    )
