import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.loyalty_program_staff import LoyaltyProgramStaff


def build_request(
    location_id: int,
    *,
    date_from: str,
    date_to: str,
    loyalty_program_id: str,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["date_from"] = date_from

    params["date_to"] = date_to

    params["loyalty_program_id"] = loyalty_program_id

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/analytics/loyalty_programs/staff".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[LoyaltyProgramStaff] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[LoyaltyProgramStaff] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(LoyaltyProgramStaff, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[LoyaltyProgramStaff] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    date_from: str,
    date_to: str,
    loyalty_program_id: str,
) -> list[LoyaltyProgramStaff] | None:
    """Get team member return

     The method allows you to get the return statistics for a team member

    Args:
        location_id (int):
        date_from (str):
        date_to (str):
        loyalty_program_id (str):

    Returns the answer's data (list[LoyaltyProgramStaff] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            date_from=date_from,
            date_to=date_to,
            loyalty_program_id=loyalty_program_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.analytics_reports.get_loyalty_program_team_member_statistics', method='GET', path='/company/{location_id}/analytics/loyalty_programs/staff', summary='Get team member return', auth='user', query=('date_from', 'date_to', 'loyalty_program_id'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='date_from', python_name='date_from', location='query', required=True, type='string'), _Parameter(name='date_to', python_name='date_to', location='query', required=True, type='string'), _Parameter(name='loyalty_program_id', python_name='loyalty_program_id', location='query', required=True, type='string')), body='none', body_required=False, answer='envelope', data='array', items='object', model='LoyaltyProgramStaff', paging='')  # fmt: skip
