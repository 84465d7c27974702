import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.visit import Visit


def build_request(
    visit_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/visits/{visit_id}".format(
            visit_id=_types.path_segment(visit_id, "visit_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> None | Visit | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> None | Visit:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(Visit, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(None | Visit, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    visit_id: int,
) -> None | Visit | None:
    """Get a visit

    Args:
        visit_id (int):

    Returns the answer's data (None | Visit); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            visit_id=visit_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.appointments.get_visit', method='GET', path='/visits/{visit_id}', summary='Get a visit', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='visit_id', python_name='visit_id', location='path', required=True, type='integer'),), body='none', body_required=False, answer='envelope', data='object', items='', model='Visit', paging='')  # fmt: skip
