from typing import Any

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.error_response import ErrorResponse
from ...models.get_appointment_list_response import GetAppointmentListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    c_end_date: str | Unset = UNSET,
    c_start_date: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    client_id: int | Unset = UNSET,
    count: int | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    with_deleted: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["c_end_date"] = c_end_date

    params["c_start_date"] = c_start_date

    params["changed_after"] = changed_after

    params["changed_before"] = changed_before

    params["client_id"] = client_id

    params["count"] = count

    params["created_user_id"] = created_user_id

    params["end_date"] = end_date

    params["include_consumables"] = include_consumables

    params["include_finance_transactions"] = include_finance_transactions

    params["page"] = page

    params["start_date"] = start_date

    params["team_member_id"] = team_member_id

    params["with_deleted"] = with_deleted

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/records/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> ErrorResponse | GetAppointmentListResponse | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:
        response_200 = _types.parse_model(GetAppointmentListResponse, _types.decode_json(response))

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


def parse_success(data: Any) -> GetAppointmentListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetAppointmentListResponse, data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[ErrorResponse | GetAppointmentListResponse]:
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
    c_end_date: str | Unset = UNSET,
    c_start_date: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    client_id: int | Unset = UNSET,
    count: int | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    with_deleted: bool | Unset = UNSET,
) -> Response[ErrorResponse | GetAppointmentListResponse]:
    """Get list of appointments

    Args:
        location_id (int):
        c_end_date (str | Unset):
        c_start_date (str | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):
        client_id (int | Unset):
        count (int | Unset):
        created_user_id (int | Unset):
        end_date (str | Unset):
        include_consumables (float | Unset):
        include_finance_transactions (float | Unset):
        page (int | Unset):
        start_date (str | Unset):
        team_member_id (int | Unset):
        with_deleted (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAppointmentListResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        c_end_date=c_end_date,
        c_start_date=c_start_date,
        changed_after=changed_after,
        changed_before=changed_before,
        client_id=client_id,
        count=count,
        created_user_id=created_user_id,
        end_date=end_date,
        include_consumables=include_consumables,
        include_finance_transactions=include_finance_transactions,
        page=page,
        start_date=start_date,
        team_member_id=team_member_id,
        with_deleted=with_deleted,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    *,
    c_end_date: str | Unset = UNSET,
    c_start_date: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    client_id: int | Unset = UNSET,
    count: int | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    with_deleted: bool | Unset = UNSET,
) -> ErrorResponse | GetAppointmentListResponse | None:
    """Get list of appointments

    Args:
        location_id (int):
        c_end_date (str | Unset):
        c_start_date (str | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):
        client_id (int | Unset):
        count (int | Unset):
        created_user_id (int | Unset):
        end_date (str | Unset):
        include_consumables (float | Unset):
        include_finance_transactions (float | Unset):
        page (int | Unset):
        start_date (str | Unset):
        team_member_id (int | Unset):
        with_deleted (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAppointmentListResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            c_end_date=c_end_date,
            c_start_date=c_start_date,
            changed_after=changed_after,
            changed_before=changed_before,
            client_id=client_id,
            count=count,
            created_user_id=created_user_id,
            end_date=end_date,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
            page=page,
            start_date=start_date,
            team_member_id=team_member_id,
            with_deleted=with_deleted,
        )
    ).parsed
