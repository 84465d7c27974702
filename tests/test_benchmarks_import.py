"""`make bench` is not run by `make test`, so this keeps it from drifting away from the client's API."""

import importlib


def test_the_benchmark_imports_against_the_current_client() -> None:
    run = importlib.import_module("benchmarks.run")
    assert callable(run.main)


def test_the_readme_and_the_performance_page_carry_the_benchmarks_own_figures() -> None:
    """Every figure the README and the performance page claim is the committed run's, as the report writes it."""
    import json
    from pathlib import Path

    from benchmarks.report import RESULTS, table

    written = table(json.loads(RESULTS.read_text(encoding="utf-8")))
    root = Path(__file__).resolve().parent.parent
    for page in (root / "README.md", root / "docs" / "performance.md"):
        assert written in page.read_text(encoding="utf-8"), f"{page.name}: run python -m benchmarks.report"
