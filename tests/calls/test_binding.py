"""Arguments bound by the call path's shortcuts give what ``inspect.Signature.bind`` gives, for every operation."""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from altegio_async._operations import _bind, describe
from altegio_b2b.operation_index import OPERATIONS

INFOS = [describe(importlib.import_module(entry.module)) for entry in OPERATIONS.values()]


def _signature_bind(
    signature: inspect.Signature, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> dict[str, Any] | str:
    try:
        return dict(signature.bind(*args, **kwargs).arguments)
    except TypeError:
        return "refused"


def _shortcut_bind(info: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any] | str:
    try:
        return _bind(info, args, kwargs)
    except TypeError:
        return "refused"


@settings(max_examples=400, deadline=None)
@given(
    info=st.sampled_from(INFOS),
    positional=st.integers(min_value=0, max_value=6),
    named=st.lists(st.integers(min_value=0, max_value=8), max_size=4, unique=True),
    stranger=st.booleans(),
)
def test_binding_matches_the_signature(info: Any, positional: int, named: list[int], stranger: bool) -> None:
    names = list(info.signature.parameters)
    args = tuple(range(positional))
    kwargs = {names[i]: f"v{i}" for i in named if i < len(names)}
    if stranger:
        kwargs["not_a_parameter"] = 1
    assert _shortcut_bind(info, args, kwargs) == _signature_bind(info.signature, args, kwargs)


@pytest.mark.parametrize("info", INFOS, ids=[i.name for i in INFOS])
def test_every_operation_binds_its_required_arguments_by_position(info: Any) -> None:
    count = len(info.required)
    args = tuple(range(count))
    assert _shortcut_bind(info, args, {}) == _signature_bind(info.signature, args, {})
