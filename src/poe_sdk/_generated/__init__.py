# DO NOT EDIT: generated from openapi.yaml (sha256 9d2eb5f889cd88fa) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "9d2eb5f889cd88fa0d258253098493f03db3a1f60e233a902044d9f1bd5482d4"
"""The sha256 of the OpenAPI document this package was generated from."""
