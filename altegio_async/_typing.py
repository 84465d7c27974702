"""Protocols that let mypy read an operation's parameters and data type from the generated code.

A generated operation module has ``asyncio(client, <path params>, *, <query/body>)`` returning
the answer's data, typed (the envelope's ``data``, or the bare answer). Modules satisfy
protocols, so ``call(op_module, ...)`` is checked against the operation's own parameters and
returns the operation's data type; for paged operations, ``paginate`` yields its list's items.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Concatenate, ParamSpec, Protocol, TypeAlias, TypeVar

__all__ = [
    "OperationArg",
    "OperationModule",
    "PagedOperationArg",
    "ScopedOperationArg",
    "ScopedOperationModule",
    "ScopedPagedOperationArg",
]

P = ParamSpec("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class OperationModule(Protocol[P, T_co]):
    """A generated operation module, seen through its ``asyncio`` function."""

    @property
    def asyncio(self) -> Callable[Concatenate[Any, P], Awaitable[T_co]]: ...


class ScopedOperationModule(Protocol[P, T_co]):
    """A generated operation module whose first path parameter is an id a scope binds."""

    @property
    def asyncio(self) -> Callable[Concatenate[Any, int, P], Awaitable[T_co]]: ...


class PagedOperationModule(Protocol[P, T_co]):
    """A generated operation module whose data is a list (a paged operation)."""

    @property
    def asyncio(self) -> Callable[Concatenate[Any, P], Awaitable[Sequence[T_co] | None]]: ...


class ScopedPagedOperationModule(Protocol[P, T_co]):
    """A paged operation whose first path parameter is an id a scope binds."""

    @property
    def asyncio(self) -> Callable[Concatenate[Any, int, P], Awaitable[Sequence[T_co] | None]]: ...


OperationArg: TypeAlias = OperationModule[P, T] | Callable[Concatenate[Any, P], Awaitable[T]]
ScopedOperationArg: TypeAlias = ScopedOperationModule[P, T] | Callable[Concatenate[Any, int, P], Awaitable[T]]
PagedOperationArg: TypeAlias = PagedOperationModule[P, T] | Callable[Concatenate[Any, P], Awaitable[Sequence[T] | None]]
ScopedPagedOperationArg: TypeAlias = (
    ScopedPagedOperationModule[P, T] | Callable[Concatenate[Any, int, P], Awaitable[Sequence[T] | None]]
)
