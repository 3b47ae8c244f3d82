"""Typing assertions for list, usage and paged operations and NOT_GIVEN; never run."""

from __future__ import annotations

from collections.abc import Mapping

from typing_extensions import assert_type

from poe_sdk import NOT_GIVEN, AsyncPage, AsyncPaginator, AsyncPoeClient, Omit, PoeClient, SyncPage
from poe_sdk.types import CurrentBalance, Model, ModelList, PointsHistory, PointsHistoryEntry


async def async_usage(client: AsyncPoeClient) -> None:
    paginator = client.usage.points_history(limit=50)
    assert_type(paginator, AsyncPaginator[PointsHistoryEntry, PointsHistory])
    page = await paginator
    assert_type(page, AsyncPage[PointsHistoryEntry, PointsHistory])
    assert_type(page.data, list[PointsHistoryEntry])
    assert_type(page.reply, PointsHistory)
    assert_type(page.has_more, bool)
    assert_type(await page.next_page(), AsyncPage[PointsHistoryEntry, PointsHistory])
    async for entry in client.usage.points_history(starting_after="q_1"):
        assert_type(entry, PointsHistoryEntry)
    async for one_page in page.iter_pages():
        assert_type(one_page, AsyncPage[PointsHistoryEntry, PointsHistory])
    assert_type(await client.usage.current_balance(timeout=None), CurrentBalance)
    models = await client.models.list()
    assert_type(models.data, list[Model])
    assert_type(models.reply, ModelList)
    untimed = client.with_options(timeout=None)
    assert_type(untimed, AsyncPoeClient)
    await client.usage.current_balance(timeout=NOT_GIVEN, extra_headers={"User-Agent": Omit()})
    client.usage.points_history(limit="20")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def sync_usage(client: PoeClient) -> None:
    page = client.usage.points_history()
    assert_type(page, SyncPage[PointsHistoryEntry, PointsHistory])
    for entry in page:
        assert_type(entry, PointsHistoryEntry)
    assert_type(page.next_page(), SyncPage[PointsHistoryEntry, PointsHistory])
    assert_type(client.usage.current_balance(), CurrentBalance)
    for model in client.models.list():
        assert_type(model, Model)
    raw = client.usage.with_raw_response.points_history(limit=5)
    assert_type(raw.parse(), PointsHistory)


async def required_arguments(client: AsyncPoeClient) -> None:
    """A missing required argument is a type error in every overload (mypy reports an unused
    ignore, and fails, if it ever type-checks)."""
    await client.chat.completions.create(messages=[])  # type: ignore[call-overload]  # pyright: ignore[reportCallIssue]
    await client.chat.completions.create(model="m", stream=True)  # type: ignore[call-overload]  # pyright: ignore[reportCallIssue]
    await client.usage.current_balance(limit=3)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]


async def misspelled_keywords_are_named(client: AsyncPoeClient) -> None:
    """A misspelled keyword is reported by its name: mypy "did you mean", pyright's
    'parameter "temprature" of type UnknownArgument' (not "No overloads for create match")."""
    await client.chat.completions.create(model="m", messages=[], temprature=1.0)  # type: ignore[call-overload]  # pyright: ignore[reportArgumentType]
    await client.chat.completions.create(model="m", messages=[], stream=True, temprature=1.0)  # type: ignore[call-overload]  # pyright: ignore[reportArgumentType]


def openai_idioms(client: PoeClient) -> None:
    page = client.usage.points_history()
    if page.has_next_page():
        assert_type(page.get_next_page(), SyncPage[PointsHistoryEntry, PointsHistory])
    info = page.next_page_info()
    if info is not None:
        assert_type(info.params, Mapping[str, object])
    # openai's name for it: a public attribute spelled with an underscore.
    request_id = client.usage.current_balance()._request_id  # pyright: ignore[reportPrivateUsage]
    assert_type(request_id, str | None)
