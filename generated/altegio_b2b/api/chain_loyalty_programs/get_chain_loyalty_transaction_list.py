import datetime
import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.get_chain_loyalty_transaction_list_transaction import GetChainLoyaltyTransactionListTransaction
from ...models.get_chain_loyalty_transaction_list_types_item import GetChainLoyaltyTransactionListTypesItem
from ...types import UNSET, Unset


def build_request(
    chain_id: int,
    *,
    company_ids: list[int] | Unset = UNSET,
    count: int | Unset = UNSET,
    created_after: datetime.date,
    created_before: datetime.date,
    page: int | Unset = UNSET,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    json_company_ids: list[int] | Unset = UNSET
    if not isinstance(company_ids, Unset):
        json_company_ids = company_ids

    params["company_ids"] = json_company_ids

    params["count"] = count

    json_created_after = _types.date_json(created_after)
    params["created_after"] = json_created_after

    json_created_before = _types.date_json(created_before)
    params["created_before"] = json_created_before

    params["page"] = page

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = _types.to_json(types)

    params["types"] = json_types

    json_visit_ids: list[int] | Unset = UNSET
    if not isinstance(visit_ids, Unset):
        json_visit_ids = visit_ids

    params["visit_ids"] = json_visit_ids

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/loyalty/transactions".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[GetChainLoyaltyTransactionListTransaction] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[GetChainLoyaltyTransactionListTransaction] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(GetChainLoyaltyTransactionListTransaction, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[GetChainLoyaltyTransactionListTransaction] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    *,
    company_ids: list[int] | Unset = UNSET,
    count: int | Unset = UNSET,
    created_after: datetime.date,
    created_before: datetime.date,
    page: int | Unset = UNSET,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
) -> list[GetChainLoyaltyTransactionListTransaction] | None:
    """Get a List of Chain Loyalty Transactions

    Args:
        chain_id (int):
        company_ids (list[int] | Unset):
        count (int | Unset):
        created_after (datetime.date):  Example: 2026-09-21.
        created_before (datetime.date):  Example: 2026-09-21.
        page (int | Unset):
        types (list[GetChainLoyaltyTransactionListTypesItem] | Unset):
        visit_ids (list[int] | Unset):

    Returns the answer's data (list[GetChainLoyaltyTransactionListTransaction] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
            company_ids=company_ids,
            count=count,
            created_after=created_after,
            created_before=created_before,
            page=page,
            types=types,
            visit_ids=visit_ids,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.chain_loyalty_programs.get_chain_loyalty_transaction_list', method='GET', path='/chain/{chain_id}/loyalty/transactions', summary='Get a List of Chain Loyalty Transactions', auth='user', query=('company_ids', 'count', 'created_after', 'created_before', 'page', 'types', 'visit_ids'), deprecated=False, status=200, parameters=(_Parameter(name='chain_id', python_name='chain_id', location='path', required=True, type='integer'), _Parameter(name='company_ids', python_name='company_ids', location='query', required=False, type='array'), _Parameter(name='count', python_name='count', location='query', required=False, type='integer'), _Parameter(name='created_after', python_name='created_after', location='query', required=True, type='date'), _Parameter(name='created_before', python_name='created_before', location='query', required=True, type='date'), _Parameter(name='page', python_name='page', location='query', required=False, type='integer'), _Parameter(name='types', python_name='types', location='query', required=False, type='array'), _Parameter(name='visit_ids', python_name='visit_ids', location='query', required=False, type='array')), body='none', body_required=False, answer='envelope', data='array', items='object', model='GetChainLoyaltyTransactionListTransaction', paging='page+count')  # fmt: skip
