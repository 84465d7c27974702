from typing import Any

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.error_response import ErrorResponse
from ...models.send_email_campaign_to_filtered_clients_body import SendEmailCampaignToFilteredClientsBody
from ...models.send_email_campaign_to_filtered_clients_response import SendEmailCampaignToFilteredClientsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    body: SendEmailCampaignToFilteredClientsBody | dict[str, Any],
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["email"] = email

    params["fullname"] = fullname

    params["phone"] = phone

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/email/clients/by_filter/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    if isinstance(body, dict):
        body = SendEmailCampaignToFilteredClientsBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> ErrorResponse | SendEmailCampaignToFilteredClientsResponse | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:
        response_201 = _types.parse_model(SendEmailCampaignToFilteredClientsResponse, _types.decode_json(response))

        return response_201

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


def parse_success(data: Any) -> SendEmailCampaignToFilteredClientsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_201 = _types.parse_model(SendEmailCampaignToFilteredClientsResponse, data)

    return response_201


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[ErrorResponse | SendEmailCampaignToFilteredClientsResponse]:
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
    body: SendEmailCampaignToFilteredClientsBody | dict[str, Any],
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
) -> Response[ErrorResponse | SendEmailCampaignToFilteredClientsResponse]:
    """Send email campaigns for clients matching the filters

     The object for creating an Email campaign has the following fields: | Field | Type | Description | |
    ------------- | ------------- | ------------- | | text | string | Text Email Message | | subject |
    string | Email Subject | #### Client filtering + fullname:'Joh' (optional, string) - Name (part of
    name) to filter clients + phone:'1315' (optional, string) - Phone (part of the number) to filter
    clients + email:'test@' (optional, string) - Email (part) for client filtering + card:'5663rt'
    (optional, string) - Card (part) to filter customers by loyalty card number Attention: If there are
    no filters, email distribution will go to the entire database!

    Args:
        location_id (int):
        email (str | Unset):
        fullname (str | Unset):
        phone (str | Unset):
        body (SendEmailCampaignToFilteredClientsBody): Send email campaigns for clients matching
            the filters

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendEmailCampaignToFilteredClientsResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
        email=email,
        fullname=fullname,
        phone=phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    *,
    body: SendEmailCampaignToFilteredClientsBody | dict[str, Any],
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
) -> ErrorResponse | SendEmailCampaignToFilteredClientsResponse | None:
    """Send email campaigns for clients matching the filters

     The object for creating an Email campaign has the following fields: | Field | Type | Description | |
    ------------- | ------------- | ------------- | | text | string | Text Email Message | | subject |
    string | Email Subject | #### Client filtering + fullname:'Joh' (optional, string) - Name (part of
    name) to filter clients + phone:'1315' (optional, string) - Phone (part of the number) to filter
    clients + email:'test@' (optional, string) - Email (part) for client filtering + card:'5663rt'
    (optional, string) - Card (part) to filter customers by loyalty card number Attention: If there are
    no filters, email distribution will go to the entire database!

    Args:
        location_id (int):
        email (str | Unset):
        fullname (str | Unset):
        phone (str | Unset):
        body (SendEmailCampaignToFilteredClientsBody): Send email campaigns for clients matching
            the filters

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendEmailCampaignToFilteredClientsResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
            email=email,
            fullname=fullname,
            phone=phone,
        )
    ).parsed
