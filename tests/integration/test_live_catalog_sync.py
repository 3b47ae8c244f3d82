"""The model catalog without a key and media bots' attachments through the sync facade, over
loopback sockets (issue 24, items 4 and 5)."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

import poe_sdk
from poe_sdk import PoeClient
from poe_sdk.testing import DEFAULT_MODELS, LocalServer
from support import user


def test_a_client_without_a_key_lists_the_catalog(poe_server: LocalServer) -> None:
    with PoeClient(base_url=poe_server.base_url, strict_replies=True) as client:
        listed = client.models.list()
        with pytest.raises(poe_sdk.RequestValidationError, match="api_key"):
            client.usage.current_balance()
    assert [model.id for model in listed.data] == list(DEFAULT_MODELS)
    assert len(poe_server.journal) == 1
    pricing = listed.data[0].pricing
    assert pricing is not None and pricing.completion_decimal == Decimal("0.000013")


def test_a_media_bot_answers_with_a_video_that_downloads(poe_client: PoeClient) -> None:
    completion = poe_client.chat.completions.create(model="Veo-3", messages=user("waves"))
    [attachment] = completion.choices[0].message.attachments
    assert attachment.kind == "video"
    file = httpx.get(attachment.url, trust_env=False)
    assert (file.status_code, file.headers["content-type"]) == (200, "video/mp4")
