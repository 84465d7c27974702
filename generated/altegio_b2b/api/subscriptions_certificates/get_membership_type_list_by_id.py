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
    ids: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["ids[]"] = ids

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/loyalty/abonement_types/fetch".format(
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
    ids: int | Unset = UNSET,
) -> list[AbonementType] | None:
    """Get a List of Membership Types by ID

     A list of **membership types** available at a location can be obtained by querying the location ID
    and membership type IDs. The list is an array of [membership types](#loyalty-membership-type). ###
    Get a list of membership types by ID + Parameters + company_id (required, number) - location ID +
    id: 1 (optional, number) - membership type ID (you can specify several additional parameters
    `&ids[]={id}`

    Args:
        location_id (int):
        ids (int | Unset):

    Returns the answer's data (list[AbonementType] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            ids=ids,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.subscriptions_certificates.get_membership_type_list_by_id', method='GET', path='/company/{location_id}/loyalty/abonement_types/fetch', summary='Get a List of Membership Types by ID', auth='user', query=('ids[]',), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='ids[]', python_name='ids', location='query', required=False, type='integer')), body='none', body_required=False, answer='envelope', data='array', items='object', model='AbonementType', paging='')  # fmt: skip
