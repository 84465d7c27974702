import sys
from typing import Any, cast

from ... import types as _types
from ...models.staff import Staff
from ...models.update_service_team_member_assignment_body import UpdateServiceTeamMemberAssignmentBody
from ...models.update_service_team_member_assignment_response import UpdateServiceTeamMemberAssignmentResponse
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    body: UpdateServiceTeamMemberAssignmentBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
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


def parse_success(data: Any) -> UpdateServiceTeamMemberAssignmentResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(UpdateServiceTeamMemberAssignmentResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    body: UpdateServiceTeamMemberAssignmentBody | Unset | dict[str, Any] = UNSET,
) -> None | Staff | None:
    """Updating Team Member Service Link Settings

     Updates a team member service link with provided duration and bill of materials.

    Args:
        location_id (int):
        service_id (int):
        team_member_id (int):
        body (UpdateServiceTeamMemberAssignmentBody | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None | Staff: the answer's data.
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
