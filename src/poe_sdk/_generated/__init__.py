# DO NOT EDIT: generated from openapi.yaml (sha256 2146eec78845c7de) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "2146eec78845c7de815b301093aa5e7dacf64a6535b9cbd2f26cb566268e0597"
"""The sha256 of the OpenAPI document this package was generated from."""
