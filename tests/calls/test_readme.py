"""The guide's in-depth examples (once the README's) are real code: run them against respx and the mock.

The README's own Install example runs from the wheel in tests/package; every other guide
example runs in tests/docs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import respx

from tests.support.routes import path_of

README = Path(__file__).resolve().parent.parent.parent / "docs" / "guide" / "in-depth.md"


def python_block(marker: str) -> str:
    """The README's python example that contains ``marker``."""
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    (code,) = [block for block in blocks if marker in block]
    return str(code)


async def test_readme_using_it_example_runs(router: respx.MockRouter, capsys: pytest.CaptureFixture[str]) -> None:
    code = python_block("async def main(partner_token")
    assert "asyncio.run(main(" in code
    namespace: dict[str, Any] = {}
    exec(compile(code.replace("asyncio.run(", "_entry = ("), str(README), "exec"), namespace)
    certificate_types = [{"id": 289056, "title": "Gift Certificate 1000", "balance": 1000}]
    listing = router.get(path_of("chain_loyalty_certificate_types_list", 706028)).respond(
        200, json={"success": True, "data": certificate_types, "meta": {"total_count": 1}}
    )
    refusal = {"success": False, "data": None, "meta": {"message": "Invalid", "errors": {"balance": ["Must be > 0"]}}}
    create = router.post(path_of("chain_loyalty_certificate_types_create", 706028)).respond(422, json=refusal)

    await namespace["_entry"]

    assert listing.call_count == 2
    assert listing.calls[0].request.url.params["title"] == "Gift"
    assert listing.calls[0].request.headers["Authorization"] == "Bearer PARTNER_TOKEN, User USER_TOKEN"
    assert create.call_count == 1
    assert capsys.readouterr().out.splitlines() == [
        "289056 Gift Certificate 1000 1000",
        "total: 1 status: 200",
        "refused: 422 {'balance': ['Must be > 0']}",
    ]


async def test_readme_paging_and_fan_out_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    from altegio_async import AltegioClient
    from altegio_async.testing import MOCK_BASE_URL, MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio

    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    (code,) = [b for b in blocks if "async def report(" in b]
    namespace: dict[str, Any] = {"AltegioClient": AltegioClient}
    exec(compile(code, str(README), "exec"), namespace)
    mock = MockAltegio(seed=1, chains=3)
    async with (
        mock.http_client() as http,
        AltegioClient(MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=MOCK_BASE_URL, http_client=http) as altegio,
    ):
        await namespace["report"](altegio, [*mock.chain_ids, 1])
    lines = capsys.readouterr().out.splitlines()
    assert len([line for line in lines if line.endswith(" types")]) == 3
    assert "1 failed: chain_loyalty_certificate_types_list: HTTP 404: Chain not found" in lines
    assert "2 of the first page" in lines
