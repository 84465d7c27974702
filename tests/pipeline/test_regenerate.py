"""regenerate.sh as a maintainer uses it: the README's steps from a fresh clone, one-line errors
for a bad download, and nothing replaced when a step fails."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from altegio_codegen.pipeline import recorded_upstream
from altegio_codegen.surface import compare, read_surface
from spec_io import dump_spec, load_spec

from tests.limits.services import static_site
from tests.spec_support import ROOT
from tests.upstream_bundle import CATALOG, build_upstream_bundle, load_catalog

needs_catalog = pytest.mark.skipif(not CATALOG.is_file(), reason=f"catalog not found at {CATALOG}")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A static file server on 127.0.0.1 over a fresh folder: (base URL, folder)."""
    folder = tmp_path / "site"
    folder.mkdir()
    with static_site(folder) as base:
        yield base, folder


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``scripts/regenerate.sh ARGS`` in ``cwd`` with this interpreter."""
    return subprocess.run(
        ["bash", "scripts/regenerate.sh", *args],
        cwd=cwd,
        env={"PYTHON": sys.executable, "PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": str(cwd)},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return digest.hexdigest()


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("missing.yaml", None, "HTTP 404"),
        ("page.yaml", b"<!DOCTYPE html><html><body>Sign in</body></html>", "an HTML page"),
        ("broken.yaml", b"openapi: [3.1\n  paths: {", "not valid YAML"),
        ("other.json", b'{"hello": "world"}', "not an OpenAPI description"),
    ],
)
def test_a_bad_download_is_one_line_and_touches_nothing(
    served: tuple[str, Path], tmp_path: Path, name: str, content: bytes | None, says: str
) -> None:
    base, folder = served
    if content is not None:
        (folder / name).write_bytes(content)
    out = tmp_path / "out"
    (out / "altegio_b2b").mkdir(parents=True)
    (out / "altegio_b2b" / "marker").write_text("the client in place")
    done = run(ROOT, "--url", f"{base}/{name}", "--out", str(out))
    assert done.returncode == 2
    errors = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("regenerate: ") and says in errors[0], done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert (out / "altegio_b2b" / "marker").read_text() == "the client in place"


def test_an_unreachable_server_is_one_line(tmp_path: Path) -> None:
    done = run(ROOT, "--url", "http://127.0.0.1:9/openapi.yaml", "--out", str(tmp_path))
    assert done.returncode == 2
    assert done.stderr.strip().startswith("regenerate: cannot download http://127.0.0.1:9/openapi.yaml: ConnectError")
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_failing_generation_replaces_nothing(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "broken", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "list_things",
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gone"}}}}
                    },
                }
            }
        },
    }
    dump_spec(spec, tmp_path / "broken.yaml")
    out = tmp_path / "out"
    (out / "altegio_b2b").mkdir(parents=True)
    (out / "altegio_b2b" / "marker").write_text("the client in place")
    done = run(ROOT, "--file", str(tmp_path / "broken.yaml"), "--out", str(out))
    assert done.returncode != 0
    assert done.stderr.strip().splitlines()[-1].startswith("regenerate: the generator")
    assert (out / "altegio_b2b" / "marker").read_text() == "the client in place"


def current_bundle(catalog: dict[str, Any]) -> dict[str, Any]:
    """What upstream serves today as far as this checkout knows: the kept upstream file, else the catalog's bundle.

    After a maintainer accepts an upstream change, the kept file is what the committed client
    was built from, so the steps below start from it and pass without editing this test.
    """
    recorded = recorded_upstream()
    return load_spec(recorded) if recorded is not None else build_upstream_bundle(catalog)


def without_operation(bundle: dict[str, Any], operation_id: str) -> dict[str, Any]:
    """``bundle`` with one operation gone (a breaking release)."""
    for item in bundle["paths"].values():
        for method, op in list(item.items()):
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                del item[method]
    return bundle


@needs_catalog
def test_the_readme_maintainer_path_from_a_fresh_clone(served: tuple[str, Path], tmp_path: Path) -> None:
    """The guide's "Regenerating" steps: fetch, review the report, regenerate, check, a breaking change stopped."""
    readme = (ROOT / "docs" / "guide" / "regenerating.md").read_text(encoding="utf-8")
    assert 'make regenerate ARGS="--url' in readme and "--allow-breaking" in readme and "make check-generated" in readme
    base, folder = served
    catalog = load_catalog()
    dump_spec(current_bundle(catalog), folder / "openapi.yaml")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, timeout=120)
    shutil.rmtree(clone / "generated")  # the tree under test, not the last commit's (files may be gone)
    shutil.copytree(ROOT / "generated", clone / "generated")
    shutil.copytree(ROOT / "openapi", clone / "openapi", dirs_exist_ok=True)
    shutil.copytree(ROOT / "scripts", clone / "scripts", dirs_exist_ok=True)
    changelog = (clone / "CHANGELOG.md").read_text()

    # 1. fetch + review + regenerate: the upstream bundle, kept in the repo with its source.
    done = run(clone, "--url", f"{base}/openapi.yaml")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "0 change(s), 0 breaking." in done.stdout
    record = json.loads((clone / "openapi" / "upstream" / "SOURCE.json").read_text())
    kept = clone / "openapi" / "upstream" / "openapi.yaml"
    assert record["source"] == f"{base}/openapi.yaml"
    assert record["sha256"] == hashlib.sha256(kept.read_bytes()).hexdigest()
    # Nothing changed for callers, so no CHANGELOG entry: the catalog import and the bundle agree.
    assert (clone / "CHANGELOG.md").read_text() == changelog
    assert "What changed in the client" in done.stdout
    assert (
        compare(read_surface(ROOT / "generated" / "altegio_b2b"), read_surface(clone / "generated" / "altegio_b2b"))
        == []
    )

    # 2. make check-generated: the kept description rebuilds exactly what was generated.
    rebuilt = tmp_path / "rebuilt"
    done = run(clone, "--out", str(rebuilt), "--no-typecheck")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "source: openapi/upstream/openapi.yaml" in done.stdout
    assert tree_digest(rebuilt / "altegio_b2b") == tree_digest(clone / "generated" / "altegio_b2b")

    # 3. a breaking release is stopped before anything changes, with the report saying why.
    dump_spec(
        without_operation(current_bundle(catalog), "chain_loyalty_certificate_types_delete"), folder / "openapi.yaml"
    )
    before = tree_digest(clone / "generated")
    done = run(clone, "--url", f"{base}/openapi.yaml")
    assert done.returncode == 2
    assert "**breaking** `chain_loyalty_certificate_types_delete`: operation removed" in done.stdout
    assert done.stdout.count("`chain_loyalty_certificate_types_delete`: operation removed") == 2  # description + client
    assert "--allow-breaking" in done.stderr.strip().splitlines()[-1]
    assert tree_digest(clone / "generated") == before
    assert json.loads((clone / "openapi" / "upstream" / "SOURCE.json").read_text()) == record
