import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_client_membership_activity_history_response import GetClientMembershipActivityHistoryResponse
from ...models.history import History
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["include"] = include

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/history".format(
            location_id=_types.path_segment(location_id, "location_id"),
            client_id=_types.path_segment(client_id, "client_id"),
            membership_id=_types.path_segment(membership_id, "membership_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetClientMembershipActivityHistoryResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetClientMembershipActivityHistoryResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    include: str | Unset = UNSET,
) -> list[History] | None:
    """Get a client's membership activity history

     Returns state changes and usage events for one membership belonging to the specified client at this
    Location. The client must belong to the Location, and the membership must be found among that
    client's memberships by phone; either mismatch returns 404. The caller needs Location access,
    Loyalty access, and permission to view membership history. This activity history is not a purchase
    history and does not provide a sale price or paid amount.

    Args:
        location_id (int):
        client_id (int):
        membership_id (int):
        include (str | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[History] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            client_id=client_id,
            membership_id=membership_id,
            include=include,
        ),
    )
