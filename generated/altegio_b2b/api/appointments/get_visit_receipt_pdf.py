import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

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

    Returns the answer's data (File); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            visit_id=visit_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.appointments.get_visit_receipt_pdf', method='GET', path='/attendance/receipt_print/{visit_id}', summary='Receipt PDF for the visit', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='visit_id', python_name='visit_id', location='path', required=True, type='integer'),), body='none', body_required=False, answer='binary', data='any', items='', model='', paging='')  # fmt: skip
