import sys
from typing import Any, cast

from ... import types as _types
from ...models.seance import Seance


def build_request(
    location_id: int,
    team_member_id: int,
    date: str,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timetable/seances/{location_id}/{team_member_id}/{date}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
            date=_types.path_segment(date, "date"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[Seance] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200_item(response_200_item_data: Any) -> Any:
        response_200_item = _types.parse_model(Seance, response_200_item_data)

        return response_200_item

    response_200 = _types.parse_list(data, _parse_response_200_item)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    team_member_id: int,
    date: str,
) -> list[Seance] | None:
    """Get a list of sessions for the Appointment Calendar

     The sessions object for the log has the following fields: | Field | Type | Description | |
    ------------- | ------------- | ------------- | | time | string | Session time (17:30 for example) |
    | free | boolean | Free time or busy |

    Args:
        location_id (int):
        team_member_id (int):
        date (str):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Seance]: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            team_member_id=team_member_id,
            date=date,
        ),
    )
