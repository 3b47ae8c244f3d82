"""Typing assertions for client.bots (the Bots REST API); never run."""

from __future__ import annotations

from typing_extensions import assert_type

from poe_sdk import AsyncPage, AsyncPaginator, AsyncPoeClient, PoeClient, SyncPage
from poe_sdk.types import (
    ApiBotSettings,
    ApiBotSettingsInputParam,
    Bot,
    BotList,
    BotWriteStatus,
    ParameterControlsParam,
)

SETTINGS: ApiBotSettingsInputParam = {
    "model_name": "my-model",
    "base_url": "https://api.example.com/v1",
    "api_key": "sk-endpoint",
    "api_type": "responses_api",
    "input_modalities": ["text", "image"],
    "param_definitions": [{"param_name": "style", "param_dest": "extra_body"}],
    "pricing": {"prompt": "0.000001", "completion": "0.000004"},
}
CONTROLS: ParameterControlsParam = {
    "api_version": "2",
    "sections": [{"name": "Output", "controls": [{"control": "toggle_switch"}]}],
}


async def async_bots(client: AsyncPoeClient) -> None:
    created = await client.bots.create(
        handle="MyBot", api_bot_settings=SETTINGS, parameter_controls=CONTROLS
    )
    assert_type(created, BotWriteStatus)
    assert_type(created.create_bot_status, str | None)
    listing = client.bots.list()
    assert_type(listing, AsyncPaginator[Bot, BotList])
    page = await listing
    assert_type(page, AsyncPage[Bot, BotList])
    async for bot in client.bots.list():
        assert_type(bot, Bot)
    bot = await client.bots.retrieve("MyBot")
    assert_type(bot.api_bot_settings, ApiBotSettings | None)
    if bot.api_bot_settings is not None:
        assert_type(bot.api_bot_settings.api_key, None)  # write-only: never read back
        assert_type(bot.api_bot_settings.max_input_tokens, int | None)
    assert_type(await client.bots.update("MyBot", is_private=False), BotWriteStatus)
    assert_type(await client.bots.replace("MyBot", description="d"), BotWriteStatus)
    assert_type(await client.bots.delete("MyBot"), None)
    raw = await client.bots.with_raw_response.retrieve("MyBot")
    assert_type(raw.parse(), Bot)
    await client.bots.create(handle="X", api_bot_settings={"api_type": "soap"})  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    await client.bots.create(description="no handle")  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    await client.bots.retrieve()  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]


def sync_bots(client: PoeClient) -> None:
    page = client.bots.list()
    assert_type(page, SyncPage[Bot, BotList])
    for bot in page:
        assert_type(bot.handle, str)
    assert_type(client.bots.retrieve("MyBot"), Bot)
    assert_type(client.bots.create(handle="MyBot", api_bot_settings=SETTINGS), BotWriteStatus)
    assert_type(client.bots.delete("MyBot"), None)
