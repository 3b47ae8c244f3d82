"""The model catalog without a key and media bots' attachments, over loopback sockets on
asyncio and trio (issue 24, items 4 and 5)."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

import poe_sdk
from poe_sdk import AsyncPoeClient
from poe_sdk.testing import DEFAULT_MODELS, LocalServer
from support import user

pytestmark = pytest.mark.anyio


async def test_a_client_without_a_key_lists_the_catalog(poe_server: LocalServer) -> None:
    async with AsyncPoeClient(base_url=poe_server.base_url, strict_replies=True) as client:
        listed = await client.models.list()
        with pytest.raises(poe_sdk.RequestValidationError, match="api_key"):
            await client.chat.completions.create(model="GPT-5", messages=user("hi"))
    assert [model.id for model in listed.data] == list(DEFAULT_MODELS)
    [entry] = poe_server.journal  # the refused call sent nothing
    assert "authorization" not in entry.headers
    sonnet = listed.data[0]
    assert sonnet.pricing is not None and sonnet.pricing.prompt_decimal == Decimal("0.0000026")
    assert sonnet.context_window is not None and sonnet.context_window.context_length == 200_000
    assert sonnet.reasoning is not None and sonnet.reasoning.supports_reasoning_effort
    assert sonnet.parameters is not None and sonnet.parameters[0].schema_ == {
        "type": "integer",
        "minimum": 0,
        "maximum": 31_999,
    }
    veo = next(model for model in listed.data if model.id == "Veo-3")
    assert veo.architecture is not None and veo.architecture.output_modalities == ["video"]
    assert veo.pricing is not None and veo.pricing.request_decimal == Decimal("0.04")


@pytest.mark.parametrize(
    ("model", "kind", "media_type"),
    [
        ("GPT-Image-1", "image", "image/png"),
        ("Veo-3", "video", "video/mp4"),
        ("ElevenLabs-v3", "audio", "audio/mpeg"),
    ],
)
async def test_media_bots_answer_with_attachments_that_download(
    async_poe_client: AsyncPoeClient, model: str, kind: str, media_type: str
) -> None:
    completion = await async_poe_client.chat.completions.create(
        model=model, messages=user("a lighthouse at dusk")
    )
    [attachment] = completion.choices[0].message.attachments
    assert attachment.kind == kind
    assert attachment.url.startswith("http://127.0.0.1:")
    assert attachment.filename is not None and attachment.url.endswith(attachment.filename)
    async with httpx.AsyncClient(trust_env=False) as http:
        file = await http.get(attachment.url)
    assert file.status_code == 200
    assert file.headers["content-type"] == media_type


async def test_streamed_media_replies_have_attachments_too(
    async_poe_client: AsyncPoeClient,
) -> None:
    stream = await async_poe_client.chat.completions.create(
        model="GPT-Image-1", messages=user("a red fox"), stream=True
    )
    final = await stream.get_final_completion()
    [attachment] = final.choices[0].message.attachments
    assert (attachment.kind, attachment.label) == ("image", "image")


async def test_text_bots_have_no_attachments(async_poe_client: AsyncPoeClient) -> None:
    completion = await async_poe_client.chat.completions.create(
        model="GPT-5", messages=user("see https://example.com/about")
    )
    assert completion.choices[0].message.attachments == []
