"""Pages of list operations: ``AsyncPaginator`` (await it for the first page, ``async for``
over every item of every page), ``AsyncPage`` and ``SyncPage`` (the sync facade's).

An operation's :class:`~poe_sdk._operation.Pagination` says which reply field holds the items,
which says whether more follow, and which parameter asks for the page after a given item.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from ._operation import AsyncRequester, Operation, Pagination, RequestOptions, SyncRequester
from ._request_builder import validate_params

__all__ = ["AsyncPage", "AsyncPaginator", "PageInfo", "SyncPage"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")

_NO_NEXT_PAGE = "There is no next page: check has_next_page() before calling next_page()."


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
        """Whether :meth:`next_page` can fetch another page."""
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
        if cursor is None or cursor == self._params.get(pagination.cursor):
            return None
        return {**self._params, pagination.cursor: cursor}

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
        """The page after this one; check :meth:`has_next_page` first."""
        params = self._next_params()
        if params is None:
            raise RuntimeError(_NO_NEXT_PAGE)
        reply = await self._client._request(
            self._operation, body=None, params=params, options=self._options, raw=False
        )
        return AsyncPage[ItemT, PageT](
            self._client, self._operation, params, self._options, cast("PageT", reply)
        )

    async def get_next_page(self) -> AsyncPage[ItemT, PageT]:
        """The page after this one (the ``openai`` SDK's name for :meth:`next_page`)."""
        return await self.next_page()

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT, PageT]]:
        """This page and every page after it."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
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
        reply = await self._client._request(
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
        reply = client._request(operation, body=None, params=params, options=options, raw=False)
        return cls(client, operation, params, options, cast("PageT", reply))

    def next_page(self) -> SyncPage[ItemT, PageT]:
        """The page after this one; check :meth:`has_next_page` first."""
        params = self._next_params()
        if params is None:
            raise RuntimeError(_NO_NEXT_PAGE)
        return SyncPage[ItemT, PageT].first(self._client, self._operation, params, self._options)

    def get_next_page(self) -> SyncPage[ItemT, PageT]:
        """The page after this one (the ``openai`` SDK's name for :meth:`next_page`)."""
        return self.next_page()

    def iter_pages(self) -> Iterator[SyncPage[ItemT, PageT]]:
        """This page and every page after it."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.data
