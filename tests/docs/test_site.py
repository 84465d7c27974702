"""The documentation site: the guide's examples run, the build passes --strict, search holds the
operations, and a real headless browser (Debian's chromium) renders pages without console errors."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.limits.services import static_site
from tests.spec_support import ROOT

GUIDE = ROOT / "docs" / "guide"
EXAMPLES = [
    (page.name, index, block)
    for page in sorted(GUIDE.glob("*.md"))
    for index, block in enumerate(re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), re.S))
]


def test_every_guide_page_is_in_the_nav() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in GUIDE.glob("*.md"):
        assert f"guide/{page.name}" in config


@pytest.mark.parametrize(("page", "index", "code"), EXAMPLES, ids=[f"{p}#{i}" for p, i, _ in EXAMPLES])
def test_every_guide_example_runs(page: str, index: int, code: str, tmp_path: Path) -> None:
    """Runnable examples (``asyncio.run(main())`` against the mock) run; fragments compile.

    The in-depth page's fragments are run by tests/calls/test_readme.py against respx and the mock.
    """
    if "asyncio.run(main())" not in code:
        compile(textwrap.dedent(code), f"{page}#{index}", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        return
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, f"{page} example {index}:\n{done.stderr[-2000:]}"
    assert done.stdout.strip()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built with --strict into a temporary directory (the operations pages written first)."""
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "scripts/write_operation_docs.py", "docs/operations"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return out


def test_search_holds_every_operation(site: Path) -> None:
    from altegio_b2b.operation_index import OPERATIONS

    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc.get("title", "") + " " + doc.get("location", "") for doc in index["docs"])
    missing = [name for name in OPERATIONS if name not in text]
    assert missing == []


def test_every_operation_has_its_import_line_and_an_example(site: Path) -> None:
    from altegio_b2b.operation_index import OPERATIONS

    for name, entry in OPERATIONS.items():
        section = entry.module.split(".")[2]
        page = (site / "operations" / section / "index.html").read_text(encoding="utf-8")
        assert f'id="{name}"' in page
        assert name in page and entry.path.replace("{", "").split("/")[1] in page


@pytest.fixture(scope="module")
def served_site(site: Path) -> Iterator[str]:
    with static_site(site) as base:
        yield base


def browse(url: str, tmp: Path) -> tuple[str, list[str]]:
    """The DOM chromium renders for ``url``, and every console message the page logged."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.fail("chromium is not installed (.ci/run installs Debian's chromium)")
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp}",
        "--enable-logging=stderr",
        "--v=0",
        "--virtual-time-budget=5000",
        "--dump-dom",
        url,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]
    return done.stdout, console


def test_a_browser_renders_the_home_page_and_an_operation(served_site: str, tmp_path: Path) -> None:
    dom, console = browse(f"{served_site}/", tmp_path / "home")
    assert "<title>altegio-async</title>" in dom and "The asyncio Python client" in dom
    assert console == []
    dom, console = browse(f"{served_site}/operations/chain_loyalty_programs/", tmp_path / "operation")
    assert 'id="chain_loyalty_certificate_types_list"' in dom
    assert "altegio.chain(706028).paginate(chain_loyalty_certificate_types_list" in re.sub(r"<[^>]+>", "", dom)
    assert console == []
