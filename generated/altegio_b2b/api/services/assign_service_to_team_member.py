import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.assign_service_to_team_member_body import AssignServiceToTeamMemberBody
from ...models.service_staff import ServiceStaff
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    service_id: int,
    *,
    body: AssignServiceToTeamMemberBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/services/{service_id}/staff".format(
            location_id=_types.path_segment(location_id, "location_id"),
            service_id=_types.path_segment(service_id, "service_id"),
        ),
    }

    if isinstance(body, dict):
        body = AssignServiceToTeamMemberBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> None | ServiceStaff | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_201(data: object) -> None | ServiceStaff:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_0 = _types.parse_model(ServiceStaff, data)

            if response_201_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_201_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(None | ServiceStaff, data)

    response_201 = _parse_response_201(data)

    return response_201


async def asyncio(
    client: _types.Caller,
    location_id: int,
    service_id: int,
    *,
    body: AssignServiceToTeamMemberBody | Unset | dict[str, Any] = UNSET,
) -> None | ServiceStaff | None:
    """Linking a Team Member to a Provided Service

     Creates a team member service link with provided duration and bill of materials.

    Args:
        location_id (int):
        service_id (int):
        body (AssignServiceToTeamMemberBody | Unset):

    Returns the answer's data (None | ServiceStaff); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            service_id=service_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.services.assign_service_to_team_member', method='POST', path='/company/{location_id}/services/{service_id}/staff', summary='Linking a Team Member to a Provided Service', auth='user', query=(), deprecated=False, status=201, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='service_id', python_name='service_id', location='path', required=True, type='integer')), body='json', body_required=False, answer='envelope', data='object', items='', model='ServiceStaff', paging='')  # fmt: skip
