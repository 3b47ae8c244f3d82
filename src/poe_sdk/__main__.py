"""``python -m poe_sdk``: the ``poe-sdk`` command line (see :mod:`poe_sdk._cli.main`)."""

from __future__ import annotations

import sys

from ._cli.main import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
