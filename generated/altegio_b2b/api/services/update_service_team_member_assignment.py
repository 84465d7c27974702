import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.service_staff import ServiceStaff
from ...models.update_service_team_member_assignment_body import UpdateServiceTeamMemberAssignmentBody
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    body: UpdateServiceTeamMemberAssignmentBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/company/{location_id}/services/{service_id}/staff/{team_member_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            service_id=_types.path_segment(service_id, "service_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
        ),
    }

    if isinstance(body, dict):
        body = UpdateServiceTeamMemberAssignmentBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> None | ServiceStaff | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> None | ServiceStaff:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(ServiceStaff, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(None | ServiceStaff, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    body: UpdateServiceTeamMemberAssignmentBody | Unset | dict[str, Any] = UNSET,
) -> None | ServiceStaff | None:
    """Updating Team Member Service Link Settings

     Updates a team member service link with provided duration and bill of materials.

    Args:
        location_id (int):
        service_id (int):
        team_member_id (int):
        body (UpdateServiceTeamMemberAssignmentBody | Unset):

    Returns the answer's data (None | ServiceStaff); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            service_id=service_id,
            team_member_id=team_member_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.services.update_service_team_member_assignment', method='PUT', path='/company/{location_id}/services/{service_id}/staff/{team_member_id}', summary='Updating Team Member Service Link Settings', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='service_id', python_name='service_id', location='path', required=True, type='integer'), _Parameter(name='team_member_id', python_name='team_member_id', location='path', required=True, type='integer')), body='json', body_required=False, answer='envelope', data='object', items='', model='ServiceStaff', paging='')  # fmt: skip
