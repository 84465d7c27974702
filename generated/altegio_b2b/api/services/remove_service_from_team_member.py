import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.remove_service_from_team_member_response_204_type_0 import RemoveServiceFromTeamMemberResponse204Type0


def build_request(
    location_id: int,
    service_id: int,
    team_member_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/company/{location_id}/services/{service_id}/staff/{team_member_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            service_id=_types.path_segment(service_id, "service_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> None | RemoveServiceFromTeamMemberResponse204Type0 | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_204(data: object) -> None | RemoveServiceFromTeamMemberResponse204Type0:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_204_type_0 = _types.parse_model(RemoveServiceFromTeamMemberResponse204Type0, data)

            if response_204_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_204_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(None | RemoveServiceFromTeamMemberResponse204Type0, data)

    response_204 = _parse_response_204(data)

    return response_204


async def asyncio(
    client: _types.Caller,
    location_id: int,
    service_id: int,
    team_member_id: int,
) -> None | RemoveServiceFromTeamMemberResponse204Type0 | None:
    """Deleting a Team Member Service Link

     Deletes a team member service link.

    Args:
        location_id (int):
        service_id (int):
        team_member_id (int):

    Returns the answer's data (None | RemoveServiceFromTeamMemberResponse204Type0); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            service_id=service_id,
            team_member_id=team_member_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.services.remove_service_from_team_member', method='DELETE', path='/company/{location_id}/services/{service_id}/staff/{team_member_id}', summary='Deleting a Team Member Service Link', auth='user', query=(), deprecated=False, status=204, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='service_id', python_name='service_id', location='path', required=True, type='integer'), _Parameter(name='team_member_id', python_name='team_member_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='envelope', data='object', items='', model='', paging='')  # fmt: skip
