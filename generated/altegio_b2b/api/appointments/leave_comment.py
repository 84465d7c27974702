import sys
from typing import Any, cast

from ... import types as _types
from ...models.comment import Comment
from ...models.leave_comment_body import LeaveCommentBody
from ...models.leave_comment_response import LeaveCommentResponse


def build_request(
    location_id: int,
    team_member_id: int,
    *,
    body: LeaveCommentBody | dict[str, Any],
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
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


def parse_success(data: Any) -> LeaveCommentResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_201 = _types.parse_model(LeaveCommentResponse, data)

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

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Comment | list[Comment] | None: the answer's data.
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
