import datetime
import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.client import Client
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    card: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    count: int | Unset = 20,
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    id: int | list[int] | Unset = UNSET,
    page: int | Unset = 1,
    paid_max: int | Unset = UNSET,
    paid_min: int | Unset = UNSET,
    phone: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["card"] = card

    json_changed_after: str | Unset = UNSET
    if not isinstance(changed_after, Unset):
        json_changed_after = _types.datetime_json(changed_after, "iso")
    params["changed_after"] = json_changed_after

    json_changed_before: str | Unset = UNSET
    if not isinstance(changed_before, Unset):
        json_changed_before = _types.datetime_json(changed_before, "iso")
    params["changed_before"] = json_changed_before

    params["count"] = count

    params["email"] = email

    params["fullname"] = fullname

    json_id: int | list[int] | Unset
    if isinstance(id, Unset):
        json_id = UNSET
    elif isinstance(id, list):
        json_id = id

    else:
        json_id = id
    params["id"] = json_id

    params["page"] = page

    params["paid_max"] = paid_max

    params["paid_min"] = paid_min

    params["phone"] = phone

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[Client] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Client] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(Client, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Client] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    card: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    count: int | Unset = 20,
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    id: int | list[int] | Unset = UNSET,
    page: int | Unset = 1,
    paid_max: int | Unset = UNSET,
    paid_min: int | Unset = UNSET,
    phone: str | Unset = UNSET,
) -> list[Client] | None:
    """Deprecated. Get full client profiles in a location

     Returns full client cards (including categories, custom fields, lifetime spent and paid amounts) in
    ascending client ID order. The default page is 1 and the default count is 20; count is limited to
    300. The response includes meta.total_count for pagination. Requires both location edit access and
    client-base access. Phone, email and comments can be masked or omitted according to the user
    permissions. This legacy route has only the filters listed below. For richer segmentation and
    sorting, use POST /company/{location_id}/clients/search; that endpoint returns a selected field
    projection rather than full cards.

    Args:
        location_id (int):
        card (str | Unset):
        changed_after (datetime.datetime | Unset):  Example: 2026-09-21T23:00:00+00:00.
        changed_before (datetime.datetime | Unset):  Example: 2026-09-21T23:00:00+00:00.
        count (int | Unset):  Default: 20.
        email (str | Unset):
        fullname (str | Unset):
        id (int | list[int] | Unset):
        page (int | Unset):  Default: 1.
        paid_max (int | Unset):
        paid_min (int | Unset):
        phone (str | Unset):

    Returns the answer's data (list[Client] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            card=card,
            changed_after=changed_after,
            changed_before=changed_before,
            count=count,
            email=email,
            fullname=fullname,
            id=id,
            page=page,
            paid_max=paid_max,
            paid_min=paid_min,
            phone=phone,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.clients.deprecated_get_client_list', method='GET', path='/clients/{location_id}', summary='Deprecated. Get full client profiles in a location', auth='user', query=('card', 'changed_after', 'changed_before', 'count', 'email', 'fullname', 'id', 'page', 'paid_max', 'paid_min', 'phone'), deprecated=True, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='card', python_name='card', location='query', required=False, type='string'), _Parameter(name='changed_after', python_name='changed_after', location='query', required=False, type='date-time'), _Parameter(name='changed_before', python_name='changed_before', location='query', required=False, type='date-time'), _Parameter(name='count', python_name='count', location='query', required=False, type='integer'), _Parameter(name='email', python_name='email', location='query', required=False, type='string'), _Parameter(name='fullname', python_name='fullname', location='query', required=False, type='string'), _Parameter(name='id', python_name='id', location='query', required=False, type='any'), _Parameter(name='page', python_name='page', location='query', required=False, type='integer'), _Parameter(name='paid_max', python_name='paid_max', location='query', required=False, type='integer'), _Parameter(name='paid_min', python_name='paid_min', location='query', required=False, type='integer'), _Parameter(name='phone', python_name='phone', location='query', required=False, type='string')), body='none', body_required=False, answer='envelope', data='array', items='object', model='Client', paging='page+count')  # fmt: skip
