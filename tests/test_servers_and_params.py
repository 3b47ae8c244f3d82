"""Request building for operations beyond chat: server URLs, validated parameters (no I/O)."""

from __future__ import annotations

import httpx
import pytest

from poe_sdk import NOT_GIVEN, Omit, RequestValidationError
from poe_sdk._base_models import RequestModel
from poe_sdk._generated.resources import GET_POINTS_HISTORY
from poe_sdk._request.builder import validate_body, validate_params
from poe_sdk._request.operation import Parameter, Server
from poe_sdk._request.servers import server_url
from poe_sdk.types import CreateChatCompletionRequest

POE_ROOT = Server(url="https://api.poe.com", default="https://api.poe.com", base_path="/v1")
UPLOADS = Server(
    url="https://uploads.poe.com/files", default="https://api.poe.com", base_path="/v1"
)


@pytest.mark.parametrize(
    ("base_url", "server", "expected"),
    [
        ("https://api.poe.com/v1", POE_ROOT, "https://api.poe.com"),
        ("https://api.poe.com/v1/", POE_ROOT, "https://api.poe.com"),
        ("http://127.0.0.1:8080/v1", POE_ROOT, "http://127.0.0.1:8080"),
        ("https://proxy.example/poe/v1", POE_ROOT, "https://proxy.example/poe"),
        ("https://proxy.example/openai", POE_ROOT, "https://proxy.example"),
        ("https://api.poe.com/v1", UPLOADS, "https://uploads.poe.com/files"),
        ("http://127.0.0.1:8080/v1", UPLOADS, "http://127.0.0.1:8080/files"),
    ],
)
def test_server_url_follows_the_documented_rule(
    base_url: str, server: Server, expected: str
) -> None:
    assert server_url(httpx.URL(base_url), server, {}) == expected


def test_server_urls_override_the_rule() -> None:
    overrides = {"https://api.poe.com": "https://usage.internal/"}
    assert server_url(httpx.URL("http://x/v1"), POE_ROOT, overrides) == "https://usage.internal"


def params(**values: object) -> dict[str, object]:
    return dict(values)


@pytest.mark.parametrize("limit", [0, 101, 500, "abc", 2.5])
def test_query_parameters_are_validated_before_sending(limit: object) -> None:
    with pytest.raises(RequestValidationError) as info:
        validate_params(
            GET_POINTS_HISTORY.params_model, GET_POINTS_HISTORY.parameters, params(limit=limit)
        )
    assert info.value.param == "limit"
    assert "limit" in str(info.value)


def test_defaults_and_missing_parameters_are_never_sent() -> None:
    model, parameters = GET_POINTS_HISTORY.params_model, GET_POINTS_HISTORY.parameters
    assert validate_params(model, parameters, params(limit=None, starting_after=None)).query == {}
    placed = validate_params(model, parameters, params(limit=50, starting_after="q_1"))
    assert placed.query == {"limit": "50", "starting_after": "q_1"}


class _Mixed(RequestModel):
    item_id: str
    tags: list[str] | None = None
    ids: list[int] | None = None
    flag: bool | None = None
    trace: str | None = None


MIXED = (
    Parameter("item_id", "path"),
    Parameter("tags", "query"),
    Parameter("ids", "query", explode=False),
    Parameter("flag", "query"),
    Parameter("trace", "header"),
)


def test_parameters_are_placed_and_serialised_by_style() -> None:
    placed = validate_params(
        _Mixed,
        MIXED,
        params(item_id="a/b", tags=["x", "y"], ids=[1, 2], flag=True, trace="t-1"),
    )
    assert placed.path == {"item_id": "a/b"}
    assert placed.query == {"tags": ["x", "y"], "ids": "1,2", "flag": "true"}
    assert placed.headers == {"trace": "t-1"}


def test_a_required_parameter_s_default_is_sent_unless_given() -> None:
    from poe_sdk._generated.resources import CREATE_MESSAGE

    model, parameters = CREATE_MESSAGE.params_model, CREATE_MESSAGE.parameters
    assert validate_params(model, parameters, None).headers == {"anthropic-version": "2023-06-01"}
    given = validate_params(model, parameters, {"anthropic-version": "2024-10-22"})
    assert given.headers == {"anthropic-version": "2024-10-22"}
    with pytest.raises(RequestValidationError, match="anthropic-version"):
        validate_params(model, parameters, {"anthropic-version": ""})  # minLength 1


def test_a_missing_required_parameter_is_named() -> None:
    with pytest.raises(RequestValidationError) as info:
        validate_params(_Mixed, MIXED, params(tags=["x"]))
    assert info.value.param == "item_id"


def test_none_is_not_sent_except_for_nullable_fields() -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "seed": None}
    validated = validate_body(CreateChatCompletionRequest, body)
    assert "seed" not in validated.model_fields_set
    nullable = validate_body(CreateChatCompletionRequest, body, nullable={"seed"})
    assert nullable.model_dump(exclude_unset=True)["seed"] is None


def test_not_given_and_omit_leave_an_argument_out() -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
    left_out = {**body, "seed": NOT_GIVEN, "temperature": Omit(), "user": NOT_GIVEN}
    validated = validate_body(CreateChatCompletionRequest, left_out, nullable={"seed"})
    assert validated.model_fields_set == {"model", "messages"}
    model, parameters = GET_POINTS_HISTORY.params_model, GET_POINTS_HISTORY.parameters
    placed = validate_params(model, parameters, params(limit=Omit(), starting_after=NOT_GIVEN))
    assert placed.query == {}


def test_generated_methods_refuse_unknown_keywords_like_python_does() -> None:
    from poe_sdk._generated.resources import CREATE_CHAT_COMPLETION
    from poe_sdk._request.operation import call_arguments

    body, params, options = call_arguments(
        CREATE_CHAT_COMPLETION, {"model": "m", "timeout": None, "fallback_models": ["x"]}
    )
    assert body == {"model": "m"}
    assert params is None
    assert options.timeout is None
    assert options.fallback_models == ["x"]
    with pytest.raises(TypeError, match="unexpected keyword argument 'temperatur'"):
        call_arguments(CREATE_CHAT_COMPLETION, {"temperatur": 1})
    with pytest.raises(TypeError, match="'fallback_models'"):
        call_arguments(GET_POINTS_HISTORY, {"fallback_models": ["x"]})
    _, placed, _ = call_arguments(GET_POINTS_HISTORY, {"limit": 3})
    assert placed == {"limit": 3}
