# DO NOT EDIT: generated from openapi.yaml (sha256 c8922c630b3f5146) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "c8922c630b3f51469b1b95f48c015668709f063f15328155647fb8b422070737"
"""The sha256 of the OpenAPI document this package was generated from."""
