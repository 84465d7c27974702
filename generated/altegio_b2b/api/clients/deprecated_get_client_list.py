import datetime
from typing import Any

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.deprecated_get_client_list_response import DeprecatedGetClientListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    card: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    count: int | Unset = 20,
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    id: int | list[int] | Unset = UNSET,
    page: int | Unset = 1,
    paid_max: int | Unset = UNSET,
    paid_min: int | Unset = UNSET,
    phone: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["card"] = card

    json_changed_after: str | Unset = UNSET
    if not isinstance(changed_after, Unset):
        json_changed_after = _types.datetime_json(changed_after, "iso")
    params["changed_after"] = json_changed_after

    json_changed_before: str | Unset = UNSET
    if not isinstance(changed_before, Unset):
        json_changed_before = _types.datetime_json(changed_before, "iso")
    params["changed_before"] = json_changed_before

    params["count"] = count

    params["email"] = email

    params["fullname"] = fullname

    json_id: int | list[int] | Unset
    if isinstance(id, Unset):
        json_id = UNSET
    elif isinstance(id, list):
        json_id = id

    else:
        json_id = id
    params["id"] = json_id

    params["page"] = page

    params["paid_max"] = paid_max

    params["paid_min"] = paid_min

    params["phone"] = phone

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> DeprecatedGetClientListResponse | ErrorResponse | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:
        response_200 = _types.parse_model(DeprecatedGetClientListResponse, _types.decode_json(response))

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


def parse_success(data: Any) -> DeprecatedGetClientListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(DeprecatedGetClientListResponse, data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[DeprecatedGetClientListResponse | ErrorResponse]:
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
    card: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    count: int | Unset = 20,
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    id: int | list[int] | Unset = UNSET,
    page: int | Unset = 1,
    paid_max: int | Unset = UNSET,
    paid_min: int | Unset = UNSET,
    phone: str | Unset = UNSET,
) -> Response[DeprecatedGetClientListResponse | ErrorResponse]:
    """Deprecated. Get full client profiles in a location

     Returns full client cards (including categories, custom fields, lifetime spent and paid amounts) in
    ascending client ID order. The default page is 1 and the default count is 20; count is limited to
    300. The response includes meta.total_count for pagination. Requires both location edit access and
    client-base access. Phone, email and comments can be masked or omitted according to the user
    permissions. This legacy route has only the filters listed below. For richer segmentation and
    sorting, use POST /company/{location_id}/clients/search; that endpoint returns a selected field
    projection rather than full cards.

    Args:
        location_id (int):
        card (str | Unset):
        changed_after (datetime.datetime | Unset):  Example: 2026-09-21T23:00:00+00:00.
        changed_before (datetime.datetime | Unset):  Example: 2026-09-21T23:00:00+00:00.
        count (int | Unset):  Default: 20.
        email (str | Unset):
        fullname (str | Unset):
        id (int | list[int] | Unset):
        page (int | Unset):  Default: 1.
        paid_max (int | Unset):
        paid_min (int | Unset):
        phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeprecatedGetClientListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        card=card,
        changed_after=changed_after,
        changed_before=changed_before,
        count=count,
        email=email,
        fullname=fullname,
        id=id,
        page=page,
        paid_max=paid_max,
        paid_min=paid_min,
        phone=phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    *,
    card: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    count: int | Unset = 20,
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    id: int | list[int] | Unset = UNSET,
    page: int | Unset = 1,
    paid_max: int | Unset = UNSET,
    paid_min: int | Unset = UNSET,
    phone: str | Unset = UNSET,
) -> DeprecatedGetClientListResponse | ErrorResponse | None:
    """Deprecated. Get full client profiles in a location

     Returns full client cards (including categories, custom fields, lifetime spent and paid amounts) in
    ascending client ID order. The default page is 1 and the default count is 20; count is limited to
    300. The response includes meta.total_count for pagination. Requires both location edit access and
    client-base access. Phone, email and comments can be masked or omitted according to the user
    permissions. This legacy route has only the filters listed below. For richer segmentation and
    sorting, use POST /company/{location_id}/clients/search; that endpoint returns a selected field
    projection rather than full cards.

    Args:
        location_id (int):
        card (str | Unset):
        changed_after (datetime.datetime | Unset):  Example: 2026-09-21T23:00:00+00:00.
        changed_before (datetime.datetime | Unset):  Example: 2026-09-21T23:00:00+00:00.
        count (int | Unset):  Default: 20.
        email (str | Unset):
        fullname (str | Unset):
        id (int | list[int] | Unset):
        page (int | Unset):  Default: 1.
        paid_max (int | Unset):
        paid_min (int | Unset):
        phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeprecatedGetClientListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            card=card,
            changed_after=changed_after,
            changed_before=changed_before,
            count=count,
            email=email,
            fullname=fullname,
            id=id,
            page=page,
            paid_max=paid_max,
            paid_min=paid_min,
            phone=phone,
        )
    ).parsed
