"""The benchmark's server: prepared bytes, in a process of its own, so a ratio measures the client.

``python -m benchmarks._server PORT CHAINS``: the mock Altegio's data (chain 706028 gets 100,000
loyalty transactions, the long pagination) answered by a plain asyncio HTTP/1.1 server. Each
distinct request is rendered by the mock once; every later one is answered with the bytes kept
from then, so the server does no per-request work that would sit on both sides of a ratio and
pull it toward 1.

The large answer is built here, once: 10,000 certificate types with every one of the 26
documented fields filled as Altegio fills them (a third carry an expiration date), answered to
``GET .../loyalty/certificate_types?page_size=10000`` (the mock itself refuses pages over 100).
"""

from __future__ import annotations

import asyncio
import json
import sys

import httpx

from altegio_async.testing import MockAltegio
from altegio_async.testing._store import certificate_type

LARGE_ITEMS = 10_000
PAGINATED_ITEMS = 100_000


LARGE_QUERY = b"page_size=10000"
"""The query that asks for the large answer (both sides of the benchmark send it)."""


def large_answer(chain_id: int) -> bytes:
    """The 10,000-item answer's body: every documented field of a certificate type, filled."""
    items = []
    for n in range(LARGE_ITEMS):
        item = certificate_type(10_000_000 + n, chain_id, f"Bulk certificate {n}", 100 + n % 900, [1001, 1002, 1003])
        item.update(
            category_id=500 + n % 7,
            online_sale_is_enabled=n % 2 == 0,
            online_sale_price=50 + n % 300,
            online_sale_description="Six months, at every location.",
            online_sale_image=f"https://assets.alteg.io/certificates/{n}.png",
            released_total=n % 40,
            service_ids=[2001, 2002, 2003],
            expiration_date="2027-06-30" if n % 3 == 0 else None,
        )
        items.append(item)
    return json.dumps({"success": True, "data": items, "meta": {"total_count": LARGE_ITEMS}}).encode()


def build(chains: int) -> MockAltegio:
    """A mock with ``chains`` chains; the first holds the long pagination."""
    mock = MockAltegio(seed=11, chains=chains, locations_per_chain=1)
    first = mock.store.chains[mock.chain_ids[0]]
    template = first.transactions[0]
    first.transactions = [{**template, "id": 20_000_000 + n, "amount": n % 250} for n in range(PAGINATED_ITEMS)]
    return mock


class PreparedServer:
    """Answers each request target with the bytes the mock rendered for it the first time."""

    def __init__(self, mock: MockAltegio) -> None:
        self._renderer = httpx.AsyncClient(transport=httpx.ASGITransport(app=mock.app), base_url="http://prepared")
        self._answers: dict[bytes, bytes] = {}
        body = large_answer(mock.chain_ids[0])
        self._large = (
            f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
        )

    async def _prepare(self, head: bytes) -> bytes:
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, target, _version = request_line.split(" ", 2)
        headers = dict(line.split(": ", 1) for line in header_lines if ": " in line)
        headers.pop("Host", None)
        rendered = await self._renderer.request(method, target, headers=headers)
        status = f"{rendered.status_code} {rendered.reason_phrase}"
        kept = ["Content-Type: " + rendered.headers.get("content-type", "application/json")]
        if "retry-after" in rendered.headers:
            kept.append("Retry-After: " + rendered.headers["retry-after"])
        body = rendered.content
        return (
            f"HTTP/1.1 {status}\r\n" + "\r\n".join(kept) + f"\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode() + body

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                if b"Content-Length:" in head or b"content-length:" in head:
                    raise ConnectionError("the benchmark server answers reads only")
                key = head.split(b"\r\n", 1)[0]
                answer = self._answers.get(key)
                if answer is None and b"/loyalty/certificate_types?" in key and LARGE_QUERY in key:
                    answer = self._answers[key] = self._large
                if answer is None:
                    answer = self._answers[key] = await self._prepare(head[:-4])
                writer.write(answer)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


async def run(port: int, chains: int) -> None:
    """Serve until killed."""
    server = PreparedServer(build(chains))
    listener = await asyncio.start_server(server.serve, "127.0.0.1", port, limit=1 << 20)
    async with listener:
        await listener.serve_forever()


def main() -> None:
    """``python -m benchmarks._server PORT CHAINS``."""
    asyncio.run(run(int(sys.argv[1]), int(sys.argv[2])))


if __name__ == "__main__":
    main()
