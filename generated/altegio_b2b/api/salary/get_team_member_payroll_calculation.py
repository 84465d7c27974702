import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.get_team_member_payroll_calculation_response_200_type_0 import (
    GetTeamMemberPayrollCalculationResponse200Type0,
)


def build_request(
    location_id: int,
    team_member_id: int,
    calculation_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/salary/payroll/staff/{team_member_id}/calculation/{calculation_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
            calculation_id=_types.path_segment(calculation_id, "calculation_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetTeamMemberPayrollCalculationResponse200Type0 | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> GetTeamMemberPayrollCalculationResponse200Type0 | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(GetTeamMemberPayrollCalculationResponse200Type0, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(GetTeamMemberPayrollCalculationResponse200Type0 | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    team_member_id: int,
    calculation_id: int,
) -> GetTeamMemberPayrollCalculationResponse200Type0 | None:
    """Get payroll calculation details of a team member

     The method allows location owner to get details of a specific payroll calculation.

    Args:
        location_id (int):
        team_member_id (int):
        calculation_id (int):

    Returns the answer's data (GetTeamMemberPayrollCalculationResponse200Type0 | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            team_member_id=team_member_id,
            calculation_id=calculation_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.salary.get_team_member_payroll_calculation', method='GET', path='/company/{location_id}/salary/payroll/staff/{team_member_id}/calculation/{calculation_id}', summary='Get payroll calculation details of a team member', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='team_member_id', python_name='team_member_id', location='path', required=True, type='integer'), _Parameter(name='calculation_id', python_name='calculation_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='envelope', data='object', items='', model='', paging='')  # fmt: skip
