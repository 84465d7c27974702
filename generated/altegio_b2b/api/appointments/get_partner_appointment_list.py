import sys
from typing import Any, cast

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

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Any: the answer's data.
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
