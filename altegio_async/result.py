"""``Result``: a successful answer's typed data together with its meta and HTTP details."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from .wire import Headers, Response

__all__ = ["Result"]

T = TypeVar("T")


@dataclass(frozen=True)
class Result(Generic[T]):
    """A successful answer: the typed ``data``, the envelope's ``meta`` and the HTTP details.

    Attributes:
        data: the envelope's ``data`` parsed into the operation's model (as ``call`` returns it).
        meta: the envelope's ``meta`` (``{}`` when it was ``[]`` or absent).
        status: the HTTP status code.
        headers: the answer's headers.
        response: the whole :class:`~altegio_async.wire.Response` (status, headers, body, request).
        raw: the ``data`` as decoded JSON, untouched.
    """

    data: T
    meta: dict[str, Any]
    status: int
    headers: Headers
    response: Response = field(repr=False)
    raw: Any = field(default=None, repr=False)
