"""The fast paths decide exactly as the slow ones they stand in for.

- JSON: msgspec where installed, the standard library's rule either way (what it accepts, what it
  refuses, integers of any size exact);
- arguments: the binder that skips ``inspect.Signature.bind`` binds (and refuses) as it does, for
  every operation;
- the garbage collector held off while a large answer is built comes back, whatever the nesting;
- a list of models is built in one loop exactly as item by item through ``parse_model``.
"""

from __future__ import annotations

import gc
import json
import math
import threading
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from altegio_async import _json, envelope
from altegio_async._collector import collector_paused
from altegio_async._operations import _bind, describe
from altegio_async.runtime import parse_list, parse_model, parse_model_list
from tests.spec_support import operation_modules


def _standard(content: bytes | str) -> Any:
    return json.loads(content, parse_constant=_json._refuse_constant, parse_float=_json._finite_float)


def _outcome(decode: Any, content: bytes | str) -> tuple[str, Any]:
    try:
        value = decode(content)
    except (ValueError, UnicodeDecodeError, RecursionError):  # what decode_json turns into ResponseFormatError
        return ("refused", None)
    return ("read", value)


EDGES = [
    b"1e400",
    b"-1e400",
    b"1e-400",
    b"NaN",
    b"[Infinity]",
    b"123456789012345678901234567890",
    b"-18446744073709551617",
    b"1" * 5000,
    b'"\\ud800"',
    b'"\\ud83d\\ude00"',
    b'{"a": 1, "a": 2}',
    b"",
    b"  ",
    b'"\xff"',
    b"\xef\xbb\xbf{}",
    '{"a": 1}'.encode("utf-16"),
    b"[1.5e308, -0.0, 0.1, 5e-324]",
    b"[1,]",
    b"{'a': 1}",
    b'{"title": "\xd0\x9f\xd0\xbe\xd0\xb4\xd0\xb0\xd1\x80\xd0\xbe\xd0\xba"}',
    b"[" * 100_000 + b"]" * 100_000,
    b"true false",
    b'"\\u0000"',
]


@pytest.mark.skipif(_json._fast_decoders() is None, reason="msgspec is not installed on this interpreter")
@pytest.mark.parametrize("content", EDGES, ids=range(len(EDGES)))
def test_edge_bodies_are_read_or_refused_as_the_standard_library_decides(content: bytes) -> None:
    ours, standard = _outcome(envelope.load_json, content), _outcome(_standard, content)
    assert ours[0] == standard[0]
    if ours[0] == "read":
        assert json.dumps(ours[1]) == json.dumps(standard[1])  # same values, same types (int stays int)


def _large(items: bytes, count: int = 200_000) -> bytes:
    return b",".join([items] * count)


LARGE = [
    b'{"success": true, "data": ['
    + _large(b'{"id": 1, "title": "x", "d": "2027-06-30", "n": 1.5}')
    + b'], "meta": {}}',
    b"[" + _large(b'{"id": 123456789012345678901234567890}') + b"]",
    b'{"data": [1], "data": [' + _large(b"22222") + b"]}",  # a repeated name: the last wins, as in one decode
    b'{"data": [' + _large(b'{"x": 1}') + b', NaN], "meta": {}}',
    b'{"data": [' + _large(b'{"x": "\\ud800"}') + b"]}",  # a lone surrogate: msgspec refuses, json reads
    b'{"data": [' + _large(b'{"x": 1}') + b"]} trailing",
    b'{"data": [' + _large(b'{"x": 1}') + b"], }",
    b'  {"data": "' + b"y" * 2_000_000 + b'", "more": [' + _large(b"[1, [2, {}]]") + b"]}  ",
]


@pytest.mark.parametrize("content", LARGE, ids=range(len(LARGE)))
def test_large_bodies_decoded_in_pieces_read_as_one_decode(content: bytes) -> None:
    assert len(content) > _json.PIECES_ABOVE
    ours, standard = _outcome(envelope.load_json, content), _outcome(_standard, content)
    assert ours[0] == standard[0]
    if ours[0] == "read":
        assert ours[1] == standard[1] and _same_types(ours[1], standard[1])


json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**40), max_value=10**40),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(),
    ),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(json_values, st.booleans())
def test_any_json_reads_as_the_standard_library_reads_it(value: Any, ascii_only: bool) -> None:
    content = json.dumps(value, ensure_ascii=ascii_only).encode()
    ours = envelope.load_json(content)
    assert json.dumps(ours) == json.dumps(_standard(content))
    assert _same_types(ours, _standard(content))


def _same_types(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same_types(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same_types(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float):
        return math.copysign(1, a) == math.copysign(1, b) and a == b
    return bool(a == b)


def _calls(module: Any) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Argument lists for one operation: right, and wrong in each way binding can be wrong."""
    info = describe(module)
    positional = list(info.positional)
    keywords = [n for n in info.signature.parameters if n not in positional]
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
        (tuple(range(len(positional))), {}),
        ((), {name: 1 for name in positional}),
        (tuple(range(len(positional) + 1)), {}),  # one too many
        (tuple(range(max(0, len(positional) - 1))), {}),  # one missing (when any)
        (tuple(range(len(positional))), {"no_such_parameter": 1}),
    ]
    if positional:
        calls.append((tuple(range(len(positional))), {positional[0]: 5}))  # given twice
    if keywords:
        calls.append((tuple(range(len(positional))), {keywords[0]: "x", **dict.fromkeys(keywords[1:2], 2)}))
        calls.append((tuple(range(len(positional) + 1)), {keywords[0]: "x"}))
    return calls


def test_the_fast_binder_binds_and_refuses_as_signature_bind_does_for_every_operation() -> None:
    checked = 0
    for module in operation_modules().values():
        info = describe(module)
        for args, kwargs in _calls(module):
            try:
                expected: Any = dict(info.signature.bind(*args, **kwargs).arguments)
            except TypeError as exc:
                expected = f"{info.name}: {exc}"
            try:
                got: Any = _bind(info, args, kwargs)
            except TypeError as exc:
                got = str(exc)
            assert got == expected, (info.name, args, kwargs)
            checked += 1
    assert checked > 262 * 5


def test_the_collector_comes_back_after_nested_and_concurrent_builds() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()

    started, release = threading.Barrier(3), threading.Event()

    def build() -> None:
        with collector_paused():
            started.wait()
            release.wait()

    threads = [threading.Thread(target=build) for _ in range(2)]
    for thread in threads:
        thread.start()
    started.wait()
    assert not gc.isenabled()
    release.set()
    for thread in threads:
        thread.join()
    assert gc.isenabled()


def test_the_collector_stays_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_failing_build_brings_the_collector_back() -> None:
    with pytest.raises(KeyError), collector_paused():
        raise KeyError("x")
    assert gc.isenabled()


def test_what_was_built_joins_the_oldest_generation_without_a_walk() -> None:
    with collector_paused():
        built = [{"n": [n]} for n in range(1000)]
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert id(built) in oldest and id(built[0]) in oldest and id(built[0]["n"]) in oldest
    assert gc.get_freeze_count() == 0


def test_objects_the_process_keeps_frozen_stay_frozen() -> None:
    kept = [object() for _ in range(3)], {"pre-fork": [1]}
    gc.freeze()
    try:
        assert id(kept) not in {id(o) for o in gc.get_objects()}  # frozen: in no generation the collector walks
        with collector_paused():
            built = [[n] for n in range(100)]
        assert gc.get_freeze_count() > 0
        assert id(kept) not in {id(o) for o in gc.get_objects()}, "the build unfroze the process's objects"
        assert built and kept
    finally:
        gc.unfreeze()


def test_every_model_puts_each_field_where_it_came_from() -> None:
    """``from_dict`` builds by position (cheaper than by keyword): every field of every model lands
    in its own attribute. Each wire name gets a text of its own; what cannot parse stays as it came."""
    import inspect

    import altegio_b2b.models as models

    checked, files = 0, []
    for _, cls in inspect.getmembers(models, inspect.isclass):
        wire_names = getattr(cls, "WIRE_NAMES", None)
        if not wire_names or not hasattr(cls, "from_dict"):
            continue
        try:
            built = cls.from_dict({wire: f"value of {field}" for field, wire in wire_names.items()})
        except TypeError:  # an upload body: its file field takes bytes, not text
            files.append(cls.__name__)
            continue
        for field in wire_names:
            assert getattr(built, field) == f"value of {field}", (cls.__name__, field)
        checked += 1
    assert checked > 400 and len(files) <= 3, files


_TRANSACTION = {"id": 1, "amount": 5, "type": {"id": 1, "title": "Accrual"}, "program": {"id": 3}}
list_items = st.one_of(
    st.fixed_dictionaries({}, optional={k: st.just(v) for k, v in _TRANSACTION.items()}),
    st.fixed_dictionaries({"id": st.one_of(st.integers(), st.text(max_size=3))}, optional={"extra": json_values}),
    st.fixed_dictionaries({"type": st.one_of(st.lists(st.integers(), max_size=2), st.text(max_size=3))}),
    st.fixed_dictionaries({"period": st.integers()}, optional={"period_unit_id": st.sampled_from([1, 2, 99, "x"])}),
    json_values,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.lists(list_items, max_size=6), json_values))
def test_a_list_of_models_is_built_as_item_by_item(data: Any) -> None:
    from altegio_b2b.models.certificate_type import CertificateType
    from altegio_b2b.models.chain_loyalty_memberships_set_period_body import ChainLoyaltyMembershipsSetPeriodBody
    from altegio_b2b.models.get_chain_loyalty_transaction_list_transaction import (
        GetChainLoyaltyTransactionListTransaction as Transaction,
    )

    for model in (Transaction, CertificateType, ChainLoyaltyMembershipsSetPeriodBody):  # the last has required fields
        one_loop = parse_model_list(model, data)
        item_by_item = parse_list(data, lambda item, model=model: parse_model(model, item))
        assert type(one_loop) is type(item_by_item)
        assert one_loop == item_by_item
        if isinstance(data, list):
            assert [type(x) for x in one_loop] == [type(x) for x in item_by_item]
