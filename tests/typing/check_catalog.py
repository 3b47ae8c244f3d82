"""Typing assertions for the model catalog, its Decimal prices, keyless clients and message
attachments (issue 24); never run."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from typing_extensions import assert_type

from poe_sdk import AsyncPoeClient, Attachment, AttachmentKind, PoeClient, find_attachments
from poe_sdk.types import (
    ModelArchitecture,
    ModelContextWindow,
    ModelParameter,
    ModelPricing,
    ModelReasoning,
)


async def async_catalog() -> None:
    async with AsyncPoeClient() as client:  # no key: the catalog needs none
        assert_type(client.api_key, str | None)
        listed = await client.models.list()
        for model in listed.data:
            assert_type(model.description, str | None)
            assert_type(model.architecture, ModelArchitecture | None)
            assert_type(model.supported_endpoints, list[str] | None)
            assert_type(model.supported_features, list[str] | None)
            assert_type(model.context_window, ModelContextWindow | None)
            assert_type(model.reasoning, ModelReasoning | None)
            assert_type(model.parameters, list[ModelParameter] | None)
            pricing = model.pricing
            assert_type(pricing, ModelPricing | None)
            if pricing is not None:
                assert_type(pricing.prompt, str | None)
                assert_type(pricing.prompt_decimal, Decimal | None)
                assert_type(pricing.completion_decimal, Decimal | None)
                assert_type(pricing.request_decimal, Decimal | None)
                assert_type(pricing.decimals(), dict[str, Decimal])
                pricing.prompt_decimal = Decimal(1)  # type: ignore[misc]  # pyright: ignore[reportAttributeAccessIssue]
            for parameter in model.parameters or []:
                assert_type(parameter.name, str)
                assert_type(parameter.schema_, dict[str, Any] | None)


def sync_attachments(client: PoeClient) -> None:
    completion = client.chat.completions.create(
        model="GPT-Image-1", messages=[{"role": "user", "content": "a fox"}]
    )
    attachments = completion.choices[0].message.attachments
    assert_type(attachments, list[Attachment])
    for attachment in attachments:
        assert_type(attachment.url, str)
        assert_type(attachment.kind, Literal["image", "video", "audio", "file"])
        assert_type(attachment.filename, str | None)
        assert_type(attachment.label, str | None)
    kind: AttachmentKind = "video"
    assert_type(find_attachments("![x](https://a.example/x.png)"), list[Attachment])
    assert_type(find_attachments(None), list[Attachment])
    attachments[0].url = "x"  # type: ignore[misc]  # pyright: ignore[reportAttributeAccessIssue]
    del kind
