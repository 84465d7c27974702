import sys
from typing import Any, cast

from ... import types as _types
from ...types import File


def build_request(
    visit_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/attendance/receipt_print/{visit_id}".format(
            visit_id=_types.path_segment(visit_id, "visit_id"),
        ),
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    visit_id: int,
) -> File | None:
    """Receipt PDF for the visit

    Args:
        visit_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        File: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            visit_id=visit_id,
        ),
    )
