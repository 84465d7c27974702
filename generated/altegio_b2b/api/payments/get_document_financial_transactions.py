import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.finance_transaction import FinanceTransaction


def build_request(
    document_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/storage_operations/documents/finance_transactions/{document_id}".format(
            document_id=_types.path_segment(document_id, "document_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[FinanceTransaction] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[FinanceTransaction] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(FinanceTransaction, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[FinanceTransaction] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    document_id: int,
) -> list[FinanceTransaction] | None:
    """Get document financial transactions

    Args:
        document_id (int):

    Returns the answer's data (list[FinanceTransaction] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            document_id=document_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.payments.get_document_financial_transactions', method='GET', path='/storage_operations/documents/finance_transactions/{document_id}', summary='Get document financial transactions', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='document_id', python_name='document_id', location='path', required=True, type='integer'),), body='none', body_required=False, answer='envelope', data='array', items='object', model='FinanceTransaction', paging='')  # fmt: skip
