"""Every example call on every operation page, run against the mock: it sends, and the answer is read."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest
import write_operation_docs as docs
from altegio_codegen.pipeline import normalised_description

from altegio_async import AltegioClient, APIError
from altegio_async.testing import MOCK_BASE_URL, MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio
from altegio_b2b.operation_index import OPERATIONS


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return normalised_description()


async def test_every_operation_page_example_runs_against_the_mock(spec: dict[str, Any]) -> None:
    mock = MockAltegio()
    outcomes: dict[str, int] = {"answered": 0, "refused by the server": 0}
    failures = []
    async with (
        mock.http_client() as http,
        AltegioClient(
            MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=MOCK_BASE_URL, http_client=http, rate_limit=None
        ) as altegio,
    ):
        for name, entry in sorted(OPERATIONS.items()):
            first = next((p.python_name for p in entry.parameters if p.location == "path"), "")
            code = docs.example_call(spec, entry, docs.SCOPES.get(first, "none"))
            source = "async def example(altegio):\n" + textwrap.indent(code, "    ")
            namespace: dict[str, Any] = {}
            exec(compile(source, f"<{name} example>", "exec"), namespace)
            try:
                await namespace["example"](altegio)
                outcomes["answered"] += 1
            except APIError:  # the mock answered with a typed error (an id it does not hold): it ran
                outcomes["refused by the server"] += 1
            except Exception as exc:
                failures.append(f"{name}: {type(exc).__name__}: {exc}")
    assert failures == [], "\n".join(failures)
    assert sum(outcomes.values()) == len(OPERATIONS)
    assert outcomes["answered"] > 200
