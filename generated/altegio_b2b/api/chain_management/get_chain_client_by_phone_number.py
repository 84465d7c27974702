import sys
from typing import Any, cast

from ... import types as _types
from ...models.client import Client
from ...models.get_chain_client_by_phone_number_response import GetChainClientByPhoneNumberResponse


def build_request(
    chain_id: int,
    *,
    phone: str,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["phone"] = phone

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/group/{chain_id}/clients".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetChainClientByPhoneNumberResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetChainClientByPhoneNumberResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    *,
    phone: str,
) -> Client | None:
    """Get a chain client by phone number.

     + Parameter + group_id (required, number, `43877`) - ID of the location chain #### Client filtering
    + phone:'+13155550175' (optional, string) - Phone to filter clients

    Args:
        chain_id (int):
        phone (str):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Client | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
            phone=phone,
        ),
    )
