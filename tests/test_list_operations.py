"""models.list, usage.current_balance and the paginated usage.points_history, both clients;
per-operation servers; NOT_GIVEN for timeouts and headers."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

from poe_sdk import (
    NOT_GIVEN,
    AsyncPage,
    AsyncPoeClient,
    Omit,
    PoeClient,
    RequestValidationError,
    SyncPage,
)
from support import API_KEY, BASE_URL

ROOT = BASE_URL.removesuffix("/v1")
HISTORY = [
    {
        "creation_time": 1_700_000_000_000_000 - i,
        "bot_name": "GPT-4o",
        "query_id": f"q{i}",
        "usage_type": "API",
        "cost_points": i,
    }
    for i in range(5)
]


def history_page(request: httpx.Request) -> httpx.Response:
    """Two entries per page (whatever the limit), after ``starting_after``."""
    after = request.url.params.get("starting_after")
    start = 0 if after is None else int(after.removeprefix("q")) + 1
    data = HISTORY[start : start + 2]
    return httpx.Response(200, json={"has_more": start + 2 < len(HISTORY), "data": data})


@pytest.fixture
def usage() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=ROOT, assert_all_called=False) as mock:
        mock.get("/usage/current_balance").respond(json={"current_point_balance": 1234})
        mock.get("/usage/points_history").mock(side_effect=history_page)
        mock.get("/v1/models").respond(
            json={"object": "list", "data": [{"id": "A", "created": 1}, {"id": "B"}]}
        )
        yield mock


@pytest.mark.anyio
async def test_async_usage_goes_to_the_api_root_and_pages(usage: respx.MockRouter) -> None:
    async with AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        balance = await client.usage.current_balance()
        first = await client.usage.points_history(limit=2)
        second = await first.next_page()
        everything = [entry.query_id async for entry in client.usage.points_history(limit=2)]
        models = await client.models.list()
        names = [model.id async for model in client.models.list()]
    assert balance.current_point_balance == 1234
    assert isinstance(first, AsyncPage)
    assert [e.query_id for e in first.data] == ["q0", "q1"]
    assert first.has_more and first.has_next_page()
    assert [e.query_id for e in second.data] == ["q2", "q3"]
    assert everything == ["q0", "q1", "q2", "q3", "q4"]
    assert [m.id for m in models.data] == ["A", "B"]
    assert not models.has_next_page()
    assert names == ["A", "B"]
    requests = [call.request for call in usage.calls]
    assert str(requests[0].url) == f"{ROOT}/usage/current_balance"
    assert requests[0].headers["authorization"] == f"Bearer {API_KEY}"
    assert requests[1].url.params.multi_items() == [("limit", "2")]
    assert requests[2].url.params.multi_items() == [("limit", "2"), ("starting_after", "q1")]


def test_sync_usage_pages(usage: respx.MockRouter) -> None:
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        page = client.usage.points_history()
        assert isinstance(page, SyncPage)
        assert [e.query_id for e in page.data] == ["q0", "q1"]
        assert [e.query_id for e in page] == ["q0", "q1", "q2", "q3", "q4"]
        assert len(list(page.iter_pages())) == 3
        last = list(page.iter_pages())[-1]
        assert not last.has_next_page()
        with pytest.raises(RuntimeError, match="has_next_page"):
            last.next_page()
        assert client.usage.current_balance().current_point_balance == 1234
        assert [m.id for m in client.models.list()] == ["A", "B"]
        raw = client.usage.with_raw_response.points_history(limit=2)
        assert raw.http_response.status_code == 200
        assert [e.query_id for e in raw.parse().data] == ["q0", "q1"]
    # No request went out without the defaults being left to the server.
    assert all("limit" not in c.request.url.params for c in usage.calls[:1])


@pytest.mark.anyio
@pytest.mark.parametrize("limit", [0, 101, "abc", "20", True])
async def test_bad_query_arguments_fail_at_the_call_without_io(
    usage: respx.MockRouter, limit: Any
) -> None:
    async with AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        with pytest.raises(RequestValidationError, match="limit"):
            client.usage.points_history(limit=limit)
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as sync_client:
        with pytest.raises(RequestValidationError, match="limit"):
            sync_client.usage.points_history(limit=limit)
    assert not usage.calls


@pytest.mark.anyio
async def test_server_urls_override_where_usage_goes() -> None:
    with respx.mock(assert_all_called=True) as mock:
        route = mock.get("https://usage.test/usage/current_balance").respond(
            json={"current_point_balance": 1}
        )
        client = AsyncPoeClient(
            api_key=API_KEY,
            base_url=BASE_URL,
            server_urls={"https://api.poe.com": "https://usage.test"},
        )
        async with client:
            await client.usage.current_balance()
            await client.with_options(max_retries=1).usage.current_balance()
    assert route.call_count == 2


@pytest.mark.anyio
async def test_timeout_none_means_no_timeout_at_every_level(usage: respx.MockRouter) -> None:
    def read_timeout(index: int) -> object:
        timeout: dict[str, object] = usage.calls[index].request.extensions["timeout"]
        return timeout["read"]

    async with AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL, timeout=30.0) as client:
        await client.usage.current_balance()
        await client.usage.current_balance(timeout=None)
        await client.usage.current_balance(timeout=NOT_GIVEN)
        await client.with_options(timeout=None).usage.current_balance()
        await client.with_options().usage.current_balance()
        assert client.with_options(timeout=None).timeout is None
    async with AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL, timeout=None) as untimed:
        await untimed.usage.current_balance()
    assert [read_timeout(i) for i in range(6)] == [30.0, None, 30.0, None, 30.0, None]


@pytest.mark.anyio
async def test_omit_removes_a_default_header(usage: respx.MockRouter) -> None:
    async with AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        await client.usage.current_balance(extra_headers={"User-Agent": Omit(), "X-A": "1"})
    sent = usage.calls.last.request.headers
    assert sent["x-a"] == "1"
    assert not sent.get("user-agent", "").startswith("poe-sdk/")


def test_not_given_is_a_falsy_singleton_that_pickles() -> None:
    import pickle

    from poe_sdk import NotGiven

    assert NotGiven() is NOT_GIVEN
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert Omit() == Omit()


@pytest.mark.anyio
async def test_the_openai_page_methods(usage: respx.MockRouter) -> None:
    """Issue 26 item 5: ``has_next_page()``, ``next_page_info()``, ``get_next_page()``."""
    from poe_sdk import PageInfo

    async with AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        page = await client.usage.points_history(limit=2)
        assert page.next_page_info() == PageInfo(params={"limit": 2, "starting_after": "q1"})
        while page.has_next_page():
            page = await page.get_next_page()
        assert [e.query_id for e in page.data] == ["q4"]
        assert page.next_page_info() is None


def test_get_next_page_on_the_sync_client(usage: respx.MockRouter) -> None:
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as sync_client:
        first = sync_client.usage.points_history(limit=2)
        assert [e.query_id for e in first.get_next_page().data] == ["q2", "q3"]


def test_results_carry_the_request_id_of_their_reply() -> None:
    """Issue 26 item 5: ``result._request_id`` as in the openai SDK (the reply's
    ``x-request-id``); the objects inside it have none."""
    with respx.mock(base_url=ROOT) as mock:
        mock.get("/usage/current_balance").respond(
            json={"current_point_balance": 1}, headers={"x-request-id": "req-42"}
        )
        mock.get("/v1/models").respond(json={"object": "list", "data": [{"id": "A"}]})
        with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
            balance = client.usage.current_balance()
            models = client.models.list()
    assert balance._request_id == "req-42"
    assert "req-42" not in balance.to_json()
    assert models.reply._request_id is None  # the server sent none
    assert models.data[0]._request_id is None
