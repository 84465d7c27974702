import datetime
import sys
from typing import Any, cast

from ... import types as _types
from ...models.schedule import Schedule


def build_request(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/schedule/{location_id}/{team_member_id}/{start_date}/{end_date}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
            start_date=_types.path_segment(start_date, "start_date"),
            end_date=_types.path_segment(end_date, "end_date"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[Schedule] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200_item(response_200_item_data: Any) -> Any:
        response_200_item = _types.parse_model(Schedule, response_200_item_data)

        return response_200_item

    response_200 = _types.parse_list(data, _parse_response_200_item)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
) -> list[Schedule] | None:
    """Get schedule of a specific team member

    Args:
        location_id (int):
        team_member_id (int):
        start_date (datetime.date):  Example: 2026-09-21.
        end_date (datetime.date):  Example: 2026-09-21.

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Schedule]: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            team_member_id=team_member_id,
            start_date=start_date,
            end_date=end_date,
        ),
    )
