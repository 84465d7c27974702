"""Wire fidelity: what goes out is what Altegio expects, what comes back is what Altegio sent.

Each class of the wire-fidelity issue has its tests here, built from the description (every
operation of a class, found from the generated descriptors and the normalised spec), not from
a hand list of examples.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest
import respx

from altegio_async import AltegioClient, APIError, ResponseFormatError
from altegio_b2b import types as b2b_types
from altegio_b2b.operation_index import OPERATIONS
from tests.conftest import BASE_URL
from tests.spec_support import build_call, example, operation_index, operation_modules, resolve
from tests.support.routes import path_of

SPACED = "2025-08-05 05:30:54"
OFFSET = "2021-05-08T21:39:24+0400"


def _body_schema(op_id: str) -> dict[str, Any] | None:
    _path, _method, op = operation_index()[op_id]
    media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json")
    schema = resolve(media.get("schema")) if media else None
    return schema if isinstance(schema, dict) else None


def _top_level_dates(schema: dict[str, Any]) -> dict[str, str]:
    """Top-level body properties documented as date or date-time: name → format."""
    found = {}
    for name, prop in (schema.get("properties") or {}).items():
        prop = resolve(prop)
        variants = [prop, *(resolve(v) for v in prop.get("anyOf") or [])]
        fmt = next((v.get("format") for v in variants if v.get("format") in ("date", "date-time")), None)
        if fmt:
            found[name] = fmt
    return found


BODY_DATES = {
    op_id: dates for op_id in sorted(OPERATIONS) if (s := _body_schema(op_id)) and (dates := _top_level_dates(s))
}


def test_the_date_classes_are_not_empty() -> None:
    assert len(BODY_DATES) >= 5


# -- 1. date-times are never re-spelled -----------------------------------------------------------


@pytest.mark.parametrize("op_id", sorted(BODY_DATES))
async def test_a_date_given_as_text_goes_out_byte_for_byte(
    altegio: AltegioClient, router: respx.MockRouter, op_id: str
) -> None:
    kwargs, path, _query, _body = build_call(op_id)
    body = example(_body_schema(op_id), "body")
    texts = {"date-time": [SPACED, OFFSET, "2025-08-05T05:30:54.000-05:00"], "date": ["2025-08-05", "05.08.2025"]}
    for text_index in range(3):
        for name, fmt in BODY_DATES[op_id].items():
            options = texts[fmt]
            body[name] = options[text_index % len(options)]
        kwargs["body"] = dict(body)
        entry = OPERATIONS[op_id]
        route = router.route(method=entry.method, url=BASE_URL + path).respond(200, json={"success": True})
        await altegio.call_raw(operation_modules()[op_id], **kwargs)
        sent = json.loads(route.calls.last.request.content)
        for name in BODY_DATES[op_id]:
            assert sent[name] == body[name], f"{op_id}: {name} re-spelled"
        router.routes.clear()


async def test_an_answer_date_reads_as_datetime_and_serialises_back_exactly(
    altegio: AltegioClient, router: respx.MockRouter
) -> None:
    from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_get as get_type

    data = {"id": 1, "title": "Gift", "expiration_date": OFFSET}
    router.get(path_of("chain_loyalty_certificate_types_get", 1, 1)).respond(200, json={"success": True, "data": data})
    cert_type = await altegio.chain(1).call(get_type, 1)
    assert cert_type is not None
    when = cert_type.expiration_date
    assert isinstance(when, datetime.datetime)
    assert when == datetime.datetime(2021, 5, 8, 21, 39, 24, tzinfo=datetime.timezone(datetime.timedelta(hours=4)))
    assert cert_type.to_dict()["expiration_date"] == OFFSET
    # A changed value is a new value, spelled afresh in the documented spelling (ISO 8601 here).
    cert_type.expiration_date = when.replace(hour=22)
    assert cert_type.to_dict()["expiration_date"] == "2021-05-08T22:39:24+04:00"


@pytest.mark.parametrize("text", [SPACED, OFFSET, "2021-05-08T21:39:24.000-05:00", "2021-05-08T21:39:24Z"])
def test_parsed_datetimes_keep_their_text(text: str) -> None:
    value = b2b_types.parse_datetime(text)
    assert isinstance(value, datetime.datetime)
    assert b2b_types.to_json(value) == text
    assert b2b_types.datetime_json(value, "ymd_his") == text
    later = value + datetime.timedelta(hours=1)
    assert b2b_types.to_json(later) == later.isoformat() != text  # a new value is spelled afresh


def test_datetime_objects_take_the_documented_spelling() -> None:
    when = datetime.datetime(2026, 1, 2, 3, 4, 5)
    assert b2b_types.datetime_json(when, "iso") == "2026-01-02T03:04:05"
    assert b2b_types.datetime_json(when, "ymd_his") == "2026-01-02 03:04:05"
    assert b2b_types.date_json(datetime.date(2026, 1, 2)) == "2026-01-02"
    assert b2b_types.date_json(b2b_types.parse_date("2026-01-02")) == "2026-01-02"


def test_every_generated_datetime_is_spelled_as_documented() -> None:
    """The spelling in the generated code matches each field's documented example."""
    import re
    from pathlib import Path

    import altegio_b2b

    root = Path(altegio_b2b.__file__).parent
    spellings = re.findall(
        r'_types\.datetime_json\([^,]+, "(\w+)"\)', "".join(p.read_text() for p in root.rglob("*.py"))
    )
    assert spellings, "no datetime field is spelled"
    assert set(spellings) <= {"iso", "ymd_his"}


async def test_a_query_date_given_as_text_goes_out_byte_for_byte(
    altegio: AltegioClient, router: respx.MockRouter
) -> None:
    module = operation_modules()["get_chain_loyalty_transaction_list"]
    route = router.get(path_of("get_chain_loyalty_transaction_list", 1)).respond(
        200, json={"success": True, "data": []}
    )
    await altegio.chain(1).call(module, created_after="2024-09-12", created_before=datetime.date(2024, 9, 13))
    params = route.calls.last.request.url.params
    assert params["created_after"] == "2024-09-12"
    assert params["created_before"] == "2024-09-13"


# -- 2. optional trailing path parameters ---------------------------------------------------------

OPTIONAL_PATH = sorted(
    name for name, entry in OPERATIONS.items() if any(p.location == "path" and not p.required for p in entry.parameters)
)


def test_optional_path_parameters_found_from_the_descriptions() -> None:
    assert "get_service" in OPTIONAL_PATH
    for name in OPTIONAL_PATH:
        path_params = [p for p in OPERATIONS[name].parameters if p.location == "path"]
        assert not path_params[-1].required and all(p.required for p in path_params[:-1]), name


@pytest.mark.parametrize("op_id", OPTIONAL_PATH)
async def test_a_trailing_parameter_left_out_requests_the_list_form(
    altegio: AltegioClient, router: respx.MockRouter, op_id: str
) -> None:
    entry = OPERATIONS[op_id]
    kwargs, _path, _query, _body = build_call(op_id)
    last = [p for p in entry.parameters if p.location == "path"][-1]
    kwargs.pop(last.python_name)
    for p in entry.parameters:
        if p.location == "path" and p.required:
            kwargs[p.python_name] = 5
    short = entry.path.rsplit("/", 1)[0]
    for p in entry.parameters:
        short = short.replace("{" + p.name + "}", "5")
    route = router.route(method=entry.method, url=BASE_URL + short).respond(200, json={"success": True, "data": []})
    await altegio.call(operation_modules()[op_id], **kwargs)
    assert route.call_count == 1


async def test_get_service_through_a_location_scope_lists_every_service(
    altegio: AltegioClient, router: respx.MockRouter
) -> None:
    from altegio_b2b.api.services import get_service

    route = router.get(path_of("get_service", 1)).respond(200, json={"success": True, "data": [{"id": 1}, {"id": 2}]})
    services = await altegio.location(1).call(get_service)
    assert route.call_count == 1
    assert isinstance(services, list) and [s.id for s in services] == [1, 2]  # type: ignore[union-attr]
    router.get(path_of("get_service", 1, 2)).respond(200, json={"success": True, "data": {"id": 2}})
    one = await altegio.location(1).call(get_service, 2)
    assert not isinstance(one, list) and one is not None and one.id == 2


# -- 3. a body with no required field may be left out ---------------------------------------------

OPTIONAL_BODY = sorted(n for n, e in OPERATIONS.items() if e.body == "json" and not e.body_required)


def test_a_body_that_requires_nothing_is_optional() -> None:
    assert any("/clients/search" in OPERATIONS[n].path for n in OPTIONAL_BODY)
    for name, entry in OPERATIONS.items():
        schema = _body_schema(name)
        if entry.body == "json" and entry.body_required and schema is not None and "object" in str(schema.get("type")):
            assert schema.get("required"), f"{name}: a body that requires nothing must be optional"


@pytest.mark.parametrize("op_id", OPTIONAL_BODY)
async def test_a_body_left_out_sends_no_body(altegio: AltegioClient, router: respx.MockRouter, op_id: str) -> None:
    entry = OPERATIONS[op_id]
    kwargs, path, _query, _body = build_call(op_id)
    kwargs.pop("body")
    route = router.route(method=entry.method, url=BASE_URL + path).respond(200, json={"success": True, "data": None})
    await altegio.call_raw(operation_modules()[op_id], **kwargs)
    request = route.calls.last.request
    assert request.content == b""
    assert "content-type" not in request.headers


# -- 4. date parameters typed as numbers ----------------------------------------------------------


def test_no_date_parameter_is_typed_as_a_number() -> None:
    import re

    for name, entry in OPERATIONS.items():
        for p in entry.parameters:
            if re.search(r"(^|_)date(_|$)", p.name):
                assert p.type not in ("integer", "number"), f"{name}: {p.name} is typed {p.type}"


async def test_schedule_takes_dates_in_its_path(altegio: AltegioClient, router: respx.MockRouter) -> None:
    module = operation_modules()["get_team_member_schedule"]
    route = router.get(path_of("get_team_member_schedule", 1, 2, "2024-09-12", "2024-09-30")).respond(
        200, json={"success": True, "data": []}
    )
    await altegio.location(1).call(module, 2, "2024-09-12", datetime.date(2024, 9, 30))  # type: ignore[arg-type]
    assert route.call_count == 1
    with pytest.raises(ValueError, match="start_date"):
        await altegio.location(1).call(module, 2, "12.09.2024", "2024-09-30")  # type: ignore[arg-type]


# -- 5. binary answers ----------------------------------------------------------------------------

BINARY = sorted(n for n, e in OPERATIONS.items() if e.answer == "binary")


def test_binary_operations_are_known() -> None:
    assert BINARY == ["get_visit_receipt_pdf"]


@pytest.mark.parametrize("op_id", BINARY)
async def test_a_binary_answer_returns_its_bytes(altegio: AltegioClient, router: respx.MockRouter, op_id: str) -> None:
    entry = OPERATIONS[op_id]
    kwargs, path, _query, _body = build_call(op_id)
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n%%EOF\n"
    router.route(method=entry.method, url=BASE_URL + path).respond(
        200, content=pdf, headers={"Content-Type": "application/pdf"}
    )
    file = await altegio.call(operation_modules()[op_id], **kwargs)
    assert isinstance(file, b2b_types.File)
    assert file.payload.read() == pdf and file.mime_type == "application/pdf"
    assert await altegio.call_raw(operation_modules()[op_id], **kwargs) == pdf
    router.routes.clear()
    router.route(method=entry.method, url=BASE_URL + path).respond(
        200, json={"success": False, "data": None, "meta": {"message": "Visit not found"}}
    )
    with pytest.raises(APIError, match="Visit not found"):
        await altegio.call(operation_modules()[op_id], **kwargs)


# -- 6. the data as a whole must fit --------------------------------------------------------------

WRONG_FOR = {
    "object": ["oops", 5, [1, 2], True],
    "array": ["oops", 5, {"id": 1}, True],
    "string": [5, {"a": 1}, [1]],
}


def _first_of(shape: str, items: str = "") -> str:
    return next(
        n
        for n, e in sorted(OPERATIONS.items())
        if e.data == shape and e.items == items and e.answer == "envelope" and e.method == "GET"
    )


@pytest.mark.parametrize(
    ("shape", "items", "value"),
    [
        (shape, items, value)
        for shape, items in (("object", ""), ("array", "object"), ("string", ""))
        for value in WRONG_FOR[shape]
    ]
    + [("array", "object", [1, 2, 3]), ("array", "object", ["a"])],
)
async def test_data_that_cannot_be_the_documented_type_is_kept_or_refused_when_strict(
    altegio: AltegioClient, router: respx.MockRouter, shape: str, items: str, value: Any
) -> None:
    op_id = next((n for n, e in sorted(OPERATIONS.items()) if e.data == shape and e.items == items), None)
    assert op_id is not None
    entry = OPERATIONS[op_id]
    kwargs, path, _query, _body = build_call(op_id)
    router.route(method=entry.method, url=BASE_URL + path).respond(200, json={"success": True, "data": value})
    with pytest.raises(ResponseFormatError, match="the description documents") as refused:
        await altegio.with_options(strict=True).call(operation_modules()[op_id], **kwargs)
    assert refused.value.data == value
    kept = await altegio.call(operation_modules()[op_id], **kwargs)  # the server is right: returned as received
    if not isinstance(value, dict) and not (isinstance(value, list) and any(isinstance(v, dict) for v in value)):
        assert kept == value
    assert await altegio.call_raw(operation_modules()[op_id], **kwargs) == value


@pytest.mark.parametrize("value", [None, [], {}])
async def test_empty_and_null_data_still_fit(altegio: AltegioClient, router: respx.MockRouter, value: Any) -> None:
    op_id = _first_of("array", "object")
    kwargs, path, _query, _body = build_call(op_id)
    router.route(method=OPERATIONS[op_id].method, url=BASE_URL + path).respond(
        200, json={"success": True, "data": value}
    )
    assert await altegio.call(operation_modules()[op_id], **kwargs) in (None, [])


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
async def test_nan_and_infinity_are_not_json(altegio: AltegioClient, router: respx.MockRouter, constant: str) -> None:
    op_id = _first_of("object")
    kwargs, path, _query, _body = build_call(op_id)
    body = f'{{"success": true, "data": {{"id": {constant}}}}}'.encode()
    router.route(method=OPERATIONS[op_id].method, url=BASE_URL + path).respond(200, content=body)
    with pytest.raises(ResponseFormatError, match="not JSON"):
        await altegio.call(operation_modules()[op_id], **kwargs)


async def test_field_level_leniency_stays(altegio: AltegioClient, router: respx.MockRouter) -> None:
    from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_get as get_type

    data = {"id": "not-a-number", "title": 5, "item_type_id": 99, "expiration": {"date": "soon"}, "extra": [1]}
    router.get(path_of("chain_loyalty_certificate_types_get", 1, 1)).respond(200, json={"success": True, "data": data})
    cert_type = await altegio.chain(1).call(get_type, 1)
    assert cert_type is not None and cert_type.to_dict() == data


# -- 7. overrides of known catalog mistakes -------------------------------------------------------


def test_every_override_is_applied_with_a_reason() -> None:
    import copy
    import typing

    from altegio_codegen.fixes import overrides as wire_fixes

    from altegio_b2b.models.create_financial_transaction_body import CreateFinancialTransactionBody
    from tests.spec_support import normalized_spec

    entries = wire_fixes.load_overrides()
    assert entries and all(e["reason"].strip() for e in entries)
    spec = copy.deepcopy(normalized_spec())
    assert wire_fixes.stale_overrides(spec, entries) == []  # every target exists
    assert wire_fixes.apply_overrides(spec, entries) == []  # and the normaliser already applied it
    assert typing.get_type_hints(CreateFinancialTransactionBody)["comment"] == str | b2b_types.Unset


def test_stale_overrides_are_reported_and_idempotent() -> None:
    import copy

    from altegio_codegen.fixes import overrides as wire_fixes

    from tests.spec_support import normalized_spec

    spec = copy.deepcopy(normalized_spec())
    entries = [
        {
            "operation": "create_financial_transaction",
            "property": "comment",
            "in": "body",
            "schema": {"type": "string"},
            "reason": "r",
        },
        {"operation": "no_such_operation", "parameter": "x", "set": {"required": False}, "reason": "gone"},
        {
            "operation": "get_service",
            "parameter": "no_such_parameter",
            "set": {"required": False},
            "reason": "gone too",
        },
    ]
    assert wire_fixes.apply_overrides(spec, entries) == []  # already applied by the normaliser
    assert wire_fixes.stale_overrides(spec, entries) == [
        "override not applied, no_such_operation has no x: gone",
        "override not applied, get_service has no no_such_parameter: gone too",
    ]


async def test_values_that_do_not_fit_are_sent_as_given(altegio: AltegioClient, router: respx.MockRouter) -> None:
    """The overridden text field takes text; a number given for it still goes out, unrejected."""
    module = operation_modules()["create_financial_transaction"]
    kwargs, path, _query, _body = build_call("create_financial_transaction")
    for comment in ("Paid in cash", 12345):
        kwargs["body"] = {**example(_body_schema("create_financial_transaction"), "body"), "comment": comment}
        route = router.post(path).respond(200, json={"success": True, "data": None})
        await altegio.call_raw(module, **kwargs)
        assert json.loads(route.calls.last.request.content)["comment"] == comment
