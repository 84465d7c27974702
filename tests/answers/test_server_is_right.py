"""The server is right: real answers are never refused, and every documented write is expressible.

Each class of the "server is right" issue has its tests here, built from the description (the
committed catalog import before normalisation, the normalised spec and the descriptors):
answer shapes corrected in the description, a mismatch that keeps the data (``strict`` makes
it an error), body models that keep every documented field, dates in dict bodies and as text,
lists paged through the body.
"""

from __future__ import annotations

import copy
import datetime
import json
import logging
import pickle
from typing import Any

import httpx
import pytest
import respx

from altegio_async import AltegioClient, APIError, ResponseFormatError, _answers
from altegio_b2b.operation_index import OPERATIONS
from altegio_b2b.types import WireDate, WireDateTime
from tests.spec_support import SPEC_PATH, operation_modules
from tests.spec_support import load_spec as _load_spec
from tests.support.routes import path_of

# -- class 1: shapes the description gets wrong --------------------------------------------------


def _raw_spec() -> dict[str, Any]:
    return _load_spec(SPEC_PATH)


def test_overrides_reshape_the_recorded_operations() -> None:
    assert OPERATIONS["create_appointment"].data == "object"  # 201: the record it created
    assert OPERATIONS["get_team_member_schedule"].data == "array"  # a date range: a list of days
    assert OPERATIONS["get_appointment_calendar_sessions"].data == "array"  # a list of {time, is_free}


def test_every_optional_trailing_id_answers_one_item_or_a_list() -> None:
    optional = [
        name
        for name, entry in OPERATIONS.items()
        if entry.parameters
        and entry.path.endswith("}")
        and any(p.location == "path" and not p.required for p in entry.parameters)
    ]
    assert len(optional) >= 6
    for name in optional:
        assert OPERATIONS[name].data == "any", f"{name}: one item with the id, a list without it"


def test_writes_documented_with_the_generic_list_wording_answer_one_item_or_a_list() -> None:
    """Audit: every create/update of one thing documented as 'Array of objects' is widened."""
    spec = _raw_spec()
    widened = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            name = op.get("operationId", "")
            if method not in ("post", "put", "patch") or not name.startswith(("create_", "update_", "leave_")):
                continue
            if any(word in name for word in ("list", "search", "schedule", "consumables", "files")):
                continue
            for response in op.get("responses", {}).values():
                media = (response.get("content") or {}).get("application/json") or {}
                data = ((media.get("schema") or {}).get("properties") or {}).get("data") or {}
                if data.get("type") == "array" and str(data.get("description", "")).startswith("Array of objects"):
                    widened.append(name)
                    assert OPERATIONS[name].data in ("any", "object"), f"{path} {method}: {name}"
    assert "create_appointment" in widened and len(widened) >= 5


# -- class 2: a mismatch keeps the answer ---------------------------------------------------------


@pytest.fixture(autouse=True)
def _fresh_warnings() -> None:
    _answers._WARNED.clear()


async def test_a_list_where_one_object_is_documented_is_returned_built(
    altegio: AltegioClient, router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_get as get_type
    from altegio_b2b.models import CertificateType

    router.get(path_of("chain_loyalty_certificate_types_get", 1, 2)).respond(
        200, json={"success": True, "data": [{"id": 2, "title": "A"}, {"id": 3, "title": "B"}], "meta": []}
    )
    with caplog.at_level(logging.WARNING, logger="altegio_async"):
        data: Any = await altegio.call(get_type, 1, 2)
        await altegio.call(get_type, 1, 2)
    assert [type(item) for item in data] == [CertificateType, CertificateType]
    assert [item.title for item in data] == ["A", "B"]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1, "once per operation"
    assert "chain_loyalty_certificate_types_get" in warnings[0]
    assert "a list" in warnings[0] and "an object" in warnings[0]


async def test_one_object_where_a_list_is_documented_is_returned_built(
    altegio: AltegioClient, router: respx.MockRouter
) -> None:
    from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types
    from altegio_b2b.models import CertificateType

    router.get(path_of("chain_loyalty_certificate_types_list", 1)).respond(
        200, json={"success": True, "data": {"id": 9, "title": "One"}, "meta": []}
    )
    data: Any = await altegio.call(list_types, 1)
    assert isinstance(data, CertificateType) and data.id == 9


async def test_strict_raises_with_the_data(altegio: AltegioClient, router: respx.MockRouter) -> None:
    from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types

    router.get(path_of("chain_loyalty_certificate_types_list", 1)).respond(
        200, json={"success": True, "data": "text", "meta": []}
    )
    assert await altegio.call(list_types, 1) == "text"  # type: ignore[comparison-overlap]
    with pytest.raises(ResponseFormatError) as info:
        await altegio.with_options(strict=True).call(list_types, 1)
    assert info.value.data == "text" and info.value.json["data"] == "text"
    async with AltegioClient("p", "u", rate_limit=None, strict=True) as strict:
        with pytest.raises(ResponseFormatError):
            await strict.call(list_types, 1)
    with pytest.raises(TypeError):
        altegio.with_options(strict="yes")  # type: ignore[arg-type]


@pytest.mark.parametrize("number", ["1e400", "-1e400", "1" * 400 + ".0", "NaN", "Infinity"])
async def test_non_finite_numbers_are_never_accepted(
    altegio: AltegioClient, router: respx.MockRouter, number: str
) -> None:
    from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types

    body = '{"success": true, "data": [{"id": 1, "balance": ' + number + '}], "meta": []}'
    router.get(path_of("chain_loyalty_certificate_types_list", 1)).respond(200, content=body.encode())
    with pytest.raises(ResponseFormatError):
        await altegio.call(list_types, 1)


async def test_large_finite_numbers_and_exponents_are_read(altegio: AltegioClient, router: respx.MockRouter) -> None:
    from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types

    body = b'{"success": true, "data": [{"id": 1, "balance": 1.5e3, "big": 1e308}], "meta": []}'
    router.get(path_of("chain_loyalty_certificate_types_list", 1)).respond(200, content=body)
    raw = await altegio.call_raw(list_types, 1)
    assert raw[0]["balance"] == 1500.0 and raw[0]["big"] == 1e308


@pytest.mark.parametrize(
    ("content_type", "body", "error"),
    [
        ("application/json", b'{"success": false, "data": null, "meta": {"message": "No visit"}}', APIError),
        ("application/pdf", b'{"success": false, "data": null, "meta": {"message": "No visit"}}', APIError),
        ("application/json", b'{"success": true, "data": {"id": 1}, "meta": []}', ResponseFormatError),
        ("text/html", b"<html><body>502 Bad Gateway</body></html>", ResponseFormatError),
        ("application/pdf", b"<!DOCTYPE html><html>login</html>", ResponseFormatError),
    ],
)
async def test_a_binary_answer_that_is_a_refusal_or_a_page_is_an_error(
    altegio: AltegioClient, router: respx.MockRouter, content_type: str, body: bytes, error: type[Exception]
) -> None:
    from altegio_b2b.api.appointments import get_visit_receipt_pdf

    router.get(path_of("get_visit_receipt_pdf", 5)).respond(200, content=body, headers={"Content-Type": content_type})
    with pytest.raises(error):
        await altegio.call(get_visit_receipt_pdf, 5)


async def test_a_real_pdf_is_a_file(altegio: AltegioClient, router: respx.MockRouter) -> None:
    from altegio_b2b.api.appointments import get_visit_receipt_pdf

    router.get(path_of("get_visit_receipt_pdf", 5)).respond(
        200, content=b"%PDF-1.4 ...", headers={"Content-Type": "application/pdf"}
    )
    file = await altegio.call(get_visit_receipt_pdf, 5)
    assert file.payload.read() == b"%PDF-1.4 ..."


# -- class 3: body types keep every documented field ----------------------------------------------


def _documented_body_fields(op: dict[str, Any]) -> set[str]:
    """Top-level fields the description documents for a JSON body: its own, and every variant's."""
    media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json")
    schema = (media or {}).get("schema") or {}
    fields = set(schema.get("properties") or {})
    for key in ("oneOf", "anyOf"):
        for variant in schema.get(key) or []:
            fields |= set(variant.get("properties") or {})
    return fields


def test_every_documented_body_field_is_a_field_of_the_body_model() -> None:
    import inspect
    import typing

    spec = _raw_spec()
    modules = operation_modules()
    checked = 0
    for _path, item in spec["paths"].items():
        for _method, op in item.items():
            name = op.get("operationId")
            documented = _documented_body_fields(op)
            if not documented or name not in modules:
                continue
            hint = typing.get_type_hints(modules[name].build_request).get("body")
            models = [o for o in typing.get_args(hint) or (hint,) if hasattr(o, "from_dict")]
            if not models:
                continue  # an open JSON body: every field goes out as given
            for field in documented:
                # a model's to_dict writes each of its fields under its wire name
                kept = any(f'"{field}"' in inspect.getsource(model.to_dict) for model in models)
                assert kept, f"{name}: the documented body field {field!r} is not a field of its body model"
            checked += 1
    assert checked >= 60


async def test_create_appointment_sends_every_field_of_a_dict_body(router: respx.MockRouter) -> None:
    from altegio_b2b.api.appointments import create_appointment
    from altegio_b2b.models import CreateAppointmentBody

    assert {"staff_id", "services", "client", "datetime_", "seance_length", "activity_id"} <= {
        a.name for a in CreateAppointmentBody.__attrs_attrs__
    }
    route = router.post(path_of("create_appointment", 7)).respond(
        201, json={"success": True, "data": {"id": 11}, "meta": []}
    )
    body = {
        "staff_id": 3,
        "services": [{"id": 1}],
        "client": {"phone": "+100", "name": "A"},
        "datetime": "2026-09-21 10:00:00",
        "seance_length": 3600,
    }
    async with AltegioClient("p", "u", rate_limit=None) as altegio:
        record = await altegio.location(7).call(create_appointment, body=body)
    assert record is not None and record.id == 11
    assert json.loads(route.calls.last.request.content) == body


# -- class 4 and 5: dates in dict bodies; dates given as text go out as given --------------------


async def test_dates_inside_a_dict_body_are_spelled(router: respx.MockRouter) -> None:
    from altegio_b2b.api.appointments import create_appointment

    route = router.post(path_of("create_appointment", 7)).respond(
        201, json={"success": True, "data": {"id": 1}, "meta": []}
    )
    body = {
        "staff_id": 3,
        "client": {"phone": "+100"},
        "datetime": datetime.datetime(2026, 9, 21, 10, 0, tzinfo=datetime.UTC),
        "custom": {"on": datetime.date(2026, 9, 22), "at": WireDateTime.from_text("2026-09-21 10:00:00")},
    }
    async with AltegioClient("p", "u", rate_limit=None) as altegio:
        await altegio.location(7).call(create_appointment, body=body)
    sent = json.loads(route.calls.last.request.content)
    assert sent["datetime"] == "2026-09-21T10:00:00+00:00"
    assert sent["custom"] == {"on": "2026-09-22", "at": "2026-09-21 10:00:00"}


@pytest.mark.parametrize("text", ["2025-08-05 05:30:54", "2021-05-08T21:39:24+0400", "2021-05-08T21:39:24Z"])
async def test_datetime_text_goes_out_as_given_in_the_query(router: respx.MockRouter, text: str) -> None:
    from altegio_b2b.api.clients import deprecated_get_client_list

    route = router.get(path_of("deprecated_get_client_list", 1)).respond(
        200, json={"success": True, "data": [], "meta": []}
    )
    async with AltegioClient("p", "u", rate_limit=None) as altegio:
        await altegio.call(deprecated_get_client_list, 1, changed_after=text)  # type: ignore[arg-type]
    assert route.calls.last.request.url.params["changed_after"] == text


async def test_date_text_goes_out_as_given_in_the_path(router: respx.MockRouter) -> None:
    from altegio_b2b.api.schedule_resources import get_team_member_schedule

    route = router.get(url__regex=r"/schedule/1/2/.*").respond(200, json=[])
    async with AltegioClient("p", "u", rate_limit=None) as altegio:
        await altegio.call(get_team_member_schedule, 1, 2, "2026-01-05", "2026-01-09")  # type: ignore[arg-type]
    assert route.calls.last.request.url.path.endswith("/schedule/1/2/2026-01-05/2026-01-09")


@pytest.mark.parametrize("text", ["2025-08-05 05:30:54", "2021-05-08T21:39:24+0400"])
def test_parsed_dates_keep_their_text_through_copy_and_pickle(text: str) -> None:
    value = WireDateTime.from_text(text)
    for clone in (copy.copy(value), copy.deepcopy(value), pickle.loads(pickle.dumps(value))):
        assert clone == value and clone.wire == text
    day = WireDate.from_text("2025-08-05")
    assert pickle.loads(pickle.dumps(day)).wire == "2025-08-05"
    from altegio_b2b.models import Record

    record = Record.from_dict({"id": 1, "datetime": text})
    assert copy.deepcopy(record).to_dict()["datetime"] == text
    assert pickle.loads(pickle.dumps(record)).to_dict()["datetime"] == text


# -- class 6: lists paged through the body -------------------------------------------------------


def test_paging_through_the_body_is_found_from_the_description() -> None:
    body_paged = {name for name, entry in OPERATIONS.items() if entry.paging.startswith("body:")}
    assert "get_client_list" in body_paged
    for name in body_paged:
        assert OPERATIONS[name].body == "json"


async def test_the_current_client_list_pages_through_its_body(router: respx.MockRouter) -> None:
    from altegio_b2b.api.clients import get_client_list

    seen: list[dict[str, Any]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)
        seen.append(sent)
        page, size = sent["page"], sent["page_size"]
        items = [{"id": i} for i in range((page - 1) * size, min(page * size, 5))]
        return httpx.Response(200, json={"success": True, "data": items, "meta": {"total_count": 5}})

    router.post(path_of("get_client_list", 3)).mock(side_effect=answer)
    async with AltegioClient("p", "u", rate_limit=None) as altegio:
        filters = {"page_size": 2, "filters": [{"type": "quick_search", "state": {"value": "A"}}]}
        items = await altegio.location(3).paginate(get_client_list, body=filters).collect()
    assert [item.id for item in items] == [0, 1, 2, 3, 4]
    assert [(s["page"], s["page_size"]) for s in seen] == [(1, 2), (2, 2), (3, 2)]
    assert all(s["filters"] == filters["filters"] for s in seen)
    assert filters == {"page_size": 2, "filters": [{"type": "quick_search", "state": {"value": "A"}}]}
