import datetime
import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.get_team_member_schedule_schedule import GetTeamMemberScheduleSchedule


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


def parse_success(data: Any) -> list[GetTeamMemberScheduleSchedule] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model_list(GetTeamMemberScheduleSchedule, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
) -> list[GetTeamMemberScheduleSchedule] | None:
    """Get schedule of a specific team member

    Args:
        location_id (int):
        team_member_id (int):
        start_date (datetime.date):  Example: 2026-09-21.
        end_date (datetime.date):  Example: 2026-09-21.

    Returns the answer's data (list[GetTeamMemberScheduleSchedule]); raises altegio_async.AltegioError.
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


OPERATION = _Operation(module='altegio_b2b.api.schedule_resources.get_team_member_schedule', method='GET', path='/schedule/{location_id}/{team_member_id}/{start_date}/{end_date}', summary='Get schedule of a specific team member', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='team_member_id', python_name='team_member_id', location='path', required=True, type='integer'), _Parameter(name='start_date', python_name='start_date', location='path', required=True, type='date'), _Parameter(name='end_date', python_name='end_date', location='path', required=True, type='date')), body='none', body_required=False, answer='bare', data='array', items='object', model='GetTeamMemberScheduleSchedule', paging='')  # fmt: skip
