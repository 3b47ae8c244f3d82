# DO NOT EDIT: generated from openapi.yaml (sha256 2a208706cea5c999) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "2a208706cea5c999206f303987feea799b4ca19d4444905f28ec2dc81b76b2ad"
"""The sha256 of the OpenAPI document this package was generated from."""
