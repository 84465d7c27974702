import sys
from typing import Any, cast

from ... import types as _types
from ...models.staff import Staff
from ...models.update_team_member_body import UpdateTeamMemberBody
from ...models.update_team_member_response import UpdateTeamMemberResponse
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    team_member_id: int,
    *,
    body: UpdateTeamMemberBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/staff/{location_id}/{team_member_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
        ),
    }

    if isinstance(body, dict):
        body = UpdateTeamMemberBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> UpdateTeamMemberResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(UpdateTeamMemberResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    team_member_id: int,
    *,
    body: UpdateTeamMemberBody | Unset | dict[str, Any] = UNSET,
) -> None | Staff | None:
    """Edit Team Member

    Args:
        location_id (int):
        team_member_id (int):
        body (UpdateTeamMemberBody | Unset): Add new team member

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
            team_member_id=team_member_id,
            body=body,
        ),
    )
