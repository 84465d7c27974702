import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.category_node import CategoryNode
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    category_id: int,
    *,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["count"] = count

    params["page"] = page

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/goods/category_node/{location_id}/{category_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            category_id=_types.path_segment(category_id, "category_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> CategoryNode | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> CategoryNode | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(CategoryNode, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(CategoryNode | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    category_id: int,
    *,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> CategoryNode | None:
    """Example of a request to get the composition of a category

    Args:
        location_id (int):
        category_id (int):
        count (int | Unset):
        page (int | Unset):

    Returns the answer's data (CategoryNode | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            category_id=category_id,
            count=count,
            page=page,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.products.get_product_category_composition', method='GET', path='/goods/category_node/{location_id}/{category_id}', summary='Example of a request to get the composition of a category', auth='user', query=('count', 'page'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='category_id', python_name='category_id', location='path', required=True, type='integer'), _Parameter(name='count', python_name='count', location='query', required=False, type='integer'), _Parameter(name='page', python_name='page', location='query', required=False, type='integer')), body='none', body_required=False, answer='envelope', data='object', items='', model='CategoryNode', paging='page+count')  # fmt: skip
