"""The ``make demo`` scenario: the public facade at work against the in-process mock Altegio."""

from __future__ import annotations

import time
from datetime import date
from typing import TYPE_CHECKING, Any

import httpx
from rich.console import Console
from rich.table import Table

from ..client import AltegioClient
from ..errors import RateLimitError, ValidationError
from ..fanout import Outcome

if TYPE_CHECKING:
    from ..testing import MockAltegio
    from ..webhooks import WebhookEvent
    from ..wire import Response

__all__ = ["run_demo"]


async def run_demo(console: Console) -> None:
    """Log in, list, create and update certificate types, read transactions, show errors and a retried 429,
    fan out, receive a webhook, keep a replica in sync."""
    from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_create as create_cert_type
    from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_cert_types
    from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_update as update_cert_type
    from altegio_b2b.api.chain_loyalty_programs import get_chain_loyalty_transaction_list as list_transactions

    from ..testing import MOCK_BASE_URL, MOCK_LOGIN, MOCK_PARTNER_TOKEN, MOCK_PASSWORD, Faults, MockAltegio

    mock = MockAltegio(seed=7)
    attempts: list[int] = []

    def count_attempt(response: Response) -> None:
        attempts.append(response.status_code)

    async with (
        mock.http_client() as http,
        AltegioClient(
            MOCK_PARTNER_TOKEN, base_url=MOCK_BASE_URL, http_client=http, event_hooks={"response": [count_attempt]}
        ) as altegio,
    ):
        console.rule("[bold]altegio-async demo[/] against the embedded mock Altegio")
        await altegio.login(MOCK_LOGIN, MOCK_PASSWORD)
        console.print(f"1. logged in as {MOCK_LOGIN}: the client now sends the user token with every request")

        chain_id = mock.chain_ids[0]
        chain = altegio.chain(chain_id)
        types = await chain.call(list_cert_types, page_size=100) or []
        table = Table("id", "title", "balance", "issued", title=f"2. certificate types of chain {chain_id}")
        for t in types:
            table.add_row(str(t.id), str(t.title), f"{t.balance:g}", str(t.released_total))
        console.print(table)

        new_type = {
            "title": "Demo Gift 1500",
            "balance": 1500,
            "is_multi": True,
            "item_type_id": 0,
            "balance_edit_type_id": 1,
            "is_allow_empty_code": False,
            "service_ids": [],
            "salon_ids": mock.store.chains[chain_id].location_ids[:1],
            "expiration": {"type_id": 2, "timeout": 6, "timeout_unit_id": 3},
            "online_sale": {"is_enabled": True, "title": "Demo Gift", "description": "", "price": 1500},
        }
        created = await chain.call(create_cert_type, body=new_type)
        assert created is not None and isinstance(created.id, int)
        console.print(f"3. created certificate type {created.id}: {created.title!r}, balance {created.balance}")

        updated = await chain.call(
            update_cert_type, created.id, body={**new_type, "title": "Demo Gift 2000", "balance": 2000}
        )
        assert updated is not None
        console.print(f"4. updated it: {updated.title!r}, balance {updated.balance}")

        page = await chain.call_with_meta(
            list_transactions, page=1, count=5, created_after=date(2026, 1, 1), created_before=date(2026, 12, 31)
        )
        table = Table(
            "id", "type", "amount", title=f"5. loyalty transactions, page 1 of {page.meta['total_count']} in all"
        )
        for tx in page.data or []:
            kind = tx.type_.title if hasattr(tx.type_, "title") else tx.type_
            table.add_row(str(tx.id), str(kind), f"{tx.amount:.2f}")
        console.print(table)

        try:
            await chain.call(create_cert_type, body={**new_type, "title": "", "balance": -5, "item_type_id": 7})
        except ValidationError as error:
            table = Table(
                "field", "messages", title=f"6. a bad request, refused: {type(error).__name__} {error.status}"
            )
            for field, messages in error.errors.items():
                table.add_row(field, "; ".join(messages))
            console.print(table)

        mock.set_faults(Faults(rate_limit_every=2, retry_after=0.5), path=f"/chain/{chain_id}/loyalty")
        attempts.clear()
        started = time.perf_counter()
        try:
            await chain.call(list_cert_types)
            await chain.call(list_cert_types)
        except RateLimitError as error:  # only if the retries ran out
            console.print(f"[red]rate limited beyond the retries:[/] {error}")
            raise
        waited = time.perf_counter() - started
        console.print(
            f"7. two calls met a 429 with Retry-After: 0.5; the client waited it out and retried "
            f"(statuses seen: {attempts}, {waited:.2f} s)"
        )
        mock.set_faults(Faults(), path=f"/chain/{chain_id}/loyalty")

        after, before = date(2026, 1, 1), date(2026, 12, 31)
        pages = chain.pages(list_transactions, count=20, created_after=after, created_before=before)
        sizes = [len(p.data) async for p in pages]
        transactions = chain.paginate(list_transactions, count=20, created_after=after, created_before=before)
        everything = await transactions.collect()
        console.print(
            f"8. paginate: {len(everything)} loyalty transactions of chain {chain_id} in {len(sizes)} pages "
            f"of {sizes} items; iteration stopped at meta.total_count"
        )
        await run_fan_out(console, altegio, mock, list_cert_types)
        await run_webhooks_and_sync(console, altegio, mock)
        console.rule(f"done: {sum(mock.requests.values())} requests served by the mock")


async def run_fan_out(console: Console, altegio: AltegioClient, mock: MockAltegio, op: Any) -> None:
    """Step 9: one read across every seeded chain, with a progress bar and a per-chain summary."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from ..testing import Faults

    broken = mock.chain_ids[2]
    mock.set_faults(Faults(server_error_rate=1.0, server_error_statuses=(500,)), path=f"/chain/{broken}")
    targets = [*mock.chain_ids, 1]  # chain 1 does not exist
    outcomes: list[Outcome[Any]] = []
    with Progress(TextColumn("9. fan-out"), BarColumn(), MofNCompleteColumn(), console=console) as bar:
        task = bar.add_task("chains", total=len(targets))
        stream = altegio.fan_out(
            targets,
            lambda chain: chain.call(op),
            concurrency=4,
            progress=lambda done, total, failed: bar.update(task, completed=done),
        )
        async for outcome in stream:
            outcomes.append(outcome)
    table = Table("chain", "result", "attempts", "ms", title="per-chain summary (in completion order)")
    for outcome in outcomes:
        if outcome.ok:
            result = f"{len(outcome.value or [])} certificate types"
        else:
            result = f"[red]{type(outcome.error).__name__}[/]: {getattr(outcome.error, 'message', outcome.error)}"
        table.add_row(str(outcome.target), result, str(outcome.attempts), f"{outcome.elapsed * 1000:.0f}")
    console.print(table)
    mock.set_faults(Faults(), path=f"/chain/{broken}")


async def run_webhooks_and_sync(console: Console, altegio: AltegioClient, mock: MockAltegio) -> None:
    """Steps 10 and 11: a webhook for a new appointment, received and handled; a replica kept in sync."""
    import tempfile
    from pathlib import Path

    from altegio_b2b.api.appointments import create_appointment, delete_appointment

    from ..sync import SQLiteCheckpoints, SQLiteReplica, sync_locations
    from ..webhooks import SQLiteInbox, WebhookReceiver

    folder = Path(tempfile.mkdtemp(prefix="altegio-demo-"))
    location = mock.store.chains[mock.chain_ids[0]].location_ids[0]
    receiver = WebhookReceiver(secrets=["demo-secret"], inbox=SQLiteInbox(folder / "inbox.sqlite"))
    events: list[WebhookEvent] = []
    receiver.on("record")(_collect(events))
    mock.set_webhook(location, "http://hooks/altegio?secret=demo-secret", transport=httpx.ASGITransport(app=receiver))
    body = {
        "staff_id": 1,
        "services": [{"id": 2}],
        "client": {"phone": "+15550100", "name": "Ada"},
        "datetime": "2026-09-21T10:00:00+03:00",
        "seance_length": 3600,
    }
    created = await altegio.location(location).call(create_appointment, body=body)
    await mock.webhooks.drain()
    await receiver.process()
    for event in events:
        console.print(
            f"10. webhook received and handled once: {event.resource} {event.status} {event.resource_id} "
            f"at location {event.location_id} (stored before it was acknowledged)"
        )
    ids = [i for chain in mock.store.chains.values() for i in chain.location_ids]
    checkpoints, replica = SQLiteCheckpoints(folder / "replica.sqlite"), SQLiteReplica(folder / "replica.sqlite")
    first = await sync_locations(altegio, "appointments", ids, checkpoints=checkpoints, sink=replica)
    if created is not None and isinstance(created.id, int):  # Record.id is int | Unset: an answer may lack it
        await altegio.location(location).call_raw(delete_appointment, created.id)
    second = await sync_locations(altegio, "appointments", ids, checkpoints=checkpoints, sink=replica)
    console.print(
        f"11. sync of {len(ids)} locations: {sum(o.value.upserted for o in first if o.value)} appointments copied; "
        f"after one deletion the next run read only what changed: "
        f"{sum(o.value.deleted for o in second if o.value)} deleted, "
        f"{sum(o.value.upserted for o in second if o.value)} updated; replica holds "
        f"{len(replica.rows('appointments'))} appointments"
    )


def _collect(into: list[WebhookEvent]) -> Any:
    async def handler(event: WebhookEvent) -> None:
        into.append(event)

    return handler
