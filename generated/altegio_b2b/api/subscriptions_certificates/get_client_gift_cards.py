import sys
from typing import Any, cast

from ... import types as _types
from ...models.certificate import Certificate
from ...models.get_client_gift_cards_response import GetClientGiftCardsResponse


def build_request(
    *,
    copmany_id: int,
    phone: float,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["copmany_id"] = copmany_id

    params["phone"] = phone

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/loyalty/certificates",
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetClientGiftCardsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetClientGiftCardsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    *,
    copmany_id: int,
    phone: float,
) -> list[Certificate] | None:
    """Get client gift cards

     Returns a list of client gift cards by phone

    Args:
        copmany_id (int):
        phone (float):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Certificate] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            copmany_id=copmany_id,
            phone=phone,
        ),
    )
