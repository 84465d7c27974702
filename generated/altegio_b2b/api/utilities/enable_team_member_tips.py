import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.setting import Setting


def build_request(
    location_id: int,
    master_tips_settings_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tips/{location_id}/settings/{master_tips_settings_id}/enable".format(
            location_id=_types.path_segment(location_id, "location_id"),
            master_tips_settings_id=_types.path_segment(master_tips_settings_id, "master_tips_settings_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[Setting] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Setting] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(Setting, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Setting] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    master_tips_settings_id: int,
) -> list[Setting] | None:
    """Enable Tips for the team member

    Args:
        location_id (int):
        master_tips_settings_id (int):

    Returns the answer's data (list[Setting] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            master_tips_settings_id=master_tips_settings_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.utilities.enable_team_member_tips', method='GET', path='/tips/{location_id}/settings/{master_tips_settings_id}/enable', summary='Enable Tips for the team member', auth='partner', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='master_tips_settings_id', python_name='master_tips_settings_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='envelope', data='array', items='object', model='Setting', paging='')  # fmt: skip
