import datetime
from typing import Any

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.error_response import ErrorResponse
from ...models.fullness_daily import FullnessDaily
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date_from = _types.date_json(date_from)
    params["date_from"] = json_date_from

    json_date_to = _types.date_json(date_to)
    params["date_to"] = json_date_to

    params["team_member_id"] = team_member_id

    params["user_id"] = user_id

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/analytics/overall/charts/fullness_daily".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> ErrorResponse | list[FullnessDaily] | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:

        def _parse_response_200_item(response_200_item_data: Any) -> Any:
            response_200_item = _types.parse_model(FullnessDaily, response_200_item_data)

            return response_200_item

        response_200 = _types.parse_list(_types.decode_json(response), _parse_response_200_item)

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


def parse_success(data: Any) -> list[FullnessDaily] | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """

    def _parse_response_200_item(response_200_item_data: Any) -> Any:
        response_200_item = _types.parse_model(FullnessDaily, response_200_item_data)

        return response_200_item

    response_200 = _types.parse_list(data, _parse_response_200_item)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[ErrorResponse | list[FullnessDaily]]:
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
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[ErrorResponse | list[FullnessDaily]]:
    """Get occupancy data by day

    Args:
        location_id (int):
        date_from (datetime.date):  Example: 2026-09-21.
        date_to (datetime.date):  Example: 2026-09-21.
        team_member_id (int | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[FullnessDaily]]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        date_from=date_from,
        date_to=date_to,
        team_member_id=team_member_id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> ErrorResponse | list[FullnessDaily] | None:
    """Get occupancy data by day

    Args:
        location_id (int):
        date_from (datetime.date):  Example: 2026-09-21.
        date_to (datetime.date):  Example: 2026-09-21.
        team_member_id (int | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[FullnessDaily]
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            user_id=user_id,
        )
    ).parsed
