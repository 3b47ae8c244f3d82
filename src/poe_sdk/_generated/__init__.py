# DO NOT EDIT: generated from openapi.yaml (sha256 d4d193692776a069) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "d4d193692776a0692db636edaeef38730138907a833040957e37b50c2939cb9b"
"""The sha256 of the OpenAPI document this package was generated from."""
