import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.calculation import Calculation


def build_request(
    location_id: int,
    team_member_id: int,
    *,
    date_from: str,
    date_to: str,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["date_from"] = date_from

    params["date_to"] = date_to

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/salary/payroll/staff/{team_member_id}/calculation".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[Calculation] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Calculation] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(Calculation, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Calculation] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    team_member_id: int,
    *,
    date_from: str,
    date_to: str,
) -> list[Calculation] | None:
    """Search payroll calculations of a team member

     The method allows location owner to search payroll calculations for the period for a team member.

    Args:
        location_id (int):
        team_member_id (int):
        date_from (str):
        date_to (str):

    Returns the answer's data (list[Calculation] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            team_member_id=team_member_id,
            date_from=date_from,
            date_to=date_to,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.salary.search_team_member_payroll_calculation', method='GET', path='/company/{location_id}/salary/payroll/staff/{team_member_id}/calculation', summary='Search payroll calculations of a team member', auth='user', query=('date_from', 'date_to'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='team_member_id', python_name='team_member_id', location='path', required=True, type='integer'), _Parameter(name='date_from', python_name='date_from', location='query', required=True, type='string'), _Parameter(name='date_to', python_name='date_to', location='query', required=True, type='string')), body='none', body_required=False, answer='envelope', data='array', items='object', model='Calculation', paging='')  # fmt: skip
