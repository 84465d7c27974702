"""The same work across many chains or locations: bounded, rate-limited, streamed, nothing lost.

``fan_out`` runs ``fn(scope)`` for every target with at most ``concurrency`` running at once.
Every request still passes the client's one transport, so the client's rate limiter paces all
of them together. Outcomes arrive in completion order, one per target, each with its value or
its error; one target's failure does not stop the others unless ``fail_fast`` is set.
Leaving the loop early (break, an exception, cancellation) cancels the work still running.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from ._context import ATTEMPTS

if TYPE_CHECKING:
    from .client import AltegioClient
    from .scopes import ChainScope, LocationScope

__all__ = ["Outcome", "ProgressCallback", "fan_out"]

T = TypeVar("T")
ProgressCallback = Callable[[int, int, int], object]


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What the work for one target came to.

    Attributes:
        target: the chain or location id.
        value: what ``fn`` returned (None when it failed).
        error: the exception ``fn`` raised (None when it succeeded).
        attempts: HTTP attempts made for this target, retries included.
        elapsed: seconds from start to finish of this target's work.
    """

    target: int
    value: T | None
    error: BaseException | None
    attempts: int
    elapsed: float

    @property
    def ok(self) -> bool:
        """Whether the work succeeded."""
        return self.error is None

    @property
    def chain_id(self) -> int:
        """The target id (named for the common case, a chain)."""
        return self.target


async def fan_out(
    client: AltegioClient,
    targets: Iterable[int | ChainScope | LocationScope],
    fn: Callable[[ChainScope | LocationScope], Awaitable[T]] | Callable[[ChainScope], Awaitable[T]],
    *,
    concurrency: int = 10,
    fail_fast: bool = False,
    return_exceptions: bool = True,
    progress: ProgressCallback | None = None,
    scope: str = "chain",
) -> AsyncIterator[Outcome[T]]:
    """Run ``fn`` for every target; yield an :class:`Outcome` per target as each completes.

    Args:
        targets: chain ids (or location ids with ``scope="location"``), or scopes.
        fn: a coroutine function taking the target's scope.
        concurrency: how many targets run at once.
        fail_fast: stop at the first failure: its outcome is the last one yielded.
        return_exceptions: False raises the first failure's error instead of yielding it
            (the rest are cancelled).
        progress: called as ``progress(done, total, failed)`` after each target.
    """
    import asyncio

    if concurrency < 1:
        raise ValueError(f"concurrency must be >= 1, got {concurrency}")
    scopes = [_scope_of(client, target, scope) for target in targets]
    total, done, failed = len(scopes), 0, 0
    pending: asyncio.Queue[ChainScope | LocationScope] = asyncio.Queue()
    for item in scopes:
        pending.put_nowait(item)
    finished: asyncio.Queue[Outcome[T]] = asyncio.Queue()
    run = fn  # typed loosely: a scope of the requested kind is passed

    async def worker() -> None:
        while True:
            try:
                item = pending.get_nowait()
            except asyncio.QueueEmpty:
                return
            attempts = [0]
            ATTEMPTS.set(attempts)
            started = time.perf_counter()
            try:
                value = await run(item)  # type: ignore[arg-type]
            except Exception as exc:  # every failure is reported, never lost
                finished.put_nowait(Outcome(item.id, None, exc, attempts[0], time.perf_counter() - started))
            else:
                finished.put_nowait(Outcome(item.id, value, None, attempts[0], time.perf_counter() - started))

    workers = [asyncio.create_task(worker()) for _ in range(min(concurrency, total))]
    try:
        while done < total:
            outcome = await finished.get()
            done += 1
            failed += 0 if outcome.ok else 1
            if progress is not None:
                progress(done, total, failed)
            if not outcome.ok and not return_exceptions:
                assert outcome.error is not None
                raise outcome.error
            yield outcome
            if not outcome.ok and fail_fast:
                return
    finally:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)


def _scope_of(client: AltegioClient, target: object, kind: str) -> ChainScope | LocationScope:
    from .scopes import ChainScope, LocationScope

    if isinstance(target, (ChainScope, LocationScope)):
        return target
    if kind == "chain":
        return client.chain(target)  # type: ignore[arg-type]
    if kind == "location":
        return client.location(target)  # type: ignore[arg-type]
    raise ValueError(f"scope must be 'chain' or 'location', got {kind!r}")
