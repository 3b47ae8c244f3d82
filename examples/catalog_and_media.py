"""The model catalog without a key, its exact prices, and a media bot's attachments."""

from poe_sdk import PoeClient


def main() -> None:
    """Print two models' input prices exactly, then ask a video bot for a clip."""
    with PoeClient() as client:  # POE_API_KEY and POE_BASE_URL from the environment
        shown = 0
        for model in client.models.list():  # GET /v1/models works without a key too
            price = model.pricing.prompt_decimal if model.pricing else None
            if price is not None and shown < 2:
                shown += 1
                print(f"{model.id}: {(price * 1_000_000).normalize()} USD per million input tokens")

        reply = client.chat.completions.create(
            model="Veo-3", messages=[{"role": "user", "content": "Waves at dusk"}]
        )
        for attachment in reply.choices[0].message.attachments:
            print(f"{attachment.kind}: {attachment.filename} at {attachment.url}")


if __name__ == "__main__":
    main()
