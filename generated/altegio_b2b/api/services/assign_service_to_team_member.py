import sys
from typing import Any, cast

from ... import types as _types
from ...models.assign_service_to_team_member_body import AssignServiceToTeamMemberBody
from ...models.assign_service_to_team_member_response import AssignServiceToTeamMemberResponse
from ...models.staff import Staff
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    service_id: int,
    *,
    body: AssignServiceToTeamMemberBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/services/{service_id}/staff".format(
            location_id=_types.path_segment(location_id, "location_id"),
            service_id=_types.path_segment(service_id, "service_id"),
        ),
    }

    if isinstance(body, dict):
        body = AssignServiceToTeamMemberBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> AssignServiceToTeamMemberResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_201 = _types.parse_model(AssignServiceToTeamMemberResponse, data)

    return response_201


async def asyncio(
    client: _types.Caller,
    location_id: int,
    service_id: int,
    *,
    body: AssignServiceToTeamMemberBody | Unset | dict[str, Any] = UNSET,
) -> None | Staff | None:
    """Linking a Team Member to a Provided Service

     Creates a team member service link with provided duration and bill of materials.

    Args:
        location_id (int):
        service_id (int):
        body (AssignServiceToTeamMemberBody | Unset):

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
            body=body,
        ),
    )
