import sys
from typing import Any, cast

from ... import types as _types
from ...models.chain_loyalty_certificate_types_delete_response import ChainLoyaltyCertificateTypesDeleteResponse


def build_request(
    chain_id: int,
    type_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/chain/{chain_id}/loyalty/certificate_types/{type_id}".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
            type_id=_types.path_segment(type_id, "type_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> ChainLoyaltyCertificateTypesDeleteResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(ChainLoyaltyCertificateTypesDeleteResponse, data)

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
