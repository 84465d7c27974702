import datetime
import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.transaction import Transaction
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    account_id: int | Unset = UNSET,
    balance_is: float | Unset = UNSET,
    client_id: int | Unset = UNSET,
    count: int | Unset = UNSET,
    deleted: float | Unset = UNSET,
    document_id: int | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    master_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    real_money: float | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    type_: float | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["account_id"] = account_id

    params["balance_is"] = balance_is

    params["client_id"] = client_id

    params["count"] = count

    params["deleted"] = deleted

    params["document_id"] = document_id

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = _types.date_json(end_date)
    params["end_date"] = json_end_date

    params["master_id"] = master_id

    params["page"] = page

    params["real_money"] = real_money

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = _types.date_json(start_date)
    params["start_date"] = json_start_date

    params["supplier_id"] = supplier_id

    params["type"] = type_

    params["user_id"] = user_id

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/transactions/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[Transaction] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Transaction] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(Transaction, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Transaction] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    account_id: int | Unset = UNSET,
    balance_is: float | Unset = UNSET,
    client_id: int | Unset = UNSET,
    count: int | Unset = UNSET,
    deleted: float | Unset = UNSET,
    document_id: int | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    master_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    real_money: float | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    type_: float | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> list[Transaction] | None:
    """Get transactions

    Args:
        location_id (int):
        account_id (int | Unset):
        balance_is (float | Unset):
        client_id (int | Unset):
        count (int | Unset):
        deleted (float | Unset):
        document_id (int | Unset):
        end_date (datetime.date | Unset):  Example: 2026-09-21.
        master_id (int | Unset):
        page (int | Unset):
        real_money (float | Unset):
        start_date (datetime.date | Unset):  Example: 2026-09-21.
        supplier_id (int | Unset):
        type_ (float | Unset):
        user_id (int | Unset):

    Returns the answer's data (list[Transaction] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            account_id=account_id,
            balance_is=balance_is,
            client_id=client_id,
            count=count,
            deleted=deleted,
            document_id=document_id,
            end_date=end_date,
            master_id=master_id,
            page=page,
            real_money=real_money,
            start_date=start_date,
            supplier_id=supplier_id,
            type_=type_,
            user_id=user_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.payments.get_transactions', method='GET', path='/transactions/{location_id}', summary='Get transactions', auth='user', query=('account_id', 'balance_is', 'client_id', 'count', 'deleted', 'document_id', 'end_date', 'master_id', 'page', 'real_money', 'start_date', 'supplier_id', 'type', 'user_id'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='account_id', python_name='account_id', location='query', required=False, type='integer'), _Parameter(name='balance_is', python_name='balance_is', location='query', required=False, type='number'), _Parameter(name='client_id', python_name='client_id', location='query', required=False, type='integer'), _Parameter(name='count', python_name='count', location='query', required=False, type='integer'), _Parameter(name='deleted', python_name='deleted', location='query', required=False, type='number'), _Parameter(name='document_id', python_name='document_id', location='query', required=False, type='integer'), _Parameter(name='end_date', python_name='end_date', location='query', required=False, type='date'), _Parameter(name='master_id', python_name='master_id', location='query', required=False, type='integer'), _Parameter(name='page', python_name='page', location='query', required=False, type='integer'), _Parameter(name='real_money', python_name='real_money', location='query', required=False, type='number'), _Parameter(name='start_date', python_name='start_date', location='query', required=False, type='date'), _Parameter(name='supplier_id', python_name='supplier_id', location='query', required=False, type='integer'), _Parameter(name='type', python_name='type_', location='query', required=False, type='number'), _Parameter(name='user_id', python_name='user_id', location='query', required=False, type='integer')), body='none', body_required=False, answer='envelope', data='array', items='object', model='Transaction', paging='page+count')  # fmt: skip
