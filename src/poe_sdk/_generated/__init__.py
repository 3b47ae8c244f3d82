# DO NOT EDIT: generated from openapi.yaml (sha256 e216e9fb30ca0da3) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "e216e9fb30ca0da3879b48a612c3645a0361ae886f4cd28f1a3c5004b8983d83"
"""The sha256 of the OpenAPI document this package was generated from."""
