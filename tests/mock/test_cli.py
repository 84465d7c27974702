"""The altegio-async command: ops, call (against the mock on a real port), exit codes, mock serve."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time

import httpx
import pytest
from typer.testing import CliRunner

from altegio_async.cli import app
from altegio_async.testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio
from altegio_b2b.operation_index import OPERATIONS
from tests.mock.conftest import free_port
from tests.support.routes import path_of

runner = CliRunner()


def test_ops_lists_and_filters() -> None:
    result = runner.invoke(app, ["ops", "--tag", "chain_loyalty_programs"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "chain_loyalty_certificate_types_list" in result.output
    assert "authorize_user" not in result.output
    result = runner.invoke(app, ["ops", "--search", "freeze"], env={"COLUMNS": "200"})
    assert "chain_loyalty_memberships_freeze" in result.output and len(result.output.splitlines()) == 2


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
        url = f"http://127.0.0.1:{port}/api/v1" + path_of("chain_loyalty_certificate_types_list", 706028)
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


# -- one-line errors, exit codes, listing and describing ------------------------------------------


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (
            ["call", "chain_loyalty_certificate_types_create", "--chain-id", "1", "body=@/no/such/body.json"],
            "no such file",
        ),
        (["call", "chain_loyalty_certificate_types_create", "--chain-id", "1", "body=@/tmp"], "is a directory"),
        (["fan-out", "chain_loyalty_certificate_types_list", "--chain-ids-file", "/no/such/ids.txt"], "no such file"),
        (["fan-out", "chain_loyalty_certificate_types_list"], "give --chain-ids or --chain-ids-file"),
        (["fan-out", "chain_loyalty_certificate_types_list", "--chain-ids", "1,x"], "whole numbers"),
        (["mock", "serve", "--port", "99999"], "--port must be between 0 and 65535"),
        (["describe", "no_such_operation"], "unknown operation"),
    ],
)
def test_argument_errors_are_one_line_exit_2(args: list[str], needle: str) -> None:
    result = runner.invoke(app, args, env={"ALTEGIO_PARTNER_TOKEN": MOCK_PARTNER_TOKEN, "COLUMNS": "200"})
    assert result.exit_code == 2, result.output
    assert needle in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_fan_out_argument_errors_exit_2_before_sending(served_mock: tuple[str, MockAltegio]) -> None:
    base_url, mock = served_mock
    before = sum(mock.requests.values())
    env = {"ALTEGIO_PARTNER_TOKEN": MOCK_PARTNER_TOKEN, "ALTEGIO_USER_TOKEN": MOCK_USER_TOKEN}
    for bad in (["page=abc"], ["no_such_parameter=1"]):
        args = ["fan-out", "chain_loyalty_certificate_types_list", "--chain-ids", "706028,706029", *bad]
        result = runner.invoke(app, [*args, "--base-url", base_url], env=env)
        assert result.exit_code == 2, result.output
        assert "chain_loyalty_certificate_types_list" in result.output
    assert sum(mock.requests.values()) == before


def test_version() -> None:
    from altegio_async import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"altegio-async {__version__}"


def test_ops_is_plain_when_not_a_terminal_and_json_on_request() -> None:
    result = runner.invoke(app, ["ops"])
    lines = result.output.splitlines()
    path = OPERATIONS["chain_loyalty_certificate_types_list"].path
    assert f"chain_loyalty_certificate_types_list\tGET\t{path}\tList certificate types" in lines

    assert len(lines) == len(OPERATIONS)
    rows = json.loads(runner.invoke(app, ["ops", "--json", "--tag", "chain_loyalty_programs"]).output)
    assert {row["section"] for row in rows} == {"chain_loyalty_programs"}


def test_describe_shows_parameters_body_answer_and_paging() -> None:
    result = runner.invoke(app, ["describe", "chain_loyalty_certificate_types_list"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert {"    chain_id: integer, path, required", "    page: integer, query, optional"} <= set(lines)
    assert lines == [
        "chain_loyalty_certificate_types_list: List certificate types",
        f"  GET {OPERATIONS['chain_loyalty_certificate_types_list'].path}   (auth: user, scope: chain)",
        "  from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list",
        "  parameters:",
        *(  # one line per parameter, as the descriptor has them (an added upstream parameter is listed too)
            f"    {p.python_name}: {p.type}, {p.location}, {'required' if p.required else 'optional'}"
            for p in OPERATIONS["chain_loyalty_certificate_types_list"].parameters
        ),
        "  body: none",
        "  answer: envelope, data array of object, model CertificateType",
        "  paging: page+page_size",
    ]
    record = json.loads(runner.invoke(app, ["describe", "get_service", "--json"]).output)
    assert [p["required"] for p in record["parameters"] if p["location"] == "path"] == [True, False]


def test_mock_serve_on_port_0_says_the_port_it_bound() -> None:
    command = [sys.executable, "-m", "altegio_async.cli", "mock", "serve", "--port", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        banner = process.stderr.readline()
        match = re.search(r"listening on (http://127\.0\.0\.1:(\d+)/api/v1)", banner)
        assert match and int(match.group(2)) > 0, banner
        deadline = time.monotonic() + 20
        while True:
            try:
                stats = httpx.get(match.group(1).removesuffix("/api/v1") + "/__mock__/stats", timeout=2).json()
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert stats["requests"] == 0
    finally:
        process.terminate()
        process.wait(timeout=10)


async def test_mock_counters_count_every_request_and_its_faults() -> None:
    from altegio_async.testing import Faults

    mock = MockAltegio(seed=2, faults=Faults(rate_limit_every=2, retry_after=0))
    async with mock.http_client() as http:
        headers = {"Authorization": f"Bearer {MOCK_PARTNER_TOKEN}, User {MOCK_USER_TOKEN}"}
        url = "http://altegio.mock/api/v1" + path_of("chain_loyalty_certificate_types_list", mock.chain_ids[0])
        statuses = [(await http.get(url, headers=headers)).status_code for _ in range(6)]
    assert statuses.count(429) == 3
    stats = mock.stats()
    assert stats["requests"] == 6 and stats["faults"] == 3 and stats["handled"] == 3
    assert stats["faults_by_kind"] == {"rate_limit": 3} and len(stats["arrivals"]) == 6
    assert "requests=6, faults=3" in repr(mock)


HOSTILE_MESSAGE = "bad [/] input [bold]x[/bold] \x1b[31mred\x1b]0;owned\x07 \x9b2J end"


@pytest.fixture
def hostile_api() -> object:
    """A server whose every answer is a 400 whose message is built to break terminals and markup."""
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = json.dumps(
                {"success": False, "data": None, "meta": {"message": HOSTILE_MESSAGE, "errors": {"[x]": ["\x1b[2J"]}}}
            ).encode()
            self.send_response(400)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api/v1"
    server.shutdown()


def test_server_text_is_printed_as_text_with_controls_escaped(hostile_api: str) -> None:
    args = ["call", "chain_loyalty_certificate_types_list", "--chain-id", "1", "--base-url", hostile_api]
    result = runner.invoke(app, args, env={"ALTEGIO_PARTNER_TOKEN": "partner-token-xyz", "COLUMNS": "300"})
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "MarkupError" not in result.output
    assert "bad [/] input [bold]x[/bold]" in result.output  # markup printed as it came
    assert "\x1b" not in result.output and "\x9b" not in result.output and "\x07" not in result.output
    assert "\\x1b[31mred" in result.output and "\\x9b2J" in result.output


def test_fan_out_failures_are_printed_as_text(hostile_api: str) -> None:
    args = ["fan-out", "chain_loyalty_certificate_types_list", "--chain-ids", "1,2", "--base-url", hostile_api]
    result = runner.invoke(app, args, env={"ALTEGIO_PARTNER_TOKEN": "partner-token-xyz", "COLUMNS": "300"})
    assert result.exit_code == 1
    assert "\x1b]0;owned" not in result.output and "[/]" in result.output


def test_a_deeply_nested_file_is_a_one_line_exit_2(tmp_path: object) -> None:
    from pathlib import Path

    deep = Path(str(tmp_path)) / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    args = ["call", "chain_loyalty_certificate_types_create", "--chain-id", "1", f"body=@{deep}"]
    result = runner.invoke(app, args, env={"ALTEGIO_PARTNER_TOKEN": "partner-token-xyz"})
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "nested too deeply" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_describe_lists_the_bodys_fields_by_their_wire_names() -> None:
    result = runner.invoke(app, ["describe", "create_appointment"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    for expected in ("    client: CreateAppointmentBodyClient, required", "    client.phone: str, optional"):
        assert expected in lines
    assert "    datetime: datetime, optional" in lines  # the wire name, not the Python attribute datetime_
    assert "    services[].id: int, optional" in lines
    record = json.loads(runner.invoke(app, ["describe", "create_appointment", "--json"]).output)
    assert {f["name"] for f in record["body"]["fields"]} >= {"staff_id", "services", "client", "seance_length"}
