import datetime
import sys
from typing import Any, cast

from ... import types as _types
from ...models.record_status import RecordStatus
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    json_date_from = _types.date_json(date_from)
    params["date_from"] = json_date_from

    json_date_to = _types.date_json(date_to)
    params["date_to"] = json_date_to

    params["team_member_id"] = team_member_id

    params["user_id"] = user_id

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/analytics/overall/charts/record_status".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[RecordStatus] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200_item(response_200_item_data: Any) -> Any:
        response_200_item = _types.parse_model(RecordStatus, response_200_item_data)

        return response_200_item

    response_200 = _types.parse_list(data, _parse_response_200_item)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> list[RecordStatus] | None:
    """Get the Structure of Appointments by Visit Status

    Args:
        location_id (int):
        date_from (datetime.date):  Example: 2026-09-21.
        date_to (datetime.date):  Example: 2026-09-21.
        team_member_id (int | Unset):
        user_id (int | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[RecordStatus]: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            user_id=user_id,
        ),
    )
