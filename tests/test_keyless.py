"""A client made without an API key lists the models (documented keyless) and nothing else
(issue 24, item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
import respx
import yaml

import poe_sdk
from poe_sdk import AsyncPoeClient
from poe_sdk._generated import resources
from poe_sdk._request.operation import Operation
from support import BASE_URL, USER_MESSAGES

pytestmark = pytest.mark.anyio

SPEC = Path(__file__).parent.parent / "openapi.yaml"


def test_the_keyless_operations_are_those_the_spec_marks_security_empty() -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    marked = {
        operation["operationId"]
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and operation.get("security") == []
    }
    operations = [v for v in vars(resources).values() if isinstance(v, Operation)]
    assert marked == {op.operation_id for op in operations if not op.needs_key} == {"listModels"}


async def test_models_are_listed_without_a_key_and_without_an_authorization_header(
    router: respx.MockRouter,
) -> None:
    route = router.get("/models").respond(json={"object": "list", "data": [{"id": "GPT-5"}]})
    async with AsyncPoeClient(base_url=BASE_URL) as client:
        listed = await client.models.list()
    assert [m.id for m in listed.data] == ["GPT-5"]
    assert "authorization" not in route.calls.last.request.headers


async def test_with_a_key_models_are_listed_with_it(router: respx.MockRouter) -> None:
    route = router.get("/models").respond(json={"object": "list", "data": []})
    async with AsyncPoeClient(api_key="sk-given-key-123", base_url=BASE_URL) as client:
        await client.models.list()
    assert route.calls.last.request.headers["authorization"] == "Bearer sk-given-key-123"


async def test_other_calls_fail_before_any_io(router: respx.MockRouter) -> None:
    chat = router.post("/chat/completions").respond(500)
    async with AsyncPoeClient(base_url=BASE_URL, max_retries=0) as client:
        with pytest.raises(poe_sdk.RequestValidationError, match="api_key") as caught:
            await client.chat.completions.create(model="m", messages=USER_MESSAGES)
        with pytest.raises(poe_sdk.RequestValidationError):
            await client.usage.current_balance()
    assert caught.value.param == "api_key"
    assert not chat.called


async def test_an_authorization_header_of_your_own_counts_as_a_key(
    router: respx.MockRouter,
) -> None:
    balance = router.get("http://127.0.0.1:8765/usage/current_balance").respond(
        json={"current_point_balance": 7}
    )
    headers = {"Authorization": "Bearer sk-from-a-proxy-12345"}
    async with AsyncPoeClient(base_url=BASE_URL, default_headers=headers) as client:
        assert (await client.usage.current_balance()).current_point_balance == 7
    assert balance.calls.last.request.headers["authorization"] == headers["Authorization"]


async def test_an_authorization_header_given_per_call_counts_too(
    router: respx.MockRouter,
) -> None:
    route = router.post("/chat/completions").respond(500)
    headers = {"Authorization": "Bearer sk-per-call-key-12345"}
    async with AsyncPoeClient(base_url=BASE_URL, max_retries=0) as client:
        with pytest.raises(poe_sdk.InternalServerError):
            await client.chat.completions.create(
                model="m", messages=USER_MESSAGES, extra_headers=headers
            )
    assert route.calls.last.request.headers["authorization"] == headers["Authorization"]


def test_a_malformed_key_is_still_refused_at_once() -> None:
    with pytest.raises(poe_sdk.RequestValidationError, match="printable ASCII"):
        AsyncPoeClient(api_key=" sk-spaces ")


def test_the_sync_client_lists_models_without_a_key(router: respx.MockRouter) -> None:
    router.get("/models").respond(json={"object": "list", "data": [{"id": "GPT-5"}]})
    with poe_sdk.PoeClient(base_url=BASE_URL) as client:
        assert client.api_key is None
        assert [m.id for m in client.models.list().data] == ["GPT-5"]
        with pytest.raises(poe_sdk.RequestValidationError, match="api_key"):
            client.chat.completions.create(model="m", messages=USER_MESSAGES)
