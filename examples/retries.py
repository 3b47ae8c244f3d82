"""Retries made visible: the raw response says how many were needed, and what limits apply."""

import logging
import sys

from poe_sdk import PoeClient


def show_retry_logs() -> None:
    """Print the SDK's INFO logs (one line per retry) to stdout."""
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("  [%(name)s] %(message)s"))
    logger = logging.getLogger("poe_sdk")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def main() -> None:
    """Make a call that may be rate limited and report how it went."""
    show_retry_logs()
    with PoeClient() as client:
        raw = client.chat.completions.with_raw_response.create(
            model="Claude-Sonnet-4",
            messages=[{"role": "user", "content": "Are you there?"}],
        )
        retries = "1 retry" if raw.retries_taken == 1 else f"{raw.retries_taken} retries"
        print(f"status {raw.status_code} after {retries}, request id {raw.request_id}")
        print(f"rate limit: {raw.rate_limit}")
        print(raw.parse().choices[0].message.content)


if __name__ == "__main__":
    main()
