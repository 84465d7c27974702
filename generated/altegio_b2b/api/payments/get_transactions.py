import datetime
from typing import Any

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.error_response import ErrorResponse
from ...models.get_transactions_response import GetTransactionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    account_id: int | Unset = UNSET,
    balance_is: float | Unset = UNSET,
    client_id: int | Unset = UNSET,
    count: int | Unset = UNSET,
    deleted: float | Unset = UNSET,
    document_id: int | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    master_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    real_money: float | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    type_: float | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account_id"] = account_id

    params["balance_is"] = balance_is

    params["client_id"] = client_id

    params["count"] = count

    params["deleted"] = deleted

    params["document_id"] = document_id

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = _types.date_json(end_date)
    params["end_date"] = json_end_date

    params["master_id"] = master_id

    params["page"] = page

    params["real_money"] = real_money

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = _types.date_json(start_date)
    params["start_date"] = json_start_date

    params["supplier_id"] = supplier_id

    params["type"] = type_

    params["user_id"] = user_id

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/transactions/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> ErrorResponse | GetTransactionsResponse | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:
        response_200 = _types.parse_model(GetTransactionsResponse, _types.decode_json(response))

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


def parse_success(data: Any) -> GetTransactionsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetTransactionsResponse, data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[ErrorResponse | GetTransactionsResponse]:
    return Response(
        status_code=_types.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    *,
    account_id: int | Unset = UNSET,
    balance_is: float | Unset = UNSET,
    client_id: int | Unset = UNSET,
    count: int | Unset = UNSET,
    deleted: float | Unset = UNSET,
    document_id: int | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    master_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    real_money: float | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    type_: float | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[ErrorResponse | GetTransactionsResponse]:
    """Get transactions

    Args:
        location_id (int):
        account_id (int | Unset):
        balance_is (float | Unset):
        client_id (int | Unset):
        count (int | Unset):
        deleted (float | Unset):
        document_id (int | Unset):
        end_date (datetime.date | Unset):  Example: 2026-09-21.
        master_id (int | Unset):
        page (int | Unset):
        real_money (float | Unset):
        start_date (datetime.date | Unset):  Example: 2026-09-21.
        supplier_id (int | Unset):
        type_ (float | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetTransactionsResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        account_id=account_id,
        balance_is=balance_is,
        client_id=client_id,
        count=count,
        deleted=deleted,
        document_id=document_id,
        end_date=end_date,
        master_id=master_id,
        page=page,
        real_money=real_money,
        start_date=start_date,
        supplier_id=supplier_id,
        type_=type_,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    *,
    account_id: int | Unset = UNSET,
    balance_is: float | Unset = UNSET,
    client_id: int | Unset = UNSET,
    count: int | Unset = UNSET,
    deleted: float | Unset = UNSET,
    document_id: int | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    master_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    real_money: float | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    type_: float | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> ErrorResponse | GetTransactionsResponse | None:
    """Get transactions

    Args:
        location_id (int):
        account_id (int | Unset):
        balance_is (float | Unset):
        client_id (int | Unset):
        count (int | Unset):
        deleted (float | Unset):
        document_id (int | Unset):
        end_date (datetime.date | Unset):  Example: 2026-09-21.
        master_id (int | Unset):
        page (int | Unset):
        real_money (float | Unset):
        start_date (datetime.date | Unset):  Example: 2026-09-21.
        supplier_id (int | Unset):
        type_ (float | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTransactionsResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            account_id=account_id,
            balance_is=balance_is,
            client_id=client_id,
            count=count,
            deleted=deleted,
            document_id=document_id,
            end_date=end_date,
            master_id=master_id,
            page=page,
            real_money=real_money,
            start_date=start_date,
            supplier_id=supplier_id,
            type_=type_,
            user_id=user_id,
        )
    ).parsed
