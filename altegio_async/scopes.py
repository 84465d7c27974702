"""Scopes bind the id most operations start with, so calls read ``chain.call(op, ...)``.

``ChainScope`` binds ``chain_id``; ``LocationScope`` binds ``location_id`` (the API's older
``company_id``/``salon_id`` names too). An operation whose first path parameter is something
else raises ``TypeError`` naming the operation and the parameter the scope binds.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from ._typing import ScopedOperationArg, ScopedPagedOperationArg
from .pagination import Paginator
from .rules import CHAIN_IDS, LOCATION_IDS

if TYPE_CHECKING:
    from ._caller import Caller
    from .result import Result

__all__ = ["ChainScope", "LocationScope"]

P = ParamSpec("P")
T = TypeVar("T")


def _check_id(kind: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{kind} must be an int, got {type(value).__name__} {value!r}")
    if value < 0:
        raise ValueError(f"{kind} must not be negative, got {value}")
    return value


class _Scope:
    kind = ""
    accepted: frozenset[str] = frozenset()

    def __init__(self, client: Caller, scope_id: int) -> None:
        self.client = client
        self.id = _check_id(self.kind + "_id", scope_id)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.id})"

    def _bind(self) -> tuple[int, frozenset[str], str]:
        return (self.id, self.accepted, self.kind)

    async def call(self, op: ScopedOperationArg[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run an operation with this scope's id as its first path parameter; return its data."""
        result: Result[T] = await self.client._request(op, args, kwargs, bind=self._bind())
        return result.data

    async def call_with_meta(self, op: ScopedOperationArg[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Result[T]:
        """Like :meth:`call`, returning the whole :class:`~altegio_async.Result`."""
        return await self.client._request(op, args, kwargs, bind=self._bind())

    async def call_raw(self, op: ScopedOperationArg[P, Any], /, *args: P.args, **kwargs: P.kwargs) -> Any:
        """Like :meth:`call`, returning the data as decoded JSON, untouched."""
        result: Result[Any] = await self.client._request(op, args, kwargs, bind=self._bind(), parse=False)
        return result.raw

    def paginate(self, op: ScopedPagedOperationArg[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Paginator[T]:
        """Every item of a paged operation on this scope (see :meth:`AltegioClient.paginate`)."""
        return self.client._paginator(op, args, kwargs, self._bind())

    def pages(
        self, op: ScopedPagedOperationArg[P, T], /, *args: P.args, **kwargs: P.kwargs
    ) -> AsyncIterator[Result[list[T]]]:
        """Each page of a paged operation on this scope, as a :class:`~altegio_async.Result`."""
        return self.client._paginator(op, args, kwargs, self._bind()).pages()


class ChainScope(_Scope):
    """Calls on one chain: binds ``chain_id``."""

    kind = "chain"
    accepted = CHAIN_IDS

    @property
    def chain_id(self) -> int:
        """The chain this scope calls on."""
        return self.id


class LocationScope(_Scope):
    """Calls on one location: binds ``location_id`` (or ``company_id``/``salon_id``)."""

    kind = "location"
    accepted = LOCATION_IDS

    @property
    def location_id(self) -> int:
        """The location this scope calls on."""
        return self.id
