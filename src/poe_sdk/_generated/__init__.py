# DO NOT EDIT: generated from openapi.yaml (sha256 6506c7c9b65ae252) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "6506c7c9b65ae2523a7af72b069e4bcbd41fb936e83567cdad00d61d7c7b481b"
"""The sha256 of the OpenAPI document this package was generated from."""
