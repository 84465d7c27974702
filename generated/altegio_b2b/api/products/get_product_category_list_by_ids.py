import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.multiple import Multiple
from ...types import UNSET, Unset


def build_request(
    location_id_path: int,
    *,
    location_id_query: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["location_id"] = location_id_query

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/goods_categories/multiple/{location_id_path}".format(
            location_id_path=_types.path_segment(location_id_path, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[Multiple] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Multiple] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(Multiple, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Multiple] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id_path: int,
    *,
    location_id_query: int | Unset = UNSET,
) -> list[Multiple] | None:
    """Get a list of product categories by ID

    Args:
        location_id_path (int):
        location_id_query (int | Unset):

    Returns the answer's data (list[Multiple] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id_path=location_id_path,
            location_id_query=location_id_query,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.products.get_product_category_list_by_ids', method='GET', path='/goods_categories/multiple/{location_id}', summary='Get a list of product categories by ID', auth='user', query=('location_id',), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id_path', location='path', required=True, type='integer'), _Parameter(name='location_id', python_name='location_id_query', location='query', required=False, type='integer')), body='none', body_required=False, answer='envelope', data='array', items='object', model='Multiple', paging='')  # fmt: skip
