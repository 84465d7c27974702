from typing import Any

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.error_response import ErrorResponse
from ...models.get_permission_list_response import GetPermissionListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    group_permissions: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_group_permissions: list[str] | Unset = UNSET
    if not isinstance(group_permissions, Unset):
        json_group_permissions = group_permissions

    params["group_permissions[]"] = json_group_permissions

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/permissions/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> ErrorResponse | GetPermissionListResponse | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:
        response_200 = _types.parse_model(GetPermissionListResponse, _types.decode_json(response))

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


def parse_success(data: Any) -> GetPermissionListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetPermissionListResponse, data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[ErrorResponse | GetPermissionListResponse]:
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
    group_permissions: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | GetPermissionListResponse]:
    """Get effective permissions for the authenticated Business User

     Returns the authenticated Business User's effective permission groups for this Location. Use the
    same User Token as the request returning 403. Optionally pass `group_permissions[]` to limit the
    returned groups; without it, all groups are returned. This checks the user's Location access and
    cannot inspect another user or the Marketplace application's declared permissions. The caller must
    have access to the Location (`canEditSalon`). A missing Location returns 404; insufficient Location
    access returns 403.

    Args:
        location_id (int):
        group_permissions (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetPermissionListResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        group_permissions=group_permissions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    *,
    group_permissions: list[str] | Unset = UNSET,
) -> ErrorResponse | GetPermissionListResponse | None:
    """Get effective permissions for the authenticated Business User

     Returns the authenticated Business User's effective permission groups for this Location. Use the
    same User Token as the request returning 403. Optionally pass `group_permissions[]` to limit the
    returned groups; without it, all groups are returned. This checks the user's Location access and
    cannot inspect another user or the Marketplace application's declared permissions. The caller must
    have access to the Location (`canEditSalon`). A missing Location returns 404; insufficient Location
    access returns 403.

    Args:
        location_id (int):
        group_permissions (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetPermissionListResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            group_permissions=group_permissions,
        )
    ).parsed
