import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.abonement_type import AbonementType
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    title: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["title"] = title

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/loyalty/abonement_types/search".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[AbonementType] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[AbonementType] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(AbonementType, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[AbonementType] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    title: str | Unset = UNSET,
) -> list[AbonementType] | None:
    """Get a List of Available Membership Types

     A list of **membership types** available at a location can be obtained by requesting the location
    ID. The list can be filtered by membership type name by passing the title parameter. Pagination is
    supported, specified by the `page` and `page_size` parameters.

    Args:
        location_id (int):
        page (int | Unset):
        page_size (int | Unset):
        title (str | Unset):

    Returns the answer's data (list[AbonementType] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            page=page,
            page_size=page_size,
            title=title,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.subscriptions_certificates.get_membership_type_list', method='GET', path='/company/{location_id}/loyalty/abonement_types/search', summary='Get a List of Available Membership Types', auth='user', query=('page', 'page_size', 'title'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='page', python_name='page', location='query', required=False, type='integer'), _Parameter(name='page_size', python_name='page_size', location='query', required=False, type='integer'), _Parameter(name='title', python_name='title', location='query', required=False, type='string')), body='none', body_required=False, answer='envelope', data='array', items='object', model='AbonementType', paging='page+page_size')  # fmt: skip
