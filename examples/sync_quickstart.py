"""Poe's quickstart example: one chat completion with ``PoeClient``."""

import os

from poe_sdk import PoeClient


def main() -> None:
    """Ask a question and print the answer."""
    client = PoeClient(api_key=os.environ["POE_API_KEY"])

    resp = client.chat.completions.create(
        model="Claude-Sonnet-4",
        messages=[{"role": "user", "content": "Top 3 things to do in NYC?"}],
    )

    print(resp.choices[0].message.content)
    client.close()


if __name__ == "__main__":
    main()
