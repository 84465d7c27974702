import sys
from typing import Any, cast

from ... import types as _types


def build_request(
    phone: str,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/validation/validate_phone/{phone}".format(
            phone=_types.path_segment(phone, "phone"),
        ),
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    phone: str,
) -> Any | None:
    """Phone number format check

     The transferred phone number is checked for compliance with Altegio rules.

    Args:
        phone (str):

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
            phone=phone,
        ),
    )
