"""Client options are checked at construction, without I/O, with errors naming the option."""

from __future__ import annotations

import warnings

import httpx
import pytest

import poe_sdk
from poe_sdk import AsyncPoeClient, PoeClient
from poe_sdk._client_options import not_found_hint

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
    assert copy.with_options(default_headers={"X-B": "2"})._headers["X-A"] == "1"


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
