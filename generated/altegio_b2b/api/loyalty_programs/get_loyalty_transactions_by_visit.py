import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.get_chain_loyalty_transaction_list_transaction import GetChainLoyaltyTransactionListTransaction


def build_request(
    visit_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/visit/loyalty/transactions/{visit_id}".format(
            visit_id=_types.path_segment(visit_id, "visit_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[GetChainLoyaltyTransactionListTransaction] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model_list(GetChainLoyaltyTransactionListTransaction, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    visit_id: int,
) -> list[GetChainLoyaltyTransactionListTransaction] | None:
    """Get loyalty transactions by visit

     List of transactions for loyalty promotions for this visit

    Args:
        visit_id (int):

    Returns the answer's data (list[GetChainLoyaltyTransactionListTransaction]); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            visit_id=visit_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.loyalty_programs.get_loyalty_transactions_by_visit', method='GET', path='/visit/loyalty/transactions/{visit_id}', summary='Get loyalty transactions by visit', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='visit_id', python_name='visit_id', location='path', required=True, type='integer'),), body='none', body_required=False, answer='bare', data='array', items='object', model='GetChainLoyaltyTransactionListTransaction', paging='')  # fmt: skip
