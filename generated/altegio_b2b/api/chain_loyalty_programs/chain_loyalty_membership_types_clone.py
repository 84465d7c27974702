from typing import Any

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.chain_loyalty_membership_types_clone_body import ChainLoyaltyMembershipTypesCloneBody
from ...models.chain_loyalty_membership_types_clone_response import ChainLoyaltyMembershipTypesCloneResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCloneBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/clone".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
            loyalty_membership_type_id=_types.path_segment(loyalty_membership_type_id, "loyalty_membership_type_id"),
        ),
    }

    if isinstance(body, dict):
        body = ChainLoyaltyMembershipTypesCloneBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> ChainLoyaltyMembershipTypesCloneResponse | ErrorResponse | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:
        response_200 = _types.parse_model(ChainLoyaltyMembershipTypesCloneResponse, _types.decode_json(response))

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


def parse_success(data: Any) -> ChainLoyaltyMembershipTypesCloneResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(ChainLoyaltyMembershipTypesCloneResponse, data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[ChainLoyaltyMembershipTypesCloneResponse | ErrorResponse]:
    return Response(
        status_code=_types.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    client: AuthenticatedClient | HttpClient,
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCloneBody | Unset | dict[str, Any] = UNSET,
) -> Response[ChainLoyaltyMembershipTypesCloneResponse | ErrorResponse]:
    """Clone membership type

     Creates a copy of an existing membership type with a new ID.

    Args:
        chain_id (int):
        loyalty_membership_type_id (int):
        body (ChainLoyaltyMembershipTypesCloneBody | Unset): Empty body required (or omit
            entirely)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainLoyaltyMembershipTypesCloneResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        loyalty_membership_type_id=loyalty_membership_type_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCloneBody | Unset | dict[str, Any] = UNSET,
) -> ChainLoyaltyMembershipTypesCloneResponse | ErrorResponse | None:
    """Clone membership type

     Creates a copy of an existing membership type with a new ID.

    Args:
        chain_id (int):
        loyalty_membership_type_id (int):
        body (ChainLoyaltyMembershipTypesCloneBody | Unset): Empty body required (or omit
            entirely)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainLoyaltyMembershipTypesCloneResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            client=client,
            body=body,
        )
    ).parsed
