import sys
from typing import Any, cast

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

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None | RemoveServiceFromTeamMemberResponse204Type0: the answer's data.
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
