import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.good import Good
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    product_id: int,
    *,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
    term: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["category_id"] = category_id

    params["changed_after"] = changed_after

    params["changed_before"] = changed_before

    params["count"] = count

    params["page"] = page

    params["term"] = term

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/goods/{location_id}/{product_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            product_id=_types.path_segment(product_id, "product_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> Good | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> Good | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(Good, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(Good | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    product_id: int,
    *,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
    term: str | Unset = UNSET,
) -> Good | None:
    """Get Products

     + term: Name, article or barcode

    Args:
        location_id (int):
        product_id (int):
        category_id (int | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):
        count (int | Unset):
        page (int | Unset):
        term (str | Unset):

    Returns the answer's data (Good | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            product_id=product_id,
            category_id=category_id,
            changed_after=changed_after,
            changed_before=changed_before,
            count=count,
            page=page,
            term=term,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.products.get_product', method='GET', path='/goods/{location_id}/{product_id}', summary='Get Products', auth='user', query=('category_id', 'changed_after', 'changed_before', 'count', 'page', 'term'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='product_id', python_name='product_id', location='path', required=True, type='integer'), _Parameter(name='category_id', python_name='category_id', location='query', required=False, type='integer'), _Parameter(name='changed_after', python_name='changed_after', location='query', required=False, type='string'), _Parameter(name='changed_before', python_name='changed_before', location='query', required=False, type='string'), _Parameter(name='count', python_name='count', location='query', required=False, type='integer'), _Parameter(name='page', python_name='page', location='query', required=False, type='integer'), _Parameter(name='term', python_name='term', location='query', required=False, type='string')), body='none', body_required=False, answer='envelope', data='object', items='', model='Good', paging='page+count')  # fmt: skip
