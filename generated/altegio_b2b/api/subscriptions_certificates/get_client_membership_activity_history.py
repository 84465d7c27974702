import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.history import History
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["include"] = include

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/history".format(
            location_id=_types.path_segment(location_id, "location_id"),
            client_id=_types.path_segment(client_id, "client_id"),
            membership_id=_types.path_segment(membership_id, "membership_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[History] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[History] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(History, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[History] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    include: str | Unset = UNSET,
) -> list[History] | None:
    """Get a client's membership activity history

     Returns state changes and usage events for one membership belonging to the specified client at this
    Location. The client must belong to the Location, and the membership must be found among that
    client's memberships by phone; either mismatch returns 404. The caller needs Location access,
    Loyalty access, and permission to view membership history. This activity history is not a purchase
    history and does not provide a sale price or paid amount.

    Args:
        location_id (int):
        client_id (int):
        membership_id (int):
        include (str | Unset):

    Returns the answer's data (list[History] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            client_id=client_id,
            membership_id=membership_id,
            include=include,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.subscriptions_certificates.get_client_membership_activity_history', method='GET', path='/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/history', summary="Get a client's membership activity history", auth='user', query=('include',), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='client_id', python_name='client_id', location='path', required=True, type='integer'), _Parameter(name='membership_id', python_name='membership_id', location='path', required=True, type='integer'), _Parameter(name='include', python_name='include', location='query', required=False, type='string')), body='none', body_required=False, answer='envelope', data='array', items='object', model='History', paging='')  # fmt: skip
