import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_team_member_salary_schemes_response import GetTeamMemberSalarySchemesResponse
from ...models.salary_scheme import SalaryScheme


def build_request(
    location_id: int,
    team_member_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/salary/staff/{team_member_id}/salary_schemes".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetTeamMemberSalarySchemesResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetTeamMemberSalarySchemesResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    team_member_id: int,
) -> list[SalaryScheme] | None:
    """Obtaining own payroll schemes for a specific team member

     The method allows you to get own salary calculation schemes for a specific team member. In the
    user's access rights, the checkbox "Access to payroll only for a specific team member" must be
    specified.

    Args:
        location_id (int):
        team_member_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[SalaryScheme] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            team_member_id=team_member_id,
        ),
    )
