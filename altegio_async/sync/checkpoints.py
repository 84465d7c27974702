"""Where a sync keeps its place per location and resource: a small protocol and an SQLite file."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any, Protocol

__all__ = ["Checkpoints", "SQLiteCheckpoints"]


class Checkpoints(Protocol):
    """A place per key (``appointments:720441``), a JSON value, written after the sink accepted a batch."""

    async def load(self, key: str) -> dict[str, Any] | None:
        """The saved place, or None before the first sync."""
        ...

    async def save(self, key: str, value: dict[str, Any]) -> None:
        """Keep ``value`` as the place for ``key`` (durably, before returning)."""
        ...


class SQLiteCheckpoints:
    """Checkpoints in an SQLite file (embedded: nothing to start)."""

    def __init__(self, path: str | Path) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("CREATE TABLE IF NOT EXISTS checkpoints (key TEXT PRIMARY KEY, value TEXT NOT NULL)")

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._db.close()

    def _load(self, key: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM checkpoints WHERE key = ?", (key,)).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    async def load(self, key: str) -> dict[str, Any] | None:
        """The saved place, or None before the first sync."""
        return await asyncio.to_thread(self._load, key)

    def _save(self, key: str, value: dict[str, Any]) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO checkpoints (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, sort_keys=True)),
            )

    async def save(self, key: str, value: dict[str, Any]) -> None:
        """Keep ``value`` as the place for ``key``."""
        await asyncio.to_thread(self._save, key, value)
