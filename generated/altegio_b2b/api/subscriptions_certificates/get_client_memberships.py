import sys
from typing import Any, cast

from ... import types as _types
from ...models.abonement import Abonement
from ...models.get_client_memberships_response import GetClientMembershipsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    company_group_id: int | Unset = UNSET,
    company_id: int,
    phone: str,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["company_group_id"] = company_group_id

    params["company_id"] = company_id

    params["phone"] = phone

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/loyalty/abonements",
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetClientMembershipsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetClientMembershipsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    *,
    company_group_id: int | Unset = UNSET,
    company_id: int,
    phone: str,
) -> list[Abonement] | None:
    """Get Client Memberships

     Returns memberships found by client phone at the specified Location. Requires the authenticated
    Business User to have Loyalty access at that Location. `company_group_id` can narrow results to a
    Chain. Each membership includes its number, type, creation time, and `goods_transaction_id` when
    linked to a goods transaction. `created_date` is membership creation time, not a guaranteed sale
    date. The type's `cost` is a current type price, not proof of the amount paid or the nominal price
    at purchase. Follow a nonzero `goods_transaction_id` through `GET
    /storage_operations/goods_transactions/{location_id}/{transaction_id}` to obtain its `document_id`,
    then use `GET /transactions/{location_id}` with `document_id` to inspect recorded payments. The
    response does not include a purchase receipt or a verified paid total.

    Args:
        company_group_id (int | Unset):
        company_id (int):
        phone (str):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Abonement] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            company_group_id=company_group_id,
            company_id=company_id,
            phone=phone,
        ),
    )
