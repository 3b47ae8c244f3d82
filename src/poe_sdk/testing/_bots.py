"""The local server's API bots: Poe's Bots REST API (``/bots``) in memory, without I/O.

Create answers 201 ``{"create_bot_status": "success"}`` and 409 for a handle already taken;
an unknown handle is 404; update merges ``api_bot_settings`` into the bot's, replace sets
them whole (and creates an unknown bot, 201); delete answers 204. A bot's
``api_bot_settings.api_key`` is kept but never returned, as on Poe.
"""

from __future__ import annotations

import copy
import threading
from typing import Any, cast

__all__ = ["BotError", "BotStore"]


class BotError(Exception):
    """A request the store refuses: ``status`` (404, 409) and a message naming the handle."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


_WRITE_ONLY_KEY = "api_key"  # the write-only setting, never served


class BotStore:
    """The account's bots by handle, in creation order (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._bots: dict[str, dict[str, Any]] = {}

    def list(self) -> list[dict[str, Any]]:
        """Every bot as Poe reports it (no ``api_key``)."""
        with self._lock:
            return [_shown(bot) for bot in self._bots.values()]

    def get(self, handle: str) -> dict[str, Any]:
        """The bot ``handle`` as Poe reports it; ``BotError`` 404 if there is none."""
        with self._lock:
            return _shown(self._find(handle))

    def create(self, body: dict[str, Any]) -> None:
        """``POST /bots``: a new bot; ``BotError`` 409 if its handle is taken."""
        handle = str(body["handle"])
        with self._lock:
            if handle in self._bots:
                raise BotError(409, f"Bot {handle} already exists")
            self._bots[handle] = _new_bot(handle, body)

    def update(self, handle: str, body: dict[str, Any]) -> None:
        """``PATCH /bots/{handle}``: the fields given replace the bot's; ``api_bot_settings``
        is merged key by key."""
        with self._lock:
            bot = self._find(handle)
            for key, value in copy.deepcopy(body).items():
                if key == "api_bot_settings" and isinstance(value, dict):
                    bot.setdefault("api_bot_settings", {}).update(value)
                else:
                    bot[key] = value

    def replace(self, handle: str, body: dict[str, Any]) -> bool:
        """``PUT /bots/{handle}``: the bot's settings replaced whole, or a new bot (``True``)."""
        with self._lock:
            created = handle not in self._bots
            self._bots[handle] = _new_bot(handle, body)
            return created

    def delete(self, handle: str) -> None:
        """``DELETE /bots/{handle}``; ``BotError`` 404 if there is no such bot."""
        with self._lock:
            self._find(handle)
            del self._bots[handle]

    def clear(self) -> None:
        """Forget every bot."""
        with self._lock:
            self._bots.clear()

    def _find(self, handle: str) -> dict[str, Any]:
        bot = self._bots.get(handle)
        if bot is None:
            raise BotError(404, f"Bot {handle} does not exist or access denied")
        return bot


def _new_bot(handle: str, body: dict[str, Any]) -> dict[str, Any]:
    fields = copy.deepcopy(body)
    fields.pop("handle", None)
    return {"handle": handle, "description": "", "is_private": True, **fields}


def _shown(bot: dict[str, Any]) -> dict[str, Any]:
    """A copy without the write-only ``api_key``."""
    shown = copy.deepcopy(bot)
    settings: object = shown.get("api_bot_settings")
    if isinstance(settings, dict):
        cast("dict[str, Any]", settings).pop(_WRITE_ONLY_KEY, None)
    return shown
