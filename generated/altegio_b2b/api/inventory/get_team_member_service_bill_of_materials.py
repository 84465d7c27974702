import sys
from typing import Any, cast

from ... import types as _types
from ...models.default_for_staff_and_service import DefaultForStaffAndService
from ...models.get_team_member_service_bill_of_materials_response import GetTeamMemberServiceBillOfMaterialsResponse


def build_request(
    location_id: int,
    team_member_id: int,
    service_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/technological_cards/default_for_staff_and_service/{location_id}/{team_member_id}/{service_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
            service_id=_types.path_segment(service_id, "service_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetTeamMemberServiceBillOfMaterialsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetTeamMemberServiceBillOfMaterialsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    team_member_id: int,
    service_id: int,
) -> list[DefaultForStaffAndService] | None:
    """Get the Bill of Materials for a Team Member’s Service

    Args:
        location_id (int):
        team_member_id (int):
        service_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[DefaultForStaffAndService] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            team_member_id=team_member_id,
            service_id=service_id,
        ),
    )
