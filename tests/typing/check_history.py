"""Typing: a conversation history that mixes message dicts and previous replies.

Checked by mypy --strict and pyright strict; never run.
"""

from __future__ import annotations

from poe_sdk import AsyncPoeClient, PoeClient
from poe_sdk.types.chat import ChatCompletionMessage, ChatCompletionMessageParam


def sync_conversation(client: PoeClient) -> None:
    history: list[ChatCompletionMessageParam | ChatCompletionMessage] = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Name a colour."},
    ]
    reply = client.chat.completions.create(model="m", messages=history)
    history.append(reply.choices[0].message)  # the reply goes back as it is
    history.append({"role": "user", "content": "Another one."})
    client.chat.completions.create(model="m", messages=history)
    client.chat.completions.create(model="m", messages=history, stream=True).close()
    client.chat.completions.with_raw_response.create(model="m", messages=history)


async def async_conversation(client: AsyncPoeClient) -> None:
    first = await client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "Hi"}]
    )
    await client.chat.completions.create(
        model="m",
        messages=[
            {"role": "user", "content": "Hi"},
            first.choices[0].message,
            {"role": "user", "content": "And then?"},
        ],
    )
    history: list[ChatCompletionMessageParam | ChatCompletionMessage] = []
    history.append(first.choices[0].message)
    await client.chat.completions.create(model="m", messages=history, stream=False)
