import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.get_tag_list_by_entity_entity import GetTagListByEntityEntity
from ...models.label import Label


def build_request(
    location_id: int,
    entity: GetTagListByEntityEntity,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/labels/{location_id}/{entity}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            entity=_types.path_segment(entity, "entity"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[Label] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Label] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(Label, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Label] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    entity: GetTagListByEntityEntity,
) -> list[Label] | None:
    """Get location tags (Deprecated)

    Args:
        location_id (int):
        entity (GetTagListByEntityEntity):

    Returns the answer's data (list[Label] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            entity=entity,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.tags.get_tag_list_by_entity', method='GET', path='/labels/{location_id}/{entity}', summary='Get location tags (Deprecated)', auth='user', query=(), deprecated=True, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='entity', python_name='entity', location='path', required=True, type='enum')), body='none', body_required=False, answer='envelope', data='array', items='object', model='Label', paging='')  # fmt: skip
