import sys
from typing import Any, cast

from ... import types as _types
from ...models.schedule import Schedule
from ...models.search_timetable_event_schedules_by_event_entity_type import (
    SearchTimetableEventSchedulesByEventEntityType,
)
from ...models.search_timetable_event_schedules_by_event_include_item import (
    SearchTimetableEventSchedulesByEventIncludeItem,
)
from ...models.search_timetable_event_schedules_by_event_response import SearchTimetableEventSchedulesByEventResponse
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    entity_type: SearchTimetableEventSchedulesByEventEntityType,
    entity_id: int,
    *,
    include: list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = _types.to_json(include)

    params["include"] = json_include

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/schedules/search/{entity_type}/{entity_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            entity_type=_types.path_segment(entity_type, "entity_type"),
            entity_id=_types.path_segment(entity_id, "entity_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> SearchTimetableEventSchedulesByEventResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(SearchTimetableEventSchedulesByEventResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    entity_type: SearchTimetableEventSchedulesByEventEntityType,
    entity_id: int,
    *,
    include: list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset = UNSET,
) -> None | Schedule | None:
    """Search a Schedule by Event

     Search for a schedule based on the appointment or event linked to it, or based on the associated
    appointment or event.

    Args:
        location_id (int):
        entity_type (SearchTimetableEventSchedulesByEventEntityType):
        entity_id (int):
        include (list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None | Schedule: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            entity_type=entity_type,
            entity_id=entity_id,
            include=include,
        ),
    )
