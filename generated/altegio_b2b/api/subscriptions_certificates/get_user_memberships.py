import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.abonement import Abonement


def build_request(
    *,
    company_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["company_id"] = company_id

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/loyalty/abonements",
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[Abonement] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Abonement] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(Abonement, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Abonement] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    *,
    company_id: int,
) -> list[Abonement] | None:
    """Get User Memberships

     Returns a list of memberships of an authorized user

    Args:
        company_id (int):

    Returns the answer's data (list[Abonement] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            company_id=company_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.subscriptions_certificates.get_user_memberships', method='GET', path='/user/loyalty/abonements', summary='Get User Memberships', auth='partner', query=('company_id',), deprecated=False, status=200, parameters=(_Parameter(name='company_id', python_name='company_id', location='query', required=True, type='integer'),), body='none', body_required=False, answer='envelope', data='array', items='object', model='Abonement', paging='')  # fmt: skip
