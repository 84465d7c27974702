"""The ``altegio-async`` command (install the ``[cli]`` extra): list and call operations, run the mock.

Exit codes: 0 success, 1 Altegio answered with an error, 2 bad arguments, 3 no answer
(connection failed or timed out), 4 an answer that could not be read.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.table import Table

from ._operations import describe
from .client import DEFAULT_BASE_URL, AltegioClient
from .errors import AltegioError, APIConnectionError, APIError, ResponseFormatError

__all__ = ["app", "main"]

app = typer.Typer(help="Asyncio client for the Altegio B2B API v1.", no_args_is_help=True, add_completion=False)
mock_app = typer.Typer(help="The embedded mock Altegio server.", no_args_is_help=True)
app.add_typer(mock_app, name="mock")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

PartnerToken = Annotated[
    str | None,
    typer.Option("--partner-token", envvar="ALTEGIO_PARTNER_TOKEN", help="Partner token.", show_default=False),
]
UserToken = Annotated[
    str | None, typer.Option("--user-token", envvar="ALTEGIO_USER_TOKEN", help="User token.", show_default=False)
]
BaseUrl = Annotated[str, typer.Option("--base-url", envvar="ALTEGIO_BASE_URL", help="API root (real or mock).")]


def _operations() -> dict[str, Any]:
    from altegio_b2b.operation_index import OPERATIONS

    return dict(OPERATIONS)


@app.command()
def ops(
    tag: Annotated[str | None, typer.Option(help="Only this section, e.g. chain_loyalty_programs.")] = None,
    search: Annotated[
        str | None, typer.Option(help="Only operations whose name, path or summary contain this.")
    ] = None,
) -> None:
    """List the API's operations."""
    table = Table(title="Altegio B2B v1 operations")
    table.add_column("operation", overflow="fold")
    table.add_column("method")
    table.add_column("path", overflow="fold")
    table.add_column("summary")
    shown = 0
    for name, entry in sorted(_operations().items()):
        section = entry.module.split(".")[2]
        text = f"{name} {entry.path} {entry.summary}".lower()
        if (tag and section != tag) or (search and search.lower() not in text):
            continue
        table.add_row(name, entry.method, entry.path, entry.summary + (" (deprecated)" if entry.deprecated else ""))
        shown += 1
    out.print(table)
    out.print(f"{shown} operation(s)")


def _usage_error(message: str) -> NoReturn:
    err.print(f"[red]error:[/] {message}")
    raise typer.Exit(2)


def _operation_module(name: str, partner_token: str | None) -> tuple[Any, str]:
    """The generated module of an operation named on the command line, and the partner token."""
    entry = _operations().get(name)
    if entry is None:
        _usage_error(f"unknown operation {name!r}; `altegio-async ops --search ...` lists them")
    if not partner_token:
        _usage_error("a partner token is needed: --partner-token or ALTEGIO_PARTNER_TOKEN")
    return importlib.import_module(entry.module), partner_token


def _parse_pairs(pairs: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"expected key=value, got {pair!r}")
        if raw.startswith("@"):
            raw = Path(raw[1:]).read_text(encoding="utf-8")
        try:
            values[key] = json.loads(raw)
        except ValueError:
            values[key] = raw
    return values


@app.command()
def call(
    operation: Annotated[str, typer.Argument(help="Operation name, as `altegio-async ops` lists it.")],
    params: Annotated[list[str] | None, typer.Argument(help="key=value (JSON values; @file reads a file).")] = None,
    chain_id: Annotated[int | None, typer.Option(help="Bind chain_id.")] = None,
    location_id: Annotated[int | None, typer.Option(help="Bind location_id.")] = None,
    partner_token: PartnerToken = None,
    user_token: UserToken = None,
    base_url: BaseUrl = DEFAULT_BASE_URL,
) -> None:
    """Run one operation and print its data as JSON."""
    module, token = _operation_module(operation, partner_token)
    if chain_id is not None and location_id is not None:
        _usage_error("give --chain-id or --location-id, not both")
    kwargs = _parse_pairs(params or [])

    async def run() -> Any:
        async with AltegioClient(token, user_token, base_url=base_url) as altegio:
            if chain_id is not None:
                return await altegio.chain(chain_id).call_raw(module, **kwargs)
            if location_id is not None:
                return await altegio.location(location_id).call_raw(module, **kwargs)
            return await altegio.call_raw(module, **kwargs)

    data = _run_cli(run())
    out.print_json(json.dumps(data, ensure_ascii=False))


def _run_cli(coroutine: Any) -> Any:
    """Run a coroutine; turn the client's errors into a message and an exit code."""
    try:
        return asyncio.run(coroutine)
    except (TypeError, ValueError, AltegioError) as exc:
        label, code = next((label, code) for kinds, label, code in _EXITS if isinstance(exc, kinds))
        err.print(f"[red]{label}:[/] {exc}")
        raise typer.Exit(code) from None


# (exception classes, message label, exit code), the first match wins.
_EXITS: tuple[tuple[type[Exception] | tuple[type[Exception], ...], str, int], ...] = (
    ((TypeError, ValueError), "error", 2),
    (APIError, "Altegio refused", 1),
    (APIConnectionError, "no answer", 3),
    (ResponseFormatError, "unreadable answer", 4),
    (AltegioError, "error", 1),
)


def _read_ids(chain_ids: str | None, chain_ids_file: Path | None) -> list[int]:
    if (chain_ids is None) == (chain_ids_file is None):
        raise typer.BadParameter("give --chain-ids or --chain-ids-file (one of them)")
    text = chain_ids if chain_ids is not None else chain_ids_file.read_text(encoding="utf-8")  # type: ignore[union-attr]
    try:
        ids = [int(part) for part in text.replace(",", " ").split()]
    except ValueError as exc:
        raise typer.BadParameter(f"chain ids must be whole numbers ({exc})") from None
    if not ids:
        raise typer.BadParameter("no chain ids given")
    return ids


@app.command("fan-out")
def fan_out_command(
    operation: Annotated[str, typer.Argument(help="A chain operation (its first path parameter is chain_id).")],
    params: Annotated[list[str] | None, typer.Argument(help="key=value (JSON values; @file reads a file).")] = None,
    chain_ids: Annotated[str | None, typer.Option(help="Comma-separated chain ids.")] = None,
    chain_ids_file: Annotated[Path | None, typer.Option(help="A file of chain ids (commas, spaces or lines).")] = None,
    concurrency: Annotated[int, typer.Option(min=1, help="Chains worked on at once.")] = 10,
    partner_token: PartnerToken = None,
    user_token: UserToken = None,
    base_url: BaseUrl = DEFAULT_BASE_URL,
) -> None:
    """Run one operation on many chains; print every item as a JSON line with its chain id.

    Paged operations are read to the end. A progress bar and the failures go to stderr; the
    exit code is 1 when any chain failed.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from altegio_b2b.types import to_json

    from .pagination import paging_style

    module, token = _operation_module(operation, partner_token)
    ids = _read_ids(chain_ids, chain_ids_file)
    kwargs = _parse_pairs(params or [])
    try:
        paging_style(describe(module))  # raises TypeError for an operation that does not page
        paged = True
    except TypeError:
        paged = False
    failures: list[tuple[int, str]] = []

    async def run() -> None:
        columns = (TextColumn("fan-out"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[failed]} failed"))
        with Progress(*columns, TimeElapsedColumn(), console=err, transient=False) as bar:
            task = bar.add_task("chains", total=len(ids), failed=0)

            def progress(done: int, total: int, failed: int) -> None:
                bar.update(task, completed=done, failed=failed)

            async with AltegioClient(token, user_token, base_url=base_url) as altegio:
                if paged:
                    stream = altegio.fan_out_paginate(ids, module, kwargs, concurrency=concurrency, progress=progress)
                else:
                    stream = altegio.fan_out(
                        ids, lambda chain: chain.call_raw(module, **kwargs), concurrency=concurrency, progress=progress
                    )
                async for outcome in stream:
                    if not outcome.ok:
                        failures.append((outcome.target, str(outcome.error)))
                        continue
                    values = outcome.value if isinstance(outcome.value, list) else [outcome.value]
                    for item in values:
                        line = json.dumps({"chain_id": outcome.target, "item": to_json(item)}, ensure_ascii=False)
                        sys.stdout.write(line + "\n")

    _run_cli(run())
    for chain, reason in failures:
        err.print(f"[red]chain {chain} failed:[/] {reason}")
    if failures:
        raise typer.Exit(1)


@mock_app.command("serve")
def mock_serve(
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8080,
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    seed: Annotated[int, typer.Option(help="Seed for the data set.")] = 0,
    chains: Annotated[int, typer.Option(help="How many chains to seed.")] = 5,
    latency: Annotated[float, typer.Option(help="Seconds added before every answer.")] = 0.0,
) -> None:
    """Serve the mock Altegio on a port (base URL http://HOST:PORT/api/v1; what it saw: GET /__mock__/stats)."""
    import uvicorn

    from .testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio
    from .testing.faults import Faults

    mock = MockAltegio(seed=seed, chains=chains, faults=Faults(latency=latency))
    err.print(
        f"mock Altegio on http://{host}:{port}/api/v1 — partner token {MOCK_PARTNER_TOKEN!r}, "
        f"user token {MOCK_USER_TOKEN!r}, chains {mock.chain_ids}"
    )
    uvicorn.run(mock.app, host=host, port=port, log_level="warning")


@app.command()
def demo() -> None:
    """Run the client through a short scenario against the in-process mock (no credentials)."""
    from .demo import run_demo

    _run_cli(run_demo(out))


def main() -> None:
    """Entry point of the ``altegio-async`` command."""
    app(prog_name="altegio-async")


if __name__ == "__main__":
    main()
