"""The account: the models on offer, the point balance and the points history, page by page."""

import asyncio

from poe_sdk import AsyncPoeClient, PoeClient


def main() -> None:
    """List models, show the balance, and walk the history with the sync client."""
    with PoeClient() as client:  # POE_API_KEY and POE_BASE_URL from the environment
        models = client.models.list()
        print(f"{len(models.data)} models, e.g. {', '.join(m.id for m in models.data[:3])}")

        balance = client.usage.current_balance()
        print(f"balance: {balance.current_point_balance:,} points")

        page = client.usage.points_history(limit=20)  # the first page
        print(f"first page: {len(page.data)} entries, more: {page.has_more}")
        total = sum(entry.cost_points or 0 for entry in page)  # iterating fetches every page
        print(f"spent in the last 30 days: {total:,} points")


async def async_main() -> None:
    """The same history with the async client: ``await`` a page, ``async for`` every entry."""
    async with AsyncPoeClient() as client:
        page = await client.usage.points_history(limit=10)
        newest = page.data[0]
        print(f"newest: {newest.bot_name} cost {newest.cost_points} points ({newest.query_id})")
        pages = [p async for p in page.iter_pages()]
        entries = [e async for e in client.usage.points_history(limit=10)]
        print(f"{len(entries)} entries in {len(pages)} pages of up to 10")


if __name__ == "__main__":
    main()
    asyncio.run(async_main())
