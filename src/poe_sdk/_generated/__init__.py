# DO NOT EDIT: generated from openapi.yaml (sha256 ac23569ba2b7c82c) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "ac23569ba2b7c82c945ef6ffecba853c877ac7ccfd7d1b0b7e600e3293b76222"
"""The sha256 of the OpenAPI document this package was generated from."""
