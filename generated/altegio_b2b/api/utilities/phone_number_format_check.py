import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

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

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            phone=phone,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.utilities.phone_number_format_check', method='GET', path='/validation/validate_phone/{phone}', summary='Phone number format check', auth='partner', query=(), deprecated=False, status=200, parameters=(_Parameter(name='phone', python_name='phone', location='path', required=True, type='string'),), body='none', body_required=False, answer='none', data='any', items='', model='', paging='')  # fmt: skip
