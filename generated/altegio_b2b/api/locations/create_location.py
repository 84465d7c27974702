import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation

from ... import types as _types
from ...models.company import Company
from ...models.create_location_body import CreateLocationBody
from ...types import UNSET, Unset


def build_request(
    *,
    body: CreateLocationBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies",
    }

    if isinstance(body, dict):
        body = CreateLocationBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> Company | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_201(data: object) -> Company | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_0 = _types.parse_model(Company, data)

            if response_201_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_201_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(Company | None, data)

    response_201 = _parse_response_201(data)

    return response_201


async def asyncio(
    client: _types.Caller,
    *,
    body: CreateLocationBody | Unset | dict[str, Any] = UNSET,
) -> Company | None:
    """Create a location

     Create new location

    Args:
        body (CreateLocationBody | Unset): Create a location

    Returns the answer's data (Company | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.locations.create_location', method='POST', path='/companies', summary='Create a location', auth='user', query=(), deprecated=False, status=201, parameters=(), body='json', body_required=False, answer='envelope', data='object', items='', model='Company', paging='')  # fmt: skip
