"""Real services on loopback for the tests: redis-server, the mock in its own process, a static site."""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.mock.conftest import free_port


def wait_for_port(port: int, process: subprocess.Popen[Any], what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not listen on port {port}")


class RedisServer:
    """A real ``redis-server`` on a loopback port, with no persistence; stop() kills it."""

    def __init__(self, *extra: str, port: int | None = None) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is not installed (.ci/run and `make test` install Debian's redis-server)")
        self.port = port or free_port()
        self.dir = tempfile.mkdtemp(prefix="altegio-redis-")
        self.process = subprocess.Popen(
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                self.dir,
                *extra,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port, self.process, "redis-server")

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)


@contextlib.contextmanager
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer()
    try:
        yield server
    finally:
        server.kill()


def _cluster_port() -> int:
    """A free port of at most 55535 whose bus port (+10000) is free too, as a cluster node needs."""
    import random

    for _ in range(200):
        port = random.randint(20000, 55000)
        try:
            for candidate in (port, port + 10000):
                with socket.socket() as probe:
                    probe.bind(("127.0.0.1", candidate))
        except OSError:
            continue
        return port
    raise RuntimeError("no free port pair for a Redis Cluster node")


@contextlib.contextmanager
def redis_cluster(nodes: int = 3) -> Iterator[list[RedisServer]]:
    """A real Redis Cluster of ``nodes`` masters on loopback (``redis-cli --cluster create``)."""
    servers: list[RedisServer] = []
    try:
        for _ in range(nodes):
            port = _cluster_port()
            servers.append(RedisServer("--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", port=port))
        addresses = [f"127.0.0.1:{s.port}" for s in servers]
        subprocess.run(
            ["redis-cli", "--cluster", "create", *addresses, "--cluster-replicas", "0", "--cluster-yes"],
            check=True,
            capture_output=True,
            timeout=60,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            done = subprocess.run(
                ["redis-cli", "-p", str(servers[0].port), "cluster", "info"], capture_output=True, text=True, timeout=10
            )
            if "cluster_state:ok" in done.stdout:
                break
            time.sleep(0.2)
        else:
            raise RuntimeError("the Redis Cluster did not come up")
        yield servers
    finally:
        for server in servers:
            server.kill()


@contextlib.contextmanager
def mock_process(latency: float = 0.0, chains: int = 5) -> Iterator[str]:
    """``altegio-async mock serve`` in its own process; yields its base URL."""
    port = free_port()
    command = [sys.executable, "-m", "altegio_async.cli", "mock", "serve", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--latency", str(latency), "--chains", str(chains)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, process, "the mock server")
        yield f"http://127.0.0.1:{port}/api/v1"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def mock_stats(base_url: str) -> dict[str, Any]:
    """``GET /__mock__/stats`` of a mock in another process."""
    root = base_url.removesuffix("/api/v1")
    with urllib.request.urlopen(f"{root}/__mock__/stats", timeout=10) as answer:
        return dict(json.loads(answer.read()))


def max_in_window(times: list[float], period: float) -> int:
    """The most arrivals any window of ``period`` seconds holds (windows start at each arrival)."""
    ordered = sorted(times)
    best, start = 0, 0
    for end, t in enumerate(ordered):
        while ordered[start] <= t - period:
            start += 1
        best = max(best, end - start + 1)
    return best


class _QuietFiles(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def static_site(folder: Path) -> Iterator[str]:
    """The files of ``folder`` served on 127.0.0.1 from a thread; yields the base URL."""
    handler = functools.partial(_QuietFiles, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
