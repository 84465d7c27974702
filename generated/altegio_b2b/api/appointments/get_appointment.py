import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.record import Record
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    record_id: int,
    *,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["include_consumables"] = include_consumables

    params["include_finance_transactions"] = include_finance_transactions

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/record/{location_id}/{record_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            record_id=_types.path_segment(record_id, "record_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> None | Record | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> None | Record:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(Record, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(None | Record, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    record_id: int,
    *,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> None | Record | None:
    """Get an Appointment

    Args:
        location_id (int):
        record_id (int):
        include_consumables (float | Unset):
        include_finance_transactions (float | Unset):

    Returns the answer's data (None | Record); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            record_id=record_id,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.appointments.get_appointment', method='GET', path='/record/{location_id}/{record_id}', summary='Get an Appointment', auth='user', query=('include_consumables', 'include_finance_transactions'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='record_id', python_name='record_id', location='path', required=True, type='integer'), _Parameter(name='include_consumables', python_name='include_consumables', location='query', required=False, type='number'), _Parameter(name='include_finance_transactions', python_name='include_finance_transactions', location='query', required=False, type='number')), body='none', body_required=False, answer='envelope', data='object', items='', model='Record', paging='')  # fmt: skip
