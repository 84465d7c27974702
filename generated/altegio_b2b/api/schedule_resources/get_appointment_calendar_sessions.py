from typing import Any

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.error_response import ErrorResponse
from ...models.seance import Seance
from ...types import Response


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    date: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timetable/seances/{location_id}/{team_member_id}/{date}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
            date=_types.path_segment(date, "date"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> ErrorResponse | list[Seance] | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:

        def _parse_response_200_item(response_200_item_data: Any) -> Any:
            response_200_item = _types.parse_model(Seance, response_200_item_data)

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


def parse_success(data: Any) -> list[Seance] | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """

    def _parse_response_200_item(response_200_item_data: Any) -> Any:
        response_200_item = _types.parse_model(Seance, response_200_item_data)

        return response_200_item

    response_200 = _types.parse_list(data, _parse_response_200_item)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[ErrorResponse | list[Seance]]:
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
    date: str,
) -> Response[ErrorResponse | list[Seance]]:
    """Get a list of sessions for the Appointment Calendar

     The sessions object for the log has the following fields: | Field | Type | Description | |
    ------------- | ------------- | ------------- | | time | string | Session time (17:30 for example) |
    | free | boolean | Free time or busy |

    Args:
        location_id (int):
        team_member_id (int):
        date (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Seance]]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        date=date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    team_member_id: int,
    date: str,
) -> ErrorResponse | list[Seance] | None:
    """Get a list of sessions for the Appointment Calendar

     The sessions object for the log has the following fields: | Field | Type | Description | |
    ------------- | ------------- | ------------- | | time | string | Session time (17:30 for example) |
    | free | boolean | Free time or busy |

    Args:
        location_id (int):
        team_member_id (int):
        date (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Seance]
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            date=date,
            client=client,
        )
    ).parsed
