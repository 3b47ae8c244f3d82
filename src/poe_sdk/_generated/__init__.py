# DO NOT EDIT: generated from openapi.yaml (sha256 5e78c89da198ad56) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "5e78c89da198ad568c8c37afc862653510879412b61ccdebce3bd83d165e4b00"
"""The sha256 of the OpenAPI document this package was generated from."""
