import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_transactions_by_visit_or_appointment_id_response import GetTransactionsByVisitOrAppointmentIdResponse
from ...models.transaction import Transaction
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["record_id"] = record_id

    params["visit_id"] = visit_id

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timetable/transactions/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetTransactionsByVisitOrAppointmentIdResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetTransactionsByVisitOrAppointmentIdResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
) -> list[Transaction] | None:
    """Get Transactions by Visit or Appointment ID

    Args:
        location_id (int):
        record_id (int | Unset):
        visit_id (int | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Transaction] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            record_id=record_id,
            visit_id=visit_id,
        ),
    )
