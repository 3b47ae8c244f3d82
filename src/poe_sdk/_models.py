"""Base classes of the generated models: strict request models, lenient response models."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

__all__ = ["RequestModel", "ResponseModel"]


class RequestModel(BaseModel):
    """A request object: validated before sending; keys the spec does not name pass through.

    Only the fields the caller set are serialised (``exclude_unset``), never spec defaults.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        from_attributes=True,
        protected_namespaces=(),
        defer_build=True,
    )

    @model_validator(mode="before")
    @classmethod
    def _from_other_model(cls, data: object) -> object:
        """Accept another model (a reply's message sent back in the conversation) by its
        non-null fields that this model declares, so nothing the caller did not set is sent."""
        if isinstance(data, BaseModel) and not isinstance(data, cls):
            fields = cls.model_fields
            return {name: value for name, value in data if value is not None and name in fields}
        return data


class ResponseModel(BaseModel):
    """A response object: unknown fields are kept and readable as attributes, optional fields
    may be missing, and enum-valued fields accept values the spec does not list yet."""

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        defer_build=True,
    )

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as a JSON-compatible dict (fields the server did not send are left out)."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=exclude_unset)

    def to_json(self, *, indent: int | None = 2, exclude_unset: bool = True) -> str:
        """The model as a JSON string (fields the server did not send are left out)."""
        return self.model_dump_json(by_alias=True, indent=indent, exclude_unset=exclude_unset)
