from typing import Any

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.error_response import ErrorResponse
from ...models.search_events_response import SearchEventsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    count: int | Unset = UNSET,
    from_: str,
    page: int | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    till: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    params["from"] = from_

    params["page"] = page

    json_resource_ids: list[int] | Unset = UNSET
    if not isinstance(resource_ids, Unset):
        json_resource_ids = resource_ids

    params["resource_ids"] = json_resource_ids

    json_service_ids: list[int] | Unset = UNSET
    if not isinstance(service_ids, Unset):
        json_service_ids = service_ids

    params["service_ids"] = json_service_ids

    json_staff_ids: list[int] | Unset = UNSET
    if not isinstance(staff_ids, Unset):
        json_staff_ids = staff_ids

    params["staff_ids"] = json_staff_ids

    params["till"] = till

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity/{location_id}/search".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> ErrorResponse | SearchEventsResponse | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:
        response_200 = _types.parse_model(SearchEventsResponse, _types.decode_json(response))

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


def parse_success(data: Any) -> SearchEventsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(SearchEventsResponse, data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[ErrorResponse | SearchEventsResponse]:
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
    count: int | Unset = UNSET,
    from_: str,
    page: int | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    till: str,
) -> Response[ErrorResponse | SearchEventsResponse]:
    """Search Events

    Args:
        location_id (int):
        count (int | Unset):
        from_ (str):
        page (int | Unset):
        resource_ids (list[int] | Unset):
        service_ids (list[int] | Unset):
        staff_ids (list[int] | Unset):
        till (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SearchEventsResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        count=count,
        from_=from_,
        page=page,
        resource_ids=resource_ids,
        service_ids=service_ids,
        staff_ids=staff_ids,
        till=till,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    *,
    count: int | Unset = UNSET,
    from_: str,
    page: int | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    till: str,
) -> ErrorResponse | SearchEventsResponse | None:
    """Search Events

    Args:
        location_id (int):
        count (int | Unset):
        from_ (str):
        page (int | Unset):
        resource_ids (list[int] | Unset):
        service_ids (list[int] | Unset):
        staff_ids (list[int] | Unset):
        till (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SearchEventsResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            count=count,
            from_=from_,
            page=page,
            resource_ids=resource_ids,
            service_ids=service_ids,
            staff_ids=staff_ids,
            till=till,
        )
    ).parsed
