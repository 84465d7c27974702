import datetime
from typing import Any, cast

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.error_response import ErrorResponse
from ...models.update_team_member_schedule_body import UpdateTeamMemberScheduleBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    body: UpdateTeamMemberScheduleBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/schedule/{location_id}/{team_member_id}/{start_date}/{end_date}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
            start_date=_types.path_segment(start_date, "start_date"),
            end_date=_types.path_segment(end_date, "end_date"),
        ),
    }

    if isinstance(body, dict):
        body = UpdateTeamMemberScheduleBody.from_dict(body)
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
) -> Any | ErrorResponse | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:
        response_201 = cast(Any, None)
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


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=_types.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    body: UpdateTeamMemberScheduleBody | Unset | dict[str, Any] = UNSET,
) -> Response[Any | ErrorResponse]:
    """Change schedule of a specific team member

    Args:
        location_id (int):
        team_member_id (int):
        start_date (datetime.date):  Example: 2026-09-21.
        end_date (datetime.date):  Example: 2026-09-21.
        body (UpdateTeamMemberScheduleBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        start_date=start_date,
        end_date=end_date,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    body: UpdateTeamMemberScheduleBody | Unset | dict[str, Any] = UNSET,
) -> Any | ErrorResponse | None:
    """Change schedule of a specific team member

    Args:
        location_id (int):
        team_member_id (int):
        start_date (datetime.date):  Example: 2026-09-21.
        end_date (datetime.date):  Example: 2026-09-21.
        body (UpdateTeamMemberScheduleBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            start_date=start_date,
            end_date=end_date,
            client=client,
            body=body,
        )
    ).parsed
