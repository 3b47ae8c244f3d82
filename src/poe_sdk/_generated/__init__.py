# DO NOT EDIT: generated from openapi.yaml (sha256 0073c6f004c8d12c) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "0073c6f004c8d12c9602d1d2c581838f95f2cfa284cd2b9aae42bc531ff1bf04"
"""The sha256 of the OpenAPI document this package was generated from."""
