import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.schedule import Schedule
from ...models.search_timetable_event_schedules_by_event_entity_type import (
    SearchTimetableEventSchedulesByEventEntityType,
)
from ...models.search_timetable_event_schedules_by_event_include_item import (
    SearchTimetableEventSchedulesByEventIncludeItem,
)
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    entity_type: SearchTimetableEventSchedulesByEventEntityType,
    entity_id: int,
    *,
    include: list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

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


def parse_success(data: Any) -> None | Schedule | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> None | Schedule:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(Schedule, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(None | Schedule, data)

    response_200 = _parse_response_200(data)

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

    Returns the answer's data (None | Schedule); raises altegio_async.AltegioError.
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


OPERATION = _Operation(module='altegio_b2b.api.schedule_resources.search_timetable_event_schedules_by_event', method='GET', path='/company/{location_id}/schedules/search/{entity_type}/{entity_id}', summary='Search a Schedule by Event', auth='user', query=('include',), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='entity_type', python_name='entity_type', location='path', required=True, type='enum'), _Parameter(name='entity_id', python_name='entity_id', location='path', required=True, type='integer'), _Parameter(name='include', python_name='include', location='query', required=False, type='array')), body='none', body_required=False, answer='envelope', data='object', items='', model='Schedule', paging='')  # fmt: skip
