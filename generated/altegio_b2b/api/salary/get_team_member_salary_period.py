import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_team_member_salary_period_response_200_type_0 import GetTeamMemberSalaryPeriodResponse200Type0


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
        "url": "/company/{location_id}/salary/staff/{team_member_id}/period".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetTeamMemberSalaryPeriodResponse200Type0 | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> GetTeamMemberSalaryPeriodResponse200Type0 | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(GetTeamMemberSalaryPeriodResponse200Type0, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(GetTeamMemberSalaryPeriodResponse200Type0 | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    team_member_id: int,
    *,
    date_from: str,
    date_to: str,
) -> GetTeamMemberSalaryPeriodResponse200Type0 | None:
    """Get Payroll for a Specific Team Member for a Given Period

     The method allows you to get the calculation for the period for a specific team member. In the
    user's access rights, the checkbox "Access to payroll only for a specific team member" must be
    checked.

    Args:
        location_id (int):
        team_member_id (int):
        date_from (str):
        date_to (str):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        GetTeamMemberSalaryPeriodResponse200Type0 | None: the answer's data.
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
