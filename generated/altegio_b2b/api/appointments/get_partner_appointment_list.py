import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...types import UNSET, Unset


def build_request(
    *,
    created_end_date: str | Unset = UNSET,
    created_start_date: str | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    page: int | Unset = UNSET,
    salon_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["created_end_date"] = created_end_date

    params["created_start_date"] = created_start_date

    params["editable_length"] = editable_length

    params["end_date"] = end_date

    params["page"] = page

    params["salon_id"] = salon_id

    params["start_date"] = start_date

    params["user_id"] = user_id

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/records/partner",
        "params": params,
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    *,
    created_end_date: str | Unset = UNSET,
    created_start_date: str | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    page: int | Unset = UNSET,
    salon_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Any | None:
    """Get a List of Partner Appointments

    Args:
        created_end_date (str | Unset):
        created_start_date (str | Unset):
        editable_length (int | Unset):
        end_date (str | Unset):
        page (int | Unset):
        salon_id (int | Unset):
        start_date (str | Unset):
        user_id (int | Unset):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            created_end_date=created_end_date,
            created_start_date=created_start_date,
            editable_length=editable_length,
            end_date=end_date,
            page=page,
            salon_id=salon_id,
            start_date=start_date,
            user_id=user_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.appointments.get_partner_appointment_list', method='GET', path='/records/partner', summary='Get a List of Partner Appointments', auth='user', query=('created_end_date', 'created_start_date', 'editable_length', 'end_date', 'page', 'salon_id', 'start_date', 'user_id'), deprecated=False, status=200, parameters=(_Parameter(name='created_end_date', python_name='created_end_date', location='query', required=False, type='string'), _Parameter(name='created_start_date', python_name='created_start_date', location='query', required=False, type='string'), _Parameter(name='editable_length', python_name='editable_length', location='query', required=False, type='integer'), _Parameter(name='end_date', python_name='end_date', location='query', required=False, type='string'), _Parameter(name='page', python_name='page', location='query', required=False, type='integer'), _Parameter(name='salon_id', python_name='salon_id', location='query', required=False, type='integer'), _Parameter(name='start_date', python_name='start_date', location='query', required=False, type='string'), _Parameter(name='user_id', python_name='user_id', location='query', required=False, type='integer')), body='none', body_required=False, answer='none', data='any', items='', model='', paging='page+editable_length')  # fmt: skip
