"""``altegio-async webhooks listen`` on a real port: a delivery in, an event line out, a bad secret refused."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.limits.services import wait_for_port
from tests.mock.conftest import free_port


def _line(process: subprocess.Popen[str], timeout: float = 15.0) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.2)
        if ready:
            return process.stdout.readline()
    raise AssertionError("no event line printed")


def test_listen_prints_each_delivery_once(tmp_path: Path) -> None:
    port = free_port()
    command = [sys.executable, "-m", "altegio_async.cli", "webhooks", "listen", "--port", str(port)]
    command += ["--secret", "old", "--secret", "new", "--db", str(tmp_path / "inbox.sqlite")]
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "400"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        wait_for_port(port, process, "webhooks listen")
        delivery = {"company_id": 5, "resource": "record", "resource_id": 7, "status": "create", "data": {"id": 7}}
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as http:
            assert http.post("/?secret=wrong", json=delivery).status_code == 401
            for secret in ("old", "new"):  # the same delivery twice, under both secrets
                assert http.post(f"/?secret={secret}", json=delivery).status_code == 200
        event = json.loads(_line(process))
        assert event["resource"] == "record" and event["status"] == "create" and event["location_id"] == 5
        assert event["raw"] == delivery
        assert select.select([process.stdout], [], [], 1.0)[0] == []  # handled once
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=15)
    assert "wrong" not in stderr and "receiving webhooks on" in stderr


RECEIVER_ONLY = """
import sys, uvicorn
from altegio_async.webhooks import SQLiteInbox, WebhookReceiver
receiver = WebhookReceiver(secrets=["s"], inbox=SQLiteInbox(sys.argv[2]))  # no handler runs: only the inbox
uvicorn.run(receiver, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", lifespan="off")
"""


def test_an_acknowledged_delivery_survives_a_killed_process(tmp_path: Path) -> None:
    import asyncio

    from altegio_async.webhooks import SQLiteInbox

    port, db = free_port(), tmp_path / "inbox.sqlite"
    process = subprocess.Popen([sys.executable, "-c", RECEIVER_ONLY, str(port), str(db)], stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, process, "receiver")
        bodies = [
            {"company_id": 5, "resource": "client", "resource_id": n, "status": "update", "data": {}} for n in range(20)
        ]
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as http:
            for body in bodies:
                assert http.post("/?secret=s", json=body).status_code == 200
    finally:
        process.kill()  # SIGKILL: no shutdown, no flush
        process.wait(timeout=15)
    pending = asyncio.run(SQLiteInbox(db).pending())
    assert sorted(json.loads(d.body)["resource_id"] for d in pending) == list(range(20))
