import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.certificate_type import CertificateType
from ...types import UNSET, Unset


def build_request(
    chain_id: int,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    title: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["title"] = title

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/loyalty/certificate_types".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[CertificateType] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[CertificateType] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(CertificateType, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[CertificateType] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    title: str | Unset = UNSET,
) -> list[CertificateType] | None:
    """List certificate types

     Retrieves a list of certificate types at the chain level.

    Args:
        chain_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        title (str | Unset):

    Returns the answer's data (list[CertificateType] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
            page=page,
            page_size=page_size,
            title=title,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.chain_loyalty_programs.chain_loyalty_certificate_types_list', method='GET', path='/chain/{chain_id}/loyalty/certificate_types', summary='List certificate types', auth='user', query=('page', 'page_size', 'title'), deprecated=False, status=200, parameters=(_Parameter(name='chain_id', python_name='chain_id', location='path', required=True, type='integer'), _Parameter(name='page', python_name='page', location='query', required=False, type='integer'), _Parameter(name='page_size', python_name='page_size', location='query', required=False, type='integer'), _Parameter(name='title', python_name='title', location='query', required=False, type='string')), body='none', body_required=False, answer='envelope', data='array', items='object', model='CertificateType', paging='page+page_size')  # fmt: skip
