import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.service_category import ServiceCategory
from ...models.update_service_category_body import UpdateServiceCategoryBody
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    id: int,
    *,
    body: UpdateServiceCategoryBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/service_category/{location_id}/{id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            id=_types.path_segment(id, "id"),
        ),
    }

    if isinstance(body, dict):
        body = UpdateServiceCategoryBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> list[ServiceCategory] | None | ServiceCategory:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[ServiceCategory] | None | ServiceCategory:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0_type_0 = _types.parse_model(ServiceCategory, data)

            if response_200_type_0_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0_type_1 = _types.parse_model_list(ServiceCategory, data)

            if response_200_type_0_type_1 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[ServiceCategory] | None | ServiceCategory, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    id: int,
    *,
    body: UpdateServiceCategoryBody | Unset | dict[str, Any] = UNSET,
) -> list[ServiceCategory] | None | ServiceCategory:
    """Change service category

    Args:
        location_id (int):
        id (int):
        body (UpdateServiceCategoryBody | Unset): Create service category

    Returns the answer's data (list[ServiceCategory] | None | ServiceCategory); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            id=id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.services.update_service_category', method='PUT', path='/service_category/{location_id}/{id}', summary='Change service category', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='id', python_name='id', location='path', required=True, type='integer')), body='json', body_required=False, answer='envelope', data='any', items='', model='ServiceCategory', paging='')  # fmt: skip
