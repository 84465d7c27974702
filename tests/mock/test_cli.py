"""The altegio-async command: ops, call (against the mock on a real port), exit codes, mock serve."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import httpx
import pytest
from typer.testing import CliRunner

from altegio_async.cli import app
from altegio_async.testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio
from tests.mock.conftest import free_port

runner = CliRunner()


def test_ops_lists_and_filters() -> None:
    result = runner.invoke(app, ["ops", "--tag", "chain_loyalty_programs"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "chain_loyalty_certificate_types_list" in result.output
    assert "authorize_user" not in result.output
    result = runner.invoke(app, ["ops", "--search", "freeze"], env={"COLUMNS": "200"})
    assert "chain_loyalty_memberships_freeze" in result.output and "2 operation(s)" in result.output


def test_call_prints_data_as_json(served_mock: tuple[str, MockAltegio]) -> None:
    base_url, mock = served_mock
    args = ["call", "chain_loyalty_certificate_types_list", "--chain-id", str(mock.chain_ids[0]), "page_size=2"]
    env = {"ALTEGIO_PARTNER_TOKEN": MOCK_PARTNER_TOKEN, "ALTEGIO_USER_TOKEN": MOCK_USER_TOKEN}
    result = runner.invoke(app, [*args, "--base-url", base_url], env=env)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [item["company_group_id"] for item in data] == [mock.chain_ids[0]] * 2


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["call", "no_such_operation"], 2, "unknown operation"),
        (["call", "chain_loyalty_certificate_types_list", "--chain-id", "1", "page=abc"], 2, "parameter 'page'"),
        (["call", "chain_loyalty_certificate_types_list", "--chain-id", "1"], 1, "Chain not found"),
        (
            ["call", "chain_loyalty_certificate_types_list", "--chain-id", "706028", "--user-token", "x"],
            1,
            "unknown user",
        ),
        (["call", "chain_loyalty_certificate_types_list", "--chain-id", "1", "--location-id", "2"], 2, "not both"),
    ],
)
def test_errors_exit_cleanly(served_mock: tuple[str, MockAltegio], args: list[str], code: int, needle: str) -> None:
    base_url, _ = served_mock
    env = {"ALTEGIO_PARTNER_TOKEN": MOCK_PARTNER_TOKEN, "ALTEGIO_USER_TOKEN": MOCK_USER_TOKEN}
    result = runner.invoke(app, [*args, "--base-url", base_url], env=env)
    assert result.exit_code == code, result.output
    assert needle in result.output
    assert "Traceback" not in result.output
    assert MOCK_PARTNER_TOKEN not in result.output


def test_call_needs_a_partner_token() -> None:
    result = runner.invoke(app, ["call", "chain_loyalty_certificate_types_list"], env={"ALTEGIO_PARTNER_TOKEN": ""})
    assert result.exit_code == 2
    assert "partner token" in result.output


def test_no_answer_exits_3() -> None:
    port = free_port()  # nothing listens there
    args = ["call", "get_location_list", "--partner-token", "p", "--base-url", f"http://127.0.0.1:{port}/api/v1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 3
    assert "could not connect" in result.output


def test_mock_serve_answers_a_plain_httpx_client() -> None:
    port = free_port()
    command = [sys.executable, "-m", "altegio_async.cli", "mock", "serve", "--port", str(port), "--chains", "2"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}/api/v1/chain/706028/loyalty/certificate_types"
        headers = {"Authorization": f"Bearer {MOCK_PARTNER_TOKEN}, User {MOCK_USER_TOKEN}"}
        deadline = time.monotonic() + 20
        while True:
            try:
                response = httpx.get(url, headers=headers, timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.1)
        assert response.status_code == 200
        body = response.json()
        assert body["success"] is True and body["meta"]["total_count"] == 4
        unauthorised = httpx.get(url, timeout=2)
        assert unauthorised.status_code == 401 and unauthorised.json()["success"] is False
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_demo_runs_and_exits_0() -> None:
    result = runner.invoke(app, ["demo"], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    for step in ("1. logged in", "3. created certificate type", "6. a bad request, refused: ValidationError 422"):
        assert step in result.output
    assert "the client waited it out and retried (statuses seen: [200, 429, 200]" in result.output
    assert "8. paginate: 57 loyalty transactions" in result.output
    assert "NotFoundError: Chain not found" in result.output and "ServerError" in result.output


def test_fan_out_writes_json_lines(served_mock: tuple[str, MockAltegio], tmp_path: object) -> None:
    base_url, mock = served_mock
    ids = ",".join(str(i) for i in [*mock.chain_ids[:2], 1])
    env = {"ALTEGIO_PARTNER_TOKEN": MOCK_PARTNER_TOKEN, "ALTEGIO_USER_TOKEN": MOCK_USER_TOKEN}
    args = ["fan-out", "chain_loyalty_certificate_types_list", "--chain-ids", ids, "--base-url", base_url]
    result = runner.invoke(app, args, env=env)
    assert result.exit_code == 1  # chain 1 does not exist
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    by_chain = {chain: [line for line in lines if line["chain_id"] == chain] for chain in mock.chain_ids[:2]}
    for chain, items in by_chain.items():
        assert len(items) == len(mock.store.chains[chain].certificate_types)
        assert all(item["item"]["company_group_id"] == chain for item in items)
    assert "chain 1 failed" in result.output and "Chain not found" in result.output
