"""The reliability suite's ``tally`` fixture (the summary is printed by ``tests/conftest.py``)."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.reliability.tally import TALLY


@pytest.fixture
def tally() -> dict[str, Counter[str]]:
    return TALLY
