# DO NOT EDIT: generated from openapi.yaml (sha256 ed82894058e15e81) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "ed82894058e15e81c6015ca9b162add46ff7850f766829099110465a4ec88b82"
"""The sha256 of the OpenAPI document this package was generated from."""
