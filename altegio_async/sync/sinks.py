"""Where synced objects go: a small protocol, and an SQLite replica with a table per resource."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from .changes import Change

__all__ = ["SQLiteReplica", "Sink"]


class Sink(Protocol):
    """Takes batches of changes; returning means the batch is accepted (the cursor moves after it)."""

    async def write(self, resource: str, changes: Sequence[Change]) -> None:
        """Apply ``changes`` (upserts and deletions, each with a stable key) for ``resource``."""
        ...


class SQLiteReplica:
    """A replica in an SQLite file: a table per resource, the object as JSON beside its key and change time.

    A change is applied by upsert on its key and a deletion removes the row, so applying a batch
    twice (at-least-once delivery) leaves the same replica.
    """

    def __init__(self, path: str | Path) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._tables: set[str] = set()

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._db.close()

    def _table(self, resource: str) -> str:
        if not re.fullmatch(r"[a-z_]+", resource):
            raise ValueError(f"not a resource name: {resource!r}")
        if resource not in self._tables:
            self._db.execute(
                f"CREATE TABLE IF NOT EXISTS {resource} (key TEXT PRIMARY KEY, location_id INTEGER NOT NULL, "
                "changed TEXT NOT NULL, data TEXT NOT NULL)"
            )
            self._tables.add(resource)
        return resource

    def _write(self, resource: str, changes: Sequence[Change]) -> None:
        with self._lock:
            table = self._table(resource)
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for change in changes:
                    if change.kind == "deleted":
                        self._db.execute(f"DELETE FROM {table} WHERE key = ?", (change.key,))
                    else:
                        self._db.execute(
                            f"INSERT INTO {table} (key, location_id, changed, data) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET location_id = excluded.location_id, "
                            "changed = excluded.changed, data = excluded.data",
                            (change.key, change.location_id, change.changed, json.dumps(change.data, sort_keys=True)),
                        )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    async def write(self, resource: str, changes: Sequence[Change]) -> None:
        """Apply a batch in one transaction."""
        await asyncio.to_thread(self._write, resource, changes)

    def rows(self, resource: str) -> dict[str, dict[str, Any]]:
        """The replica of ``resource``: key → object (for reading it back)."""
        with self._lock:
            table = self._table(resource)
            return {key: json.loads(data) for key, data in self._db.execute(f"SELECT key, data FROM {table}")}
