import datetime
import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.get_team_member_schedule_list_include_item import GetTeamMemberScheduleListIncludeItem
from ...models.get_team_member_schedule_schedule import GetTeamMemberScheduleSchedule
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


def parse_success(data: Any) -> list[GetTeamMemberScheduleSchedule] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[GetTeamMemberScheduleSchedule] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(GetTeamMemberScheduleSchedule, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[GetTeamMemberScheduleSchedule] | None, data)

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
) -> list[GetTeamMemberScheduleSchedule] | None:
    """Get team member schedules

     Retrieves work schedules for team members as working intervals.

    Args:
        location_id (int):
        end_date (datetime.date | Unset):  Example: 2026-09-21.
        include (list[GetTeamMemberScheduleListIncludeItem] | Unset):
        staff_ids (list[int] | Unset):
        start_date (datetime.date | Unset):  Example: 2026-09-21.

    Returns the answer's data (list[GetTeamMemberScheduleSchedule] | None); raises altegio_async.AltegioError.
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


OPERATION = _Operation(module='altegio_b2b.api.schedule_resources.get_team_member_schedule_list', method='GET', path='/company/{location_id}/staff/schedule', summary='Get team member schedules', auth='user', query=('end_date', 'include', 'staff_ids', 'start_date'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='end_date', python_name='end_date', location='query', required=False, type='date'), _Parameter(name='include', python_name='include', location='query', required=False, type='array'), _Parameter(name='staff_ids', python_name='staff_ids', location='query', required=False, type='array'), _Parameter(name='start_date', python_name='start_date', location='query', required=False, type='date')), body='none', body_required=False, answer='envelope', data='array', items='object', model='GetTeamMemberScheduleSchedule', paging='')  # fmt: skip
