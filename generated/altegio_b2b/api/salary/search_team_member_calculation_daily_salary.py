import sys
from typing import Any, cast

from ... import types as _types
from ...models.daily import Daily
from ...models.search_team_member_calculation_daily_salary_response import (
    SearchTeamMemberCalculationDailySalaryResponse,
)


def build_request(
    location_id: int,
    team_member_id: int,
    *,
    date_from: str,
    date_to: str,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["date_from"] = date_from

    params["date_to"] = date_to

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/salary/calculation/staff/daily/{team_member_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> SearchTeamMemberCalculationDailySalaryResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(SearchTeamMemberCalculationDailySalaryResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    team_member_id: int,
    *,
    date_from: str,
    date_to: str,
) -> Daily | None:
    """Receipt of mutual settlements of a team member grouped by date

     The method allows location owner to get mutual settlements of a team member grouped by date.

    Args:
        location_id (int):
        team_member_id (int):
        date_from (str):
        date_to (str):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Daily | None: the answer's data.
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
