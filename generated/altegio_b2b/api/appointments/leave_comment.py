import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.comment import Comment
from ...models.leave_comment_body import LeaveCommentBody


def build_request(
    location_id: int,
    team_member_id: int,
    *,
    body: LeaveCommentBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/comments/{location_id}/{team_member_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
        ),
    }

    if isinstance(body, dict):
        body = LeaveCommentBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> Comment | list[Comment] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_201(data: object) -> Comment | list[Comment] | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_0_type_0 = _types.parse_model(Comment, data)

            if response_201_type_0_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_201_type_0_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_201_type_0_type_1 = _types.parse_model_list(Comment, data)

            if response_201_type_0_type_1 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_201_type_0_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(Comment | list[Comment] | None, data)

    response_201 = _parse_response_201(data)

    return response_201


async def asyncio(
    client: _types.Caller,
    location_id: int,
    team_member_id: int,
    *,
    body: LeaveCommentBody | dict[str, Any],
) -> Comment | list[Comment] | None:
    """Leave a Comment

    Args:
        location_id (int):
        team_member_id (int):
        body (LeaveCommentBody): Leave a Comment

    Returns the answer's data (Comment | list[Comment] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            team_member_id=team_member_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.appointments.leave_comment', method='POST', path='/comments/{location_id}/{team_member_id}', summary='Leave a Comment', auth='user', query=(), deprecated=False, status=201, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='team_member_id', python_name='team_member_id', location='path', required=True, type='integer')), body='json', body_required=True, answer='envelope', data='any', items='', model='Comment', paging='')  # fmt: skip
