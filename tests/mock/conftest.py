"""Fixtures: a fresh mock Altegio and a logged-in client talking to it in-process."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import uvicorn

from altegio_async import AltegioClient
from altegio_async.testing import MOCK_BASE_URL, MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio


@pytest.fixture
def mock() -> MockAltegio:
    return MockAltegio(seed=1)


@contextlib.asynccontextmanager
async def client_for(mock: MockAltegio, **options: Any) -> AsyncIterator[AltegioClient]:
    """A logged-in client talking to ``mock`` in-process (no rate limit unless one is given)."""
    options.setdefault("rate_limit", None)
    async with (
        mock.http_client() as http,
        AltegioClient(
            MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=MOCK_BASE_URL, http_client=http, **options
        ) as client,
    ):
        yield client


def count_titles(mock: MockAltegio, title: str) -> int:
    """How many certificate types called ``title`` the mock holds, across all chains."""
    return sum(1 for c in mock.store.chains.values() for t in c.certificate_types.values() if t["title"] == title)


@pytest.fixture
async def altegio(mock: MockAltegio) -> AsyncIterator[AltegioClient]:
    async with client_for(mock) as client:
        yield client


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def served_mock() -> Iterator[tuple[str, MockAltegio]]:
    """The mock on a real loopback port, served by uvicorn in a thread."""
    mock = MockAltegio(seed=3)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(mock.app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the mock server did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}/api/v1", mock
    server.should_exit = True
    thread.join(timeout=10)
