"""Base classes of the generated models: strict request models, lenient response models.

Also the markers the generator puts on response types so that replies which deviate from the
spec can still be read (:mod:`._replies.parse`): JSON text fields, empty-as-null enums and open
discriminated unions with their :class:`UnknownVariant`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final, Literal, cast

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    model_validator,
)

__all__ = [
    "EMPTY_AS_NONE",
    "JSON_TEXT",
    "UNKNOWN_TAG",
    "JsonText",
    "RequestModel",
    "ResponseModel",
    "WRITE_ONLY",
    "UnknownVariant",
    "open_discriminator",
    "set_request_id",
]


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
    may be missing, and enum-valued fields accept values the spec does not list yet.

    ``essential`` names the fields of which a reply must carry at least one to be usable (the
    spec's ``x-sdk-essential``); empty means any field the model declares.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        defer_build=True,
    )

    essential: ClassVar[tuple[str, ...]] = ()

    @property
    def _request_id(self) -> str | None:
        """The ``x-request-id`` of the reply this object is the result of (as in the ``openai``
        SDK); ``None`` for the objects inside it and when the server sent none."""
        private = self.__pydantic_private__
        return None if private is None else cast("str | None", private.get(_REQUEST_ID))

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as a JSON-compatible dict (fields the server did not send are left out)."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=exclude_unset)

    def to_json(self, *, indent: int | None = 2, exclude_unset: bool = True) -> str:
        """The model as a JSON string (fields the server did not send are left out)."""
        return self.model_dump_json(by_alias=True, indent=indent, exclude_unset=exclude_unset)


_REQUEST_ID = "request_id"


def set_request_id(result: ResponseModel, request_id: str | None) -> None:
    """Give a call's result its reply's ``x-request-id`` (read by ``result._request_id``).

    Kept in the model's private state, which only a call's result has: the objects inside
    a reply cost nothing more."""
    if request_id is not None:
        object.__setattr__(result, "__pydantic_private__", {_REQUEST_ID: request_id})


class UnknownVariant(ResponseModel):
    """A member of a discriminated union whose tag this SDK does not know yet (a new content
    part or event type): every field the server sent is kept and readable as an attribute.

    At run time ``type`` is the tag the server sent (``None`` if it sent none). For type
    checkers it is the placeholder ``Literal["<unknown>"]``, which no known tag equals, so
    ``if item.type == "function_call": item.call_id`` narrows the union to the known member
    under mypy and pyright alike, as with the ``openai`` SDK; test for an unknown variant with
    ``isinstance(item, UnknownVariant)`` (its other attributes are typed ``Any``).
    """

    if TYPE_CHECKING:
        type: Literal["<unknown>"]

        def __getattr__(self, name: str) -> Any: ...

    else:
        type: Any = None


class JsonText:
    """Marks a string field that holds JSON text (``contentMediaType: application/json``):
    a server that sends the JSON value itself is read as that value's JSON text."""

    def __repr__(self) -> str:
        return "JSON_TEXT"


JSON_TEXT: Final = JsonText()
"""The :class:`JsonText` marker the generated models use in ``Annotated`` metadata."""


def _empty_as_none(value: object) -> object:
    return None if value == "" else value


EMPTY_AS_NONE: Final = AfterValidator(_empty_as_none)
"""Reads ``""`` as ``None`` in a nullable enum (``finish_reason: ""`` means no reason yet); it
marks the enum's open ``str`` member, which only a value outside the spec's list reaches."""


def _discard(_value: object) -> None:
    return None


WRITE_ONLY: Final = BeforeValidator(_discard)
"""Marks a reply's ``writeOnly`` field (a secret such as an API key): whatever the server sends
back is dropped unread, so it is never kept, dumped, logged or shown in a repr."""

UNKNOWN_TAG: Final = "\x00unknown"
"""The tag of the :class:`UnknownVariant` member of an open discriminated union."""


def open_discriminator(prop: str, tags: Iterable[str] | Mapping[str, str]) -> Discriminator:
    """A discriminator that selects the member tagged with ``prop``'s value, and the
    :class:`UnknownVariant` member (tag :data:`UNKNOWN_TAG`) for any value not in ``tags``.
    A mapping gives the tag of each value (a member that takes several values)."""
    known: dict[str, str] = (
        dict(cast(Mapping[str, str], tags))
        if isinstance(tags, Mapping)
        else {tag: tag for tag in tags}
    )

    def tag_of(value: object) -> str:
        if isinstance(value, dict):
            tag: object = cast(dict[str, object], value).get(prop)
        else:
            tag = getattr(value, prop, None)
        return known.get(tag, UNKNOWN_TAG) if isinstance(tag, str) else UNKNOWN_TAG

    return Discriminator(tag_of)
