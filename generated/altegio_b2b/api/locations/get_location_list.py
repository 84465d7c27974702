from typing import Any

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.error_response import ErrorResponse
from ...models.get_location_list_include_item import GetLocationListIncludeItem
from ...models.get_location_list_response import GetLocationListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    active: float | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    count: int | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    group_id: int | Unset = UNSET,
    hide_record_type_activity: float | Unset = UNSET,
    hide_record_type_mixed: float | Unset = UNSET,
    hide_record_type_single: float | Unset = UNSET,
    id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    min_id: int | Unset = UNSET,
    my: float | Unset = UNSET,
    page: int | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    show_deleted: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["active"] = active

    params["business_group_id"] = business_group_id

    params["business_type_id"] = business_type_id

    params["city_id"] = city_id

    params["count"] = count

    params["forBooking"] = for_booking

    params["group_id"] = group_id

    params["hide_record_type_activity"] = hide_record_type_activity

    params["hide_record_type_mixed"] = hide_record_type_mixed

    params["hide_record_type_single"] = hide_record_type_single

    params["id"] = id

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = _types.to_json(include)

    params["include"] = json_include

    params["min_id"] = min_id

    params["my"] = my

    params["page"] = page

    params["showBookforms"] = show_bookforms

    params["show_deleted"] = show_deleted

    params["show_groups"] = show_groups

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> ErrorResponse | GetLocationListResponse | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:
        response_200 = _types.parse_model(GetLocationListResponse, _types.decode_json(response))

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


def parse_success(data: Any) -> GetLocationListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetLocationListResponse, data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[ErrorResponse | GetLocationListResponse]:
    return Response(
        status_code=_types.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    client: AuthenticatedClient | HttpClient,
    *,
    active: float | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    count: int | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    group_id: int | Unset = UNSET,
    hide_record_type_activity: float | Unset = UNSET,
    hide_record_type_mixed: float | Unset = UNSET,
    hide_record_type_single: float | Unset = UNSET,
    id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    min_id: int | Unset = UNSET,
    my: float | Unset = UNSET,
    page: int | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    show_deleted: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
) -> Response[ErrorResponse | GetLocationListResponse]:
    """Get a list of locations

     Get a list of locations with data

    Args:
        active (float | Unset):
        business_group_id (int | Unset):
        business_type_id (int | Unset):
        city_id (int | Unset):
        count (int | Unset):
        for_booking (float | Unset):
        group_id (int | Unset):
        hide_record_type_activity (float | Unset):
        hide_record_type_mixed (float | Unset):
        hide_record_type_single (float | Unset):
        id (int | Unset):
        include (list[GetLocationListIncludeItem] | Unset):
        min_id (int | Unset):
        my (float | Unset):
        page (int | Unset):
        show_bookforms (float | Unset):
        show_deleted (float | Unset):
        show_groups (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetLocationListResponse]
    """

    kwargs = _get_kwargs(
        active=active,
        business_group_id=business_group_id,
        business_type_id=business_type_id,
        city_id=city_id,
        count=count,
        for_booking=for_booking,
        group_id=group_id,
        hide_record_type_activity=hide_record_type_activity,
        hide_record_type_mixed=hide_record_type_mixed,
        hide_record_type_single=hide_record_type_single,
        id=id,
        include=include,
        min_id=min_id,
        my=my,
        page=page,
        show_bookforms=show_bookforms,
        show_deleted=show_deleted,
        show_groups=show_groups,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    *,
    active: float | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    count: int | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    group_id: int | Unset = UNSET,
    hide_record_type_activity: float | Unset = UNSET,
    hide_record_type_mixed: float | Unset = UNSET,
    hide_record_type_single: float | Unset = UNSET,
    id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    min_id: int | Unset = UNSET,
    my: float | Unset = UNSET,
    page: int | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    show_deleted: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
) -> ErrorResponse | GetLocationListResponse | None:
    """Get a list of locations

     Get a list of locations with data

    Args:
        active (float | Unset):
        business_group_id (int | Unset):
        business_type_id (int | Unset):
        city_id (int | Unset):
        count (int | Unset):
        for_booking (float | Unset):
        group_id (int | Unset):
        hide_record_type_activity (float | Unset):
        hide_record_type_mixed (float | Unset):
        hide_record_type_single (float | Unset):
        id (int | Unset):
        include (list[GetLocationListIncludeItem] | Unset):
        min_id (int | Unset):
        my (float | Unset):
        page (int | Unset):
        show_bookforms (float | Unset):
        show_deleted (float | Unset):
        show_groups (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetLocationListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            active=active,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            city_id=city_id,
            count=count,
            for_booking=for_booking,
            group_id=group_id,
            hide_record_type_activity=hide_record_type_activity,
            hide_record_type_mixed=hide_record_type_mixed,
            hide_record_type_single=hide_record_type_single,
            id=id,
            include=include,
            min_id=min_id,
            my=my,
            page=page,
            show_bookforms=show_bookforms,
            show_deleted=show_deleted,
            show_groups=show_groups,
        )
    ).parsed
