"""A tiny keep-alive HTTP/1.1 server that answers like Altegio's certificate-type endpoints, fast.

The resource proof (10,000 concurrent calls through a pool of 20) measures the client, so the
server in the other process must not be the bottleneck: this one answers thousands of requests
a second on one core. ``python -m tests.backends.fast_server PORT``.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys

from altegio_b2b.operation_index import OPERATIONS

ONE = {"id": 289056, "title": "Gift Certificate 1000", "balance": 1000, "is_multi": True, "company_group_id": 706028}
BODIES = {
    "list": json.dumps({"success": True, "data": [ONE], "meta": {"total_count": 1}}).encode(),
    "one": json.dumps({"success": True, "data": ONE, "meta": []}).encode(),
}


# The list's path as the descriptors have it (so an upstream rename of the path is followed).
LIST = re.compile(
    re.sub(
        r"\\\{\w+\\\}", "[^/]+", re.escape("/api/v1" + OPERATIONS["chain_loyalty_certificate_types_list"].path)
    ).encode()
    + b"$"
)


def answer(path: bytes) -> bytes:
    body = BODIES["list"] if LIST.match(path.split(b"?")[0]) else BODIES["one"]
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body)
    return head + body


async def serve_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            request_line, _, headers = head.partition(b"\r\n")
            length = 0
            for line in headers.split(b"\r\n"):
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            if length:
                await reader.readexactly(length)
            writer.write(answer(request_line.split(b" ")[1]))
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main(port: int) -> None:
    server = await asyncio.start_server(serve_connection, "127.0.0.1", port)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
