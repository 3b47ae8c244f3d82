"""Pages of list operations: ``AsyncPaginator`` (await it for the first page, ``async for``
over every item of every page), ``AsyncPage`` and ``SyncPage`` (the sync facade's).

An operation's :class:`~poe_sdk._request.operation.Pagination` says which reply field holds
the items, which says whether more follow, and which parameter asks for the page after a
given item.

Paging never runs forever: the cursors followed from a first page are remembered (a
:class:`CursorTrail`), and a cursor the server sends again raises
:class:`~poe_sdk.PaginationCycleError` instead of fetching the same pages again; a page that
says more items follow but gives no way to them (no items, or no cursor) ends the iteration
with a warning on the ``poe_sdk`` logger.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import AsyncIterator, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from .._exceptions import PaginationCycleError
from .._request.builder import validate_params
from .._request.operation import (
    AsyncRequester,
    Operation,
    Pagination,
    RequestOptions,
    SyncRequester,
)

__all__ = ["AsyncPage", "AsyncPaginator", "CursorTrail", "PageInfo", "SyncPage"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")

logger = logging.getLogger("poe_sdk")

_NO_NEXT_PAGE = "There is no next page: check has_next_page() before calling next_page()."
_QUOTED = 100  # characters of a repeated cursor quoted in the error


def _key(cursor: object) -> bytes:
    """A cursor's fixed-size fingerprint: a trail's memory per page does not grow with the
    cursor's length (a server may send long opaque cursors)."""
    return hashlib.blake2b(repr(cursor).encode(), digest_size=16).digest()


class CursorTrail:
    """The cursors followed from one first page, each with its page's depth (0 for the first
    page's own cursor, if it was called with one). No I/O.

    A page at depth ``d`` extends the trail when it is its last page; asking an earlier page
    for its next page again starts a branch holding the trail up to that page, so re-reading
    pages never counts as a cycle. Memory: about 130 bytes per page followed (a 16-byte
    fingerprint in a dict), whatever the cursor's length; the pages themselves are not kept.
    """

    __slots__ = ("_depths", "length")

    def __init__(self, first: object | None = None) -> None:
        self._depths: dict[bytes, int] = {} if first is None else {_key(first): 0}
        self.length = 0
        """The depth of the last page this trail reached."""

    def follow(self, cursor: object, depth: int) -> tuple[CursorTrail, int]:
        """The trail and depth of the page that ``cursor``, sent by the page at ``depth``,
        asks for; :class:`PaginationCycleError` when the trail up to ``depth`` has it."""
        trail = self if self.length == depth else self._up_to(depth)
        key = _key(cursor)
        if key in trail._depths:
            shown = repr(cursor)
            if len(shown) > _QUOTED:
                shown = shown[:_QUOTED] + "..."
            raise PaginationCycleError(
                f"The server sent the page cursor {shown} again, after {depth + 1} page(s): "
                "following it would fetch the same pages forever, so paging stops here.",
                cursor=cursor,
                page_count=depth + 1,
            )
        trail._depths[key] = depth + 1
        trail.length = depth + 1
        return trail, depth + 1

    def _up_to(self, depth: int) -> CursorTrail:
        branch = CursorTrail()
        branch._depths = {key: d for key, d in self._depths.items() if d <= depth}
        branch.length = depth
        return branch


@dataclass(frozen=True)
class PageInfo:
    """Where the next page starts: the query parameters that request it."""

    params: Mapping[str, object]


class _PageBase(Generic[ItemT, PageT]):
    """What both pages hold: the reply and how to ask for the next one."""

    def __init__(
        self,
        operation: Operation,
        params: Mapping[str, object],
        options: RequestOptions,
        reply: PageT,
    ) -> None:
        self._operation = operation
        self._params = params
        self._options = options
        self.reply = reply
        """The whole reply of this page (the spec's list object)."""
        self._trail: CursorTrail | None = None  # made on the first next_page() of a first page
        self._depth = 0

    @property
    def _pagination(self) -> Pagination:
        pagination = self._operation.pagination
        assert pagination is not None
        return pagination

    @property
    def data(self) -> list[ItemT]:
        """The items of this page."""
        items = getattr(self.reply, self._pagination.items, None)
        return cast("list[ItemT]", items or [])

    @property
    def has_more(self) -> bool:
        """What the server says: more items follow this page."""
        field = self._pagination.has_more
        return bool(field and getattr(self.reply, field, False))

    def has_next_page(self) -> bool:
        """Whether the server says more items follow and this page gives the cursor to them.

        :meth:`next_page` then fetches them, or raises :class:`PaginationCycleError` when
        the cursor is one the pages before already followed."""
        return self._next_params() is not None

    def next_page_info(self) -> PageInfo | None:
        """The query parameters of the next page (``None`` after the last), as the ``openai``
        SDK's ``next_page_info()``."""
        params = self._next_params()
        return None if params is None else PageInfo(params=params)

    def _next_params(self) -> dict[str, object] | None:
        pagination = self._pagination
        if not (pagination.cursor and pagination.cursor_field and self.has_more and self.data):
            return None
        cursor = getattr(self.data[-1], pagination.cursor_field, None)
        if cursor is None:
            return None
        return {**self._params, pagination.cursor: cursor}

    def _follow(self) -> tuple[dict[str, object], CursorTrail, int]:
        """The next page's parameters, trail and depth (see :class:`CursorTrail`)."""
        params = self._next_params()
        if params is None:
            raise RuntimeError(_NO_NEXT_PAGE)
        name = self._pagination.cursor
        assert name is not None
        if self._trail is None:
            self._trail = CursorTrail(self._params.get(name))
        trail, depth = self._trail.follow(params[name], self._depth)
        self._trail = trail  # a branch, when this page had been followed before
        return params, trail, depth

    def _on_trail(self, trail: CursorTrail, depth: int) -> None:
        self._trail = trail
        self._depth = depth

    def _warn_if_stuck(self) -> None:
        """At the end of an iteration: warn when the server said more items follow."""
        if self.has_more and self._pagination.cursor:
            why = "no items" if not self.data else "no cursor in its last item"
            logger.warning(
                "The server says more items follow page %d of %s, but the page has %s; "
                "the iteration ends here.",
                self._depth + 1,
                self._operation.operation_id,
                why,
            )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.data)} has_more={self.has_more}>"


class AsyncPage(_PageBase[ItemT, PageT]):
    """One page of a list operation; ``async for`` goes on through the following pages."""

    def __init__(
        self,
        client: AsyncRequester,
        operation: Operation,
        params: Mapping[str, object],
        options: RequestOptions,
        reply: PageT,
    ) -> None:
        super().__init__(operation, params, options, reply)
        self._client = client

    async def next_page(self) -> AsyncPage[ItemT, PageT]:
        """The page after this one; check :meth:`has_next_page` first.

        Raises :class:`PaginationCycleError` when the server's cursor repeats one the pages
        before this one followed."""
        params, trail, depth = self._follow()
        # The clients' call entry, the protocol the generated resources use too.
        reply = await self._client._request(  # pyright: ignore[reportPrivateUsage]
            self._operation, body=None, params=params, options=self._options, raw=False
        )
        page = AsyncPage[ItemT, PageT](
            self._client, self._operation, params, self._options, cast("PageT", reply)
        )
        page._on_trail(trail, depth)
        return page

    async def get_next_page(self) -> AsyncPage[ItemT, PageT]:
        """The page after this one (the ``openai`` SDK's name for :meth:`next_page`)."""
        return await self.next_page()

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT, PageT]]:
        """This page and every page after it; :class:`PaginationCycleError` when a page
        gives a cursor followed before (instead of fetching those pages again)."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                page._warn_if_stuck()
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[ItemT, PageT]):
    """What a paginated async method returns: ``await`` it for the first :class:`AsyncPage`,
    or ``async for`` over the items of every page. Arguments are checked at the call."""

    def __init__(
        self,
        client: AsyncRequester,
        operation: Operation,
        params: Mapping[str, object],
        options: RequestOptions,
    ) -> None:
        validate_params(operation.params_model, operation.parameters, params)
        self._client = client
        self._operation = operation
        self._params = params
        self._options = options

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT, PageT]]:
        return self._first().__await__()

    async def _first(self) -> AsyncPage[ItemT, PageT]:
        # The clients' call entry, the protocol the generated resources use too.
        reply = await self._client._request(  # pyright: ignore[reportPrivateUsage]
            self._operation, body=None, params=self._params, options=self._options, raw=False
        )
        return AsyncPage[ItemT, PageT](
            self._client, self._operation, self._params, self._options, cast("PageT", reply)
        )

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page: AsyncPage[ItemT, PageT] = await self
        async for item in page:
            yield item


class SyncPage(_PageBase[ItemT, PageT]):
    """One page of a list operation (sync client); ``for`` goes on through the following pages."""

    def __init__(
        self,
        client: SyncRequester,
        operation: Operation,
        params: Mapping[str, object],
        options: RequestOptions,
        reply: PageT,
    ) -> None:
        super().__init__(operation, params, options, reply)
        self._client = client

    @classmethod
    def first(
        cls,
        client: SyncRequester,
        operation: Operation,
        params: Mapping[str, object],
        options: RequestOptions,
    ) -> SyncPage[ItemT, PageT]:
        """Fetch the first page."""
        # The clients' call entry, the protocol the generated resources use too.
        reply = client._request(  # pyright: ignore[reportPrivateUsage]
            operation, body=None, params=params, options=options, raw=False
        )
        return cls(client, operation, params, options, cast("PageT", reply))

    def next_page(self) -> SyncPage[ItemT, PageT]:
        """The page after this one; check :meth:`has_next_page` first.

        Raises :class:`PaginationCycleError` when the server's cursor repeats one the pages
        before this one followed."""
        params, trail, depth = self._follow()
        page = SyncPage[ItemT, PageT].first(self._client, self._operation, params, self._options)
        page._on_trail(trail, depth)
        return page

    def get_next_page(self) -> SyncPage[ItemT, PageT]:
        """The page after this one (the ``openai`` SDK's name for :meth:`next_page`)."""
        return self.next_page()

    def iter_pages(self) -> Iterator[SyncPage[ItemT, PageT]]:
        """This page and every page after it; :class:`PaginationCycleError` when a page
        gives a cursor followed before (instead of fetching those pages again)."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                page._warn_if_stuck()
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.data
