"""``altegio-async sync``: a replica of a mock on a port, kept up to date by running it again."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from altegio_async.cli.command import app
from altegio_async.testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio
from altegio_async.testing._records import records_of
from tests.mock.conftest import served_mock  # noqa: F401 - the mock on a real port

runner = CliRunner()


def test_sync_builds_a_replica_and_a_second_run_reads_only_the_lag(
    served_mock: tuple[str, MockAltegio],  # noqa: F811
    tmp_path: Path,
) -> None:
    base_url, mock = served_mock
    ids = mock.store.chains[mock.chain_ids[0]].location_ids
    db = tmp_path / "replica.sqlite"
    args = ["sync", "appointments", "--location-ids", ",".join(map(str, ids)), "--db", str(db), "--base-url", base_url]
    env = {"ALTEGIO_PARTNER_TOKEN": MOCK_PARTNER_TOKEN, "ALTEGIO_USER_TOKEN": MOCK_USER_TOKEN}
    first = runner.invoke(app, args, env=env)
    assert first.exit_code == 0, first.output
    lines = [json.loads(line) for line in first.stdout.splitlines()]
    assert [line["location_id"] for line in lines] == sorted(ids)
    expected = sum(1 for i in ids for r in records_of(mock.store, i).values() if not r["deleted"])
    with sqlite3.connect(db) as replica:
        assert replica.execute("SELECT count(*) FROM appointments").fetchone()[0] == expected
    second = runner.invoke(app, args, env=env)
    assert second.exit_code == 0
    assert all(json.loads(line)["upserted"] == 0 for line in second.stdout.splitlines())


def test_an_unknown_resource_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["sync", "invoices", "--location-ids", "1", "--db", str(tmp_path / "r.sqlite")])
    assert result.exit_code == 2 and "unknown resource 'invoices'" in result.output


def test_killed_at_random_points_the_replica_is_exact_after_a_restart(
    served_mock: tuple[str, MockAltegio],  # noqa: F811
    tmp_path: Path,
) -> None:
    """``kill -9`` of the sync process at 50 random moments, the server changing in between; then a run to the end."""
    import os
    import random
    import signal
    import subprocess
    import sys
    import time

    from altegio_async.testing._records import churn

    base_url, mock = served_mock
    ids = [i for chain in mock.store.chains.values() for i in chain.location_ids]
    db = tmp_path / "replica.sqlite"
    command = [sys.executable, "-m", "altegio_async.cli", "sync", "appointments", "--location-ids"]
    command += [",".join(map(str, ids)), "--db", str(db), "--base-url", base_url, "--concurrency", "3"]
    env = {**os.environ, "ALTEGIO_PARTNER_TOKEN": MOCK_PARTNER_TOKEN, "ALTEGIO_USER_TOKEN": MOCK_USER_TOKEN}
    rnd = random.Random(5)
    partial: list[int] = []  # locations with a checkpoint after each kill: evidence the kills cut runs short
    for _ in range(50):
        for _ in range(10):
            churn(mock.store, rnd.choice(ids), rnd.choice, 1)
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rnd.uniform(0.2, 1.4))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=15)
        partial.append(_checkpointed(db))
    assert any(0 < n < len(ids) for n in partial), partial  # at least one run was cut short mid-way
    before = mock.stats()["requests"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert mock.stats()["requests"] - before <= len(ids), "at most one page per location after the restart"
    expected = {
        f"{location}:{record_id}": record
        for location in ids
        for record_id, record in records_of(mock.store, location).items()
        if not record["deleted"]
    }
    with sqlite3.connect(db) as replica:
        rows = {key: json.loads(data) for key, data in replica.execute("SELECT key, data FROM appointments")}
    assert rows == expected


def _checkpointed(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("SELECT count(*) FROM checkpoints").fetchone()[0])
    except sqlite3.OperationalError:  # killed before the table was made
        return 0
