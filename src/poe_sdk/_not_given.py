"""``NOT_GIVEN``: the marker of an argument that was left out, so that ``None`` can mean
"no value" (no timeout, JSON ``null``) wherever that has a meaning; and ``Omit``."""

from __future__ import annotations

from typing import Final, TypeVar, final

from typing_extensions import TypeIs

T = TypeVar("T")

__all__ = ["NOT_GIVEN", "NotGiven", "Omit", "is_given"]


@final
class NotGiven:
    """The type of :data:`NOT_GIVEN`, the default of arguments where ``None`` has a meaning.

    Falsy, like ``None``, so ``value or default`` keeps working.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
"""An argument that was not given: the client's setting (or the spec's default) applies."""


@final
class Omit:
    """In ``extra_headers``, removes a header the client would otherwise send
    (``extra_headers={"User-Agent": Omit()}``)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "Omit()"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Omit)

    def __hash__(self) -> int:
        return hash(Omit)


def is_given(value: T | NotGiven) -> TypeIs[T]:
    """Whether ``value`` is anything but :data:`NOT_GIVEN`."""
    return value is not NOT_GIVEN
