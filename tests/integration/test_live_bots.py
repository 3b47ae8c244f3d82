"""client.bots against the local server's Bots REST API over loopback sockets, on asyncio,
trio and the sync facade (issue 24 item 3): create 201, list, retrieve, update (merge),
replace (whole), delete; 404 and 409 as typed errors; the write-only key sent, never read."""

from __future__ import annotations

import pytest

from poe_sdk import (
    AsyncPoeClient,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PoeClient,
)
from poe_sdk.testing import LocalServer
from poe_sdk.types import ApiBotSettingsInputParam

SECRET = "sk-endpoint-key-b7d1e09c55"
SETTINGS: ApiBotSettingsInputParam = {
    "model_name": "my-model",
    "base_url": "https://api.example.com/v1",
    "api_key": SECRET,
    "input_modalities": ["text"],
    "pricing": {"prompt": "0.000001", "completion": "0.000004"},
}


def sent_key(server: LocalServer, method: str) -> object:
    """The ``api_key`` the last ``method`` request to ``/bots...`` carried."""
    entry = [e for e in server.journal if e.method == method and e.path.startswith("/bots")][-1]
    return entry.json["api_bot_settings"]["api_key"]


@pytest.mark.anyio
async def test_bots_crud_on_the_async_client(
    async_poe_client: AsyncPoeClient, poe_server: LocalServer
) -> None:
    bots = async_poe_client.bots
    created = await bots.create(handle="MyBot", description="Mine", api_bot_settings=SETTINGS)
    assert created.create_bot_status == "success"
    assert [e.status for e in poe_server.journal] == [201]
    assert poe_server.journal[0].path == "/bots"  # the API root, not /v1
    assert sent_key(poe_server, "POST") == SECRET
    with pytest.raises(ConflictError) as taken:
        await bots.create(handle="MyBot", api_bot_settings=SETTINGS)
    assert taken.value.status_code == 409 and SECRET not in str(taken.value)

    await bots.update("MyBot", api_bot_settings={"max_input_tokens": 4096})
    bot = await bots.retrieve("MyBot")
    settings = bot.api_bot_settings
    assert settings is not None and settings.api_key is None  # never read back
    assert (settings.model_name_, settings.max_input_tokens) == ("my-model", 4096)  # merged
    assert settings.pricing is not None and settings.pricing.completion == "0.000004"
    assert SECRET not in bot.to_json()

    await bots.replace("MyBot", description="Replaced")
    replaced = await bots.retrieve("MyBot")
    assert (replaced.description, replaced.api_bot_settings) == ("Replaced", None)
    assert [bot.handle async for bot in bots.list()] == ["MyBot"]

    assert await bots.delete("MyBot") is None
    assert poe_server.journal[-1].status == 204
    with pytest.raises(NotFoundError, match="MyBot"):
        await bots.retrieve("MyBot")
    with pytest.raises(NotFoundError):
        await bots.update("MyBot", description="gone")
    assert (await bots.list()).data == []


@pytest.mark.anyio
async def test_replace_creates_an_unknown_bot(async_poe_client: AsyncPoeClient) -> None:
    reply = await async_poe_client.bots.with_raw_response.replace(
        "Fresh", description="New", api_bot_settings=SETTINGS
    )
    assert reply.status_code == 201
    assert reply.parse().create_bot_status == "success"
    fresh = await async_poe_client.bots.retrieve("Fresh")
    assert fresh.description == "New" and fresh.is_private is True


@pytest.mark.anyio
async def test_the_server_refuses_what_the_spec_refuses(
    async_poe_client: AsyncPoeClient, poe_server: LocalServer
) -> None:
    # The SDK's own check passes (extra_body is not validated); the server's refuses.
    with pytest.raises(BadRequestError, match="handle"):
        await async_poe_client.bots.create(handle="X", extra_body={"handle": 7})
    assert poe_server.journal[-1].status == 400


def test_bots_crud_on_the_sync_facade(poe_client: PoeClient, poe_server: LocalServer) -> None:
    bots = poe_client.bots
    assert bots.create(handle="SyncBot", api_bot_settings=SETTINGS).create_bot_status == "success"
    with pytest.raises(ConflictError):
        bots.create(handle="SyncBot")
    bots.update("SyncBot", is_private=False, api_bot_settings={"api_key": SECRET + "-2"})
    assert sent_key(poe_server, "PATCH") == SECRET + "-2"
    bot = bots.retrieve("SyncBot")
    assert bot.is_private is False
    assert bot.api_bot_settings is not None and bot.api_bot_settings.model_name_ == "my-model"
    assert [b.handle for b in bots.list()] == ["SyncBot"]
    assert bots.delete("SyncBot") is None
    with pytest.raises(NotFoundError):
        bots.delete("SyncBot")
    assert list(bots.list()) == []
