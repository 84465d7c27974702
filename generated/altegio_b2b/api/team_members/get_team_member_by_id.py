import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.staff import Staff
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    team_member_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/staff/{location_id}/{team_member_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
        )
        if not isinstance(team_member_id, Unset)
        else "/staff/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[Staff] | None | Staff:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Staff] | None | Staff:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0_type_0 = _types.parse_model(Staff, data)

            if response_200_type_0_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0_type_1 = _types.parse_model_list(Staff, data)

            if response_200_type_0_type_1 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Staff] | None | Staff, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    team_member_id: int | Unset = UNSET,
) -> list[Staff] | None | Staff:
    """Get a specific team member

    Args:
        location_id (int):
        team_member_id (int):

    Returns the answer's data (list[Staff] | None | Staff); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            team_member_id=team_member_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.team_members.get_team_member_by_id', method='GET', path='/staff/{location_id}/{team_member_id}', summary='Get a specific team member', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='team_member_id', python_name='team_member_id', location='path', required=False, type='integer')), body='none', body_required=False, answer='envelope', data='any', items='', model='Staff', paging='')  # fmt: skip
