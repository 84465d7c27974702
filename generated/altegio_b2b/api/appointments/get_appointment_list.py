import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.record import Record
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    c_end_date: str | Unset = UNSET,
    c_start_date: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    client_id: int | Unset = UNSET,
    count: int | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    with_deleted: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["c_end_date"] = c_end_date

    params["c_start_date"] = c_start_date

    params["changed_after"] = changed_after

    params["changed_before"] = changed_before

    params["client_id"] = client_id

    params["count"] = count

    params["created_user_id"] = created_user_id

    params["end_date"] = end_date

    params["include_consumables"] = include_consumables

    params["include_finance_transactions"] = include_finance_transactions

    params["page"] = page

    params["start_date"] = start_date

    params["team_member_id"] = team_member_id

    params["with_deleted"] = with_deleted

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/records/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[Record] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Record] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(Record, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Record] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    c_end_date: str | Unset = UNSET,
    c_start_date: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    client_id: int | Unset = UNSET,
    count: int | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    with_deleted: bool | Unset = UNSET,
) -> list[Record] | None:
    """Get list of appointments

    Args:
        location_id (int):
        c_end_date (str | Unset):
        c_start_date (str | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):
        client_id (int | Unset):
        count (int | Unset):
        created_user_id (int | Unset):
        end_date (str | Unset):
        include_consumables (float | Unset):
        include_finance_transactions (float | Unset):
        page (int | Unset):
        start_date (str | Unset):
        team_member_id (int | Unset):
        with_deleted (bool | Unset):

    Returns the answer's data (list[Record] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            c_end_date=c_end_date,
            c_start_date=c_start_date,
            changed_after=changed_after,
            changed_before=changed_before,
            client_id=client_id,
            count=count,
            created_user_id=created_user_id,
            end_date=end_date,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
            page=page,
            start_date=start_date,
            team_member_id=team_member_id,
            with_deleted=with_deleted,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.appointments.get_appointment_list', method='GET', path='/records/{location_id}', summary='Get list of appointments', auth='user', query=('c_end_date', 'c_start_date', 'changed_after', 'changed_before', 'client_id', 'count', 'created_user_id', 'end_date', 'include_consumables', 'include_finance_transactions', 'page', 'start_date', 'team_member_id', 'with_deleted'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='c_end_date', python_name='c_end_date', location='query', required=False, type='string'), _Parameter(name='c_start_date', python_name='c_start_date', location='query', required=False, type='string'), _Parameter(name='changed_after', python_name='changed_after', location='query', required=False, type='string'), _Parameter(name='changed_before', python_name='changed_before', location='query', required=False, type='string'), _Parameter(name='client_id', python_name='client_id', location='query', required=False, type='integer'), _Parameter(name='count', python_name='count', location='query', required=False, type='integer'), _Parameter(name='created_user_id', python_name='created_user_id', location='query', required=False, type='integer'), _Parameter(name='end_date', python_name='end_date', location='query', required=False, type='string'), _Parameter(name='include_consumables', python_name='include_consumables', location='query', required=False, type='number'), _Parameter(name='include_finance_transactions', python_name='include_finance_transactions', location='query', required=False, type='number'), _Parameter(name='page', python_name='page', location='query', required=False, type='integer'), _Parameter(name='start_date', python_name='start_date', location='query', required=False, type='string'), _Parameter(name='team_member_id', python_name='team_member_id', location='query', required=False, type='integer'), _Parameter(name='with_deleted', python_name='with_deleted', location='query', required=False, type='boolean')), body='none', body_required=False, answer='envelope', data='array', items='object', model='Record', paging='page+count')  # fmt: skip
