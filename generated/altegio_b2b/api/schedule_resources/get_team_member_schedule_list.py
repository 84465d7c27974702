import datetime
import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_team_member_schedule_list_include_item import GetTeamMemberScheduleListIncludeItem
from ...models.schedule import Schedule
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    end_date: datetime.date | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = _types.date_json(end_date)
    params["end_date"] = json_end_date

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = _types.to_json(include)

    params["include"] = json_include

    json_staff_ids: list[int] | Unset = UNSET
    if not isinstance(staff_ids, Unset):
        json_staff_ids = staff_ids

    params["staff_ids"] = json_staff_ids

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = _types.date_json(start_date)
    params["start_date"] = json_start_date

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/staff/schedule".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[Schedule] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Schedule] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()

            def _parse_response_200_type_0_item(response_200_type_0_item_data: Any) -> Any:
                response_200_type_0_item = _types.parse_model(Schedule, response_200_type_0_item_data)

                return response_200_type_0_item

            response_200_type_0 = _types.parse_list(data, _parse_response_200_type_0_item)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Schedule] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    end_date: datetime.date | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> list[Schedule] | None:
    """Get team member schedules

     Retrieves work schedules for team members as working intervals.

    Args:
        location_id (int):
        end_date (datetime.date | Unset):  Example: 2026-09-21.
        include (list[GetTeamMemberScheduleListIncludeItem] | Unset):
        staff_ids (list[int] | Unset):
        start_date (datetime.date | Unset):  Example: 2026-09-21.

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Schedule] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            end_date=end_date,
            include=include,
            staff_ids=staff_ids,
            start_date=start_date,
        ),
    )
