"""Protocols that let mypy read an operation's parameters and data type from the generated code.

A generated operation module has ``asyncio(client, <path params>, *, <query/body>)`` returning
its envelope model (or ``ErrorResponse``, or ``None``). Modules satisfy protocols, so
``call(op_module, ...)`` is checked against the operation's own parameters and returns the
type of the envelope's ``data``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Concatenate, ParamSpec, Protocol, TypeAlias, TypeVar

__all__ = ["HasData", "OperationArg", "OperationModule", "ScopedOperationArg", "ScopedOperationModule"]

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


OperationArg: TypeAlias = OperationModule[P, T] | Callable[Concatenate[Any, P], Awaitable[HasData[T] | None]]
ScopedOperationArg: TypeAlias = (
    ScopedOperationModule[P, T] | Callable[Concatenate[Any, int, P], Awaitable[HasData[T] | None]]
)
