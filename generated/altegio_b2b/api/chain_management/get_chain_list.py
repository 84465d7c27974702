import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation

from ... import types as _types
from ...models.group import Group


def build_request() -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups",
    }

    return _kwargs


def parse_success(data: Any) -> list[Group] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Group] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(Group, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Group] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
) -> list[Group] | None:
    """Obtaining chains available to the user

     The location chain object has the following fields:

    Returns the answer's data (list[Group] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.chain_management.get_chain_list', method='GET', path='/groups', summary='Obtaining chains available to the user', auth='partner', query=(), deprecated=False, status=200, parameters=(), body='none', body_required=False, answer='envelope', data='array', items='object', model='Group', paging='')  # fmt: skip
