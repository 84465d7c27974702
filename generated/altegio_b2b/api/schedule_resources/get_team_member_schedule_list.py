import datetime
from typing import Any

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.error_response import ErrorResponse
from ...models.get_team_member_schedule_list_include_item import GetTeamMemberScheduleListIncludeItem
from ...models.get_team_member_schedule_list_response import GetTeamMemberScheduleListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    end_date: datetime.date | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = _types.date_json(end_date)
    params["end_date"] = json_end_date

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = _types.to_json(include)

    params["include"] = json_include

    json_staff_ids: list[int] | Unset = UNSET
    if not isinstance(staff_ids, Unset):
        json_staff_ids = staff_ids

    params["staff_ids"] = json_staff_ids

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = _types.date_json(start_date)
    params["start_date"] = json_start_date

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/staff/schedule".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> ErrorResponse | GetTeamMemberScheduleListResponse | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:
        response_200 = _types.parse_model(GetTeamMemberScheduleListResponse, _types.decode_json(response))

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


def parse_success(data: Any) -> GetTeamMemberScheduleListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetTeamMemberScheduleListResponse, data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[ErrorResponse | GetTeamMemberScheduleListResponse]:
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
    end_date: datetime.date | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> Response[ErrorResponse | GetTeamMemberScheduleListResponse]:
    """Get team member schedules

     Retrieves work schedules for team members as working intervals.

    Args:
        location_id (int):
        end_date (datetime.date | Unset):  Example: 2026-09-21.
        include (list[GetTeamMemberScheduleListIncludeItem] | Unset):
        staff_ids (list[int] | Unset):
        start_date (datetime.date | Unset):  Example: 2026-09-21.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetTeamMemberScheduleListResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        end_date=end_date,
        include=include,
        staff_ids=staff_ids,
        start_date=start_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    *,
    end_date: datetime.date | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> ErrorResponse | GetTeamMemberScheduleListResponse | None:
    """Get team member schedules

     Retrieves work schedules for team members as working intervals.

    Args:
        location_id (int):
        end_date (datetime.date | Unset):  Example: 2026-09-21.
        include (list[GetTeamMemberScheduleListIncludeItem] | Unset):
        staff_ids (list[int] | Unset):
        start_date (datetime.date | Unset):  Example: 2026-09-21.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTeamMemberScheduleListResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            end_date=end_date,
            include=include,
            staff_ids=staff_ids,
            start_date=start_date,
        )
    ).parsed
