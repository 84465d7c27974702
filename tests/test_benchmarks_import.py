"""`make bench` is not run by `make test`, so this keeps it from drifting away from the client's API."""

import importlib


def test_the_benchmark_imports_against_the_current_client() -> None:
    run = importlib.import_module("benchmarks.run")
    assert callable(run.main)
