import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.create_user_invitation_body import CreateUserInvitationBody
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    body: CreateUserInvitationBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/invite/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    if isinstance(body, dict):
        body = CreateUserInvitationBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> None | str | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_202: None | str = data

    return response_202


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    body: CreateUserInvitationBody | Unset | dict[str, Any] = UNSET,
) -> None | str | None:
    """Create and Send an Invitation

     An invitation to manage a location is sent via email or phone as a link. By following the link and
    completing registration, the user gains access to manage the location according to the permissions
    assigned. Permission assignment is performed in a separate request after the invitation is sent.

    Args:
        location_id (int):
        body (CreateUserInvitationBody | Unset):

    Returns the answer's data (None | str); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.users_permissions.create_user_invitation', method='POST', path='/user/invite/{location_id}', summary='Create and Send an Invitation', auth='user', query=(), deprecated=False, status=202, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'),), body='json', body_required=False, answer='envelope', data='string', items='', model='', paging='')  # fmt: skip
