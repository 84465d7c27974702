import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.label import Label
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    color: str,
    entity: float | Unset = UNSET,
    icon: str | Unset = UNSET,
    title: str,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["color"] = color

    params["entity"] = entity

    params["icon"] = icon

    params["title"] = title

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/labels/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> Label | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> Label | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(Label, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(Label | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    color: str,
    entity: float | Unset = UNSET,
    icon: str | Unset = UNSET,
    title: str,
) -> Label | None:
    """Create a Tag (Deprecated)

    Args:
        location_id (int):
        color (str):
        entity (float | Unset):
        icon (str | Unset):
        title (str):

    Returns the answer's data (Label | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            color=color,
            entity=entity,
            icon=icon,
            title=title,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.tags.create_tag', method='POST', path='/labels/{location_id}', summary='Create a Tag (Deprecated)', auth='user', query=('color', 'entity', 'icon', 'title'), deprecated=True, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='color', python_name='color', location='query', required=True, type='string'), _Parameter(name='entity', python_name='entity', location='query', required=False, type='number'), _Parameter(name='icon', python_name='icon', location='query', required=False, type='string'), _Parameter(name='title', python_name='title', location='query', required=True, type='string')), body='none', body_required=False, answer='envelope', data='object', items='', model='Label', paging='')  # fmt: skip
