# DO NOT EDIT: generated from openapi.yaml (sha256 08151153faf17619) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "08151153faf17619484355421dac6e26e98f48e7cb09675c41e04c1f429de60f"
"""The sha256 of the OpenAPI document this package was generated from."""
