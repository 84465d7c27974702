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

from .._extras import missing_extra
from .._operations import describe, prepare_arguments
from ..client import DEFAULT_BASE_URL, AltegioClient
from ..errors import AltegioError, APIConnectionError, APIError, ResponseFormatError
from .listener import bind_listener
from .listing import operation_rows, print_describe, print_ops
from .terminal import json_text, say

__all__ = ["app", "main"]

app = typer.Typer(help="Asyncio client for the Altegio B2B API v1.", no_args_is_help=True, add_completion=False)


def _show_version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"altegio-async {__version__}")
        raise typer.Exit(0)


@app.callback()
def _options(
    version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Asyncio client for the Altegio B2B API v1."""


mock_app = typer.Typer(help="The embedded mock Altegio server.", no_args_is_help=True)
app.add_typer(mock_app, name="mock")
webhooks_app = typer.Typer(help="Receive Altegio's webhooks.", no_args_is_help=True)
app.add_typer(webhooks_app, name="webhooks")

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
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the API's operations (a table on a terminal, one tab-separated line each otherwise)."""
    print_ops(out, operation_rows(tag, search), as_json=as_json)


@app.command("describe")
def describe_command(
    operation: Annotated[str, typer.Argument(help="Operation name, as `altegio-async ops` lists it.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show one operation: import line, method and path, parameters, body, answer, paging style."""
    if operation not in _operations():
        _usage_error(f"unknown operation {operation!r}; `altegio-async ops --search ...` lists them")
    print_describe(out, operation, as_json=as_json)


def _usage_error(message: str) -> NoReturn:
    say(err, "error", message)
    raise typer.Exit(2)


def _needs_extra(extra: str) -> None:
    hint = missing_extra(extra)
    if hint is not None:
        _usage_error(hint)


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
            raw = _read_file(Path(raw[1:]), f"the value of {key}")
        try:
            values[key] = json.loads(raw)
        except ValueError:
            values[key] = raw
        except RecursionError:
            _usage_error(f"the value of {key} is nested too deeply to be read")
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
    out.print_json(json_text(data))


def _run_cli(coroutine: Any) -> Any:
    """Run a coroutine; turn the client's errors into a message and an exit code."""
    try:
        return asyncio.run(coroutine)
    except (TypeError, ValueError, AltegioError, RecursionError) as exc:
        label, code = next((label, code) for kinds, label, code in _EXITS if isinstance(exc, kinds))
        message = "an argument is nested too deeply to be sent" if isinstance(exc, RecursionError) else exc
        say(err, label, message)
        raise typer.Exit(code) from None


# (exception classes, message label, exit code), the first match wins.
_EXITS: tuple[tuple[type[Exception] | tuple[type[Exception], ...], str, int], ...] = (
    ((TypeError, ValueError, RecursionError), "error", 2),
    (APIError, "Altegio refused", 1),
    (APIConnectionError, "no answer", 3),
    (ResponseFormatError, "unreadable answer", 4),
    (AltegioError, "error", 1),
)


def _read_file(path: Path, what: str) -> str:
    """A text file's content; a one-line usage error (exit 2) when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except IsADirectoryError:
        _usage_error(f"{what}: {path} is a directory, not a file")
    except FileNotFoundError:
        _usage_error(f"{what}: no such file {path}")
    except (OSError, UnicodeDecodeError) as exc:
        _usage_error(f"{what}: cannot read {path} ({type(exc).__name__})")


def _read_ids(chain_ids: str | None, chain_ids_file: Path | None, what: str = "chain") -> list[int]:
    if (chain_ids is None) == (chain_ids_file is None):
        _usage_error(f"give --{what}-ids or --{what}-ids-file (one of them)")
    text = chain_ids if chain_ids is not None else _read_file(chain_ids_file, f"--{what}-ids-file")  # type: ignore[arg-type]
    try:
        ids = [int(part) for part in text.replace(",", " ").split()]
    except ValueError as exc:
        _usage_error(f"{what} ids must be whole numbers ({exc})")
    if not ids:
        _usage_error(f"no {what} ids given")
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

    module, token = _operation_module(operation, partner_token)
    ids = _read_ids(chain_ids, chain_ids_file)
    kwargs = _parse_pairs(params or [])
    info = describe(module)
    if not info.path_params or info.path_params[0] != "chain_id":
        _usage_error(f"{operation} does not run on a chain: its first path parameter is not chain_id")
    try:  # argument errors are found here, before anything is sent
        prepare_arguments(info, (ids[0],), kwargs)
    except (TypeError, ValueError) as exc:
        _usage_error(str(exc))
    paged = bool(info.entry.paging)
    failures: list[tuple[int, str]] = []

    async def run() -> None:
        columns = (TextColumn("fan-out"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[failed]} failed"))
        with Progress(*columns, TimeElapsedColumn(), console=err, transient=False) as bar:
            task = bar.add_task("chains", total=len(ids), failed=0)

            def progress(done: int, total: int, failed: int) -> None:
                bar.update(task, completed=done, failed=failed)

            async with AltegioClient(token, user_token, base_url=base_url) as altegio:
                if paged:
                    stream = altegio.fan_out(
                        ids,
                        lambda chain: chain.paginate(module, **kwargs).collect(),
                        concurrency=concurrency,
                        progress=progress,
                    )
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
                        line = json_text({"chain_id": outcome.target, "item": to_json(item)})
                        sys.stdout.write(line + "\n")

    _run_cli(run())
    for chain, reason in failures:
        say(err, f"chain {chain} failed", reason)
    if failures:
        raise typer.Exit(1)


@mock_app.command("serve")
def mock_serve(
    port: Annotated[int, typer.Option(help="Port to listen on (0: any free port).")] = 8080,
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    seed: Annotated[int, typer.Option(help="Seed for the data set.")] = 0,
    chains: Annotated[int, typer.Option(help="How many chains to seed.")] = 5,
    latency: Annotated[float, typer.Option(help="Seconds added before every answer.")] = 0.0,
) -> None:
    """Serve the mock Altegio on a port (base URL http://HOST:PORT/api/v1; what it saw: GET /__mock__/stats)."""

    _needs_extra("mock")
    import uvicorn

    from ..testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio
    from ..testing.faults import Faults

    if not 0 <= port <= 65535:
        _usage_error(f"--port must be between 0 and 65535, got {port}")
    if latency < 0:
        _usage_error(f"--latency must be >= 0, got {latency}")
    listener = bind_listener(host, port, err)
    bound = listener.getsockname()[1]
    mock = MockAltegio(seed=seed, chains=chains, faults=Faults(latency=latency))
    err.print(
        f"mock Altegio listening on http://{host}:{bound}/api/v1 — partner token {MOCK_PARTNER_TOKEN!r}, "
        f"user token {MOCK_USER_TOKEN!r}, chains {mock.chain_ids}"
    )
    server = uvicorn.Server(uvicorn.Config(mock.app, log_level="warning"))
    server.run(sockets=[listener])


@webhooks_app.command("listen")
def webhooks_listen(
    secret: Annotated[list[str], typer.Option(help="An accepted URL secret (repeat to accept several).")],
    port: Annotated[int, typer.Option(help="Port to listen on (0: any free port).")] = 8090,
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    db: Annotated[Path, typer.Option(help="The inbox (an SQLite file; deliveries are kept there).")] = Path(
        "altegio-webhooks.sqlite"
    ),
    partner_token: PartnerToken = None,
) -> None:
    """Receive Altegio's webhooks and print each event as a JSON line as it is handled.

    Register http://HOST:PORT/?secret=SECRET as the location's webhook URL. A delivery is stored in
    --db before it is acknowledged; marketplace hooks are accepted with --partner-token.
    """
    _needs_extra("mock")
    from .webhooks import listen

    if not 0 <= port <= 65535:
        _usage_error(f"--port must be between 0 and 65535, got {port}")
    if not all(secret):
        _usage_error("--secret must not be empty")
    listen(host=host, port=port, secrets=secret, db=db, partner_token=partner_token, out=out, err=err)


@app.command("sync")
def sync_command(
    resource: Annotated[str, typer.Argument(help="What to sync: appointments (incremental) or products (scan).")],
    location_ids: Annotated[str, typer.Option(help="Comma-separated location ids.")],
    db: Annotated[Path, typer.Option(help="The SQLite file for the replica and the checkpoints.")] = Path(
        "altegio-replica.sqlite"
    ),
    lag: Annotated[float, typer.Option(min=0, help="Seconds re-read before each cursor (clock skew).")] = 300.0,
    concurrency: Annotated[int, typer.Option(min=1, help="Locations synced at once.")] = 10,
    partner_token: PartnerToken = None,
    user_token: UserToken = None,
    base_url: BaseUrl = DEFAULT_BASE_URL,
) -> None:
    """Bring a local replica of many locations' data up to date; print a JSON line per location.

    Run it again to pick up what changed since: each location's place is kept in --db beside the
    replica, and moves only after the replica accepted the changes. Exit code 1 when a location failed.
    """
    import datetime

    from ..sync import RESOURCES, SQLiteCheckpoints, SQLiteReplica, sync_locations

    if resource not in RESOURCES:
        _usage_error(f"unknown resource {resource!r}: one of {', '.join(sorted(RESOURCES))}")
    ids = _read_ids(location_ids, None, "location")
    token = partner_token or _usage_error("a partner token is needed (--partner-token or ALTEGIO_PARTNER_TOKEN)")
    checkpoints, replica = SQLiteCheckpoints(db), SQLiteReplica(db)
    failed = 0

    async def run() -> None:
        nonlocal failed
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        columns = (
            TextColumn(f"sync {resource}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[failed]} failed"),
        )
        with Progress(*columns, TimeElapsedColumn(), console=err, transient=False) as bar:
            task = bar.add_task("locations", total=len(ids), failed=0)

            def progress(done: int, total: int, failed_now: int) -> None:
                bar.update(task, completed=done, failed=failed_now)

            async with AltegioClient(token, user_token, base_url=base_url) as altegio:
                outcomes = await sync_locations(
                    altegio,
                    resource,
                    ids,
                    checkpoints=checkpoints,
                    sink=replica,
                    lag=datetime.timedelta(seconds=lag),
                    concurrency=concurrency,
                    progress=progress,
                )
        for outcome in outcomes:
            report = outcome.value
            if report is None:
                failed += 1
                say(err, f"location {outcome.target} failed", str(outcome.error))
                continue
            line = {"location_id": outcome.target, "read": report.read, "upserted": report.upserted}
            line |= {"deleted": report.deleted, "overlap_skipped": report.overlap_skipped}
            sys.stdout.write(json_text(line) + "\n")

    try:
        _run_cli(run())
    finally:
        checkpoints.close()
        replica.close()
    if failed:
        raise typer.Exit(1)


@app.command()
def demo() -> None:
    """Run the client through a short scenario against the in-process mock (no credentials)."""
    _needs_extra("mock")
    from .demo import run_demo

    _run_cli(run_demo(out))


def main() -> None:
    """Run the ``altegio-async`` command (the console script checks the ``[cli]`` extra first)."""
    app(prog_name="altegio-async")


if __name__ == "__main__":
    main()
