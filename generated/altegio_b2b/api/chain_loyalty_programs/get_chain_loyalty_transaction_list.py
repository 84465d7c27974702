import datetime
from typing import Any

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.error_response import ErrorResponse
from ...models.get_chain_loyalty_transaction_list_response import GetChainLoyaltyTransactionListResponse
from ...models.get_chain_loyalty_transaction_list_types_item import GetChainLoyaltyTransactionListTypesItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    chain_id: int,
    *,
    company_ids: list[int] | Unset = UNSET,
    count: int | Unset = UNSET,
    created_after: datetime.date,
    created_before: datetime.date,
    page: int | Unset = UNSET,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_company_ids: list[int] | Unset = UNSET
    if not isinstance(company_ids, Unset):
        json_company_ids = company_ids

    params["company_ids"] = json_company_ids

    params["count"] = count

    json_created_after = _types.date_json(created_after)
    params["created_after"] = json_created_after

    json_created_before = _types.date_json(created_before)
    params["created_before"] = json_created_before

    params["page"] = page

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = _types.to_json(types)

    params["types"] = json_types

    json_visit_ids: list[int] | Unset = UNSET
    if not isinstance(visit_ids, Unset):
        json_visit_ids = visit_ids

    params["visit_ids"] = json_visit_ids

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/loyalty/transactions".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> ErrorResponse | GetChainLoyaltyTransactionListResponse | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:
        response_200 = _types.parse_model(GetChainLoyaltyTransactionListResponse, _types.decode_json(response))

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


def parse_success(data: Any) -> GetChainLoyaltyTransactionListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetChainLoyaltyTransactionListResponse, data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[ErrorResponse | GetChainLoyaltyTransactionListResponse]:
    return Response(
        status_code=_types.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    client: AuthenticatedClient | HttpClient,
    chain_id: int,
    *,
    company_ids: list[int] | Unset = UNSET,
    count: int | Unset = UNSET,
    created_after: datetime.date,
    created_before: datetime.date,
    page: int | Unset = UNSET,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
) -> Response[ErrorResponse | GetChainLoyaltyTransactionListResponse]:
    """Get a List of Chain Loyalty Transactions

    Args:
        chain_id (int):
        company_ids (list[int] | Unset):
        count (int | Unset):
        created_after (datetime.date):  Example: 2026-09-21.
        created_before (datetime.date):  Example: 2026-09-21.
        page (int | Unset):
        types (list[GetChainLoyaltyTransactionListTypesItem] | Unset):
        visit_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetChainLoyaltyTransactionListResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        company_ids=company_ids,
        count=count,
        created_after=created_after,
        created_before=created_before,
        page=page,
        types=types,
        visit_ids=visit_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    chain_id: int,
    *,
    company_ids: list[int] | Unset = UNSET,
    count: int | Unset = UNSET,
    created_after: datetime.date,
    created_before: datetime.date,
    page: int | Unset = UNSET,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
) -> ErrorResponse | GetChainLoyaltyTransactionListResponse | None:
    """Get a List of Chain Loyalty Transactions

    Args:
        chain_id (int):
        company_ids (list[int] | Unset):
        count (int | Unset):
        created_after (datetime.date):  Example: 2026-09-21.
        created_before (datetime.date):  Example: 2026-09-21.
        page (int | Unset):
        types (list[GetChainLoyaltyTransactionListTypesItem] | Unset):
        visit_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetChainLoyaltyTransactionListResponse
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            company_ids=company_ids,
            count=count,
            created_after=created_after,
            created_before=created_before,
            page=page,
            types=types,
            visit_ids=visit_ids,
        )
    ).parsed
