import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.salary_schemes_count import SalarySchemesCount


def build_request(
    location_id: int,
    team_member_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/salary/calculation/staff/{team_member_id}/salary_schemes_count".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> None | SalarySchemesCount | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> None | SalarySchemesCount:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(SalarySchemesCount, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(None | SalarySchemesCount, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    team_member_id: int,
) -> None | SalarySchemesCount | None:
    """Obtaining payroll schemes count for a team member

     The method allows you to get salary calculation schemes count for a team member before trying to
    obtain calculation data.

    Args:
        location_id (int):
        team_member_id (int):

    Returns the answer's data (None | SalarySchemesCount); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            team_member_id=team_member_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.salary.get_team_member_calculation_schemes_count', method='GET', path='/company/{location_id}/salary/calculation/staff/{team_member_id}/salary_schemes_count', summary='Obtaining payroll schemes count for a team member', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='team_member_id', python_name='team_member_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='envelope', data='object', items='', model='SalarySchemesCount', paging='')  # fmt: skip
