import sys
from typing import Any, cast

from ... import types as _types
from ...models.abonement_type import AbonementType
from ...models.get_membership_type_list_by_id_response import GetMembershipTypeListByIdResponse
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    ids: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["ids[]"] = ids

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/loyalty/abonement_types/fetch".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetMembershipTypeListByIdResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetMembershipTypeListByIdResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    ids: int | Unset = UNSET,
) -> list[AbonementType] | None:
    """Get a List of Membership Types by ID

     A list of **membership types** available at a location can be obtained by querying the location ID
    and membership type IDs. The list is an array of [membership types](#loyalty-membership-type). ###
    Get a list of membership types by ID + Parameters + company_id (required, number) - location ID +
    id: 1 (optional, number) - membership type ID (you can specify several additional parameters
    `&ids[]={id}`

    Args:
        location_id (int):
        ids (int | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[AbonementType] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            ids=ids,
        ),
    )
