import sys
from typing import Any, cast

from ... import types as _types
from ...models.remove_service_from_team_member_response import RemoveServiceFromTeamMemberResponse
from ...models.remove_service_from_team_member_response_data_type_0 import RemoveServiceFromTeamMemberResponseDataType0


def build_request(
    location_id: int,
    service_id: int,
    team_member_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/company/{location_id}/services/{service_id}/staff/{team_member_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            service_id=_types.path_segment(service_id, "service_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> RemoveServiceFromTeamMemberResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_204 = _types.parse_model(RemoveServiceFromTeamMemberResponse, data)

    return response_204


async def asyncio(
    client: _types.Caller,
    location_id: int,
    service_id: int,
    team_member_id: int,
) -> None | RemoveServiceFromTeamMemberResponseDataType0 | None:
    """Deleting a Team Member Service Link

     Deletes a team member service link.

    Args:
        location_id (int):
        service_id (int):
        team_member_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None | RemoveServiceFromTeamMemberResponseDataType0: the answer's data.
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
