import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types


def build_request(
    location_id: int,
    transaction_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/storage_operations/goods_transactions/{location_id}/{transaction_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            transaction_id=_types.path_segment(transaction_id, "transaction_id"),
        ),
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    location_id: int,
    transaction_id: int,
) -> Any | None:
    """Deleting a transaction

    Args:
        location_id (int):
        transaction_id (int):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            transaction_id=transaction_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.inventory.delete_transaction', method='DELETE', path='/storage_operations/goods_transactions/{location_id}/{transaction_id}', summary='Deleting a transaction', auth='user', query=(), deprecated=False, status=202, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='transaction_id', python_name='transaction_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='none', data='any', items='', model='', paging='')  # fmt: skip
