"""A durable inbox of deliveries: stored before they are acknowledged, handled once, retried, dead-lettered."""

from __future__ import annotations

import asyncio
import hashlib
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

__all__ = ["Delivery", "Inbox", "SQLiteInbox"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS deliveries (
    key TEXT PRIMARY KEY,
    body BLOB NOT NULL,
    received REAL NOT NULL,
    state TEXT NOT NULL DEFAULT 'new',
    attempts INTEGER NOT NULL DEFAULT 0,
    claimed_until REAL NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS deliveries_state ON deliveries (state, received);
"""


@dataclass(frozen=True)
class Delivery:
    """One stored delivery: its key (a digest of the body), the body as received, and how often it was tried."""

    key: str
    body: bytes
    attempts: int


class Inbox(Protocol):
    """Where a receiver stores deliveries before acknowledging them: :class:`SQLiteInbox` or ``RedisInbox``."""

    async def put(self, body: bytes) -> bool:
        """Store a delivery durably; False when the same body was stored before."""
        ...

    async def claim(self, limit: int = 100) -> list[Delivery]:
        """Lease deliveries not yet handled to this worker."""
        ...

    async def done(self, delivery: Delivery) -> None:
        """Mark a delivery handled."""
        ...

    async def failed(self, delivery: Delivery, error: str) -> None:
        """A handler failed: retry later, or dead-letter it."""
        ...

    async def pending(self) -> list[Delivery]:
        """Deliveries not yet handled."""
        ...

    async def dead_letters(self) -> list[Delivery]:
        """Deliveries whose handler kept failing."""
        ...


def delivery_key(body: bytes) -> str:
    """The key a delivery is stored under: Altegio sends no id, so a re-sent delivery has the same body."""
    return hashlib.sha256(body).hexdigest()


class SQLiteInbox:
    """Deliveries in an SQLite file (WAL, ``synchronous=FULL``): once :meth:`put` returns, a crash loses nothing.

    A body stored twice (Altegio re-sends, or two web workers receive the same delivery) is kept
    once, so it reaches a handler once. :meth:`claim` leases deliveries to one worker at a time;
    :meth:`done` finishes one; :meth:`failed` puts it back, or into the dead-letter list after
    ``max_attempts``.
    """

    def __init__(self, path: str | Path, *, max_attempts: int = 5, lease_seconds: float = 60.0) -> None:
        from .._checks import check_count

        self.path = str(path)
        self.max_attempts = check_count("max_attempts", max_attempts)
        self.lease_seconds = float(lease_seconds)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.executescript(_SCHEMA)
        self._queue: list[tuple[bytes, asyncio.Future[bool]]] = []
        self._writer: asyncio.Task[None] | None = None

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._db.close()

    def _put_many(self, bodies: list[bytes]) -> list[bool]:
        """Insert deliveries in one transaction: one sync to disk for all of them (a group commit)."""
        now = time.time()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                stored = [
                    self._db.execute(
                        "INSERT OR IGNORE INTO deliveries (key, body, received) VALUES (?, ?, ?)",
                        (delivery_key(body), body, now),
                    ).rowcount
                    == 1
                    for body in bodies
                ]
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return stored

    async def put(self, body: bytes) -> bool:
        """Store a delivery durably; False when the same body was stored before (nothing stored twice).

        Returns only after the transaction holding it is committed (``synchronous=FULL``). Deliveries
        arriving while a commit is under way are written together in the next one.
        """
        loop = asyncio.get_running_loop()
        future: asyncio.Future[bool] = loop.create_future()
        self._queue.append((body, future))
        # A writer left by another event loop (closed, or not this one) cannot serve this loop's puts.
        if self._writer is None or self._writer.done() or self._writer.get_loop() is not loop:
            self._writer = loop.create_task(self._write_queued())
        return await asyncio.shield(future)

    async def _write_queued(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            batch = [(body, future) for body, future in self._queue if future.get_loop() is loop]
            if not batch:
                return
            self._queue = [(body, future) for body, future in self._queue if future.get_loop() is not loop]
            try:
                stored = await asyncio.to_thread(self._put_many, [body for body, _ in batch])
            except Exception as exc:  # the whole batch failed: every waiting put raises it
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for (_, future), was_new in zip(batch, stored, strict=True):
                if not future.done():
                    future.set_result(was_new)

    def _claim(self, limit: int) -> list[Delivery]:
        now = time.time()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                rows = self._db.execute(
                    "SELECT key, body, attempts FROM deliveries WHERE state = 'new' AND claimed_until < ? "
                    "ORDER BY received LIMIT ?",
                    (now, limit),
                ).fetchall()
                self._db.executemany(
                    "UPDATE deliveries SET claimed_until = ?, attempts = attempts + 1 WHERE key = ?",
                    [(now + self.lease_seconds, key) for key, _body, _attempts in rows],
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return [Delivery(key, bytes(body), attempts + 1) for key, body, attempts in rows]

    async def claim(self, limit: int = 100) -> list[Delivery]:
        """Lease up to ``limit`` deliveries not yet handled (oldest first) to this worker."""
        return await asyncio.to_thread(self._claim, limit)

    def _finish(self, key: str, state: str, error: str = "") -> None:
        with self._lock:
            self._db.execute("UPDATE deliveries SET state = ?, last_error = ? WHERE key = ?", (state, error, key))

    async def done(self, delivery: Delivery) -> None:
        """Mark a delivery handled."""
        await asyncio.to_thread(self._finish, delivery.key, "done")

    async def failed(self, delivery: Delivery, error: str) -> None:
        """A handler failed: try again after the lease, or dead-letter it after ``max_attempts``."""
        if delivery.attempts >= self.max_attempts:
            await asyncio.to_thread(self._finish, delivery.key, "dead", error[:2000])
            return

        def release() -> None:
            with self._lock:
                self._db.execute(
                    "UPDATE deliveries SET claimed_until = 0, last_error = ? WHERE key = ?",
                    (error[:2000], delivery.key),
                )

        await asyncio.to_thread(release)

    def _select(self, state: str) -> list[Delivery]:
        with self._lock:
            rows = self._db.execute(
                "SELECT key, body, attempts FROM deliveries WHERE state = ? ORDER BY received", (state,)
            ).fetchall()
        return [Delivery(key, bytes(body), attempts) for key, body, attempts in rows]

    async def dead_letters(self) -> list[Delivery]:
        """Deliveries whose handler failed ``max_attempts`` times."""
        return await asyncio.to_thread(self._select, "dead")

    async def pending(self) -> list[Delivery]:
        """Deliveries not yet handled."""
        return await asyncio.to_thread(self._select, "new")
