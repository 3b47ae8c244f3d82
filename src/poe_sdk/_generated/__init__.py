# DO NOT EDIT: generated from openapi.yaml (sha256 be9af05c05713d15) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "be9af05c05713d1516c82597fe451e289d3e6cfa48937bd1ab530feadca2c0fd"
"""The sha256 of the OpenAPI document this package was generated from."""
