"""Async: a completion, then a stream printed token by token, then the assembled reply."""

import asyncio

from poe_sdk import AsyncPoeClient


async def main() -> None:
    """Use the async client for a plain call and a stream."""
    async with AsyncPoeClient() as client:  # POE_API_KEY and POE_BASE_URL from the environment
        resp = await client.chat.completions.create(
            model="Claude-Sonnet-4",
            messages=[{"role": "user", "content": "Say hello from asyncio."}],
        )
        print(resp.choices[0].message.content)

        stream = await client.chat.completions.create(
            model="Claude-Sonnet-4",
            messages=[
                {"role": "system", "content": "You are a helpful travel agent."},
                {"role": "user", "content": "Tell me about San Francisco"},
            ],
            stream=True,
            stream_options={"include_usage": True},
        )
        async with stream:
            async for text in stream.text_deltas():
                print(text, end="", flush=True)
        print()

        stream = await client.chat.completions.create(
            model="Claude-Sonnet-4",
            messages=[{"role": "user", "content": "Stream, then assemble."}],
            stream=True,
        )
        completion = await stream.get_final_completion()
        print(f"assembled: {completion.choices[0].message.content!r}")


if __name__ == "__main__":
    asyncio.run(main())
