"""The same work across many chains or locations: bounded, rate-limited, streamed, nothing lost.

``fan_out`` runs ``fn(scope)`` for every target with at most ``concurrency`` running at once.
Every request still passes the client's one transport, so the client's rate limiter paces all
of them together. Outcomes arrive in completion order, one per target, each with its value or
its error; one target's failure does not stop the others unless ``fail_fast`` is set.
Work is pulled: a consumer that stops pulling starts no new target, and ``aclose()`` or leaving
``async with altegio.fan_out(...) as outcomes:`` cancels the work still running.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._context import ATTEMPTS

if TYPE_CHECKING:
    import asyncio

    from ._caller import Caller
    from .scopes import ChainScope, LocationScope

__all__ = ["FanOut", "Outcome", "ProgressCallback", "fan_out"]

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


class FanOut(Generic[T]):
    """The outcomes of a fan-out: iterate them, or hold them in ``async with`` to bound the work.

    ``async for outcome in altegio.fan_out(...)`` streams outcomes in completion order.
    ``async with altegio.fan_out(...) as outcomes: async for outcome in outcomes: ...`` closes
    everything when the block is left, however it is left. Work is pulled by the consumer: at
    most ``concurrency`` targets are started and not yet consumed, so a consumer that stops
    pulling starts no new target. Leaving an ``async for`` over it (``break``, ``return``, an
    exception) closes it as well: the work still running is cancelled as soon as the loop is
    left (the iterator is an async generator, finalised by the event loop), so nothing is
    started or left pending afterwards. ``aclose()`` cancels what still runs and waits for it
    (a TaskGroup owns the workers).
    """

    def __init__(
        self,
        scopes: list[ChainScope | LocationScope],
        fn: Callable[[Any], Awaitable[T]],
        *,
        concurrency: int,
        fail_fast: bool,
        return_exceptions: bool,
        progress: ProgressCallback | None,
    ) -> None:
        from ._checks import check_count

        check_count("concurrency", concurrency)
        self._scopes = scopes
        self._fn = fn
        self._concurrency = concurrency
        self._fail_fast = fail_fast
        self._return_exceptions = return_exceptions
        self._progress = progress
        self.total = len(scopes)
        self.done = 0
        self.failed = 0
        self._pulled = 0
        self._closed = False
        self._supervisor: asyncio.Task[None] | None = None
        self._finished: asyncio.Queue[Outcome[T]] | None = None
        self._credits: asyncio.Semaphore | None = None

    def _start(self) -> None:
        import asyncio

        if self._supervisor is not None:
            return
        self._finished = asyncio.Queue()
        self._credits = asyncio.Semaphore(self._concurrency)
        pending: asyncio.Queue[ChainScope | LocationScope] = asyncio.Queue()
        for item in self._scopes:
            pending.put_nowait(item)
        self._supervisor = asyncio.create_task(self._supervise(pending))

    async def _supervise(self, pending: asyncio.Queue[ChainScope | LocationScope]) -> None:
        import asyncio

        async with asyncio.TaskGroup() as group:
            for _ in range(min(self._concurrency, self.total)):
                group.create_task(self._worker(pending))

    async def _worker(self, pending: asyncio.Queue[ChainScope | LocationScope]) -> None:
        import asyncio

        assert self._finished is not None and self._credits is not None
        while True:
            await self._credits.acquire()  # given back when the consumer pulls the next outcome
            try:
                item = pending.get_nowait()
            except asyncio.QueueEmpty:
                return
            attempts = [0]
            ATTEMPTS.set(attempts)
            started = time.perf_counter()
            try:
                value = await self._fn(item)
            except asyncio.CancelledError as exc:
                current = asyncio.current_task()
                if current is not None and current.cancelling():
                    raise  # this fan-out is being closed
                # fn itself raised CancelledError for this target: an outcome like any other failure.
                self._finished.put_nowait(Outcome(item.id, None, exc, attempts[0], time.perf_counter() - started))
            except BaseException as exc:  # every failure is reported, never lost
                self._finished.put_nowait(Outcome(item.id, None, exc, attempts[0], time.perf_counter() - started))
                if not isinstance(exc, Exception):
                    raise  # KeyboardInterrupt, SystemExit: reported, then they go on
            else:
                self._finished.put_nowait(Outcome(item.id, value, None, attempts[0], time.perf_counter() - started))

    def __aiter__(self) -> AsyncIterator[Outcome[T]]:
        return self._outcomes()

    async def _outcomes(self) -> AsyncIterator[Outcome[T]]:
        """Every outcome; leaving the loop early (or being cancelled in it) closes the fan-out."""
        try:
            while True:
                try:
                    outcome = await self.__anext__()
                except StopAsyncIteration:
                    return
                yield outcome
        finally:
            # Synchronous on purpose: when the loop is left by a plain ``break`` the event loop
            # finalises this generator in a task of its own; cancelling here ends that task at
            # once, and the workers' cancellation runs in the supervisor's task.
            self._closed = True
            if self._supervisor is not None and not self._supervisor.done():
                self._supervisor.cancel()

    async def __anext__(self) -> Outcome[T]:
        """The next outcome (``StopAsyncIteration`` after the last); prefer ``async for``."""
        if self._closed or self.done >= self.total:
            await self.aclose()
            raise StopAsyncIteration
        self._start()
        assert self._finished is not None and self._credits is not None
        if self._pulled:
            self._credits.release()  # the consumer took the previous outcome: one more may start
        self._pulled += 1
        outcome = await self._next_outcome()
        self.done += 1
        self.failed += 0 if outcome.ok else 1
        if self._progress is not None:
            self._progress(self.done, self.total, self.failed)
        if not outcome.ok and not self._return_exceptions:
            await self.aclose()
            assert outcome.error is not None
            raise outcome.error
        if not outcome.ok and self._fail_fast:
            self._closed = True  # this outcome is the last one
            await self._stop()
        return outcome

    async def _next_outcome(self) -> Outcome[T]:
        import asyncio

        assert self._finished is not None and self._supervisor is not None
        if not self._finished.empty():
            return self._finished.get_nowait()
        getter = asyncio.ensure_future(self._finished.get())
        try:
            await asyncio.wait({getter, self._supervisor}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            if not getter.done():
                getter.cancel()  # the consumer was cancelled, or the workers stopped: no getter left behind
        if getter.done() and not getter.cancelled():
            return getter.result()
        self._supervisor.result()  # a worker died of a BaseException: it goes on from here
        raise RuntimeError("the fan-out's workers stopped before every target had an outcome")

    async def _stop(self) -> None:
        import asyncio

        if self._supervisor is not None and not self._supervisor.done():
            self._supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._supervisor

    async def aclose(self) -> None:
        """Cancel the work still running and wait for it; no outcome comes after."""
        self._closed = True
        await self._stop()

    async def __aenter__(self) -> FanOut[T]:
        self._start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def fan_out(
    client: Caller,
    targets: Iterable[int | ChainScope | LocationScope],
    fn: Callable[[ChainScope | LocationScope], Awaitable[T]] | Callable[[ChainScope], Awaitable[T]],
    *,
    concurrency: int = 10,
    fail_fast: bool = False,
    return_exceptions: bool = True,
    progress: ProgressCallback | None = None,
    scope: str = "chain",
) -> FanOut[T]:
    """Run ``fn`` for every target; a :class:`FanOut` yields an :class:`Outcome` per target as each completes.

    Args:
        targets: chain ids (or location ids with ``scope="location"``), or scopes.
        fn: a coroutine function taking the target's scope.
        concurrency: how many targets run at once (and at most started but not yet consumed).
        fail_fast: stop at the first failure: its outcome is the last one yielded.
        return_exceptions: False raises the first failure's error instead of yielding it
            (the rest are cancelled).
        progress: called as ``progress(done, total, failed)`` after each target.
    """
    scopes = [_scope_of(client, target, scope) for target in targets]
    return FanOut(
        scopes,
        fn,
        concurrency=concurrency,
        fail_fast=fail_fast,
        return_exceptions=return_exceptions,
        progress=progress,
    )


def _scope_of(client: Caller, target: object, kind: str) -> ChainScope | LocationScope:
    from .scopes import ChainScope, LocationScope

    if isinstance(target, (ChainScope, LocationScope)):
        return target
    if kind == "chain":
        return ChainScope(client, target)  # type: ignore[arg-type]
    if kind == "location":
        return LocationScope(client, target)  # type: ignore[arg-type]
    raise ValueError(f"scope must be 'chain' or 'location', got {kind!r}")
