import datetime
import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.update_team_member_schedule_body import UpdateTeamMemberScheduleBody
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    body: UpdateTeamMemberScheduleBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/schedule/{location_id}/{team_member_id}/{start_date}/{end_date}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
            start_date=_types.path_segment(start_date, "start_date"),
            end_date=_types.path_segment(end_date, "end_date"),
        ),
    }

    if isinstance(body, dict):
        body = UpdateTeamMemberScheduleBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


async def asyncio(
    client: _types.Caller,
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    body: UpdateTeamMemberScheduleBody | Unset | dict[str, Any] = UNSET,
) -> Any | None:
    """Change schedule of a specific team member

    Args:
        location_id (int):
        team_member_id (int):
        start_date (datetime.date):  Example: 2026-09-21.
        end_date (datetime.date):  Example: 2026-09-21.
        body (UpdateTeamMemberScheduleBody | Unset):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            team_member_id=team_member_id,
            start_date=start_date,
            end_date=end_date,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.schedule_resources.update_team_member_schedule', method='PUT', path='/schedule/{location_id}/{team_member_id}/{start_date}/{end_date}', summary='Change schedule of a specific team member', auth='user', query=(), deprecated=False, status=201, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='team_member_id', python_name='team_member_id', location='path', required=True, type='integer'), _Parameter(name='start_date', python_name='start_date', location='path', required=True, type='date'), _Parameter(name='end_date', python_name='end_date', location='path', required=True, type='date')), body='json', body_required=False, answer='none', data='any', items='', model='', paging='')  # fmt: skip
