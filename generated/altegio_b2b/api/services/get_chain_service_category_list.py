import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.get_chain_service_category_list_include import GetChainServiceCategoryListInclude
from ...models.service_category import ServiceCategory
from ...types import UNSET, Unset


def build_request(
    chain_id: int,
    *,
    include: GetChainServiceCategoryListInclude | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = _types.to_json(include)

    params["include"] = json_include

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/service_categories".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[ServiceCategory] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model_list(ServiceCategory, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    *,
    include: GetChainServiceCategoryListInclude | Unset = UNSET,
) -> list[ServiceCategory] | None:
    """Get a list of chain service categories

    Args:
        chain_id (int):
        include (GetChainServiceCategoryListInclude | Unset):

    Returns the answer's data (list[ServiceCategory]); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
            include=include,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.services.get_chain_service_category_list', method='GET', path='/chain/{chain_id}/service_categories', summary='Get a list of chain service categories', auth='partner', query=('include',), deprecated=False, status=200, parameters=(_Parameter(name='chain_id', python_name='chain_id', location='path', required=True, type='integer'), _Parameter(name='include', python_name='include', location='query', required=False, type='enum')), body='none', body_required=False, answer='bare', data='array', items='object', model='ServiceCategory', paging='')  # fmt: skip
