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

    @classmethod
    def _of(
        cls, data: T, meta: dict[str, Any], status: int, headers: Headers, response: Response, raw: Any
    ) -> Result[T]:
        """The same value as ``Result(...)``, built the way the call path needs it: every call makes one.

        A frozen dataclass sets each field through ``object.__setattr__``; this fills the
        instance's dict at once (about a third of the time).
        """
        result = object.__new__(cls)
        fields = result.__dict__
        fields["data"] = data
        fields["meta"] = meta
        fields["status"] = status
        fields["headers"] = headers
        fields["response"] = response
        fields["raw"] = raw
        return result
