import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.position import Position


def build_request(
    location_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/staff/positions".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[list[Any] | None | Position] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[list[Any] | None | Position] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()

            def _parse_response_200_type_0_item(response_200_type_0_item_data: Any) -> Any:
                def _parse_response_200_type_0_item(data: object) -> list[Any] | None | Position:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        response_200_type_0_item_type_0 = _types.parse_model(Position, data)

                        if response_200_type_0_item_type_0 is data:  # kept raw: this variant does not fit
                            raise TypeError()
                        return response_200_type_0_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not (isinstance(data, list) or data == {}):
                            raise TypeError()
                        response_200_type_0_item_type_1 = _types.parse_plain_list(data)

                        if response_200_type_0_item_type_1 is data:  # kept raw: this variant does not fit
                            raise TypeError()
                        return response_200_type_0_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No variant fits (or the value is a plain JSON type): keep it as it came.
                    return cast(list[Any] | None | Position, data)

                response_200_type_0_item = _parse_response_200_type_0_item(response_200_type_0_item_data)

                return response_200_type_0_item

            response_200_type_0 = _types.parse_list(data, _parse_response_200_type_0_item)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[list[Any] | None | Position] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
) -> list[list[Any] | None | Position] | None:
    """Deprecated. Get a list of location positions

    Args:
        location_id (int):

    Returns the answer's data (list[list[Any] | None | Position] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.team_members.get_position_list', method='GET', path='/company/{location_id}/staff/positions', summary='Deprecated. Get a list of location positions', auth='user', query=(), deprecated=True, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'),), body='none', body_required=False, answer='envelope', data='array', items='any', model='Position', paging='')  # fmt: skip
