import sys
from typing import Any, cast

from ... import types as _types
from ...models.enable_team_member_tips_response import EnableTeamMemberTipsResponse
from ...models.setting import Setting


def build_request(
    location_id: int,
    master_tips_settings_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tips/{location_id}/settings/{master_tips_settings_id}/enable".format(
            location_id=_types.path_segment(location_id, "location_id"),
            master_tips_settings_id=_types.path_segment(master_tips_settings_id, "master_tips_settings_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> EnableTeamMemberTipsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(EnableTeamMemberTipsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    master_tips_settings_id: int,
) -> list[Setting] | None:
    """Enable Tips for the team member

    Args:
        location_id (int):
        master_tips_settings_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Setting] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            master_tips_settings_id=master_tips_settings_id,
        ),
    )
