import datetime
import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.kkm_transaction import KkmTransaction
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    editable_length: int | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    status: float | Unset = UNSET,
    type_: float | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["editable_length"] = editable_length

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = _types.date_json(end_date)
    params["end_date"] = json_end_date

    params["page"] = page

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = _types.date_json(start_date)
    params["start_date"] = json_start_date

    params["status"] = status

    params["type"] = type_

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/kkm_transactions/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[KkmTransaction] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[KkmTransaction] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(KkmTransaction, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[KkmTransaction] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    editable_length: int | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    status: float | Unset = UNSET,
    type_: float | Unset = UNSET,
) -> list[KkmTransaction] | None:
    """Get fiscal transactions

     Filters

    Args:
        location_id (int):
        editable_length (int | Unset):
        end_date (datetime.date | Unset):  Example: 2026-09-21.
        page (int | Unset):
        start_date (datetime.date | Unset):  Example: 2026-09-21.
        status (float | Unset):
        type_ (float | Unset):

    Returns the answer's data (list[KkmTransaction] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            editable_length=editable_length,
            end_date=end_date,
            page=page,
            start_date=start_date,
            status=status,
            type_=type_,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.fiscalization.get_fiscal_transaction_list', method='GET', path='/kkm_transactions/{location_id}', summary='Get fiscal transactions', auth='user', query=('editable_length', 'end_date', 'page', 'start_date', 'status', 'type'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='editable_length', python_name='editable_length', location='query', required=False, type='integer'), _Parameter(name='end_date', python_name='end_date', location='query', required=False, type='date'), _Parameter(name='page', python_name='page', location='query', required=False, type='integer'), _Parameter(name='start_date', python_name='start_date', location='query', required=False, type='date'), _Parameter(name='status', python_name='status', location='query', required=False, type='number'), _Parameter(name='type', python_name='type_', location='query', required=False, type='number')), body='none', body_required=False, answer='envelope', data='array', items='object', model='KkmTransaction', paging='page+editable_length')  # fmt: skip
