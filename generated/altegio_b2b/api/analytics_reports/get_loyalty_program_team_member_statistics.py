import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_loyalty_program_team_member_statistics_response import GetLoyaltyProgramTeamMemberStatisticsResponse
from ...models.staff import Staff


def build_request(
    location_id: int,
    *,
    date_from: str,
    date_to: str,
    loyalty_program_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

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


def parse_success(data: Any) -> GetLoyaltyProgramTeamMemberStatisticsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetLoyaltyProgramTeamMemberStatisticsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    date_from: str,
    date_to: str,
    loyalty_program_id: str,
) -> list[Staff] | None:
    """Get team member return

     The method allows you to get the return statistics for a team member

    Args:
        location_id (int):
        date_from (str):
        date_to (str):
        loyalty_program_id (str):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Staff] | None: the answer's data.
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
