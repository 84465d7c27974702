from typing import Any

import httpx

from ... import errors
from ... import types as _types

# The HTTP client classes under names no model can take (Altegio has a Client resource).
from ...client import AuthenticatedClient
from ...client import Client as HttpClient
from ...models.error_response import ErrorResponse
from ...models.update_appointment_body import UpdateAppointmentBody
from ...models.update_appointment_response import UpdateAppointmentResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    record_id: int,
    *,
    body: UpdateAppointmentBody | dict[str, Any],
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include_consumables"] = include_consumables

    params["include_finance_transactions"] = include_finance_transactions

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/record/{location_id}/{record_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            record_id=_types.path_segment(record_id, "record_id"),
        ),
        "params": params,
    }

    if isinstance(body, dict):
        body = UpdateAppointmentBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> ErrorResponse | UpdateAppointmentResponse | None:
    # Any 2xx is a success and is parsed as the documented success answer
    # (the API answers 200 where 204 is documented, with or without a body).
    if 200 <= response.status_code <= 299:
        response_201 = _types.parse_model(UpdateAppointmentResponse, _types.decode_json(response))

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


def parse_success(data: Any) -> UpdateAppointmentResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_201 = _types.parse_model(UpdateAppointmentResponse, data)

    return response_201


def _build_response(
    *, client: AuthenticatedClient | HttpClient, response: httpx.Response
) -> Response[ErrorResponse | UpdateAppointmentResponse]:
    return Response(
        status_code=_types.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    record_id: int,
    *,
    body: UpdateAppointmentBody | dict[str, Any],
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> Response[ErrorResponse | UpdateAppointmentResponse]:
    """Edit Appointment

     Fully updates an Appointment. This is not a partial update: for a standard Appointment, resend
    `staff_id`, `services`, `client`, `datetime`, and `seance_length`, including when only
    `custom_fields` needs to change. A missing required field returns `422`.

    Args:
        location_id (int):
        record_id (int):
        include_consumables (float | Unset):
        include_finance_transactions (float | Unset):
        body (UpdateAppointmentBody): Request body for creating or fully updating an Appointment.
            Required: staff_id, services, client, datetime, seance_length; or activity_id, client.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateAppointmentResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        body=body,
        include_consumables=include_consumables,
        include_finance_transactions=include_finance_transactions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client: AuthenticatedClient | HttpClient,
    location_id: int,
    record_id: int,
    *,
    body: UpdateAppointmentBody | dict[str, Any],
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> ErrorResponse | UpdateAppointmentResponse | None:
    """Edit Appointment

     Fully updates an Appointment. This is not a partial update: for a standard Appointment, resend
    `staff_id`, `services`, `client`, `datetime`, and `seance_length`, including when only
    `custom_fields` needs to change. A missing required field returns `422`.

    Args:
        location_id (int):
        record_id (int):
        include_consumables (float | Unset):
        include_finance_transactions (float | Unset):
        body (UpdateAppointmentBody): Request body for creating or fully updating an Appointment.
            Required: staff_id, services, client, datetime, seance_length; or activity_id, client.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateAppointmentResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            record_id=record_id,
            client=client,
            body=body,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
        )
    ).parsed
