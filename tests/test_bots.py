"""client.bots (Poe's Bots REST API, issue 24 item 3) with respx: the API root outside
``/v1``, the methods and statuses, typed errors, and the write-only ``api_key`` kept out of
replies, reprs, JSON, pickles, logs and errors."""

from __future__ import annotations

import json
import logging
import pickle
from collections.abc import Iterator

import httpx
import pytest
import respx

from poe_sdk import (
    AsyncPoeClient,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PoeClient,
    RequestValidationError,
)
from poe_sdk.types import ApiBotSettingsInput, ApiBotSettingsInputParam, Bot
from support import API_KEY, BASE_URL

ROOT = BASE_URL.removesuffix("/v1")
SECRET = "sk-endpoint-key-4f9a2c77e1"  # the bot's key for the user's own endpoint
SETTINGS: ApiBotSettingsInputParam = {
    "model_name": "my-model",
    "base_url": "https://api.example.com/v1",
    "api_key": SECRET,
    "input_modalities": ["text", "image"],
    "param_definitions": [{"param_name": "style", "param_dest": "extra_body"}],
    "pricing": {"prompt": "0.000001", "completion": "0.000004"},
}
# What a careless server could send back: the key echoed in the bot it reports.
ECHOED_BOT = {
    "handle": "MyBot",
    "description": "Mine",
    "is_private": True,
    "api_bot_settings": {**SETTINGS, "api_type": "chat_completions_api"},
    "parameter_controls": {
        "api_version": "2",
        "sections": [
            {
                "name": "Style",
                "controls": [
                    {
                        "control": "drop_down",
                        "label": "Style",
                        "parameter_name": "style",
                        "default_value": "plain",
                        "options": [{"name": "Plain", "value": "plain"}],
                    }
                ],
            }
        ],
    },
}


@pytest.fixture
def bots() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=ROOT, assert_all_called=False) as mock:
        mock.get("/bots").respond(json={"bots": [ECHOED_BOT]})
        mock.post("/bots").respond(201, json={"create_bot_status": "success"})
        mock.get("/bots/MyBot").respond(json=ECHOED_BOT)
        mock.patch("/bots/MyBot").respond(json={"update_bot_status": "success"})
        mock.put("/bots/MyBot").respond(json={"update_bot_status": "success"})
        mock.delete("/bots/MyBot").respond(204)
        yield mock


def sent(mock: respx.MockRouter, index: int = -1) -> httpx.Request:
    return mock.calls[index].request


@pytest.mark.anyio
async def test_each_method_sends_its_verb_to_the_api_root(bots: respx.MockRouter) -> None:
    async with AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        created = await client.bots.create(
            handle="MyBot", description="Mine", api_bot_settings=SETTINGS
        )
        page = await client.bots.list()
        handles = [bot.handle async for bot in client.bots.list()]
        bot = await client.bots.retrieve("MyBot")
        updated = await client.bots.update("MyBot", api_bot_settings={"max_input_tokens": 4096})
        replaced = await client.bots.replace("MyBot", description="Again", is_private=False)
        deleted = await client.bots.delete("MyBot")
    assert created.create_bot_status == "success"
    assert [b.handle for b in page.data] == handles == ["MyBot"]
    assert page.reply.bots[0].handle == "MyBot"
    assert isinstance(bot, Bot) and bot.api_bot_settings is not None
    assert bot.api_bot_settings.pricing is not None
    assert bot.api_bot_settings.pricing.prompt == "0.000001"
    assert bot.api_bot_settings.param_definitions is not None
    assert bot.api_bot_settings.param_definitions[0].param_dest == "extra_body"
    assert bot.parameter_controls is not None
    [control] = bot.parameter_controls.sections[0].controls or []
    assert control.options is not None and control.options[0].value == "plain"
    assert updated.model_dump()["update_bot_status"] == "success"  # unknown keys are kept
    assert replaced is not None and deleted is None
    verbs = [(c.request.method, str(c.request.url)) for c in bots.calls]
    assert verbs == [
        ("POST", f"{ROOT}/bots"),
        ("GET", f"{ROOT}/bots"),
        ("GET", f"{ROOT}/bots"),
        ("GET", f"{ROOT}/bots/MyBot"),
        ("PATCH", f"{ROOT}/bots/MyBot"),
        ("PUT", f"{ROOT}/bots/MyBot"),
        ("DELETE", f"{ROOT}/bots/MyBot"),
    ]
    assert json.loads(sent(bots, 0).content)["api_bot_settings"]["api_key"] == SECRET
    assert json.loads(sent(bots, 4).content) == {"api_bot_settings": {"max_input_tokens": 4096}}
    assert json.loads(sent(bots, 5).content) == {"description": "Again", "is_private": False}
    assert sent(bots).content == b""


@pytest.mark.parametrize(
    ("base_url", "overrides", "expected"),
    [
        ("https://api.poe.com/v1", None, "https://api.poe.com/bots"),
        ("http://127.0.0.1:8080/v1", None, "http://127.0.0.1:8080/bots"),
        ("https://gateway.example/poe/v1", None, "https://gateway.example/poe/bots"),
        ("https://gateway.example/openai", None, "https://gateway.example/bots"),
        (
            "https://gateway.example/poe/v1",
            {"https://api.poe.com": "https://admin.example/poe"},
            "https://admin.example/poe/bots",
        ),
    ],
)
def test_the_bots_url_follows_the_base_url_rule(
    base_url: str, overrides: dict[str, str] | None, expected: str
) -> None:
    with respx.mock(assert_all_called=True) as mock:
        route = mock.get(expected).respond(json={"bots": []})
        with PoeClient(api_key=API_KEY, base_url=base_url, server_urls=overrides) as client:
            assert client.bots.list().data == []
    assert route.called


def test_an_echoed_api_key_is_dropped_from_the_reply(bots: respx.MockRouter) -> None:
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        bot = client.bots.retrieve("MyBot")
        [listed] = client.bots.list()
    for reply in (bot, listed):
        settings = reply.api_bot_settings
        assert settings is not None and settings.api_key is None
        assert settings.model_name_ == "my-model"
        for shown in (repr(reply), str(reply), reply.to_json(), json.dumps(reply.to_dict())):
            assert SECRET not in shown
        assert SECRET.encode() not in pickle.dumps(reply)
        assert "api_key" not in reply.model_dump(exclude_unset=True)["api_bot_settings"]


def test_the_settings_model_never_shows_its_key() -> None:
    settings = ApiBotSettingsInput(model_name="m", api_key=SECRET)
    assert settings.api_key == SECRET  # sent as given
    assert SECRET not in repr(settings) and SECRET not in str(settings)


@pytest.mark.parametrize(
    "settings",
    [
        {"api_key": 123456789, "model_name": "m"},  # the secret itself is the wrong type
        "sk-endpoint-key-4f9a2c77e1",  # the whole object, holding the secret, is wrong
        {"api_key": SECRET, "api_type": "soap"},  # another field is wrong
    ],
)
def test_a_refused_argument_never_shows_the_key(settings: object) -> None:
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        with pytest.raises(RequestValidationError, match="api_bot_settings") as caught:
            client.bots.create(handle="MyBot", api_bot_settings=settings)  # type: ignore[arg-type]
    assert SECRET not in str(caught.value) and "123456789" not in str(caught.value)
    assert SECRET not in repr(caught.value.errors)


@pytest.mark.parametrize(
    ("status", "error"),
    [(400, BadRequestError), (404, NotFoundError), (409, ConflictError)],
)
def test_an_error_echoing_the_body_is_typed_and_redacted(
    status: int, error: type[Exception]
) -> None:
    body = {"handle": "MyBot", "api_bot_settings": {"api_key": SECRET}}
    echo = {"error": {"message": f"Refused {json.dumps(body)}", "type": "invalid_request_error"}}
    with respx.mock(base_url=ROOT) as mock:
        mock.post("/bots").respond(status, json=echo)
        mock.patch("/bots/MyBot").respond(status, json=echo)
        with PoeClient(api_key=API_KEY, base_url=BASE_URL, max_retries=0) as client:
            with pytest.raises(error) as created:
                client.bots.create(**body)  # type: ignore[arg-type]
            with pytest.raises(error) as updated:
                client.bots.update("MyBot", api_bot_settings={"api_key": SECRET})
    for caught in (created.value, updated.value):
        assert "Refused" in str(caught)
        assert SECRET not in str(caught) and SECRET not in repr(caught.args)
        assert SECRET not in json.dumps(getattr(caught, "body", None))
        response: httpx.Response = getattr(caught, "response")  # noqa: B009
        assert SECRET not in response.text
        assert SECRET.encode() not in pickle.dumps(caught)


def test_debug_logs_never_hold_the_key(caplog: pytest.LogCaptureFixture) -> None:
    echo = {"error": {"message": f"upstream said {SECRET}"}}
    with respx.mock(base_url=ROOT) as mock:
        mock.post("/bots").mock(
            side_effect=[
                httpx.Response(500, json=echo),
                httpx.Response(201, json={"create_bot_status": "success"}),
            ]
        )
        with caplog.at_level(logging.DEBUG):
            with PoeClient(api_key=API_KEY, base_url=BASE_URL, max_retries=1) as client:
                client.with_options(timeout=5).bots.create(
                    handle="MyBot", api_bot_settings=SETTINGS
                )
    assert "/bots" in caplog.text  # the calls were logged ...
    assert SECRET not in caplog.text  # ... never the key they carried
    assert API_KEY not in caplog.text


@pytest.mark.parametrize(
    "reply",
    [httpx.Response(204), httpx.Response(200, json={"delete_bot_status": "success"})],
)
def test_delete_returns_none_whatever_the_success_reply(reply: httpx.Response) -> None:
    with respx.mock(base_url=ROOT) as mock:
        mock.delete("/bots/MyBot").mock(return_value=reply)
        with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
            assert client.bots.delete("MyBot") is None


def test_a_handle_is_one_path_segment(bots: respx.MockRouter) -> None:
    with respx.mock(base_url=ROOT) as mock:
        route = mock.get(url__regex=r"/bots/.+").respond(json={"handle": "a/b"})
        with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
            client.bots.retrieve("a/b")
            with pytest.raises(RequestValidationError, match="handle"):
                client.bots.retrieve("")
    assert route.calls.last.request.url.raw_path == b"/bots/a%2Fb"
