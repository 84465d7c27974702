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
