"""Async iterators over the pages and items of Altegio's paged operations.

Altegio pages with ``page`` plus one of ``count``, ``page_size``, ``limit`` or
``editable_length`` (one operation takes ``count`` alone), in the query or, for some lists
(the current client search), in the JSON body; it reports totals in ``meta.total_count`` or
``meta.count``, or not at all. The style is read from the operation's descriptor. Iteration
stops when the total is reached, on a short page or on an empty page; a page identical to any
earlier one (a server ignoring ``page``, or cycling through pages) raises ``PaginationError``
instead of looping forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._operations import OperationInfo, describe
from .errors import AltegioError
from .rules import PAGE_SIZE_PARAMETERS, TOTAL_KEYS

if TYPE_CHECKING:
    from .result import Result

T = TypeVar("T")

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "PAGE_SIZE_PARAMETERS",
    "PaginationError",
    "Paginator",
    "PagingStyle",
    "iterate_pages",
    "paging_style",
]

DEFAULT_PAGE_SIZE = 50


class PaginationError(AltegioError):
    """The server's pages do not add up (the same page twice): iterating further would loop."""


@dataclass(frozen=True)
class PagingStyle:
    """How an operation pages: its page-number parameter (None for size-only) and size parameter.

    With ``in_body`` both are fields of the JSON body (their wire names), not keyword arguments.
    """

    page: str | None
    size: str
    default_size: int | None
    in_body: bool = False


def paging_style(info: OperationInfo) -> PagingStyle:
    """The operation's paging style, from its descriptor; TypeError naming the operation when it does not page."""
    style = info.entry.paging
    if not style:
        raise TypeError(f"{info.name} is not a paged operation: it takes none of {', '.join(PAGE_SIZE_PARAMETERS)}")
    if style.startswith("body:"):
        page_field, _, size_field = style.removeprefix("body:").rpartition("+")
        return PagingStyle(page=page_field or None, size=size_field, default_size=None, in_body=True)
    page_wire, _, size_wire = style.rpartition("+")
    python = {p.name: p.python_name for p in info.entry.parameters if p.location == "query"}
    size = python[size_wire]
    default = info.signature.parameters[size].default
    return PagingStyle(
        page=python[page_wire] if page_wire else None,
        size=size,
        default_size=default if isinstance(default, int) and not isinstance(default, bool) else None,
    )


def _total(meta: Mapping[str, Any], page_length: int) -> int | None:
    """The total the meta reports. ``count`` is read as a total only when it exceeds the page."""
    total = meta.get(TOTAL_KEYS[0])
    if isinstance(total, int) and not isinstance(total, bool):
        return total
    count = meta.get(TOTAL_KEYS[1])
    if isinstance(count, int) and not isinstance(count, bool) and count > page_length:
        return count
    return None


async def iterate_pages(
    request: Callable[[dict[str, Any]], Awaitable[Any]],
    op: object,
    kwargs: Mapping[str, Any],
    *,
    start_page: int = 1,
    max_items: int | None = None,
) -> AsyncIterator[Any]:
    """Yield each page's :class:`~altegio_async.Result` (``data`` always a list), by the stop rules.

    ``request`` runs the operation with the given keyword arguments (the client's call path).
    """
    info = describe(op)
    style = paging_style(info)
    if start_page < 1:
        raise ValueError(f"start_page must be >= 1, got {start_page}")
    if max_items is not None and max_items < 0:
        raise ValueError(f"max_items must be >= 0, got {max_items}")
    arguments = dict(kwargs)
    holder = _body_fields(info.name, arguments) if style.in_body else arguments
    size = holder.get(style.size, style.default_size or DEFAULT_PAGE_SIZE)
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        where = f"body field {style.size}" if style.in_body else style.size
        raise ValueError(f"{info.name}: {where} must be a positive int, got {size!r}")
    holder[style.size] = size
    page, seen = start_page, 0
    earlier: dict[int, int] = {}  # page fingerprint → the page it was first seen on
    while max_items is None or seen < max_items:
        if style.page is not None:
            holder[style.page] = page
        if style.in_body:
            arguments["body"] = dict(holder)
        result = await request(arguments)
        if isinstance(result.raw, dict) and result.raw:
            # One object where a page is documented (the server is right): a page of one item.
            import dataclasses

            result = dataclasses.replace(result, data=[result.data], raw=[result.raw])
        items = result.raw if isinstance(result.raw, list) else [] if result.raw is None else None
        if items is None:
            raise PaginationError(f"{info.name}: page {page} holds {type(result.raw).__name__}, not a list")
        if not items:
            return
        fingerprint = page_fingerprint(items)
        if fingerprint in earlier:
            raise PaginationError(
                f"{info.name}: page {page} repeats page {earlier[fingerprint]}; the server does not page as asked"
            )
        earlier[fingerprint] = page
        if max_items is not None and seen + len(items) > max_items:
            result = _cut(result, max_items - seen)
            items = items[: max_items - seen]
        seen += len(items)
        yield result
        total = _total(result.meta, len(items))
        if (
            style.page is None
            or len(items) < size
            or (total is not None and seen >= total - _skipped(start_page, size))
        ):
            return
        page += 1


def _body_fields(operation: str, arguments: dict[str, Any]) -> dict[str, Any]:
    """The JSON body's fields as a new dict (the caller's body, a dict or a model, is not changed)."""
    body = arguments.get("body")
    if body is None or type(body).__name__ == "Unset":
        return {}
    if isinstance(body, Mapping):
        return dict(body)
    if hasattr(body, "to_dict"):
        return dict(body.to_dict())
    raise TypeError(f"{operation}: body must be a dict or the operation's body model, got {type(body).__name__}")


def page_fingerprint(items: list[Any]) -> int:
    """A cheap fingerprint of a page: its items' ids when every item has one, else its text.

    Any earlier page with the same fingerprint means the server is cycling (A, B, A, B...), so
    iteration stops at the first repeat: a cycle of k pages costs k + 1 requests.
    """
    ids = [item.get("id") if isinstance(item, dict) else None for item in items]
    if None not in ids:
        try:
            return hash(tuple(ids))
        except TypeError:  # an id that is an object or a list
            return hash(tuple(map(repr, ids)))
    return hash(repr(items))


def _skipped(start_page: int, size: int) -> int:
    """Items before ``start_page``: the total counts them, this iteration does not."""
    return (start_page - 1) * size


def _cut(result: Any, keep: int) -> Any:
    """The page result with only its first ``keep`` items (for ``max_items``)."""
    import dataclasses

    data = result.data[:keep] if isinstance(result.data, list) else result.data
    return dataclasses.replace(result, data=data, raw=result.raw[:keep])


class Paginator(Generic[T]):
    """Every item of a paged operation: ``async for item in paginator``, or ``.pages()``.

    Made by ``client.paginate(op, ...)`` or ``scope.paginate(op, ...)``. ``with_options``
    sets ``max_items`` (stop after that many items) and ``start_page``.
    """

    def __init__(
        self,
        request: Callable[[dict[str, Any]], Awaitable[Any]],
        op: object,
        kwargs: Mapping[str, Any],
        *,
        start_page: int = 1,
        max_items: int | None = None,
    ) -> None:
        paging_style(describe(op))  # refuse an operation that does not page, before any request
        self._request, self._op, self._kwargs = request, op, dict(kwargs)
        self.start_page, self.max_items = start_page, max_items

    def with_options(self, *, max_items: int | None = None, start_page: int | None = None) -> Paginator[T]:
        """A copy that stops after ``max_items`` items and/or starts at ``start_page``."""
        return Paginator(
            self._request,
            self._op,
            self._kwargs,
            start_page=self.start_page if start_page is None else start_page,
            max_items=self.max_items if max_items is None else max_items,
        )

    def pages(self) -> AsyncIterator[Result[list[T]]]:
        """Each page as a :class:`~altegio_async.Result` whose ``data`` is the page's items."""
        return iterate_pages(
            self._request, self._op, self._kwargs, start_page=self.start_page, max_items=self.max_items
        )

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.data:
                yield item

    async def collect(self) -> list[T]:
        """Every item, in a list (taken a page at a time: no step of the iterator per item)."""
        items: list[T] = []
        async for page in self.pages():
            items.extend(page.data)
        return items
