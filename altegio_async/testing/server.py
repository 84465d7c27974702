"""``MockAltegio``: a local Altegio B2B API v1 for demos, tests and benchmarks.

It serves every path of the API under ``/api/v1``: the loyalty area the seed pages document
from an in-memory store (with validation), every other operation from its response model (a
stable example, paged where the operation pages). Authentication works as Altegio's does, and
fault knobs inject latency, 429s, 5xx, connection resets and malformed bodies.

In-process::

    mock = MockAltegio()
    async with mock.http_client() as http, AltegioClient(
        MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=MOCK_BASE_URL, http_client=http
    ) as altegio:
        ...

On a port: ``altegio-async mock serve --port 8080`` (uvicorn).
"""

from __future__ import annotations

import asyncio
import importlib
import json
import re
import time
import typing
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from .._operations import describe
from ..envelope import load_json
from ..rules import PAGE_SIZE_PARAMETERS
from ._examples import Binary, Example, receipt_pdf, stable_int, success_type
from ._loyalty import HANDLERS, NO_BODY, Answer, Call, Refused, envelope, error, page_of
from ._records import RECORD_HANDLERS
from ._store import Store
from .faults import FaultPlan, Faults
from .webhooks import WebhookSender, delivery_for

__all__ = [
    "MOCK_BASE_URL",
    "MOCK_LOGIN",
    "MOCK_PARTNER_TOKEN",
    "MOCK_PASSWORD",
    "MOCK_USER_TOKEN",
    "STATS_PATH",
    "WEBHOOKS_PATH",
    "MockAltegio",
]

MOCK_BASE_URL = "http://altegio.mock/api/v1"
STATS_PATH = "/__mock__/stats"
WEBHOOKS_PATH = "/__mock__/webhooks"
MOCK_PARTNER_TOKEN = "mock-partner-token"
MOCK_USER_TOKEN = "mock-user-token"
MOCK_LOGIN = "owner@example.com"
MOCK_PASSWORD = "demo-password"
_AUTH = re.compile(r"Bearer\s+([^,\s]+)(?:\s*,\s*User\s+(\S+))?")


class _ResetBeforeProcessing(Exception):
    """The connection drops before the request reaches the handler."""


class _ResetAfterProcessing(Exception):
    """The connection drops after the handler ran, before the answer leaves."""


@dataclass(frozen=True)
class _Route:
    name: str
    method: str
    pattern: re.Pattern[str]
    auth: str
    status: int
    query: tuple[str, ...]
    module: str
    path: str


def _compile_routes() -> list[_Route]:
    from altegio_b2b.operation_index import OPERATIONS

    routes = []
    for name, entry in OPERATIONS.items():
        regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(entry.path))
        routes.append(
            _Route(
                name,
                entry.method,
                re.compile(f"^{regex}$"),
                entry.auth,
                entry.status,
                entry.query,
                entry.module,
                entry.path,
            )
        )
    # Literal segments win over parameters: /certificate_types/fetch before /certificate_types/{id}.
    routes.sort(key=lambda r: (r.pattern.pattern.count("(?P<"), -len(r.pattern.pattern)))
    return routes


class _MockTransport(httpx.ASGITransport):
    """The in-process transport; turns the mock's injected resets into httpx's errors."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except _ResetBeforeProcessing:
            raise httpx.ConnectError("connection reset by the mock server", request=request) from None
        except _ResetAfterProcessing:
            raise httpx.ReadError("connection reset by the mock server after processing", request=request) from None


class MockAltegio:
    """A local Altegio. See the module docstring.

    Args:
        seed: makes the seeded data and every example and fault deterministic.
        chains: how many chains to seed (ids from 706028 on), each with ``locations_per_chain``.
        partner_tokens: the partner tokens accepted.
        user_tokens: the user tokens accepted.
        users: login → (password, user token) for ``POST /auth``.
        faults: faults for every path; ``set_faults(..., path=prefix)`` adds per-path ones.
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        chains: int = 5,
        locations_per_chain: int = 3,
        partner_tokens: Iterable[str] = (MOCK_PARTNER_TOKEN,),
        user_tokens: Iterable[str] = (MOCK_USER_TOKEN,),
        users: Mapping[str, tuple[str, str]] | None = None,
        faults: Faults | None = None,
    ) -> None:
        self.store = Store(seed, chains, locations_per_chain)
        self.partner_tokens = set(partner_tokens)
        self.user_tokens = set(user_tokens)
        self.users = dict(users or {MOCK_LOGIN: (MOCK_PASSWORD, MOCK_USER_TOKEN)})
        self.user_tokens.update(token for _, token in self.users.values())
        self.faults = faults or Faults()
        self.path_faults: dict[str, Faults] = {}
        self.plan = FaultPlan(seed)
        self.requests: Counter[str] = Counter()
        self.handled: Counter[str] = Counter()
        self.faults_injected: Counter[str] = Counter()
        self.arrivals: list[float] = []
        self._routes = _compile_routes()
        self.webhooks = WebhookSender()
        methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
        self.app = Starlette(
            routes=[
                Route("/api/v1/{path:path}", self._handle, methods=methods),
                Route(STATS_PATH, self._stats, methods=["GET"]),
                Route(WEBHOOKS_PATH, self._set_webhook, methods=["POST"]),
            ]
        )

    def __repr__(self) -> str:
        faults = sum(self.faults_injected.values())
        return f"MockAltegio(chains={list(self.store.chains)}, requests={sum(self.requests.values())}, faults={faults})"

    def stats(self) -> dict[str, Any]:
        """What the server saw: every request (faults included), the faults, and arrival times.

        ``requests`` counts every request that reached the server, ``faults`` those answered
        (or cut off) by an injected fault, ``handled`` those the API logic processed;
        ``arrivals`` are the wall-clock times (``time.time()``) requests arrived, in order.
        Served as JSON at ``GET /__mock__/stats`` too, for a mock running in another process.
        """
        return {
            "requests": sum(self.requests.values()),
            "faults": sum(self.faults_injected.values()),
            "handled": sum(self.handled.values()),
            "faults_by_kind": dict(self.faults_injected),
            "by_operation": dict(self.requests),
            "arrivals": list(self.arrivals),
        }

    async def _stats(self, request: Request) -> Response:
        return Response(json.dumps(self.stats()).encode(), 200, media_type="application/json")

    def set_webhook(self, location_id: int, url: str, *, transport: httpx.AsyncBaseTransport | None = None) -> None:
        """Send ``location_id``'s webhook deliveries to ``url`` (through ``transport``, e.g. an ASGI app's, if given).

        After every write the mock serves for that location (appointments, clients, team
        members, services, products, goods and finance operations, the location itself) it POSTs
        ``{company_id, resource, resource_id, status, data}`` there, as Altegio does. For a mock in
        another process: ``POST /__mock__/webhooks`` with ``{"location_id": ..., "url": ...}``.
        """
        self.webhooks.set(location_id, url, transport)

    async def _set_webhook(self, request: Request) -> Response:
        try:
            body = load_json(await request.body())
            self.set_webhook(int(body["location_id"]), str(body["url"]))
        except (ValueError, KeyError, TypeError):
            return _respond(error(400, 'Send {"location_id": <int>, "url": <str>}'))
        return _respond(envelope(None))

    @property
    def chain_ids(self) -> list[int]:
        """The seeded chains' ids."""
        return list(self.store.chains)

    def transport(self) -> httpx.AsyncBaseTransport:
        """An httpx transport that calls this server in-process (no socket)."""
        return _MockTransport(app=self.app)

    def http_client(self, **kwargs: Any) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` bound to this server, for ``AltegioClient(http_client=...)``."""
        return httpx.AsyncClient(transport=self.transport(), **kwargs)

    def set_faults(self, faults: Faults, path: str | None = None) -> None:
        """Inject ``faults`` for every path, or for paths starting with ``path`` (e.g. ``/chain/706029``)."""
        if path is None:
            self.faults = faults
        else:
            self.path_faults["/" + path.strip("/")] = faults

    def faults_for(self, path: str) -> Faults:
        """The faults that apply to a path (the longest matching prefix wins)."""
        matches = [prefix for prefix in self.path_faults if path == prefix or path.startswith(prefix + "/")]
        return self.path_faults[max(matches, key=len)] if matches else self.faults

    # -- request handling ---------------------------------------------------------------------

    async def _handle(self, request: Request) -> Response:
        self.arrivals.append(time.time())
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        path = raw_path.decode("latin-1").split("?", 1)[0].removeprefix("/api/v1")
        faults = self.faults_for(unquote(path))
        body = await request.body()  # read first: a client that gives up later still delivered it
        route, params = self._match(request.method, path)
        self.requests[route.name if route is not None else "(no such endpoint)"] += 1
        if faults.latency:
            await asyncio.sleep(faults.latency)
        fault = self.plan.decide(faults)
        if fault is not None:
            self.faults_injected[fault[0]] += 1
        if fault is not None and fault[0] != "drop":
            return self._fault_answer(fault, faults)
        if route is None:
            return _respond(error(404, f"No such endpoint: {request.method} {unquote(path)}"))
        answer = self._authenticate(request, route) or self._answer(route, params, request, body)
        self.handled[route.name] += 1
        if self.webhooks.targets and answer[0] < 300 and request.method != "GET":
            data = answer[1].get("data") if isinstance(answer[1], dict) else None
            delivery = delivery_for(request.method, route.path, params, data)
            if delivery is not None:
                self.webhooks.send(delivery)
        if fault is not None:  # a drop: processed, but the answer never leaves
            raise _ResetAfterProcessing()
        response = _respond(answer)
        return _trickle(response, faults.slow_body) if faults.slow_body else response

    def _match(self, method: str, path: str) -> tuple[_Route | None, dict[str, str]]:
        for route in self._routes:
            if route.method == method and (found := route.pattern.match(path)):
                return route, {k: unquote(v) for k, v in found.groupdict().items()}
        return None, {}

    def _fault_answer(self, fault: tuple[str, int], faults: Faults) -> Response:
        kind, status = fault
        if kind == "reset":
            raise _ResetBeforeProcessing()
        if kind == "rate_limit":
            return _respond(error(429, "Too many requests"), {"Retry-After": f"{faults.retry_after:g}"})
        if kind == "server_error":
            if status == 502:
                return Response(b"<html><body><h1>502 Bad Gateway</h1></body></html>", 502, media_type="text/html")
            return _respond(error(status, "Internal error, please try again"))
        if self.plan.counts["malformed"] % 2:
            return Response(b"<html><body>Maintenance</body></html>", 200, media_type="text/html")
        return Response(b'{"success": true, "data": [{"id": 1', 200, media_type="application/json")

    def _authenticate(self, request: Request, route: _Route) -> Answer | None:
        found = _AUTH.fullmatch(request.headers.get("authorization", "").strip())
        if found is None or found[1] not in self.partner_tokens:
            return error(401, "Partner authentication failed: missing or unknown partner token")
        if route.auth == "user":
            if not found[2]:
                return error(403, "This operation needs a user token: Authorization: Bearer <partner>, User <user>")
            if found[2] not in self.user_tokens:
                return error(401, "User authentication failed: unknown user token")
        return None

    def _answer(self, route: _Route, params: dict[str, str], request: Request, raw_body: bytes) -> Answer:
        query = parse_qs(request.url.query, keep_blank_values=True)
        bad_ids = {
            name: ["Must be an integer"]
            for name, value in params.items()
            if _ID_PARAMETER.search(name) and not value.isdigit()
        }
        if bad_ids:  # Altegio's ids are whole numbers: "abc", "1.5" or "a/b" never reach the store
            return error(400, "Invalid identifier in the path", bad_ids)
        try:
            body = load_json(raw_body) if raw_body and "json" in request.headers.get("content-type", "") else None
        except (ValueError, RecursionError):
            return error(400, "The body is not valid JSON (or nests too deeply, or holds a number out of range)")
        call = Call(op=route.name, params=params, query=query, body=body, store=self.store)
        try:
            if route.name == "authorize_user":
                return self._login(call)
            handler = HANDLERS.get(route.name) or RECORD_HANDLERS.get(route.name)
            if handler is not None:
                return handler(call)
            return self._example_answer(route, call)
        except Refused as refused:
            return error(refused.status, refused.message, refused.errors)
        except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
            # Input no check foresaw: refused like Altegio refuses it, the store untouched by design
            # (handlers validate before they write).
            return error(400, f"Bad request ({type(exc).__name__})")

    def _login(self, call: Call) -> Answer:
        body = call.body if isinstance(call.body, dict) else {}
        missing = {name: ["The field is required"] for name in ("login", "password") if not body.get(name)}
        if missing:
            return error(422, "Validation error", missing)
        known = self.users.get(str(body["login"]))
        if known is None or known[0] != body["password"]:
            return error(401, "Wrong login or password")
        return envelope({"id": 1, "user_token": known[1], "name": "Demo Owner", "login": body["login"]}, status=201)

    def _example_answer(self, route: _Route, call: Call) -> Answer:
        """A stable example of the operation's documented answer, paged where it pages."""
        info = describe(importlib.import_module(route.module))
        seed = (route.name, *sorted(call.params.items()))
        if info.answer == "binary":
            return route.status, receipt_pdf("Receipt " + " ".join(call.params.values()))
        data_hint = success_type(info.module)
        if info.answer == "envelope" and data_hint is not None:
            item_hint = _list_item(data_hint)
            if item_hint is None:
                return envelope(Example(seed).value(data_hint, "data"), status=route.status)
            items, meta = self._example_page(route, call, item_hint, seed)
            return envelope(items, meta, status=route.status)
        if data_hint is not None:
            return route.status, Example(seed).value(data_hint, "data")
        return (204, NO_BODY) if route.status == 204 else envelope(None, status=route.status)

    def _example_page(
        self, route: _Route, call: Call, item_hint: Any, seed: tuple[Any, ...]
    ) -> tuple[list[Any], dict[str, Any]]:
        total = 20 + stable_int(*seed, modulo=30)
        size_param = next((p for p in PAGE_SIZE_PARAMETERS if p in route.query), None)
        if size_param is None:
            count = min(total, 3)
            return [_with_id(Example((*seed, i)).value(item_hint, "item"), seed, i) for i in range(count)], {
                "total_count": count
            }
        size = call.int_arg(size_param, 10)
        indexes = page_of(range(total), call.int_arg("page", 1), size) if "page" in route.query else range(size)
        items = [_with_id(Example((*seed, i)).value(item_hint, "item"), seed, i) for i in indexes if i < total]
        return items, {"total_count": total, "count": total}


_ID_PARAMETER = re.compile(r"(^|_)id$")


def _list_item(hint: Any) -> Any:
    """The item type when ``hint`` is a (possibly optional) list, else None."""
    options = typing.get_args(hint) if typing.get_origin(hint) is not list else (hint,)
    for option in options:
        if typing.get_origin(option) is list:
            return (typing.get_args(option) or (Any,))[0]
    return None


def _with_id(item: Any, seed: tuple[Any, ...], index: int) -> Any:
    if isinstance(item, dict) and "id" in item and isinstance(item["id"], int):
        item["id"] = stable_int(*seed, modulo=10_000) * 1000 + index + 1
    return item


def _trickle(response: Response, pause: float) -> Response:
    """The same answer, its body sent in four chunks with ``pause`` seconds between them."""
    body = bytes(response.body)
    size = max(1, -(-len(body) // 4))

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(body), size):
            if start:
                await asyncio.sleep(pause)
            yield body[start : start + size]

    headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
    return StreamingResponse(chunks(), response.status_code, headers=headers)


def _respond(answer: Answer, headers: Mapping[str, str] | None = None) -> Response:
    status, body = answer
    if body is NO_BODY:
        return Response(status_code=status, headers=dict(headers or {}))
    if isinstance(body, Binary):
        return Response(body.content, status, headers=dict(headers or {}), media_type=body.media_type)
    content = json.dumps(body, separators=(",", ":"), allow_nan=False).encode()
    return Response(content, status, headers=dict(headers or {}), media_type="application/json")
