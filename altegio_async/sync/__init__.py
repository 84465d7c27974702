"""Keeping a replica of many locations' data up to date: incremental where Altegio can, by scan where not.

For a resource with a change filter (appointments: ``changed_after``/``changed_before`` with
``with_deleted``), :func:`sync_location` reads what changed since the location's cursor, less a
``lag`` for clocks that disagree, drops what it already delivered from that overlap, hands the
batch to a :class:`Sink`, and only then moves the cursor in its :class:`Checkpoints`: delivery
to the sink is at least once with a stable key per object, so a replica built by upsert is
exact. For a resource without one (products), a full scan's differences are found by content
hash: new, changed and gone objects. :func:`sync_locations` runs it for many locations at once
within the client's rate budget; :func:`replica_handler` lets webhooks update the replica at once
between runs.
"""

from .changes import Change
from .checkpoints import Checkpoints, SQLiteCheckpoints
from .engine import RESOURCES, Resource, SyncReport, sync_location, sync_locations
from .sinks import Sink, SQLiteReplica
from .webhooks import replica_handler

__all__ = [
    "RESOURCES",
    "Change",
    "Checkpoints",
    "Resource",
    "SQLiteCheckpoints",
    "SQLiteReplica",
    "Sink",
    "SyncReport",
    "replica_handler",
    "sync_location",
    "sync_locations",
]
