# DO NOT EDIT: generated from openapi.yaml (sha256 9f16db30d2ae3b3f) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "9f16db30d2ae3b3f71f52fe351a0dff0656760e620160a318b7ab89a9c9e142a"
"""The sha256 of the OpenAPI document this package was generated from."""
