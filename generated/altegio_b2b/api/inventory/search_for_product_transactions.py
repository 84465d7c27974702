import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.storage_transaction import StorageTransaction
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: int | Unset = UNSET,
    document_id: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["changed_after"] = changed_after

    params["changed_before"] = changed_before

    params["count"] = count

    params["document_id"] = document_id

    params["end_date"] = end_date

    params["page"] = page

    params["start_date"] = start_date

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/storages/transactions/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[StorageTransaction] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[StorageTransaction] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(StorageTransaction, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[StorageTransaction] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: int | Unset = UNSET,
    document_id: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> list[StorageTransaction] | None:
    """Search for product transactions

    Args:
        location_id (int):
        changed_after (str | Unset):
        changed_before (str | Unset):
        count (int | Unset):
        document_id (str | Unset):
        end_date (str | Unset):
        page (int | Unset):
        start_date (str | Unset):

    Returns the answer's data (list[StorageTransaction] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            changed_after=changed_after,
            changed_before=changed_before,
            count=count,
            document_id=document_id,
            end_date=end_date,
            page=page,
            start_date=start_date,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.inventory.search_for_product_transactions', method='GET', path='/storages/transactions/{location_id}', summary='Search for product transactions', auth='user', query=('changed_after', 'changed_before', 'count', 'document_id', 'end_date', 'page', 'start_date'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='changed_after', python_name='changed_after', location='query', required=False, type='string'), _Parameter(name='changed_before', python_name='changed_before', location='query', required=False, type='string'), _Parameter(name='count', python_name='count', location='query', required=False, type='integer'), _Parameter(name='document_id', python_name='document_id', location='query', required=False, type='string'), _Parameter(name='end_date', python_name='end_date', location='query', required=False, type='string'), _Parameter(name='page', python_name='page', location='query', required=False, type='integer'), _Parameter(name='start_date', python_name='start_date', location='query', required=False, type='string')), body='none', body_required=False, answer='envelope', data='array', items='object', model='StorageTransaction', paging='page+count')  # fmt: skip
