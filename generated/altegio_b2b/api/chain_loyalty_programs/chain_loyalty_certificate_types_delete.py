import sys
from typing import Any, cast

from ... import types as _types


def build_request(
    chain_id: int,
    type_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/chain/{chain_id}/loyalty/certificate_types/{type_id}".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
            type_id=_types.path_segment(type_id, "type_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = cast(None, data)
    return response_200


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    type_id: int,
) -> None:
    """Delete certificate type

     Deletes a certificate type from the chain.

    Args:
        chain_id (int):
        type_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
            type_id=type_id,
        ),
    )
