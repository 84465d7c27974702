from typing import Any

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.error_response import ErrorResponse
from ...models.update_timetable_schedule_day_body import UpdateTimetableScheduleDayBody
from ...models.update_timetable_schedule_day_include_item import UpdateTimetableScheduleDayIncludeItem
from ...models.update_timetable_schedule_day_response import UpdateTimetableScheduleDayResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    body: UpdateTimetableScheduleDayBody | Unset | dict[str, Any] = UNSET,
    include: list[UpdateTimetableScheduleDayIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = _types.to_json(include)

    params["include"] = json_include

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/company/{location_id}/schedules/{schedule_id}/days/{day_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            schedule_id=_types.path_segment(schedule_id, "schedule_id"),
            day_id=_types.path_segment(day_id, "day_id"),
        ),
        "params": params,
    }

    if isinstance(body, dict):
        body = UpdateTimetableScheduleDayBody.from_dict(body)
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
) -> ErrorResponse | UpdateTimetableScheduleDayResponse | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:
        response_200 = _types.parse_model(UpdateTimetableScheduleDayResponse, _types.decode_json(response))

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


def parse_success(data: Any) -> UpdateTimetableScheduleDayResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(UpdateTimetableScheduleDayResponse, data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[ErrorResponse | UpdateTimetableScheduleDayResponse]:
    return Response(
        status_code=_types.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    body: UpdateTimetableScheduleDayBody | Unset | dict[str, Any] = UNSET,
    include: list[UpdateTimetableScheduleDayIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | UpdateTimetableScheduleDayResponse]:
    """Update a schedule series

     Updates the settings of a schedule series for appointments or events.

    Args:
        location_id (int):
        schedule_id (int):
        day_id (int):
        include (list[UpdateTimetableScheduleDayIncludeItem] | Unset):
        body (UpdateTimetableScheduleDayBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateTimetableScheduleDayResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        schedule_id=schedule_id,
        day_id=day_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    body: UpdateTimetableScheduleDayBody | Unset | dict[str, Any] = UNSET,
    include: list[UpdateTimetableScheduleDayIncludeItem] | Unset = UNSET,
) -> ErrorResponse | UpdateTimetableScheduleDayResponse | None:
    """Update a schedule series

     Updates the settings of a schedule series for appointments or events.

    Args:
        location_id (int):
        schedule_id (int):
        day_id (int):
        include (list[UpdateTimetableScheduleDayIncludeItem] | Unset):
        body (UpdateTimetableScheduleDayBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateTimetableScheduleDayResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            schedule_id=schedule_id,
            day_id=day_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
