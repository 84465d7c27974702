"""Every generated operation, called once through the facade against the mock, parses into its model."""

from __future__ import annotations

import typing

import pytest

from altegio_async import AltegioClient, APIError
from altegio_async._operations import describe
from altegio_async.testing import MockAltegio
from altegio_async.testing._examples import success_type
from altegio_async.testing._loyalty import HANDLERS
from altegio_async.testing._records import RECORD_HANDLERS
from altegio_b2b import types as b2b_types
from tests.spec_support import build_call, operation_index, operation_modules

OPERATION_IDS = sorted(operation_index())


def model_classes(hint: typing.Any) -> list[type]:
    """The generated model classes a data type may hold (through unions and lists)."""
    found: list[type] = []
    for arg in typing.get_args(hint) or (hint,):
        if typing.get_origin(arg) is list:
            found += model_classes(typing.get_args(arg)[0])
        elif isinstance(arg, type) and hasattr(arg, "from_dict"):
            found.append(arg)
    return found


@pytest.mark.parametrize("op_id", OPERATION_IDS)
async def test_operation_against_the_mock(altegio: AltegioClient, mock: MockAltegio, op_id: str) -> None:
    module = operation_modules()[op_id]
    kwargs, _, _, _ = build_call(op_id)
    if "chain_id" in kwargs:
        kwargs["chain_id"] = mock.chain_ids[0]
    if op_id == "authorize_user":
        kwargs["body"] = {"login": "owner@example.com", "password": "demo-password"}
    try:
        result = await altegio.call_with_meta(module, **kwargs)
    except APIError as error:
        # Only the stateful areas (loyalty, appointments) may refuse example values (unknown ids, bodies).
        assert op_id in HANDLERS or op_id in RECORD_HANDLERS, f"{op_id}: {error}"
        assert 400 <= error.status < 500
        return
    info = describe(module)
    if info.answer == "binary":  # the bytes, as the generated File; the mock serves a real PDF
        assert isinstance(result.data, b2b_types.File)
        assert result.data.payload.read() == result.raw
        assert result.raw.startswith(b"%PDF-") and result.raw.rstrip().endswith(b"%%EOF")
        return
    assert b2b_types.to_json(result.data) == result.raw
    if success_type(module) is not None:
        classes = model_classes(success_type(module))
        if classes and isinstance(result.raw, dict):
            assert isinstance(result.data, tuple(classes))
        if classes and isinstance(result.raw, list) and result.raw:
            assert isinstance(result.data[0], tuple(classes))
    assert mock.requests[op_id] == 1
