# DO NOT EDIT: generated from openapi.yaml (sha256 097ecacc307f0264) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "097ecacc307f02648d0d079cbf0226dee1c0faa0ab19ee3d8ebc71eaae8c1812"
"""The sha256 of the OpenAPI document this package was generated from."""
