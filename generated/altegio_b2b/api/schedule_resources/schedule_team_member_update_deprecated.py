import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.schedule_team_member_update_deprecated_body_item import ScheduleTeamMemberUpdateDeprecatedBodyItem


def build_request(
    location_id: int,
    team_member_id: int,
    *,
    body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/schedule/{location_id}/{team_member_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
        ),
    }

    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


async def asyncio(
    client: _types.Caller,
    location_id: int,
    team_member_id: int,
    *,
    body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
) -> Any | None:
    """Update team member schedule (deprecated)

    Args:
        location_id (int):
        team_member_id (int):
        body (list[ScheduleTeamMemberUpdateDeprecatedBodyItem]):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            team_member_id=team_member_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.schedule_resources.schedule_team_member_update_deprecated', method='PUT', path='/schedule/{location_id}/{team_member_id}', summary='Update team member schedule (deprecated)', auth='user', query=(), deprecated=True, status=201, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='team_member_id', python_name='team_member_id', location='path', required=True, type='integer')), body='json', body_required=True, answer='none', data='any', items='', model='', paging='')  # fmt: skip
