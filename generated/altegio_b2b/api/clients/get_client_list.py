import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.get_client_list_body import GetClientListBody
from ...models.get_client_list_client import GetClientListClient
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    body: GetClientListBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/clients/search".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    if isinstance(body, dict):
        body = GetClientListBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> list[GetClientListClient] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[GetClientListClient] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(GetClientListClient, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[GetClientListClient] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    body: GetClientListBody | Unset | dict[str, Any] = UNSET,
) -> list[GetClientListClient] | None:
    """Get a list of clients

     Filter and sort the client base, returning meta.total_count and only the requested fields for one
    page. If fields is omitted, each row contains only id. This endpoint cannot return tags/categories,
    custom fields, birth date, loyalty card or comments; use the deprecated GET /clients/{location_id}
    for full profile pages or GET /client/{location_id}/{id} for one card.

    Args:
        location_id (int):
        body (GetClientListBody | Unset): Get a list of clients

    Returns the answer's data (list[GetClientListClient] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.clients.get_client_list', method='POST', path='/company/{location_id}/clients/search', summary='Get a list of clients', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'),), body='json', body_required=False, answer='envelope', data='array', items='object', model='GetClientListClient', paging='body:page+page_size')  # fmt: skip
