"""Protocols that let mypy read an operation's parameters and data type from the generated code.

A generated operation module has ``asyncio(client, <path params>, *, <query/body>)`` returning
its envelope model (or ``ErrorResponse``, or ``None``), or, for the 29 operations whose answer
is documented bare, the data's own model. Modules satisfy protocols, so ``call(op_module, ...)``
is checked against the operation's own parameters and returns the type of the envelope's
``data`` (or of the bare answer: the facade's ``call`` is overloaded for both); for paged
operations, ``paginate`` yields its list's items.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeAlias, TypeVar

if TYPE_CHECKING:
    from altegio_b2b.models.error_response import ErrorResponse

__all__ = [
    "BareOperationArg",
    "HasData",
    "OperationArg",
    "OperationModule",
    "PagedOperationArg",
    "ScopedBareOperationArg",
    "ScopedOperationArg",
    "ScopedOperationModule",
    "ScopedPagedOperationArg",
]

P = ParamSpec("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class HasData(Protocol[T_co]):
    """A parsed answer with a ``data`` attribute (every generated envelope model)."""

    @property
    def data(self) -> T_co: ...


class OperationModule(Protocol[P, T_co]):
    """A generated operation module, seen through its ``asyncio`` function."""

    @property
    def asyncio(self) -> Callable[Concatenate[Any, P], Awaitable[HasData[T_co] | None]]: ...


class ScopedOperationModule(Protocol[P, T_co]):
    """A generated operation module whose first path parameter is an id a scope binds."""

    @property
    def asyncio(self) -> Callable[Concatenate[Any, int, P], Awaitable[HasData[T_co] | None]]: ...


class BareOperationModule(Protocol[P, T_co]):
    """A generated operation module whose answer is documented bare: ``asyncio`` returns the data's model."""

    @property
    def asyncio(self) -> Callable[Concatenate[Any, P], Awaitable[T_co | ErrorResponse | None]]: ...


class ScopedBareOperationModule(Protocol[P, T_co]):
    """A bare-answer operation whose first path parameter is an id a scope binds."""

    @property
    def asyncio(self) -> Callable[Concatenate[Any, int, P], Awaitable[T_co | ErrorResponse | None]]: ...


class PagedOperationModule(Protocol[P, T_co]):
    """A generated operation module whose data is a list (a paged operation)."""

    @property
    def asyncio(self) -> Callable[Concatenate[Any, P], Awaitable[HasData[Sequence[T_co] | None] | None]]: ...


class ScopedPagedOperationModule(Protocol[P, T_co]):
    """A paged operation whose first path parameter is an id a scope binds."""

    @property
    def asyncio(self) -> Callable[Concatenate[Any, int, P], Awaitable[HasData[Sequence[T_co] | None] | None]]: ...


OperationArg: TypeAlias = OperationModule[P, T] | Callable[Concatenate[Any, P], Awaitable[HasData[T] | None]]
ScopedOperationArg: TypeAlias = (
    ScopedOperationModule[P, T] | Callable[Concatenate[Any, int, P], Awaitable[HasData[T] | None]]
)
PagedOperationArg: TypeAlias = (
    PagedOperationModule[P, T] | Callable[Concatenate[Any, P], Awaitable[HasData[Sequence[T] | None] | None]]
)
ScopedPagedOperationArg: TypeAlias = (
    ScopedPagedOperationModule[P, T] | Callable[Concatenate[Any, int, P], Awaitable[HasData[Sequence[T] | None] | None]]
)
# Strings: ErrorResponse is a generated model, imported for the type checker only.
BareOperationArg: TypeAlias = (
    "BareOperationModule[P, T] | Callable[Concatenate[Any, P], Awaitable[T | ErrorResponse | None]]"
)
ScopedBareOperationArg: TypeAlias = (
    "ScopedBareOperationModule[P, T] | Callable[Concatenate[Any, int, P], Awaitable[T | ErrorResponse | None]]"
)
