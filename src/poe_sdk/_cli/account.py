"""``poe-sdk models`` and ``poe-sdk usage [--history [--limit N]]``: the account commands.

They share the connection options of ``chat`` (``--base-url``, ``--api-key``, ``--timeout``,
``--max-retries``) and print a table or one line per item, or JSON with ``--json``. ``models``
needs no API key (Poe lists its models to anyone).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from decimal import Decimal
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from .._generated.models import Model, PointsHistoryEntry
    from .._sync.client import PoeClient

__all__ = ["add_account_commands"]

_PAGE_MAX = 100


def add_account_commands(
    add_parser: Callable[..., argparse.ArgumentParser],
    positive_int: Callable[[str], int],
    add_connection_options: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Add ``models`` and ``usage`` with ``add_parser`` (of the ``poe-sdk`` sub-commands)."""
    models = add_parser(
        "models",
        help="list the models (bots) the server offers",
        description=(
            "List the models (bots) the server offers: a table of their owner, modalities, "
            "context window and prices (USD per million tokens). Needs no API key."
        ),
    )
    shown = models.add_mutually_exclusive_group()
    shown.add_argument("--json", action="store_true", help="print the whole list as JSON")
    shown.add_argument("--names", action="store_true", help="print only the names, one a line")
    add_connection_options(models)
    models.set_defaults(handler=_models)

    usage = add_parser(
        "usage",
        help="show the account's point balance, or its points history",
        description=(
            "Show the account's current point balance; with --history, the points spent "
            "in the last 30 days, newest first."
        ),
    )
    usage.add_argument("--history", action="store_true", help="list the points history")
    usage.add_argument(
        "--limit",
        type=positive_int,
        metavar="N",
        help="with --history: show the N newest entries (default 20), across pages",
    )
    usage.add_argument("--json", action="store_true", help="print JSON (one object per line)")
    add_connection_options(usage)
    usage.set_defaults(handler=_usage)


def _models(args: argparse.Namespace) -> int:
    def run(client: PoeClient) -> None:
        listed = client.models.list()
        if args.json:
            print(listed.reply.to_json())
        elif args.names:
            for model in listed.data:
                print(model.id)
        else:
            for line in models_table(listed.data):
                print(line)

    return with_client(args, run, key_required=False)


_MODEL_COLUMNS = ("MODEL", "OWNER", "INPUT -> OUTPUT", "CONTEXT", "$/M IN", "$/M OUT")
_PER_MILLION = Decimal(1_000_000)


def models_table(models: Sequence[Model]) -> list[str]:
    """The lines of the ``models`` table: a header, then a row per model (``-`` for what the
    server did not say). Prices are per million tokens, computed exactly from the strings."""
    rows = [_MODEL_COLUMNS, *(_model_row(model) for model in models)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_MODEL_COLUMNS))]
    return [
        "  ".join(
            cell.rjust(width) if i >= 3 else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]


def _model_row(model: Model) -> tuple[str, str, str, str, str, str]:
    # Read as the mixins do, by attribute: a tolerantly read entry may hold wrong types.
    architecture: object = model.architecture
    inputs = _names(getattr(architecture, "input_modalities", None))
    outputs = _names(getattr(architecture, "output_modalities", None))
    modalities = f"{inputs or '?'} -> {outputs or '?'}" if inputs or outputs else "-"
    context: object = getattr(model.context_window, "context_length", None)
    if not isinstance(context, int):
        context = model.context_length
    pricing: object = model.pricing
    return (
        model.id,
        model.owned_by if isinstance(model.owned_by, str) and model.owned_by else "-",
        modalities,
        f"{context:,}" if isinstance(context, int) and not isinstance(context, bool) else "-",
        _per_million(getattr(pricing, "prompt_decimal", None)),
        _per_million(getattr(pricing, "completion_decimal", None)),
    )


def _names(values: object) -> str:
    if not isinstance(values, list):
        return ""
    return ",".join(str(value) for value in cast("list[object]", values))


def _per_million(price: object) -> str:
    if not isinstance(price, Decimal):
        return "-"
    return f"{(price * _PER_MILLION).normalize():f}"


def _usage(args: argparse.Namespace) -> int:
    from .main import EXIT_USAGE, CLIError

    if args.limit is not None and not args.history:
        raise CLIError("--limit needs --history", EXIT_USAGE)

    def run(client: PoeClient) -> None:
        if not args.history:
            balance = client.usage.current_balance()
            if args.json:
                print(balance.to_json(indent=None))
            else:
                print(f"{balance.current_point_balance:,} points")
            return
        wanted: int | None = args.limit
        page = client.usage.points_history(limit=min(wanted, _PAGE_MAX) if wanted else None)
        # Without --limit, the first page; with it, the N newest entries across pages.
        entries = page.data if wanted is None else itertools.islice(page, wanted)
        for entry in entries:
            print(entry.to_json(indent=None) if args.json else _history_line(entry))

    return with_client(args, run)


def _history_line(entry: PointsHistoryEntry) -> str:
    when = "-"
    if entry.creation_time is not None:
        moment = datetime.fromtimestamp(entry.creation_time / 1_000_000, tz=timezone.utc)
        when = moment.strftime("%Y-%m-%d %H:%M:%S")
    points = "-" if entry.cost_points is None else f"{entry.cost_points:,}"
    return "  ".join(
        [
            when,
            f"{points:>8} points",
            str(entry.usage_type or "-"),
            entry.bot_name or "-",
            entry.query_id,
        ]
    )


def with_client(
    args: argparse.Namespace, run: Callable[[PoeClient], None], *, key_required: bool = True
) -> int:
    """Run ``run`` with a client built from the options; errors become one-line CLIErrors."""
    from .._exceptions import PoeError
    from .main import EXIT_OK, api_failure, connection, make_client

    api_key, base_url = connection(args, key_required=key_required)
    try:
        with make_client(args, api_key, base_url) as client:
            run(client)
    except PoeError as exc:
        raise api_failure(exc, args, api_key, base_url) from None
    sys.stdout.flush()
    return EXIT_OK
