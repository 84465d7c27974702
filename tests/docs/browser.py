"""A headless chromium driven over the DevTools protocol: pages load for real, workers run.

``--dump-dom`` takes a snapshot under virtual time, in which Material's search worker never
answers; here the browser runs in real time and the test reads the page as a reader sees it.
"""

from __future__ import annotations

import asyncio
import itertools
import shutil
import subprocess
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp

from tests.mock.conftest import free_port

__all__ = ["Browser", "browser"]


class Browser:
    """One page of a running chromium: ``goto(url)``, ``evaluate(js)``, ``wait_for(js)``."""

    def __init__(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        self._socket = socket
        self._ids = itertools.count(1)
        self.console: list[str] = []

    async def _call(self, method: str, **params: Any) -> dict[str, Any]:
        number = next(self._ids)
        await self._socket.send_json({"id": number, "method": method, "params": params})
        while True:
            message = await self._socket.receive_json(timeout=30)
            if message.get("method") == "Runtime.exceptionThrown":
                self.console.append(str(message["params"]["exceptionDetails"].get("text")))
            elif message.get("method") == "Runtime.consoleAPICalled" and message["params"]["type"] == "error":
                self.console.append(" ".join(str(a.get("value")) for a in message["params"]["args"]))
            if message.get("id") == number:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return dict(message.get("result") or {})

    async def goto(self, url: str) -> None:
        """Open ``url`` and wait until its document has loaded."""
        await self._call("Page.navigate", url=url)
        await self.wait_for("document.readyState === 'complete' && location.href !== 'about:blank'")

    async def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page."""
        result = await self._call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    async def wait_for(self, expression: str, timeout: float = 20.0) -> Any:
        """The expression's value once it is truthy (AssertionError after ``timeout`` seconds)."""
        deadline = time.monotonic() + timeout
        while True:
            value = await self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"not true within {timeout} s: {expression}")
            await asyncio.sleep(0.1)


@asynccontextmanager
async def browser(profile: Path) -> AsyncIterator[Browser]:
    """A headless chromium (Debian's) with one page, closed at the end."""
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        raise RuntimeError("chromium is not installed (.ci/run installs Debian's chromium)")
    port = free_port()
    process = subprocess.Popen(
        [
            executable,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            f"--user-data-dir={profile}",
            f"--remote-debugging-port={port}",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        async with aiohttp.ClientSession() as session:
            targets: list[dict[str, Any]] = []
            deadline = time.monotonic() + 30
            while not any(t.get("type") == "page" for t in targets):
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("chromium did not open its debugging port")
                try:
                    async with session.get(f"http://127.0.0.1:{port}/json/list") as answer:
                        targets = await answer.json()
                except aiohttp.ClientError:
                    await asyncio.sleep(0.1)
            page = next(t for t in targets if t.get("type") == "page")
            async with session.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0) as connection:
                driver = Browser(connection)
                await driver._call("Page.enable")
                await driver._call("Runtime.enable")
                yield driver
    finally:
        process.kill()
        process.wait(timeout=10)
