"""The stages of a regeneration, as functions, and the program that runs them.

Nothing in ``generated/`` is replaced until every stage before ``swap`` has passed; two runs on
the same source give the same files. A stage that refuses prints one line starting
``regenerate:`` and the program exits 2 (1 is never used: a refusal is always a usage matter).
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"


class Refused(Exception):
    """A stage refused to go on; the message is the one line the maintainer sees."""


@dataclass
class Run:
    """What the stages share: where things are, and what was decided so far."""

    python: str
    out_dir: Path
    work: Path
    source_file: Path
    source_url: str = ""
    source_given: bool = False
    out_given: bool = False
    allow_breaking: bool = False
    typecheck: bool = True
    recorded: Path | None = None
    log: list[str] = field(default_factory=list)
    spec: dict[str, Any] = field(default_factory=dict)
    reports: list[str] = field(default_factory=list)
    breaking: bool = False
    changed: bool = False

    @property
    def records(self) -> bool:
        """Whether this run keeps a new description (``--file``/``--url`` into ``generated/``)."""
        return self.source_given and not self.out_given


def _run(*command: str, cwd: Path | None = None, env_path: bool = True) -> subprocess.CompletedProcess[str]:
    import os

    env = dict(os.environ)
    if env_path:
        env["PYTHONPATH"] = str(SCRIPTS) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env, check=False)


# -- the stages -------------------------------------------------------------------------------------


def source(run: Run) -> None:
    """The description to build from: the recorded upstream file, the catalog import, a file, or a download."""
    if run.source_url:
        print(f"== source: {run.source_url}")
        from fetch_spec import FetchError, fetch, parse

        try:
            content = fetch(run.source_url)
            _document, suffix = parse(content, run.source_url)
        except FetchError as exc:
            raise Refused(str(exc)) from None
        run.source_file = (run.work / "source").with_suffix(suffix)
        run.source_file.write_bytes(content)
    else:
        shown = run.source_file.relative_to(ROOT) if run.source_file.is_relative_to(ROOT) else run.source_file
        print(f"== source: {shown}")


def normalise(run: Run) -> None:
    """Normalise the description once; keep it for the later stages (and a copy in the work folder)."""
    print("== normalise")
    from normalize_spec import normalize, summary
    from spec_io import SpecError, dump_spec, load_spec

    from altegio_codegen.fixes.overrides import stale_overrides

    try:
        spec = load_spec(run.source_file)
        reports = normalize(spec)
    except SpecError as exc:
        raise Refused(str(exc)) from None
    dump_spec(spec, run.work / "normalized.yaml")
    run.spec = spec
    print("\n".join(summary(reports)))
    for line in stale_overrides(spec):
        print(f"warning: {line}")


def diff(run: Run) -> None:
    """For a new description (``--file``/``--url``): what changed against the one it replaces, for the report."""
    if not run.records:
        return
    previous = run.recorded or ROOT / "openapi" / "altegio-b2b-v1.yaml"
    print(f"== what changed in the description (against {previous.relative_to(ROOT)})")
    import spec_diff

    changes = spec_diff.diff(spec_diff.load_normalized(previous), spec_diff.load_normalized(run.source_file))
    run.reports.append(spec_diff.report(changes, "What changed in the description"))
    run.breaking |= any(c.breaking for c in changes)
    run.changed |= bool(changes)
    print(run.reports[-1], end="")


def generate(run: Run) -> None:
    """Run openapi-python-client, in this process, on the normalised description with the project's templates."""
    print("== generate")
    from altegio_codegen.generator import generate as generate_package

    problems = generate_package(
        run.spec,
        config_file=ROOT / "openapi" / "config.yaml",
        templates=ROOT / "openapi" / "templates",
        output=run.work / "altegio_b2b",
    )
    if problems:
        sys.stderr.write("\n".join(problems) + "\n")
        raise Refused("the generator reported problems (see above)")
    print("generator: no warnings")


def describe(run: Run) -> None:
    """Write the operation descriptors (each module's OPERATION and the index) from the normalised description."""
    import write_operation_index

    print(write_operation_index.write(run.spec, run.work / "altegio_b2b"))
    (run.work / "altegio_b2b" / "py.typed").write_text("")  # PEP 561: users' type checkers read the types


def format_code(run: Run) -> None:
    """ruff: unused imports removed, imports sorted, the code formatted; no caches left behind."""
    print("== format")
    package = str(run.work / "altegio_b2b")
    ruff = (run.python, "-m", "ruff")
    _run(
        *ruff,
        "check",
        "--isolated",
        "--no-cache",
        "--quiet",
        "--fix",
        "--select",
        "F401,I",
        "--line-length",
        "120",
        package,
    )
    _run(*ruff, "format", "--isolated", "--no-cache", "--quiet", "--line-length", "120", package)
    for cache in (run.work / "altegio_b2b").rglob("__pycache__"):
        shutil.rmtree(cache, ignore_errors=True)


def verify(run: Run) -> None:
    """Every module imports, and (unless --no-typecheck) the package type-checks: before anything is replaced."""
    print("== verify (before anything is replaced)")
    import os

    done = subprocess.run(
        [run.python, str(SCRIPTS / "check_generated_imports.py"), str(run.work)],
        capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(run.work)},
    )  # fmt: skip
    sys.stdout.write(done.stdout)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise Refused("the new client does not import")
    if not run.typecheck:
        return
    done = _run(
        run.python, "-m", "mypy", "--config-file", "/dev/null", "--no-incremental", "--cache-dir=/dev/null",
        "--python-version", "3.11", "--no-error-summary", "altegio_b2b", cwd=run.work, env_path=False,
    )  # fmt: skip
    if done.returncode != 0:
        lines = [line for line in (done.stdout + done.stderr).splitlines() if "No [mypy] section" not in line]
        sys.stderr.write("\n".join(lines[:40]) + "\n")
        raise Refused("the new client does not type-check")
    print("mypy: the generated package type-checks")


def gate(run: Run) -> None:
    """Every regeneration into ``generated/``: what changed for callers; a breaking change stops here unless allowed.

    The new package's surface is compared with the one in place (signatures, descriptors, models,
    enums), whatever the source: the catalog import, a file or a download.
    """
    if run.out_given:
        return
    current = run.out_dir / "altegio_b2b"
    if (current / "api").is_dir():
        print("== what changed for callers (the client in place → the new one)")
        from altegio_codegen.surface import compare, read_surface, report

        changes = compare(read_surface(current), read_surface(run.work / "altegio_b2b"))
        run.reports.append(report(changes, "What changed in the client"))
        run.breaking |= any(c.breaking for c in changes)
        run.changed |= bool(changes)
        print(run.reports[-1], end="")
    if run.breaking and not run.allow_breaking:
        raise Refused("the new description breaks callers (see above); review it, then rerun with --allow-breaking")


def swap(run: Run) -> None:
    """Put the new package in place of the old (kept aside in the work folder, removed with it)."""
    run.out_dir.mkdir(parents=True, exist_ok=True)
    target = run.out_dir / "altegio_b2b"
    if target.exists():
        shutil.move(str(target), str(run.work / "previous"))
    shutil.move(str(run.work / "altegio_b2b"), str(target))
    if not run.out_given:
        shutil.rmtree(ROOT / ".mypy_cache", ignore_errors=True)  # errors cached for the old client must go


def record(run: Run) -> None:
    """The CHANGELOG entry when the client changed; a new description kept in openapi/upstream/ with its source."""
    if run.out_given:
        return
    source = run.source_url or (f"file:{run.source_file.name}" if run.source_given else _shown(run.source_file))
    if run.changed:
        import changelog

        title = f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d}: {source}"
        text = f"### {title}\n\n" + "\n".join(r.replace("### ", "#### ", 1) for r in run.reports)
        entry = run.work / "changes.md"
        entry.write_text(text, encoding="utf-8")
        changelog.main([str(ROOT / "CHANGELOG.md"), str(entry)])
        print("the report is in CHANGELOG.md")
    if not run.records:
        return
    upstream = ROOT / "openapi" / "upstream"
    upstream.mkdir(parents=True, exist_ok=True)
    for old in ("openapi.yaml", "openapi.json"):
        (upstream / old).unlink(missing_ok=True)
    suffix = ".yaml" if run.source_file.suffix in (".yml", ".yaml") else run.source_file.suffix
    kept = upstream / f"openapi{suffix}"
    shutil.copyfile(run.source_file, kept)
    entry_record = {
        "source": source,
        "fetched": f"{datetime.datetime.now(datetime.UTC):%Y-%m-%dT%H:%M:%SZ}",
        "file": kept.name,
        "sha256": hashlib.sha256(kept.read_bytes()).hexdigest(),
    }
    (upstream / "SOURCE.json").write_text(json.dumps(entry_record, indent=2) + "\n", encoding="utf-8")
    print("kept the description in openapi/upstream/")


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def recorded_upstream() -> Path | None:
    """The upstream description kept by an earlier ``--file``/``--url`` run, if there is one."""
    return next(
        (p for p in (ROOT / "openapi" / "upstream" / f"openapi.{s}" for s in ("yaml", "json")) if p.is_file()), None
    )


def recorded_source() -> Path:
    """What a plain ``make regenerate`` builds from: the kept upstream file, else the catalog import."""
    return recorded_upstream() or ROOT / "openapi" / "altegio-b2b-v1.yaml"


def normalised_description() -> dict[str, Any]:
    """The recorded source, normalised as the generator last saw it (for writers that document the client)."""
    from normalize_spec import normalize
    from spec_io import load_spec

    spec = load_spec(recorded_source())
    normalize(spec)
    return spec


STAGES = (source, normalise, diff, generate, describe, format_code, verify, gate, swap, record)


# -- the program ------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run every stage; 0 when the new client is in place, 2 (with one ``regenerate:`` line) when refused."""
    parser = argparse.ArgumentParser(
        prog="scripts/regenerate.sh",
        description="Rebuild generated/altegio_b2b from an OpenAPI description (source, normalise, diff, "
        "generate, describe, format, verify, gate, swap, record).",
    )
    parser.add_argument("--file", type=Path, help="a local description (YAML or JSON), kept in openapi/upstream/")
    parser.add_argument("--url", help="download Altegio's bundle; kept in openapi/upstream/")
    parser.add_argument("--out", type=Path, help="only build DIR/altegio_b2b: nothing kept, no report")
    parser.add_argument("--allow-breaking", action="store_true", help="let a breaking change through")
    parser.add_argument("--no-typecheck", action="store_true", help="skip mypy in the verify step")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code == 0 else 2
    recorded = recorded_upstream()
    if args.file is not None and not args.file.is_file():
        print(f"regenerate: no such file: {args.file}", file=sys.stderr)
        return 2
    started = time.time()
    with tempfile.TemporaryDirectory() as folder:
        run = Run(
            python=sys.executable,
            out_dir=(args.out.resolve() if args.out else ROOT / "generated"),
            work=Path(folder),
            source_file=(args.file.resolve() if args.file else recorded_source()),
            source_url=args.url or "",
            source_given=bool(args.file or args.url),
            out_given=args.out is not None,
            allow_breaking=args.allow_breaking,
            typecheck=not args.no_typecheck,
            recorded=recorded,
        )
        try:
            for stage in STAGES:
                stage(run)
        except Refused as refused:
            sys.stdout.flush()
            print(f"regenerate: {refused}", file=sys.stderr)
            return 2
    shown = run.out_dir.relative_to(ROOT) if run.out_dir.is_relative_to(ROOT) else run.out_dir
    print(f"regenerated {shown}/altegio_b2b in {time.time() - started:.1f} s")
    return 0
