# DO NOT EDIT: generated from openapi.yaml (sha256 50ff854c859bf859) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "50ff854c859bf8598017b371ee5fb8160d5cc8a5a719883b97c8ef04f2c095a5"
"""The sha256 of the OpenAPI document this package was generated from."""
