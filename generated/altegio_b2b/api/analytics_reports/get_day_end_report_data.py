import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.z_report import ZReport
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    master_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["master_id"] = master_id

    params["start_date"] = start_date

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/z_report/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> None | ZReport | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> None | ZReport:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(ZReport, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(None | ZReport, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    master_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> None | ZReport | None:
    """Get day-end report data

     + start_date: Report date

    Args:
        location_id (int):
        master_id (int | Unset):
        start_date (str | Unset):

    Returns the answer's data (None | ZReport); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            master_id=master_id,
            start_date=start_date,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.analytics_reports.get_day_end_report_data', method='GET', path='/reports/z_report/{location_id}', summary='Get day-end report data', auth='user', query=('master_id', 'start_date'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='master_id', python_name='master_id', location='query', required=False, type='integer'), _Parameter(name='start_date', python_name='start_date', location='query', required=False, type='string')), body='none', body_required=False, answer='envelope', data='object', items='', model='ZReport', paging='')  # fmt: skip
