"""What scopes, paginators and fan-outs send through: the client's one call path, as a protocol.

``AltegioClient`` satisfies it; scopes and fan-out depend on this protocol, not on the client,
so the client module imports them and nothing imports it back.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .pagination import Paginator
    from .result import Result

__all__ = ["Bind", "Caller"]

Bind = tuple[int, frozenset[str], str]
"""A scope's binding: its id, the path parameter names it may fill, and its kind (for messages)."""


class Caller(Protocol):
    """Runs operations through one transport (authentication, limits, retries, typed errors)."""

    async def _request(
        self,
        op: object,
        args: tuple[Any, ...],
        kwargs: Mapping[str, Any],
        *,
        bind: Bind | None = None,
        parse: bool = True,
        secrets: tuple[str, ...] = (),
    ) -> Result[Any]: ...

    def _paginator(
        self, op: object, args: tuple[Any, ...], kwargs: Mapping[str, Any], bind: Bind | None = None
    ) -> Paginator[Any]: ...
