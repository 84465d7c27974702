import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.sale import Sale


def build_request(
    location_id: int,
    document_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/sale/{document_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            document_id=_types.path_segment(document_id, "document_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> None | Sale | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> None | Sale:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(Sale, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(None | Sale, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    document_id: int,
) -> None | Sale | None:
    """Receipt of a Sales Transaction

     Reads one sale document at the specified Location. For a membership with a nonzero
    `goods_transaction_id`, first retrieve that goods transaction to get its `document_id`. The caller
    needs Location access and, for a sale document, Inventory access. The sale state contains items and
    payment transactions; it is not a single membership purchase amount. Match document and item IDs
    before attributing any payment to a membership.

    Args:
        location_id (int):
        document_id (int):

    Returns the answer's data (None | Sale); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            document_id=document_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.sales.get_sale_transaction', method='GET', path='/company/{location_id}/sale/{document_id}', summary='Receipt of a Sales Transaction', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='document_id', python_name='document_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='envelope', data='object', items='', model='Sale', paging='')  # fmt: skip
