# DO NOT EDIT: generated from openapi.yaml (sha256 6a2841cc61177c80) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "6a2841cc61177c80e1e74bce3f36273a8f1439f8e3bddbc42eecc1692a089d01"
"""The sha256 of the OpenAPI document this package was generated from."""
