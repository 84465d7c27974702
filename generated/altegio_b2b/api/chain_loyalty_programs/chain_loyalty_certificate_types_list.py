import sys
from typing import Any, cast

from ... import types as _types
from ...models.certificate_type import CertificateType
from ...models.chain_loyalty_certificate_types_list_response import ChainLoyaltyCertificateTypesListResponse
from ...types import UNSET, Unset


def build_request(
    chain_id: int,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    title: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["title"] = title

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/loyalty/certificate_types".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> ChainLoyaltyCertificateTypesListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(ChainLoyaltyCertificateTypesListResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    title: str | Unset = UNSET,
) -> list[CertificateType] | None:
    """List certificate types

     Retrieves a list of certificate types at the chain level.

    Args:
        chain_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        title (str | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[CertificateType] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
            page=page,
            page_size=page_size,
            title=title,
        ),
    )
