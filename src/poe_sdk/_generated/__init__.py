# DO NOT EDIT: generated from openapi.yaml (sha256 8a53377ebcfab47e) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "8a53377ebcfab47e7498f5cc2edc386aa3c4b64b1124d8804719f75691d7280a"
"""The sha256 of the OpenAPI document this package was generated from."""
