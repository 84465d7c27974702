"""A hostile HTTP/1.1 server on loopback for the backend tests: it reads each request whole,
counts it, then does what its current ``mode`` says (answer, reset, hang, send malformed HTTP...).

Written on raw asyncio streams, so it can break HTTP in ways no framework allows.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import struct
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

OK_BODY = json.dumps({"success": True, "data": [], "meta": []}).encode()
ENVELOPE_401 = json.dumps({"success": False, "data": None, "meta": {"message": "Bad credentials"}}).encode()


def _answer(status: str, body: bytes, *headers: str) -> bytes:
    head = [f"HTTP/1.1 {status}", "Content-Type: application/json", f"Content-Length: {len(body)}", *headers]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def _gzip_twice_bomb(inflated: int) -> bytes:
    return gzip.compress(gzip.compress(b"\0" * inflated, 9), 9)


class HostileServer:
    """Counts every request it read whole (by method) and answers by ``mode``."""

    def __init__(self) -> None:
        self.mode = "ok"
        self.arrived: Counter[str] = Counter()
        self.bodies: list[bytes] = []
        self.port = 0
        self._server: asyncio.AbstractServer | None = None
        self._open: set[asyncio.StreamWriter] = set()

    @property
    def base_url(self) -> str:
        """The API root the client is given."""
        return f"http://127.0.0.1:{self.port}/api/v1"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            # Since Python 3.12 wait_closed() waits for every connection: end the hanging ones.
            for writer in list(self._open):
                writer.close()
            await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._open.add(writer)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method = lines[0].split(" ")[0]
                length = next((int(x.split(":")[1]) for x in lines if x.lower().startswith("content-length:")), 0)
                body = await reader.readexactly(length) if length else b""
                self.arrived[method] += 1
                self.bodies.append(body)
                if not await self._respond(self.mode, writer):
                    return
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            self._open.discard(writer)
            if not writer.is_closing():
                writer.close()

    async def _respond(self, mode: str, writer: asyncio.StreamWriter) -> bool:
        """Act on one request; False to end the connection."""
        if mode == "ok":
            writer.write(_answer("200 OK", OK_BODY))
        elif mode == "unauthorized":
            writer.write(_answer("401 Unauthorized", ENVELOPE_401))
        elif mode == "reset":  # an RST right after the request was read
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            return False
        elif mode == "close":  # a clean close before any answer
            writer.close()
            return False
        elif mode == "hang":
            await asyncio.sleep(3600)
        elif mode == "trickle_headers":
            for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 60:
                writer.write(bytes([byte]))
                await writer.drain()
                await asyncio.sleep(0.1)
        elif mode == "bad_status_line":
            writer.write(b"HTTP/1.1 2x0 WHAT\r\nContent-Length: 2\r\n\r\n{}")
        elif mode == "huge_header":
            writer.write(b"HTTP/1.1 200 OK\r\nX-Huge: " + b"a" * 200_000 + b"\r\nContent-Length: 2\r\n\r\n{}")
        elif mode == "bad_chunking":
            writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\nnot hex\r\n0\r\n\r\n")
        elif mode == "two_lengths":
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 40\r\n\r\n{}")
        elif mode == "short_body":
            writer.write(b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{"succ')
            await writer.drain()
            writer.close()
            return False
        elif mode == "gzip_twice":
            writer.write(_answer("200 OK", _gzip_twice_bomb(50 << 20), "Content-Encoding: gzip, gzip"))
        elif mode == "brotli":
            writer.write(_answer("200 OK", b"\x0b\x02\x80{}\x03", "Content-Encoding: br"))
        else:
            raise AssertionError(f"unknown mode {mode}")
        await writer.drain()
        return True


@asynccontextmanager
async def hostile_server() -> AsyncIterator[HostileServer]:
    """A started :class:`HostileServer`, stopped on exit."""
    server = HostileServer()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
