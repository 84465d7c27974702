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
from typing import Any

import pytest

from tests.limits.services import static_site
from tests.spec_support import ROOT

GUIDE = ROOT / "docs" / "guide"
EXAMPLES = [
    (page.name, index, block)
    for page in [ROOT / "docs" / "index.md", *sorted(GUIDE.glob("*.md"))]
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
    text = re.sub(r"<[^>]+>", "", dom)
    assert "In one example" in text and "chain.paginate(list_cert_types, page_size=2)" in text
    assert "What it does that others don" in text
    assert console == []
    dom, console = browse(f"{served_site}/operations/appointments/", tmp_path / "appointments")
    section = dom.split('id="create_appointment"', 1)[1].split("<h2", 1)[0]
    assert "client.phone" in section and "A body you can send" in section
    assert console == []
    dom, console = browse(f"{served_site}/operations/chain_loyalty_programs/", tmp_path / "operation")
    assert 'id="chain_loyalty_certificate_types_list"' in dom
    assert "altegio.chain(706028).paginate(chain_loyalty_certificate_types_list" in re.sub(r"<[^>]+>", "", dom)
    assert console == []


def test_an_operation_summary_search_finds_its_own_section_first(site: Path) -> None:
    """The site's search (lunr, as Material configures it) boosts titles 1000×: an operation's section
    is titled by its summary, so the only section whose title holds every word of "certificate
    types" is the operation that lists them, and it ranks first."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["fields"]["title"]["boost"] >= 100 * index["config"]["fields"]["text"]["boost"]
    words = {"certificate", "types"}
    titled = [doc["location"] for doc in index["docs"] if words <= set(re.split(r"[\s\-]+", doc["title"].lower()))]
    assert titled == ["operations/chain_loyalty_programs/#chain_loyalty_certificate_types_list"]


RESULTS = (
    "(() => { const links = [...document.querySelectorAll('.md-search-result__item a')]"
    ".map(a => new URL(a.getAttribute('href'), location.href)); "
    "return links.length ? links.map(u => u.pathname + u.hash) : null })()"
)


async def _search(page: Any, base: str, query: str) -> list[str]:
    """What the site's own search (Material's worker, in chromium) lists for ``query``, in order."""
    from urllib.parse import quote_plus

    await page.goto(f"{base}/?q={quote_plus(query)}")
    hits: list[str] = await page.wait_for(RESULTS)
    return hits


async def test_a_search_in_the_browser_finds_the_operation_first(served_site: str, tmp_path: Path) -> None:
    """Searching a reader's words in the real site: the first hit is the operation's own section.

    "certificate types" is the list of certificate types, and its page is the first group. For 25
    operations picked at random (with a summary of their own), searching the summary lists that
    operation's section before any other section; the few that rank second (a neighbour whose
    title shares the words: "Restore a deleted membership type" for "Delete membership type")
    are allowed for, not more.
    """
    import collections
    import random

    from altegio_b2b.operation_index import OPERATIONS
    from tests.docs.browser import browser

    async with browser(tmp_path / "profile") as page:
        hits = await _search(page, served_site, "certificate types")
        assert hits[0] == "/operations/chain_loyalty_programs/"
        assert (
            next(h for h in hits if "#" in h)
            == "/operations/chain_loyalty_programs/#chain_loyalty_certificate_types_list"
        )
        counts = collections.Counter(entry.summary.lower() for entry in OPERATIONS.values())
        unique = sorted(name for name, entry in OPERATIONS.items() if counts[entry.summary.lower()] == 1)
        missed = []
        for name in random.Random(3).sample(unique, 25):
            sections = [
                h.split("#", 1)[1] for h in await _search(page, served_site, OPERATIONS[name].summary) if "#" in h
            ]
            if not sections or sections[0] != name:
                missed.append((name, sections[:3]))
        assert page.console == []
    assert len(missed) <= 4, missed


def test_no_internal_link_is_broken(site: Path) -> None:
    """Every link from one page of the site to another (and to an anchor in it) resolves."""
    pages = {path: path.read_text(encoding="utf-8") for path in site.rglob("*.html")}
    ids = {path: set(re.findall(r'\sid="([^"]+)"', text)) for path, text in pages.items()}
    broken = []
    for path, text in pages.items():
        for href in re.findall(r'\shref="([^"]+)"', text):
            if re.match(r"^(https?:|mailto:|javascript:|data:)", href) or href.startswith("//"):
                continue
            target, _, anchor = href.partition("#")
            base = site if target.startswith("/") else path.parent  # the 404 page links from the site root
            resolved = (base / target.lstrip("/")).resolve() if target else path
            if resolved.is_dir() or target.endswith("/"):
                resolved = resolved / "index.html"
            if not resolved.exists():
                broken.append(f"{path.relative_to(site)}: {href}")
            elif anchor and resolved.suffix == ".html" and anchor not in ids.get(resolved, set()):
                broken.append(f"{path.relative_to(site)}: {href} (no #{anchor})")
    assert broken == [], broken[:20]


def test_the_create_appointment_page_shows_a_body_table_and_an_example(site: Path) -> None:
    page = (site / "operations" / "appointments" / "index.html").read_text(encoding="utf-8")
    section = page.split('id="create_appointment"', 1)[1].split("<h2", 1)[0]
    text = re.sub(r"<[^>]+>", " ", section)
    assert "field" in text and "client.phone" in text and "seance_length" in text
    assert "A body you can send" in text and '"staff_id"' in section
    assert "the mock's example" in text and "acceptance_free" in text  # an answer beside the request


def test_a_body_altegio_documents_is_the_pages_example(site: Path) -> None:
    """Where Altegio's reference shows a request body, the operation page offers that body (it runs
    against the mock with the other examples)."""
    page = (site / "operations" / "chain_loyalty_programs" / "index.html").read_text(encoding="utf-8")
    section = page.split('id="chain_loyalty_certificate_types_create"', 1)[1].split("<h2", 1)[0]
    text = re.sub(r"<[^>]+>", " ", section)
    assert "A body you can send" in text and "Gift Certificate 1000" in text and "Perfect gift for any occasion" in text


def test_the_testing_guides_pytest_example_passes_as_a_users_suite(tmp_path: Path) -> None:
    """The guide's fixture example, run by pytest in a fresh folder with the shipped plugin enabled."""
    text = (GUIDE / "testing.md").read_text(encoding="utf-8")
    (block,) = [b for b in re.findall(r"```python\n(.*?)```", text, re.S) if "def test_counts_the_types" in b]
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["altegio_async.testing.pytest_plugin"]\n')
    (tmp_path / "test_users_code.py").write_text(block)
    (tmp_path / "pytest.ini").write_text("[pytest]\nasyncio_mode = auto\n")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert done.returncode == 0 and "2 passed" in done.stdout, done.stdout[-3000:]
