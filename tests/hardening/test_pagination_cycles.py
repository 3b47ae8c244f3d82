"""Pagination never runs forever (issue 21 item 6), over real sockets: a server whose cursors
repeat (``A``, ``B``, ``A``; ``A``, ``B``, ``C``, ``A``; the same cursor again) ends the
iteration with ``PaginationCycleError`` naming the cursor, after requesting each page once;
``has_more: true`` on an empty page ends it with a warning. Asyncio, trio and the sync client,
item by item and through ``iter_pages``."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qs, urlsplit

import anyio
import pytest

import poe_sdk

from . import raw_servers as raw
from .checks import assert_pool_clean, assert_sync_pool_clean, async_client, bounded, sync_client

# Each site maps the ``starting_after`` of a request (None for the first page) to the page's
# query ids and its ``has_more``; the next cursor is the last query id of a page.
Site = dict[str | None, tuple[list[str], bool]]

SITES: dict[str, Site] = {
    "A-B-A": {
        None: (["q0", "A"], True),
        "A": (["q1", "B"], True),
        "B": (["q2", "A"], True),
    },
    "A-B-C-A": {
        None: (["q0", "A"], True),
        "A": (["q1", "B"], True),
        "B": (["q2", "C"], True),
        "C": (["q3", "A"], True),
    },
    "same-cursor-again": {  # a server that ignores the cursor
        None: (["q0", "A"], True),
        "A": (["q0", "A"], True),
    },
}
EMPTY_BUT_MORE: Site = {None: (["q0", "A"], True), "A": ([], True)}
# What the iteration yields before the error: every page once.
YIELDED = {
    "A-B-A": ["q0", "A", "q1", "B", "q2", "A"],
    "A-B-C-A": ["q0", "A", "q1", "B", "q2", "C", "q3", "A"],
    "same-cursor-again": ["q0", "A", "q0", "A"],
}
REPEATED = {"A-B-A": "A", "A-B-C-A": "A", "same-cursor-again": "A"}


def _entry(query_id: str) -> dict[str, Any]:
    return {
        "creation_time": 1_700_000_000_000_000,
        "bot_name": "GPT-4o",
        "query_id": query_id,
        "usage_type": "API",
        "cost_points": 1,
    }


def _pages(site: Site) -> raw.Action:
    def action(conn: raw.Conn, request: raw.RawRequest) -> bool:
        query = parse_qs(urlsplit(request.path).query)
        cursor = query.get("starting_after", [None])[0]
        page = site.get(cursor)
        if page is None:
            return conn.send_response(404, b'{"error": {"message": "no such cursor"}}')
        ids, more = page
        body = {"data": [_entry(i) for i in ids], "has_more": more}
        return conn.send_response(200, json.dumps(body).encode())

    return action


@contextmanager
def _server(site: Site) -> Iterator[raw.RawServer]:
    with raw.api_server(lambda index: _pages(site)) as server:
        yield server
    assert not server.errors, server.errors


def _cursors_requested(server: raw.RawServer) -> list[str | None]:
    return [
        parse_qs(urlsplit(r.path).query).get("starting_after", [None])[0] for r in server.requests
    ]


def _check_cycle(
    case: str, error: BaseException | None, yielded: list[str], server: raw.RawServer
) -> None:
    assert type(error) is poe_sdk.PaginationCycleError, repr(error)
    assert error.cursor == REPEATED[case]
    assert repr(REPEATED[case]) in str(error)
    assert yielded == YIELDED[case]
    cursors = _cursors_requested(server)
    assert len(cursors) == len(set(cursors)) == len(SITES[case])  # each page requested once
    assert error.page_count == len(SITES[case])


@pytest.mark.anyio
@pytest.mark.parametrize("case", list(SITES))
async def test_a_cursor_cycle_ends_async_iteration(case: str) -> None:
    with _server(SITES[case]) as server:
        client = async_client(server.base_url)
        try:
            yielded: list[str] = []
            error: BaseException | None = None
            with anyio.fail_after(10):
                try:
                    async for entry in client.usage.points_history():
                        yielded.append(entry.query_id)
                except poe_sdk.PoeError as exc:
                    error = exc
            _check_cycle(case, error, yielded, server)
            await assert_pool_clean(client)
        finally:
            await client.close()


@pytest.mark.anyio
@pytest.mark.parametrize("case", list(SITES))
async def test_a_cursor_cycle_ends_async_iter_pages_and_next_page(case: str) -> None:
    with _server(SITES[case]) as server:
        client = async_client(server.base_url)
        try:
            with anyio.fail_after(10):
                first = await client.usage.points_history()
                pages: list[str] = []
                with pytest.raises(poe_sdk.PaginationCycleError) as caught:
                    async for page in first.iter_pages():
                        pages += [e.query_id for e in page.data]
                assert pages == YIELDED[case]
                assert caught.value.cursor == REPEATED[case]
                # By hand: `while page.has_next_page(): page = await page.next_page()`.
                page = first
                with pytest.raises(poe_sdk.PaginationCycleError):
                    while page.has_next_page():
                        page = await page.next_page()
        finally:
            await client.close()


@pytest.mark.parametrize("case", list(SITES))
def test_a_cursor_cycle_ends_sync_iteration(case: str) -> None:
    with _server(SITES[case]) as server:
        client = sync_client(server.base_url)

        def call() -> tuple[BaseException | None, list[str]]:
            yielded: list[str] = []
            try:
                for entry in client.usage.points_history():
                    yielded.append(entry.query_id)
            except poe_sdk.PoeError as exc:
                return exc, yielded
            return None, yielded

        try:
            error, yielded = bounded(call, 10, client.close)
            _check_cycle(case, error, yielded, server)

            def by_pages() -> list[str]:
                pages: list[str] = []
                with pytest.raises(poe_sdk.PaginationCycleError):
                    for page in client.usage.points_history().iter_pages():
                        pages += [e.query_id for e in page.data]
                return pages

            assert bounded(by_pages, 10, client.close) == YIELDED[case]
            assert_sync_pool_clean(client)
        finally:
            client.close()


@pytest.mark.anyio
async def test_an_empty_page_that_says_more_follow_ends_async_iteration_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="poe_sdk")
    with _server(EMPTY_BUT_MORE) as server:
        client = async_client(server.base_url)
        try:
            with anyio.fail_after(10):
                yielded = [e.query_id async for e in client.usage.points_history()]
                pages = [p async for p in (await client.usage.points_history()).iter_pages()]
        finally:
            await client.close()
    assert yielded == ["q0", "A"]
    assert len(pages) == 2
    warnings = [r for r in caplog.records if r.name == "poe_sdk" and r.levelname == "WARNING"]
    assert len(warnings) == 2
    assert "no items" in warnings[0].getMessage()
    assert "page 2" in warnings[0].getMessage()


def test_an_empty_page_that_says_more_follow_ends_sync_iteration_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="poe_sdk")
    with _server(EMPTY_BUT_MORE) as server:
        client = sync_client(server.base_url)
        try:
            yielded = bounded(
                lambda: [e.query_id for e in client.usage.points_history()], 10, client.close
            )
        finally:
            client.close()
    assert yielded == ["q0", "A"]
    assert len(server.requests) == 2
    assert any("no items" in r.getMessage() for r in caplog.records if r.name == "poe_sdk")
