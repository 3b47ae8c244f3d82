"""The generator of ``poe_sdk._generated`` (see README.md; run ``generate.py``)."""
