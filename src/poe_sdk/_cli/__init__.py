"""The ``poe-sdk`` command line (also ``python -m poe_sdk``), one module per concern.

``main``: the parser, the entry point, ``chat`` and ``serve``, and how failures are reported;
``account``: ``models`` and ``usage``; ``bots``: the account's API bots; ``responses``:
``chat --responses``; ``video``: generate and download a video. See :mod:`poe_sdk._cli.main`.
"""
