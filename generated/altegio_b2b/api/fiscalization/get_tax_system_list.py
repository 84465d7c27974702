from typing import Any

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.error_response import ErrorResponse
from ...models.get_tax_system_list_response import GetTaxSystemListResponse
from ...types import Response


def _get_kwargs(
    country_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integration/kkm/references/tax_system/{country_id}".format(
            country_id=_types.path_segment(country_id, "country_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> ErrorResponse | GetTaxSystemListResponse | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:
        response_200 = _types.parse_model(GetTaxSystemListResponse, _types.decode_json(response))

        return response_200

    if response.status_code == 400:
        response_400 = _types.parse_model(ErrorResponse, _types.decode_json_or_none(response))

        return response_400

    if response.status_code == 401:
        response_401 = _types.parse_model(ErrorResponse, _types.decode_json_or_none(response))

        return response_401

    if response.status_code == 403:
        response_403 = _types.parse_model(ErrorResponse, _types.decode_json_or_none(response))

        return response_403

    if response.status_code == 404:
        response_404 = _types.parse_model(ErrorResponse, _types.decode_json_or_none(response))

        return response_404

    if response.status_code == 422:
        response_422 = _types.parse_model(ErrorResponse, _types.decode_json_or_none(response))

        return response_422

    if response.status_code == 429:
        response_429 = _types.parse_model(ErrorResponse, _types.decode_json_or_none(response))

        return response_429

    if response.status_code == 500:
        response_500 = _types.parse_model(ErrorResponse, _types.decode_json_or_none(response))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def parse_success(data: Any) -> GetTaxSystemListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetTaxSystemListResponse, data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[ErrorResponse | GetTaxSystemListResponse]:
    return Response(
        status_code=_types.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    client: AuthenticatedClient | HttpClient,
    country_id: int,
) -> Response[ErrorResponse | GetTaxSystemListResponse]:
    """List request example

     A list of **tax systems** and **VAT** available for a country can be obtained by requesting the
    country ID for which the list is to be obtained. The country ID can be obtained from [list of
    countries](#countries). The list is an array of [tax systems](#fiscalization-tax) with a nested
    [VAT](#fiscalization-vat) array for each tax system. **The taxation system** has the following
    structure: | Field | Type | Description | | -----------------| ---------------- |
    ----------------------- | | title | string | Name of taxation system | | slug | string | Code name
    for the taxation system | | vats | Array of objects([Vat](#fiscalization-vat)[]) | List of available
    VAT for the taxation system | <a name="fiscalization-vat"></a> **VAT** has the following structure:
    | Field | Type | Description | | -----------------| ---------------- | ----------------------- | |
    title | string | Title VAT | | slug | string | Code name VAT |

    Args:
        country_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetTaxSystemListResponse]
    """

    kwargs = _get_kwargs(
        country_id=country_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    country_id: int,
) -> ErrorResponse | GetTaxSystemListResponse | None:
    """List request example

     A list of **tax systems** and **VAT** available for a country can be obtained by requesting the
    country ID for which the list is to be obtained. The country ID can be obtained from [list of
    countries](#countries). The list is an array of [tax systems](#fiscalization-tax) with a nested
    [VAT](#fiscalization-vat) array for each tax system. **The taxation system** has the following
    structure: | Field | Type | Description | | -----------------| ---------------- |
    ----------------------- | | title | string | Name of taxation system | | slug | string | Code name
    for the taxation system | | vats | Array of objects([Vat](#fiscalization-vat)[]) | List of available
    VAT for the taxation system | <a name="fiscalization-vat"></a> **VAT** has the following structure:
    | Field | Type | Description | | -----------------| ---------------- | ----------------------- | |
    title | string | Title VAT | | slug | string | Code name VAT |

    Args:
        country_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTaxSystemListResponse
    """

    return (
        await asyncio_detailed(
            country_id=country_id,
            client=client,
        )
    ).parsed
