import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.finance_transaction import FinanceTransaction
from ...models.update_financial_transaction_body import UpdateFinancialTransactionBody
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    transaction_id: int,
    *,
    body: UpdateFinancialTransactionBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/finance_transactions/{location_id}/{transaction_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            transaction_id=_types.path_segment(transaction_id, "transaction_id"),
        ),
    }

    if isinstance(body, dict):
        body = UpdateFinancialTransactionBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> FinanceTransaction | list[FinanceTransaction] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> FinanceTransaction | list[FinanceTransaction] | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0_type_0 = _types.parse_model(FinanceTransaction, data)

            if response_200_type_0_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0_type_1 = _types.parse_model_list(FinanceTransaction, data)

            if response_200_type_0_type_1 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(FinanceTransaction | list[FinanceTransaction] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    transaction_id: int,
    *,
    body: UpdateFinancialTransactionBody | Unset | dict[str, Any] = UNSET,
) -> FinanceTransaction | list[FinanceTransaction] | None:
    """Financial Transaction Update

    Args:
        location_id (int):
        transaction_id (int):
        body (UpdateFinancialTransactionBody | Unset): Create a Financial Transaction

    Returns the answer's data (FinanceTransaction | list[FinanceTransaction] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            transaction_id=transaction_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.payments.update_financial_transaction', method='PUT', path='/finance_transactions/{location_id}/{transaction_id}', summary='Financial Transaction Update', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='transaction_id', python_name='transaction_id', location='path', required=True, type='integer')), body='json', body_required=False, answer='envelope', data='any', items='', model='FinanceTransaction', paging='')  # fmt: skip
