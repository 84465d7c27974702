import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_day_end_report_data_response import GetDayEndReportDataResponse
from ...models.z_report import ZReport
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    master_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

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


def parse_success(data: Any) -> GetDayEndReportDataResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetDayEndReportDataResponse, data)

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

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None | ZReport: the answer's data.
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
