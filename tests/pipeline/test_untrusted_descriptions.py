"""Untrusted descriptions are bounded or refused with one line, never minutes of work or a traceback."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.spec_support import ROOT, SPEC_PATH
from tests.spec_support import load_spec as _load

NORMALIZE = [sys.executable, str(ROOT / "scripts" / "normalize_spec.py")]


def _normalize(source: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*NORMALIZE, str(source), str(tmp_path / "out.yaml")], capture_output=True, text=True, timeout=60
    )


def test_a_yaml_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    lines = ['openapi: "3.1.0"', "info: {title: t, version: '1'}", "paths: {}", 'a0: &a0 ["lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 12)]
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(lines) + "\n")
    done = _normalize(bomb, tmp_path)
    assert done.returncode == 2
    assert "alias bomb" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_deep_nesting_is_refused_in_one_line(tmp_path: Path) -> None:
    spec = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}
    node: dict[str, object] = spec
    for _ in range(300):
        node["x"] = {}
        node = node["x"]  # type: ignore[assignment]
    deep = tmp_path / "deep.json"
    deep.write_text(json.dumps(spec))
    done = _normalize(deep, tmp_path)
    assert done.returncode == 2 and "nested more than" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("path", ["/chain/../admin/{chain_id}", "/chain/%2E%2E/x", "/a//b", "/a/./b", "/a\\\\b"])
def test_a_path_template_that_escapes_the_api_root_is_refused(tmp_path: Path, path: str) -> None:
    spec = _load(SPEC_PATH)
    listing = next(
        op
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and op.get("operationId") == "chain_loyalty_certificate_types_list"
    )
    spec["paths"] = {path: {"get": {**copy.deepcopy(listing), "operationId": "escaping_operation"}}}
    source = tmp_path / "escape.json"
    source.write_text(json.dumps(spec))
    done = _normalize(source, tmp_path)
    assert done.returncode == 2, done.stdout
    assert "escaping_operation" in done.stderr and "outside the API root" in done.stderr
