import sys
from typing import Any, cast

from ... import types as _types


def build_request(
    chain_id: int,
    phone: float,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deposits/chain/{chain_id}/phone/{phone}".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
            phone=_types.path_segment(phone, "phone"),
        ),
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    phone: float,
) -> Any | None:
    """Get a list of client accounts by chain and customer phone number

    Args:
        chain_id (int):
        phone (float):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Any: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
            phone=phone,
        ),
    )
