from typing import Any

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.error_response import ErrorResponse
from ...models.get_client_memberships_response import GetClientMembershipsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    company_group_id: int | Unset = UNSET,
    company_id: int,
    phone: str,
) -> dict[str, Any]:

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


def _parse_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> ErrorResponse | GetClientMembershipsResponse | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:
        response_200 = _types.parse_model(GetClientMembershipsResponse, _types.decode_json(response))

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


def parse_success(data: Any) -> GetClientMembershipsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetClientMembershipsResponse, data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[ErrorResponse | GetClientMembershipsResponse]:
    return Response(
        status_code=_types.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    client: AuthenticatedClient | HttpClient,
    *,
    company_group_id: int | Unset = UNSET,
    company_id: int,
    phone: str,
) -> Response[ErrorResponse | GetClientMembershipsResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetClientMembershipsResponse]
    """

    kwargs = _get_kwargs(
        company_group_id=company_group_id,
        company_id=company_id,
        phone=phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    *,
    company_group_id: int | Unset = UNSET,
    company_id: int,
    phone: str,
) -> ErrorResponse | GetClientMembershipsResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetClientMembershipsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            company_group_id=company_group_id,
            company_id=company_id,
            phone=phone,
        )
    ).parsed
