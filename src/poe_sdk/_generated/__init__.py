# DO NOT EDIT: generated from openapi.yaml (sha256 90b22d6e6c76b3b8) by `make generate` (python codegen/generate.py).  # noqa: E501
"""Code generated from openapi.yaml by codegen/generate.py (see codegen/README.md).

``models`` holds the pydantic models, ``params`` their TypedDict twins and ``resources`` the
operations grouped by resource. This package imports none of them, so importing it is cheap.
"""

__all__ = ["SPEC_SHA256"]

SPEC_SHA256 = "90b22d6e6c76b3b874f091a70bef30c221d4d357938793811973827967d3b409"
"""The sha256 of the OpenAPI document this package was generated from."""
