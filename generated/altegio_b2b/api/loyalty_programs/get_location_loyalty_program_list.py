import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.get_location_loyalty_program_list_type import GetLocationLoyaltyProgramListType
from ...models.program import Program
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["include"] = include

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = _types.to_json(type_)

    params["type"] = json_type_

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/loyalty/programs/search".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[Program] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Program] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(Program, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Program] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
) -> list[Program] | None:
    """Get a List of Promotions Active in the Location

     The method allows you to get a list of promotions that are active for the specified location.

    Args:
        location_id (int):
        include (str | Unset):
        type_ (GetLocationLoyaltyProgramListType | Unset):

    Returns the answer's data (list[Program] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            include=include,
            type_=type_,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.loyalty_programs.get_location_loyalty_program_list', method='GET', path='/company/{location_id}/loyalty/programs/search', summary='Get a List of Promotions Active in the Location', auth='user', query=('include', 'type'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='include', python_name='include', location='query', required=False, type='string'), _Parameter(name='type', python_name='type_', location='query', required=False, type='enum')), body='none', body_required=False, answer='envelope', data='array', items='object', model='Program', paging='')  # fmt: skip
