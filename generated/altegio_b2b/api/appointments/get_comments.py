from typing import Any

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.error_response import ErrorResponse
from ...models.get_comments_response import GetCommentsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    count: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    page: int | Unset = UNSET,
    rating: float | Unset = UNSET,
    start_date: str | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    params["end_date"] = end_date

    params["page"] = page

    params["rating"] = rating

    params["start_date"] = start_date

    params["team_member_id"] = team_member_id

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/comments/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> ErrorResponse | GetCommentsResponse | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:
        response_200 = _types.parse_model(GetCommentsResponse, _types.decode_json(response))

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


def parse_success(data: Any) -> GetCommentsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetCommentsResponse, data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[ErrorResponse | GetCommentsResponse]:
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
    end_date: str | Unset = UNSET,
    page: int | Unset = UNSET,
    rating: float | Unset = UNSET,
    start_date: str | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
) -> Response[ErrorResponse | GetCommentsResponse]:
    """Get comments

     The comment object has the following fields: | Field | Type | Description | | ------------- |
    ------------- | ------------- | | id | number | Comment ID | | salon_id | number | location ID | |
    type | number | 1 - comment to the team member, 0 - to the location | | master_id | number | Team
    Member ID if type = 1 | | text | string | Comment text | | date | string | Date when the comment was
    left | | rating | number | Rating (from 1 to 5) | | user_id | number | Id of the user who left the
    comment | | username | string | Name of the user who left the comment | | user_avatar | string |
    Avatar of the user who left the comment | | record_id | number | ID of the post after which the
    review was left (the value will be non-zero if the review was left through a link asking for a
    review after the visit) |

    Args:
        location_id (int):
        count (int | Unset):
        end_date (str | Unset):
        page (int | Unset):
        rating (float | Unset):
        start_date (str | Unset):
        team_member_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetCommentsResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        count=count,
        end_date=end_date,
        page=page,
        rating=rating,
        start_date=start_date,
        team_member_id=team_member_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    *,
    count: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    page: int | Unset = UNSET,
    rating: float | Unset = UNSET,
    start_date: str | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
) -> ErrorResponse | GetCommentsResponse | None:
    """Get comments

     The comment object has the following fields: | Field | Type | Description | | ------------- |
    ------------- | ------------- | | id | number | Comment ID | | salon_id | number | location ID | |
    type | number | 1 - comment to the team member, 0 - to the location | | master_id | number | Team
    Member ID if type = 1 | | text | string | Comment text | | date | string | Date when the comment was
    left | | rating | number | Rating (from 1 to 5) | | user_id | number | Id of the user who left the
    comment | | username | string | Name of the user who left the comment | | user_avatar | string |
    Avatar of the user who left the comment | | record_id | number | ID of the post after which the
    review was left (the value will be non-zero if the review was left through a link asking for a
    review after the visit) |

    Args:
        location_id (int):
        count (int | Unset):
        end_date (str | Unset):
        page (int | Unset):
        rating (float | Unset):
        start_date (str | Unset):
        team_member_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetCommentsResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            count=count,
            end_date=end_date,
            page=page,
            rating=rating,
            start_date=start_date,
            team_member_id=team_member_id,
        )
    ).parsed
