"""``poe-sdk bots list|show|create|update|delete``: the account's API bots (Poe's Bots REST API).

``create`` and ``update`` take the bot's settings from flags and/or a JSON file
(``--from-file``, the request body: ``description``, ``is_private``, ``api_bot_settings``,
``parameter_controls``); a flag wins over the file, and ``api_bot_settings`` are merged key by
key. The key of your endpoint is never an argument (arguments are visible to other users): it
comes from the file or from the environment variable ``--endpoint-key-env`` names. Nothing
printed ever holds it: Poe does not return it, and the SDK drops it from replies and errors.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from .._generated.models import Bot
    from .._sync.client import PoeClient

__all__ = ["add_bots_commands", "bots_table", "settings_body"]

_API_TYPES = ("chat_completions_api", "responses_api")


def add_bots_commands(
    add_parser: Callable[..., argparse.ArgumentParser],
    positive_int: Callable[[str], int],
    add_connection_options: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Add ``bots`` and its sub-commands with ``add_parser`` (of the ``poe-sdk`` commands)."""
    bots = add_parser(
        "bots",
        help="list, show, create, update or delete your API bots",
        description=(
            "Manage the API bots of your account (Poe's Bots REST API at the API root, "
            "https://api.poe.com/bots): bots that Poe serves by calling your own Chat "
            "Completions or Responses endpoint."
        ),
    )
    commands = bots.add_subparsers(dest="bots_command", metavar="COMMAND", required=True)

    listing = commands.add_parser("list", help="list your bots (a table, or JSON)")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    add_connection_options(listing)
    listing.set_defaults(handler=_list)

    show = commands.add_parser("show", help="show one bot's settings")
    show.add_argument("handle", help="the bot's handle")
    show.add_argument("--json", action="store_true", help="print the bot as JSON")
    add_connection_options(show)
    show.set_defaults(handler=_show)

    create = commands.add_parser(
        "create",
        help="create a bot",
        description="Create a bot (a handle already taken is an error).",
    )
    create.add_argument("handle", help="the new bot's handle")
    _add_settings_options(create, positive_int)
    add_connection_options(create)
    create.set_defaults(handler=_create)

    update = commands.add_parser(
        "update",
        help="change some settings of a bot (or replace them all with --replace)",
        description=(
            "Change the settings given and keep the others (api_bot_settings are merged); "
            "with --replace, set the bot's settings to exactly those given (creating the bot "
            "if there is none)."
        ),
    )
    update.add_argument("handle", help="the bot's handle")
    update.add_argument(
        "--replace",
        action="store_true",
        help="replace every setting (PUT): those not given are cleared",
    )
    _add_settings_options(update, positive_int)
    add_connection_options(update)
    update.set_defaults(handler=_update)

    delete = commands.add_parser("delete", help="delete a bot, permanently")
    delete.add_argument("handle", help="the bot's handle")
    add_connection_options(delete)
    delete.set_defaults(handler=_delete)


def _add_settings_options(
    command: argparse.ArgumentParser, positive_int: Callable[[str], int]
) -> None:
    command.add_argument(
        "--from-file",
        metavar="PATH",
        help="a JSON object of settings (the request body; '-' reads stdin); flags win",
    )
    command.add_argument("--description", metavar="TEXT", help="what the bot does")
    private = command.add_mutually_exclusive_group()
    private.add_argument(
        "--private", dest="is_private", action="store_true", default=None, help="only you"
    )
    private.add_argument(
        "--public", dest="is_private", action="store_false", help="anyone on Poe may use it"
    )
    command.add_argument("--model-name", metavar="NAME", help="the model your endpoint serves")
    command.add_argument("--endpoint-url", metavar="URL", help="your endpoint's base URL")
    command.add_argument(
        "--endpoint-key-env",
        metavar="VAR",
        help="the environment variable holding your endpoint's API key (write-only)",
    )
    command.add_argument("--api-type", choices=_API_TYPES, help="the API your endpoint speaks")
    command.add_argument("--max-input-tokens", type=positive_int, metavar="N")
    command.add_argument("--context-size", type=positive_int, metavar="N")
    command.add_argument(
        "--input-modalities", metavar="LIST", help="comma-separated: text,image,video"
    )
    command.add_argument(
        "--prompt-price", metavar="USD", help="USD per input token, as a decimal string"
    )
    command.add_argument(
        "--completion-price", metavar="USD", help="USD per output token, as a decimal string"
    )
    command.add_argument("--json", action="store_true", help="print the server's reply as JSON")


def settings_body(
    args: argparse.Namespace, file_text: str | None, environ: dict[str, str]
) -> dict[str, Any]:
    """The request body the options describe: the file's object, then the flags over it."""
    from .main import EXIT_USAGE, CLIError

    body: dict[str, Any] = {}
    if file_text is not None:
        try:
            loaded: object = json.loads(file_text)
        except ValueError as exc:  # The message gives a position, never the content.
            raise CLIError(f"--from-file is not JSON: {exc}", EXIT_USAGE) from None
        if not isinstance(loaded, dict):
            raise CLIError("--from-file must hold a JSON object", EXIT_USAGE)
        body = cast("dict[str, Any]", loaded)
        body.pop("handle", None)  # the handle is the argument
    settings = body.get("api_bot_settings")
    if settings is None:
        settings = {}
    elif not isinstance(settings, dict):
        raise CLIError("--from-file: api_bot_settings must be a JSON object", EXIT_USAGE)
    settings = dict(cast("dict[str, Any]", settings))
    if args.description is not None:
        body["description"] = args.description
    if args.is_private is not None:
        body["is_private"] = args.is_private
    flags = {
        "model_name": args.model_name,
        "base_url": args.endpoint_url,
        "api_type": args.api_type,
        "max_input_tokens": args.max_input_tokens,
        "context_size": args.context_size,
    }
    settings.update({key: value for key, value in flags.items() if value is not None})
    if args.input_modalities is not None:
        settings["input_modalities"] = [m.strip() for m in args.input_modalities.split(",")]
    if args.endpoint_key_env is not None:
        key = environ.get(args.endpoint_key_env)
        if not key:
            raise CLIError(f"${args.endpoint_key_env} is not set or empty", EXIT_USAGE)
        settings["api_key"] = key
    prices = {"prompt": args.prompt_price, "completion": args.completion_price}
    if any(price is not None for price in prices.values()):
        pricing = settings.get("pricing")
        pricing = dict(cast("dict[str, Any]", pricing)) if isinstance(pricing, dict) else {}
        pricing.update({key: value for key, value in prices.items() if value is not None})
        settings["pricing"] = pricing
    if settings:
        body["api_bot_settings"] = settings
    return body


def _read_file(path: str | None) -> str | None:
    from .main import EXIT_USAGE, CLIError

    if path is None:
        return None
    try:
        if path == "-":
            return sys.stdin.read()
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CLIError(f"cannot read --from-file {path}: {exc}", EXIT_USAGE) from None


def _body(args: argparse.Namespace) -> dict[str, Any]:
    return settings_body(args, _read_file(args.from_file), dict(os.environ))


def _list(args: argparse.Namespace) -> int:
    from .account import with_client

    def run(client: PoeClient) -> None:
        page = client.bots.list()
        if args.json:
            print(page.reply.to_json())
        else:
            for line in bots_table(page.data):
                print(line)

    return with_client(args, run)


def _show(args: argparse.Namespace) -> int:
    from .account import with_client

    def run(client: PoeClient) -> None:
        bot = client.bots.retrieve(args.handle)
        if args.json:
            print(bot.to_json())
        else:
            for line in _bot_lines(bot):
                print(line)

    return with_client(args, run)


def _create(args: argparse.Namespace) -> int:
    from .account import with_client

    body = _body(args)

    def run(client: PoeClient) -> None:
        reply = client.bots.create(handle=args.handle, **body)
        print(reply.to_json(indent=None) if args.json else f"created {args.handle}")

    return with_client(args, run)


def _update(args: argparse.Namespace) -> int:
    from .account import with_client
    from .main import EXIT_USAGE, CLIError

    body = _body(args)
    if not body and not args.replace:
        raise CLIError("nothing to update: give a setting or --from-file", EXIT_USAGE)

    def run(client: PoeClient) -> None:
        if args.replace:
            reply = client.bots.replace(args.handle, **body)
        else:
            reply = client.bots.update(args.handle, **body)
        done = "replaced" if args.replace else "updated"
        print(reply.to_json(indent=None) if args.json else f"{done} {args.handle}")

    return with_client(args, run)


def _delete(args: argparse.Namespace) -> int:
    from .account import with_client

    def run(client: PoeClient) -> None:
        client.bots.delete(args.handle)
        print(f"deleted {args.handle}")

    return with_client(args, run)


_COLUMNS = ("HANDLE", "PRIVATE", "MODEL", "API", "ENDPOINT")


def bots_table(bots: Sequence[Bot]) -> list[str]:
    """The lines of the ``bots list`` table: a header, then a row per bot (``-`` for what the
    server did not say)."""
    rows = [_COLUMNS, *(_bot_row(bot) for bot in bots)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_COLUMNS))]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]


def _bot_row(bot: Bot) -> tuple[str, str, str, str, str]:
    # Read by attribute, as tolerantly read replies may hold other types.
    settings: object = bot.api_bot_settings
    private = bot.is_private
    return (
        bot.handle,
        "-" if not isinstance(private, bool) else ("yes" if private else "no"),
        _text(getattr(settings, "model_name_", None)),
        _text(getattr(settings, "api_type", None)),
        _text(getattr(settings, "base_url", None)),
    )


def _bot_lines(bot: Bot) -> list[str]:
    """``show``: one ``name: value`` line per setting the server reported."""
    shown = bot.to_dict()
    lines = [f"handle: {bot.handle}"]
    for key in ("description", "is_private"):
        if key in shown:
            lines.append(f"{key}: {_value(shown[key])}")
    settings = shown.get("api_bot_settings")
    if isinstance(settings, dict):
        for key, value in cast("dict[str, Any]", settings).items():
            lines.append(f"api_bot_settings.{key}: {_value(value)}")
    if "parameter_controls" in shown:
        lines.append(f"parameter_controls: {_value(shown['parameter_controls'])}")
    return lines


def _value(value: object) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _text(value: object) -> str:
    return value if isinstance(value, str) and value else "-"
