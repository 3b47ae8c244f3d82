# DO NOT EDIT: generated from openapi.yaml (sha256 426e159ba3197aa0) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "426e159ba3197aa022ff672c94acee0e7c6e9a3493aed69c156e9ae1d62b6c9f"
"""The sha256 of the OpenAPI document this package was generated from."""
