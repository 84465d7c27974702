"""Generated parsing tolerates the drift real answers show, and loses nothing doing so; query
parameters go out the way Altegio's PHP backend reads them; any 2xx is a success. The raw
layer (``module.asyncio(client, ...)``) sends through the client's one call path: errors are typed."""

from __future__ import annotations

import datetime

import httpx
import pytest
import respx

from altegio_async import AltegioClient, ServerError, ValidationError
from altegio_b2b import types as b2b_types
from altegio_b2b.api.appointments import get_visit_receipt_pdf
from altegio_b2b.api.chain_loyalty_programs import (
    chain_loyalty_certificate_types_create,
    chain_loyalty_certificate_types_list,
    chain_loyalty_membership_types_delete,
)
from altegio_b2b.api.events import get_event_search_filters
from altegio_b2b.models import (
    Attendance,
    AttendanceAttendance,
    CertificateType,
    Program,
    ProgramType,
)
from altegio_b2b.types import UNSET, query_params
from tests.bodies import certificate_type_body
from tests.support.routes import path_of

BASE_URL = "https://api.alteg.io/api/v1"


def raw_client() -> AltegioClient:
    """The client the raw layer's ``asyncio(client, ...)`` sends through: no limit, no retries."""
    return AltegioClient("partner-token-t", rate_limit=None, max_retries=0)


def test_unknown_string_enum_value_becomes_a_member() -> None:
    raw = {"id": 1, "type": "cashback_new_kind"}
    program = Program.from_dict(raw)
    assert isinstance(program.type_, ProgramType)
    assert program.type_ == "cashback_new_kind"
    assert program.to_dict() == raw
    known = Program.from_dict({"type": "discount_static"})
    assert known.type_ is ProgramType.DISCOUNT_STATIC


def test_unknown_int_enum_value_becomes_a_member() -> None:
    visit = Attendance.from_dict({"attendance": 5})
    assert isinstance(visit.attendance, AttendanceAttendance)
    assert visit.attendance == 5
    assert visit.attendance.name == "UNKNOWN_5"
    assert visit.to_dict() == {"attendance": 5}


def test_wrong_type_for_an_enum_is_kept_raw() -> None:
    visit = Attendance.from_dict({"attendance": "two"})
    assert visit.attendance == "two"
    assert visit.to_dict() == {"attendance": "two"}


def test_empty_string_for_a_date_is_kept() -> None:
    program = Program.from_dict({"history_start_date": ""})
    assert program.history_start_date == ""
    assert program.to_dict() == {"history_start_date": ""}
    dated = Program.from_dict({"history_start_date": "2026-03-01"})
    assert dated.history_start_date == datetime.date(2026, 3, 1)
    assert dated.to_dict() == {"history_start_date": "2026-03-01"}


def test_empty_or_odd_datetime_is_kept() -> None:
    for value in ("", "not a date", "0000-00-00 00:00:00"):
        certificate_type = CertificateType.from_dict({"expiration_date": value})
        assert certificate_type.expiration_date == value
        assert certificate_type.to_dict() == {"expiration_date": value}
    parsed = CertificateType.from_dict({"expiration_date": "2026-12-31T23:59:59+00:00"})
    assert isinstance(parsed.expiration_date, datetime.datetime)
    assert parsed.to_dict() == {"expiration_date": "2026-12-31T23:59:59+00:00"}


@pytest.mark.parametrize("value", [None, [], "n/a"])
def test_null_or_other_value_where_an_object_is_declared_is_kept(value: object) -> None:
    certificate_type = CertificateType.from_dict({"id": 3, "item_type": value})
    assert certificate_type.item_type == value
    assert certificate_type.to_dict() == {"id": 3, "item_type": value}


def test_empty_object_where_a_list_is_declared_is_an_empty_list() -> None:
    certificate_type = CertificateType.from_dict({"salon_ids": {}})
    assert certificate_type.salon_ids == []
    program = Program.from_dict({"companies": {}})
    assert program.companies == []


def test_non_empty_object_where_a_list_is_declared_is_kept() -> None:
    by_key = {"720441": {"id": 720441}}
    program = Program.from_dict({"companies": by_key})
    assert program.companies == by_key
    assert program.to_dict() == {"companies": by_key}


def test_object_missing_a_required_field_is_kept_raw() -> None:
    from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list

    assert chain_loyalty_certificate_types_list.parse_success([]) == []
    parsed = CertificateType.from_dict({"item_type": {"id": 1}})
    assert parsed.to_dict() == {"item_type": {"id": 1}}


async def test_bare_object_where_an_envelope_is_declared_is_kept() -> None:
    with respx.mock:
        route = respx.get(BASE_URL + path_of("chain_loyalty_certificate_types_list", 1))
        route.mock(return_value=httpx.Response(200, json={"id": 1}))
        async with raw_client() as altegio:
            result = await chain_loyalty_certificate_types_list.asyncio(altegio, 1)
    assert b2b_types.to_json(result) == {"id": 1}  # one object where a list is documented: kept, built


def test_unknown_fields_are_kept() -> None:
    raw = {"id": 1, "title": "Gift", "brand_new_field": {"nested": [1, 2]}}
    certificate_type = CertificateType.from_dict(raw)
    assert certificate_type["brand_new_field"] == {"nested": [1, 2]}
    assert certificate_type.to_dict() == raw


def test_query_params_php_style() -> None:
    params = query_params({"staff_ids": [1, 2], "ids[]": [3], "flag": True, "off": False, "skip": UNSET, "n": None})
    assert params == {"staff_ids[]": [1, 2], "ids[]": [3], "flag": 1, "off": 0}


async def test_array_query_parameters_go_out_php_style() -> None:
    with respx.mock:
        route = respx.get(BASE_URL + path_of("get_event_search_filters", 9)).mock(
            return_value=httpx.Response(200, json={})
        )
        async with raw_client() as altegio:
            await get_event_search_filters.asyncio(altegio, 9, staff_ids=[1, 2], service_ids=[5])
    query = route.calls.last.request.url.query.decode()
    assert query == "service_ids%5B%5D=5&staff_ids%5B%5D=1&staff_ids%5B%5D=2"


async def test_200_where_204_is_documented_is_a_success() -> None:
    envelope = {"success": True, "data": None, "meta": []}
    with respx.mock:
        respx.delete(BASE_URL + path_of("chain_loyalty_membership_types_delete", 1, 2)).mock(
            return_value=httpx.Response(200, json=envelope)
        )
        async with raw_client() as altegio:
            assert await chain_loyalty_membership_types_delete.asyncio(altegio, 1, 2) is None


async def test_200_where_201_is_documented_parses_the_model() -> None:
    envelope = {"success": True, "data": {"id": 5, "title": "Gift"}, "meta": []}
    from altegio_b2b.models import ChainLoyaltyCertificateTypesCreateBody

    with respx.mock:
        respx.post(BASE_URL + path_of("chain_loyalty_certificate_types_create", 1)).mock(
            return_value=httpx.Response(200, json=envelope)
        )
        async with raw_client() as altegio:
            created = await chain_loyalty_certificate_types_create.asyncio(
                altegio, 1, body=ChainLoyaltyCertificateTypesCreateBody.from_dict(certificate_type_body(salon_ids=[1]))
            )
    assert isinstance(created, CertificateType)
    assert created.id == 5


@pytest.mark.parametrize("body", [b"", b"null"])
async def test_empty_or_null_success_body_parses_to_none(body: bytes) -> None:
    with respx.mock:
        respx.get(BASE_URL + path_of("chain_loyalty_certificate_types_list", 1)).mock(
            return_value=httpx.Response(200, content=body)
        )
        async with raw_client() as altegio:
            assert await chain_loyalty_certificate_types_list.asyncio(altegio, 1) is None


async def test_an_error_status_with_an_html_body_is_a_typed_error() -> None:
    page = b"<html><body>502 Bad Gateway</body></html>"
    with respx.mock:
        respx.get(BASE_URL + path_of("chain_loyalty_certificate_types_list", 1)).mock(
            return_value=httpx.Response(500, content=page)
        )
        async with raw_client() as altegio:
            with pytest.raises(ServerError) as failed:
                await chain_loyalty_certificate_types_list.asyncio(altegio, 1)
    assert failed.value.status == 500 and failed.value.response is not None
    assert failed.value.response.content == page


async def test_an_error_envelope_is_a_typed_error_with_its_fields() -> None:
    error = {"success": False, "data": None, "meta": {"message": "Invalid", "errors": {"title": ["Required"]}}}
    with respx.mock:
        respx.get(BASE_URL + path_of("chain_loyalty_certificate_types_list", 1)).mock(
            return_value=httpx.Response(422, json=error)
        )
        async with raw_client() as altegio:
            with pytest.raises(ValidationError) as refused:
                await chain_loyalty_certificate_types_list.asyncio(altegio, 1)
    assert refused.value.errors == {"title": ["Required"]} and refused.value.body == error


async def test_an_unknown_status_code_is_a_typed_error() -> None:
    with respx.mock:
        respx.get(BASE_URL + path_of("chain_loyalty_certificate_types_list", 1)).mock(
            return_value=httpx.Response(520, content=b"")
        )
        async with raw_client() as altegio:
            with pytest.raises(ServerError) as failed:
                await chain_loyalty_certificate_types_list.asyncio(altegio, 1)
    assert failed.value.status == 520


async def test_pdf_answer_is_bytes() -> None:
    with respx.mock:
        respx.get(f"{BASE_URL}/attendance/receipt_print/4").mock(
            return_value=httpx.Response(200, content=b"%PDF-1.4", headers={"Content-Type": "application/pdf"})
        )
        async with raw_client() as altegio:
            receipt = await get_visit_receipt_pdf.asyncio(altegio, 4)
    assert receipt is not None
    assert receipt.payload.read() == b"%PDF-1.4"
