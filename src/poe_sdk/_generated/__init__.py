# DO NOT EDIT: generated from openapi.yaml (sha256 91f83902f11faec9) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "91f83902f11faec9b598a16ab2e1c7e86ef6d1e008066926fd9c4f4bdc65f22d"
"""The sha256 of the OpenAPI document this package was generated from."""
