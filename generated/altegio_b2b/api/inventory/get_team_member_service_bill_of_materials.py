import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.default_for_staff_and_service import DefaultForStaffAndService


def build_request(
    location_id: int,
    team_member_id: int,
    service_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/technological_cards/default_for_staff_and_service/{location_id}/{team_member_id}/{service_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
            service_id=_types.path_segment(service_id, "service_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[DefaultForStaffAndService] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[DefaultForStaffAndService] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(DefaultForStaffAndService, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[DefaultForStaffAndService] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    team_member_id: int,
    service_id: int,
) -> list[DefaultForStaffAndService] | None:
    """Get the Bill of Materials for a Team Member’s Service

    Args:
        location_id (int):
        team_member_id (int):
        service_id (int):

    Returns the answer's data (list[DefaultForStaffAndService] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            team_member_id=team_member_id,
            service_id=service_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.inventory.get_team_member_service_bill_of_materials', method='GET', path='/technological_cards/default_for_staff_and_service/{location_id}/{team_member_id}/{service_id}', summary='Get the Bill of Materials for a Team Member’s Service', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='team_member_id', python_name='team_member_id', location='path', required=True, type='integer'), _Parameter(name='service_id', python_name='service_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='envelope', data='array', items='object', model='DefaultForStaffAndService', paging='')  # fmt: skip
