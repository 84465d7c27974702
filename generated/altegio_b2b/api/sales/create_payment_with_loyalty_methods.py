from typing import Any

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.create_payment_with_loyalty_methods_body_type_0 import CreatePaymentWithLoyaltyMethodsBodyType0
from ...models.create_payment_with_loyalty_methods_body_type_1 import CreatePaymentWithLoyaltyMethodsBodyType1
from ...models.create_payment_with_loyalty_methods_body_type_2 import CreatePaymentWithLoyaltyMethodsBodyType2
from ...models.create_payment_with_loyalty_methods_body_type_3 import CreatePaymentWithLoyaltyMethodsBodyType3
from ...models.create_payment_with_loyalty_methods_body_type_4 import CreatePaymentWithLoyaltyMethodsBodyType4
from ...models.create_payment_with_loyalty_methods_body_type_5 import CreatePaymentWithLoyaltyMethodsBodyType5
from ...models.create_payment_with_loyalty_methods_body_type_6 import CreatePaymentWithLoyaltyMethodsBodyType6
from ...models.create_payment_with_loyalty_methods_response import CreatePaymentWithLoyaltyMethodsResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    location_id: int,
    document_id: int,
    *,
    body: CreatePaymentWithLoyaltyMethodsBodyType0
    | CreatePaymentWithLoyaltyMethodsBodyType1
    | CreatePaymentWithLoyaltyMethodsBodyType2
    | CreatePaymentWithLoyaltyMethodsBodyType3
    | CreatePaymentWithLoyaltyMethodsBodyType4
    | CreatePaymentWithLoyaltyMethodsBodyType5
    | CreatePaymentWithLoyaltyMethodsBodyType6,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/sale/{document_id}/payment".format(
            location_id=_types.path_segment(location_id, "location_id"),
            document_id=_types.path_segment(document_id, "document_id"),
        ),
    }

    if isinstance(body, CreatePaymentWithLoyaltyMethodsBodyType0):
        _kwargs["json"] = _types.to_json(body)
    elif isinstance(body, CreatePaymentWithLoyaltyMethodsBodyType1):
        _kwargs["json"] = _types.to_json(body)
    elif isinstance(body, CreatePaymentWithLoyaltyMethodsBodyType2):
        _kwargs["json"] = _types.to_json(body)
    elif isinstance(body, CreatePaymentWithLoyaltyMethodsBodyType3):
        _kwargs["json"] = _types.to_json(body)
    elif isinstance(body, CreatePaymentWithLoyaltyMethodsBodyType4):
        _kwargs["json"] = _types.to_json(body)
    elif isinstance(body, CreatePaymentWithLoyaltyMethodsBodyType5):
        _kwargs["json"] = _types.to_json(body)
    else:
        _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> CreatePaymentWithLoyaltyMethodsResponse | ErrorResponse | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:
        response_200 = _types.parse_model(CreatePaymentWithLoyaltyMethodsResponse, _types.decode_json(response))

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


def parse_success(data: Any) -> CreatePaymentWithLoyaltyMethodsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(CreatePaymentWithLoyaltyMethodsResponse, data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[CreatePaymentWithLoyaltyMethodsResponse | ErrorResponse]:
    return Response(
        status_code=_types.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    document_id: int,
    *,
    body: CreatePaymentWithLoyaltyMethodsBodyType0
    | CreatePaymentWithLoyaltyMethodsBodyType1
    | CreatePaymentWithLoyaltyMethodsBodyType2
    | CreatePaymentWithLoyaltyMethodsBodyType3
    | CreatePaymentWithLoyaltyMethodsBodyType4
    | CreatePaymentWithLoyaltyMethodsBodyType5
    | CreatePaymentWithLoyaltyMethodsBodyType6,
) -> Response[CreatePaymentWithLoyaltyMethodsResponse | ErrorResponse]:
    """Payment at the Location Account and Loyalty (Various Methods)

     As a response, information about the [Sale operation](#sale-operation) is returned

    Args:
        location_id (int):
        document_id (int):
        body (CreatePaymentWithLoyaltyMethodsBodyType0 | CreatePaymentWithLoyaltyMethodsBodyType1
            | CreatePaymentWithLoyaltyMethodsBodyType2 | CreatePaymentWithLoyaltyMethodsBodyType3 |
            CreatePaymentWithLoyaltyMethodsBodyType4 | CreatePaymentWithLoyaltyMethodsBodyType5 |
            CreatePaymentWithLoyaltyMethodsBodyType6):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePaymentWithLoyaltyMethodsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        document_id=document_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    document_id: int,
    *,
    body: CreatePaymentWithLoyaltyMethodsBodyType0
    | CreatePaymentWithLoyaltyMethodsBodyType1
    | CreatePaymentWithLoyaltyMethodsBodyType2
    | CreatePaymentWithLoyaltyMethodsBodyType3
    | CreatePaymentWithLoyaltyMethodsBodyType4
    | CreatePaymentWithLoyaltyMethodsBodyType5
    | CreatePaymentWithLoyaltyMethodsBodyType6,
) -> CreatePaymentWithLoyaltyMethodsResponse | ErrorResponse | None:
    """Payment at the Location Account and Loyalty (Various Methods)

     As a response, information about the [Sale operation](#sale-operation) is returned

    Args:
        location_id (int):
        document_id (int):
        body (CreatePaymentWithLoyaltyMethodsBodyType0 | CreatePaymentWithLoyaltyMethodsBodyType1
            | CreatePaymentWithLoyaltyMethodsBodyType2 | CreatePaymentWithLoyaltyMethodsBodyType3 |
            CreatePaymentWithLoyaltyMethodsBodyType4 | CreatePaymentWithLoyaltyMethodsBodyType5 |
            CreatePaymentWithLoyaltyMethodsBodyType6):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePaymentWithLoyaltyMethodsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            document_id=document_id,
            client=client,
            body=body,
        )
    ).parsed
