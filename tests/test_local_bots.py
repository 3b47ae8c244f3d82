"""The local server's bots (poe_sdk.testing._bots, no I/O) and its /bots routes' refusals
(issue 24 item 3)."""

from __future__ import annotations

import httpx
import pytest

from poe_sdk.testing import LocalServer
from poe_sdk.testing._bots import BotError, BotStore

KEY = "sk-local-bots-test"


def test_the_store_keeps_the_key_and_never_shows_it() -> None:
    store = BotStore()
    store.create({"handle": "B", "api_bot_settings": {"model_name": "m", "api_key": "sk-x"}})
    shown = store.get("B")
    assert shown == {
        "handle": "B",
        "description": "",
        "is_private": True,
        "api_bot_settings": {"model_name": "m"},
    }
    shown["api_bot_settings"]["model_name"] = "changed"  # a copy: the store is unchanged
    assert store.list() == [{**shown, "api_bot_settings": {"model_name": "m"}}]
    with pytest.raises(BotError, match="already exists") as taken:
        store.create({"handle": "B"})
    assert taken.value.status == 409


def test_update_merges_the_settings_and_replace_sets_them_whole() -> None:
    store = BotStore()
    store.create({"handle": "B", "api_bot_settings": {"model_name": "m", "context_size": 8}})
    store.update("B", {"description": "d", "api_bot_settings": {"context_size": 16}})
    assert store.get("B")["api_bot_settings"] == {"model_name": "m", "context_size": 16}
    assert store.replace("B", {"is_private": False}) is False  # replaced, not created
    assert store.get("B") == {"handle": "B", "description": "", "is_private": False}
    assert store.replace("New", {}) is True
    store.delete("New")
    for call in (lambda: store.get("New"), lambda: store.delete("New")):
        with pytest.raises(BotError, match="New") as missing:
            call()
        assert missing.value.status == 404
    with pytest.raises(BotError):
        store.update("New", {})
    store.clear()
    assert store.list() == []


def test_the_routes_refuse_a_bad_body_and_other_methods() -> None:
    with LocalServer(api_key=KEY) as server:
        root = server.base_url.removesuffix("/v1")
        headers = {"authorization": f"Bearer {KEY}"}
        with httpx.Client(base_url=root, headers=headers, trust_env=False) as http:
            missing = http.post("/bots", json={"description": "no handle"})
            wrong = http.patch("/bots/B", json={"api_bot_settings": {"api_type": "soap"}})
            method = http.post("/bots/B", json={})
            anonymous = http.get("/bots", headers={"authorization": ""})
    assert missing.status_code == 400 and missing.json()["error"]["param"] == "handle"
    assert wrong.status_code == 400
    assert wrong.json()["error"]["param"] == "api_bot_settings.api_type"
    assert method.status_code == 405 and "PATCH" in method.headers["allow"]
    assert anonymous.status_code == 401
