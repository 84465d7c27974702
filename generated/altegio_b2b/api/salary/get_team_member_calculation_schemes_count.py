import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_team_member_calculation_schemes_count_response import GetTeamMemberCalculationSchemesCountResponse
from ...models.salary_schemes_count import SalarySchemesCount


def build_request(
    location_id: int,
    team_member_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/salary/calculation/staff/{team_member_id}/salary_schemes_count".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetTeamMemberCalculationSchemesCountResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetTeamMemberCalculationSchemesCountResponse, data)

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

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None | SalarySchemesCount: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            team_member_id=team_member_id,
        ),
    )
