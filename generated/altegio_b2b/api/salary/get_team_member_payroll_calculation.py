import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_team_member_payroll_calculation_response import GetTeamMemberPayrollCalculationResponse
from ...models.get_team_member_payroll_calculation_response_data_type_0 import (
    GetTeamMemberPayrollCalculationResponseDataType0,
)


def build_request(
    location_id: int,
    team_member_id: int,
    calculation_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/salary/payroll/staff/{team_member_id}/calculation/{calculation_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
            calculation_id=_types.path_segment(calculation_id, "calculation_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetTeamMemberPayrollCalculationResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetTeamMemberPayrollCalculationResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    team_member_id: int,
    calculation_id: int,
) -> GetTeamMemberPayrollCalculationResponseDataType0 | None:
    """Get payroll calculation details of a team member

     The method allows location owner to get details of a specific payroll calculation.

    Args:
        location_id (int):
        team_member_id (int):
        calculation_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        GetTeamMemberPayrollCalculationResponseDataType0 | None: the answer's data.
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
