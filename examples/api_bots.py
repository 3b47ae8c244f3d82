"""API bots: create one that Poe serves from your own endpoint, change it, read it, delete it."""

import os

from poe_sdk import ConflictError, PoeClient


def main() -> None:
    """The Bots REST API (``client.bots``) with the sync client."""
    with PoeClient() as client:  # POE_API_KEY and POE_BASE_URL from the environment
        client.bots.create(
            handle="DemoBot",
            description="My model on Poe",
            api_bot_settings={
                "model_name": "my-model",
                "base_url": "https://api.example.com/v1",
                "api_key": os.environ.get("MY_ENDPOINT_KEY", "sk-my-endpoint"),  # write-only
                "pricing": {"prompt": "0.000001", "completion": "0.000004"},
            },
        )
        client.bots.update("DemoBot", api_bot_settings={"max_input_tokens": 128_000})
        bot = client.bots.retrieve("DemoBot")
        settings = bot.api_bot_settings
        if settings is not None:
            key = "never read back" if settings.api_key is None else "read back?!"
            print(f"bot {bot.handle}: {settings.model_name_}, {settings.max_input_tokens:,}")
            print(f"its endpoint key: {key}")
        try:
            client.bots.create(handle="DemoBot")
        except ConflictError as exc:
            print(f"create again: {exc.status_code}, the handle is taken")
        client.bots.delete("DemoBot")
        print(f"bots left: {[b.handle for b in client.bots.list()]}")


if __name__ == "__main__":
    main()
