"""The async core against respx: what is sent, what is parsed, how errors are typed."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import httpx
import pytest
import respx

import poe_sdk
from poe_sdk import AsyncPoeClient, PoeClient
from poe_sdk.testing import LocalServer
from poe_sdk.types import ChatCompletion, ChatCompletionRequestUserMessage
from support import API_KEY, BASE_URL, USER_MESSAGES, completion_json

pytestmark = pytest.mark.anyio


def make_client(**kwargs: object) -> AsyncPoeClient:
    return AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL, **kwargs)  # type: ignore[arg-type]


async def test_create_sends_the_request_and_parses_the_completion(
    router: respx.MockRouter,
) -> None:
    route = router.post("/chat/completions").respond(json=completion_json("Hi there"))
    async with make_client() as client:
        completion = await client.chat.completions.create(
            model="Claude-Sonnet-4", messages=USER_MESSAGES, temperature=0.5
        )
    assert isinstance(completion, ChatCompletion)
    assert completion.choices[0].message.content == "Hi there"
    assert completion.usage is not None and completion.usage.total_tokens == 7
    request = route.calls.last.request
    assert str(request.url) == f"{BASE_URL}/chat/completions"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"].startswith("poe-sdk/")
    assert json.loads(request.content) == {
        "model": "Claude-Sonnet-4",
        "messages": USER_MESSAGES,
        "temperature": 0.5,
    }


async def test_only_fields_the_caller_set_are_sent(router: respx.MockRouter) -> None:
    route = router.post("/chat/completions").respond(json=completion_json())
    async with make_client() as client:
        await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    body = json.loads(route.calls.last.request.content)
    assert set(body) == {"model", "messages"}, "spec defaults (n, stream) must not be sent"


async def test_messages_may_be_generated_models_or_response_messages(
    router: respx.MockRouter,
) -> None:
    route = router.post("/chat/completions").respond(json=completion_json("4"))
    async with make_client() as client:
        first = await client.chat.completions.create(
            model="m", messages=[ChatCompletionRequestUserMessage(role="user", content="2+2?")]
        )
        await client.chat.completions.create(
            model="m",
            messages=[
                {"role": "user", "content": "2+2?"},
                first.choices[0].message,
                {"role": "user", "content": "and 3+3?"},
            ],
        )
    sent = json.loads(route.calls.last.request.content)["messages"]
    assert sent[1] == {"role": "assistant", "content": "4"}


async def test_extra_headers_query_and_body_are_merged_and_extra_wins(
    router: respx.MockRouter,
) -> None:
    route = router.post("/chat/completions").respond(json=completion_json())
    async with make_client(default_headers={"X-Title": "app"}) as client:
        await client.chat.completions.create(
            model="m",
            messages=USER_MESSAGES,
            max_tokens=10,
            extra_headers={"HTTP-Referer": "https://example.test"},
            extra_query={"trace": "1"},
            extra_body={"thinking_budget": 1024, "max_tokens": 20},
        )
    request = route.calls.last.request
    assert request.headers["x-title"] == "app"
    assert request.headers["http-referer"] == "https://example.test"
    assert request.url.params["trace"] == "1"
    body = json.loads(request.content)
    assert body["thinking_budget"] == 1024
    assert body["max_tokens"] == 20


async def test_per_call_timeout_reaches_the_transport(router: respx.MockRouter) -> None:
    route = router.post("/chat/completions").respond(json=completion_json())
    async with make_client() as client:
        await client.chat.completions.create(model="m", messages=USER_MESSAGES, timeout=3.5)
    assert route.calls.last.request.extensions["timeout"]["read"] == 3.5


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"temperature": 3}, "temperature"),
        ({"top_p": -1}, "top_p"),
        ({"stop": ["a", "b", "c", "d", "e"]}, "stop"),
        ({"n": 0}, "n"),
        ({"messages": [{"role": "robot", "content": "hi"}]}, "messages[0]"),
        ({"messages": [{"role": "user"}]}, "messages[0].content"),
        ({"messages": []}, "messages"),
        ({"model": ""}, "model"),
        ({"top_logprobs": 21}, "top_logprobs"),
        ({"frequency_penalty": -2.5}, "frequency_penalty"),
    ],
)
async def test_invalid_arguments_raise_before_any_request(
    router: respx.MockRouter, kwargs: dict[str, object], param: str
) -> None:
    route = router.post("/chat/completions").respond(json=completion_json())
    arguments: dict[str, object] = {"model": "m", "messages": USER_MESSAGES, **kwargs}
    async with make_client() as client:
        with pytest.raises(poe_sdk.RequestValidationError) as info:
            await client.chat.completions.create(**arguments)  # type: ignore[call-overload]
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, poe_sdk.PoeError)
    assert info.value.param == param
    assert param in str(info.value)
    assert not route.called


async def test_missing_model_is_a_request_validation_error(router: respx.MockRouter) -> None:
    route = router.post("/chat/completions").respond(json=completion_json())
    async with make_client() as client:
        with pytest.raises(poe_sdk.RequestValidationError) as info:
            await client.chat.completions.create(messages=USER_MESSAGES)  # type: ignore[call-overload]
    assert info.value.param == "model"
    assert "Field required" in str(info.value)
    assert not route.called


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, poe_sdk.BadRequestError),
        (401, poe_sdk.AuthenticationError),
        (402, poe_sdk.PaymentRequiredError),
        (403, poe_sdk.PermissionDeniedError),
        (404, poe_sdk.NotFoundError),
        (409, poe_sdk.ConflictError),
        (418, poe_sdk.APIStatusError),
        (422, poe_sdk.UnprocessableEntityError),
        (429, poe_sdk.RateLimitError),
        (500, poe_sdk.InternalServerError),
        (502, poe_sdk.InternalServerError),
        (503, poe_sdk.ServiceUnavailableError),
    ],
)
async def test_every_status_maps_to_its_error_class(
    router: respx.MockRouter, status: int, error_class: type[poe_sdk.APIStatusError]
) -> None:
    body = {
        "error": {
            "message": "Something is wrong",
            "type": "invalid_request_error",
            "code": "model_not_found",
            "param": "model",
        }
    }
    router.post("/chat/completions").respond(status, json=body, headers={"x-request-id": "req-9"})
    async with make_client(max_retries=0) as client:
        with pytest.raises(poe_sdk.APIStatusError) as info:
            await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    error = info.value
    assert type(error) is error_class
    assert error.status_code == status
    assert error.message == f"Error code: {status} - Something is wrong"
    assert (error.code, error.type, error.param) == (
        "model_not_found",
        "invalid_request_error",
        "model",
    )
    assert error.request_id == "req-9"
    assert error.body == body
    assert error.response.status_code == status


async def test_service_unavailable_is_an_internal_server_error() -> None:
    assert issubclass(poe_sdk.ServiceUnavailableError, poe_sdk.InternalServerError)
    assert issubclass(poe_sdk.APITimeoutError, poe_sdk.APIConnectionError)
    assert issubclass(poe_sdk.IncompleteStreamError, poe_sdk.APIConnectionError)


async def test_html_error_page_is_described_by_its_title(router: respx.MockRouter) -> None:
    html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    router.post("/chat/completions").respond(502, text=html, headers={"content-type": "text/html"})
    async with make_client(max_retries=0) as client:
        with pytest.raises(poe_sdk.InternalServerError) as info:
            await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert "502 Bad Gateway" in str(info.value)
    assert info.value.body == html


@pytest.mark.parametrize(
    "content",
    [
        b"<html><body>Welcome to our proxy</body></html>",
        b'{"id": "x", "choices": [',
        b'{"unexpected": true}',
        b"",
        b'{"id": 1, "choices": "nope", "created": 0, "model": "m"}',
    ],
)
async def test_bad_2xx_bodies_raise_response_validation_errors(
    router: respx.MockRouter, content: bytes
) -> None:
    router.post("/chat/completions").respond(200, content=content)
    async with make_client() as client:
        with pytest.raises(poe_sdk.APIResponseValidationError) as info:
            await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert "not a valid ChatCompletion" in str(info.value)
    assert info.value.__cause__ is not None, "the pydantic error is chained"


async def test_lenient_response_keeps_unknown_fields_and_values(router: respx.MockRouter) -> None:
    body = completion_json(provider="poe")
    body["choices"][0]["finish_reason"] = "brand_new_reason"
    body["choices"][0]["message"]["reasoning_content"] = "thinking"
    del body["usage"]
    router.post("/chat/completions").respond(json=body)
    async with make_client() as client:
        completion = await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert completion.choices[0].finish_reason == "brand_new_reason"
    assert completion.choices[0].message.reasoning_content == "thinking"  # type: ignore[attr-defined]
    assert completion.provider == "poe"  # type: ignore[attr-defined]
    assert completion.usage is None


async def test_connection_errors_are_wrapped_and_chained(router: respx.MockRouter) -> None:
    router.post("/chat/completions").mock(side_effect=httpx.ConnectError("refused"))
    async with make_client(max_retries=0) as client:
        with pytest.raises(poe_sdk.APIConnectionError) as info:
            await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert isinstance(info.value.__cause__, httpx.ConnectError)


async def test_timeouts_are_api_timeout_errors(router: respx.MockRouter) -> None:
    router.post("/chat/completions").mock(side_effect=httpx.ReadTimeout("slow"))
    async with make_client(max_retries=0) as client:
        with pytest.raises(poe_sdk.APITimeoutError):
            await client.chat.completions.create(model="m", messages=USER_MESSAGES)


async def test_with_options_overrides_options(router: respx.MockRouter) -> None:
    route = router.post("/chat/completions").respond(json=completion_json())
    async with make_client() as client:
        other = client.with_options(default_headers={"X-Extra": "1"}, max_retries=5)
        await other.chat.completions.create(model="m", messages=USER_MESSAGES)
        assert other.max_retries == 5
        assert client.max_retries == 2
    assert route.calls.last.request.headers["x-extra"] == "1"


async def test_with_options_copies_share_the_connection_pool() -> None:
    """A copy's requests go over the connection its client opened (seen by the server), and
    closing the client closes the copy too."""
    with LocalServer() as server:
        async with AsyncPoeClient(api_key=API_KEY, base_url=server.base_url) as client:
            await client.chat.completions.create(model="m", messages=USER_MESSAGES)
            other = client.with_options(default_headers={"X-Extra": "1"}, max_retries=5)
            await other.chat.completions.create(model="m", messages=USER_MESSAGES)
        first, second = server.journal
        assert second.headers["x-extra"] == "1"
        assert first.client == second.client
        with pytest.raises(poe_sdk.ClientClosedError):
            await other.chat.completions.create(model="m", messages=USER_MESSAGES)


async def test_copies_share_the_pool_and_run_on_their_own_client() -> None:
    """``copy.copy`` and ``copy.deepcopy`` (which frameworks apply to objects holding a
    client) give ``with_options()``: the copy's calls, raw twins included, are its own and
    go over its client's connection."""
    with LocalServer() as server:
        async with AsyncPoeClient(api_key=API_KEY, base_url=server.base_url) as client:
            raw = client.chat.completions.with_raw_response  # made before the copies
            await raw.create(model="m", messages=USER_MESSAGES)
            for other in (copy.copy(client), copy.deepcopy(client)):
                assert other is not client
                reply = await other.chat.completions.with_raw_response.create(
                    model="m", messages=USER_MESSAGES
                )
                assert reply.status_code == 200
        assert len({entry.client for entry in server.journal}) == 1
        with pytest.raises(poe_sdk.ClientClosedError):
            await other.chat.completions.with_raw_response.create(model="m", messages=USER_MESSAGES)


@pytest.mark.parametrize("cls", [AsyncPoeClient, PoeClient])
def test_a_client_is_not_pickled_and_the_error_shows_no_key(cls: type[Any]) -> None:
    client = cls(api_key=API_KEY, base_url=BASE_URL)
    client.chat.completions.with_raw_response  # noqa: B018  (a twin made first pickles no better)
    with pytest.raises(TypeError, match="cannot be pickled") as caught:
        pickle.dumps(client)
    assert API_KEY not in str(caught.value)
    if isinstance(client, PoeClient):
        client.close()


async def test_environment_variables_configure_the_client(
    monkeypatch: pytest.MonkeyPatch, router: respx.MockRouter
) -> None:
    monkeypatch.setenv("POE_API_KEY", "env-key")
    monkeypatch.setenv("POE_BASE_URL", BASE_URL)
    route = router.post("/chat/completions").respond(json=completion_json())
    async with AsyncPoeClient() as client:
        await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert route.calls.last.request.headers["authorization"] == "Bearer env-key"


async def test_default_base_url_is_poe() -> None:
    client = AsyncPoeClient(api_key=API_KEY)
    assert str(client.base_url) == "https://api.poe.com/v1"


async def test_missing_api_key_is_a_clear_error_before_any_io(router: respx.MockRouter) -> None:
    route = router.post("/chat/completions").respond(json=completion_json())
    async with AsyncPoeClient(base_url=BASE_URL) as client:
        assert client.api_key is None
        with pytest.raises(poe_sdk.RequestValidationError, match="POE_API_KEY") as caught:
            await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert caught.value.param == "api_key"
    assert not route.called


async def test_the_api_key_never_shows_in_repr_or_errors(router: respx.MockRouter) -> None:
    router.post("/chat/completions").respond(401, json={"error": {"message": "bad key"}})
    client = make_client(max_retries=0)
    assert API_KEY not in repr(client)
    with pytest.raises(poe_sdk.AuthenticationError) as info:
        await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert API_KEY not in str(info.value)
    assert API_KEY not in repr(info.value.response.request.headers)
    await client.close()


async def test_a_404_under_a_base_url_without_v1_suggests_it() -> None:
    root = "http://127.0.0.1:8765"
    body = {"error": {"message": "Invalid URL (POST /chat/completions)"}}
    with respx.mock(base_url=root) as mock:
        mock.post("/chat/completions").respond(404, json=body)
        async with AsyncPoeClient(api_key=API_KEY, base_url=root) as client:
            with pytest.raises(poe_sdk.NotFoundError) as info:
                await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert info.value.message == (
        "Error code: 404 - Invalid URL (POST /chat/completions) (the base URL "
        "http://127.0.0.1:8765 has no /v1 prefix: did you mean http://127.0.0.1:8765/v1?)"
    )


async def test_a_404_under_a_base_url_ending_with_the_operation_path_says_so() -> None:
    """Issue 26 item 6: ``base_url=".../v1/chat/completions"`` (a URL copied from the docs)."""
    base = "http://127.0.0.1:8765/v1/chat/completions"
    body = {"error": {"message": "Not found"}}
    with respx.mock(base_url=base) as mock:
        mock.post("/chat/completions").respond(404, json=body)
        async with AsyncPoeClient(api_key=API_KEY, base_url=base, max_retries=0) as client:
            with pytest.raises(poe_sdk.NotFoundError) as info:
                await client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert info.value.message == (
        f"Error code: 404 - Not found (the base URL {base} ends with /chat/completions, which "
        "each call adds itself: did you mean http://127.0.0.1:8765/v1?)"
    )


def test_a_plain_with_on_the_async_client_says_use_async_with() -> None:
    """Issue 26 item 6: not "does not support the context manager protocol"."""
    client = AsyncPoeClient(api_key=API_KEY, base_url="http://127.0.0.1:8765/v1")
    with pytest.raises(TypeError) as info, client:
        pass
    assert str(info.value) == (
        "AsyncPoeClient is the async client: use `async with AsyncPoeClient() as client:` "
        "(or PoeClient, the sync client, with a plain `with`)"
    )


async def test_every_problem_of_the_arguments_is_listed_in_errors(
    router: respx.MockRouter,
) -> None:
    """Issue 26 item 6: two problems are both readable, and the message says where."""
    client = make_client()
    with pytest.raises(poe_sdk.RequestValidationError) as info:
        await client.chat.completions.create(
            model="m", messages=USER_MESSAGES, temperature=5, top_p=7
        )
    error = info.value
    assert str(error) == (
        "Invalid argument temperature: Input should be less than or equal to 2 (got 5) "
        "(2 problems in all: each is in the error's .errors)"
    )
    assert [(p.param, p.rule) for p in error.errors] == [
        ("temperature", "Input should be less than or equal to 2"),
        ("top_p", "Input should be less than or equal to 1"),
    ]
    assert error.errors[1].message == (
        "Invalid argument top_p: Input should be less than or equal to 1 (got 7)"
    )
    with pytest.raises(poe_sdk.RequestValidationError) as one:
        await client.chat.completions.create(model="m", messages=USER_MESSAGES, temperature=5)
    assert one.value.errors == [(one.value.param, one.value.rule, str(one.value))]
    assert not router.calls
    await client.close()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            {"temperature": "0.5"},
            "Invalid argument temperature: a number is required, not a string (got '0.5')",
        ),
        (
            {"max_tokens": "100"},
            "Invalid argument max_tokens: an integer is required, not a string (got '100')",
        ),
        (
            {"parallel_tool_calls": "true"},
            "Invalid argument parallel_tool_calls: a boolean is required, not a string "
            "(got 'true')",
        ),
        (
            {"temperature": True},
            "Invalid argument temperature: a number is required, not a bool (got True)",
        ),
        (
            {"stream_options": {"include_usage": "yes"}},
            "Invalid argument stream_options.include_usage: a boolean is required, not a "
            "string (got 'yes')",
        ),
        (
            {"tools": [{"type": "function", "function": {"name": "f", "strict": "true"}}]},
            "Invalid argument tools[0].function.strict: a boolean is required, not a string "
            "(got 'true')",
        ),
    ],
)
async def test_an_argument_of_the_wrong_type_is_refused_not_converted(
    router: respx.MockRouter, arguments: dict[str, Any], message: str
) -> None:
    """Issue 26 item 7: ``temperature="0.5"`` is refused like ``temperature=5``."""
    client = make_client()
    with pytest.raises(poe_sdk.RequestValidationError) as info:
        await client.chat.completions.create(model="m", messages=USER_MESSAGES, **arguments)
    assert str(info.value) == message
    assert info.value.param == message.split()[2].removesuffix(":")
    assert not router.calls
    await client.close()


async def test_arguments_of_the_right_type_still_pass_as_given(router: respx.MockRouter) -> None:
    route = router.post("/chat/completions").respond(json=completion_json())
    client = make_client()
    await client.chat.completions.create(
        model="m",
        messages=({"role": "user", "content": [{"type": "text", "text": "hi"}]},),
        temperature=1,
        n=1,
        stop=("a", "b"),
        metadata={"k": "1"},
        tools=[{"type": "function", "function": {"name": "f", "strict": True}}],
    )
    sent = json.loads(route.calls[0].request.content)
    assert (sent["temperature"], sent["stop"], sent["metadata"]) == (1, ["a", "b"], {"k": "1"})
    await client.close()
