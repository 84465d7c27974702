import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.comment import Comment
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    count: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    page: int | Unset = UNSET,
    rating: float | Unset = UNSET,
    start_date: str | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["count"] = count

    params["end_date"] = end_date

    params["page"] = page

    params["rating"] = rating

    params["start_date"] = start_date

    params["team_member_id"] = team_member_id

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/comments/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[Comment] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Comment] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(Comment, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Comment] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    count: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    page: int | Unset = UNSET,
    rating: float | Unset = UNSET,
    start_date: str | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
) -> list[Comment] | None:
    """Get comments

     The comment object has the following fields: | Field | Type | Description | | ------------- |
    ------------- | ------------- | | id | number | Comment ID | | salon_id | number | location ID | |
    type | number | 1 - comment to the team member, 0 - to the location | | master_id | number | Team
    Member ID if type = 1 | | text | string | Comment text | | date | string | Date when the comment was
    left | | rating | number | Rating (from 1 to 5) | | user_id | number | Id of the user who left the
    comment | | username | string | Name of the user who left the comment | | user_avatar | string |
    Avatar of the user who left the comment | | record_id | number | ID of the post after which the
    review was left (the value will be non-zero if the review was left through a link asking for a
    review after the visit) |

    Args:
        location_id (int):
        count (int | Unset):
        end_date (str | Unset):
        page (int | Unset):
        rating (float | Unset):
        start_date (str | Unset):
        team_member_id (int | Unset):

    Returns the answer's data (list[Comment] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            count=count,
            end_date=end_date,
            page=page,
            rating=rating,
            start_date=start_date,
            team_member_id=team_member_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.appointments.get_comments', method='GET', path='/comments/{location_id}', summary='Get comments', auth='user', query=('count', 'end_date', 'page', 'rating', 'start_date', 'team_member_id'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='count', python_name='count', location='query', required=False, type='integer'), _Parameter(name='end_date', python_name='end_date', location='query', required=False, type='string'), _Parameter(name='page', python_name='page', location='query', required=False, type='integer'), _Parameter(name='rating', python_name='rating', location='query', required=False, type='number'), _Parameter(name='start_date', python_name='start_date', location='query', required=False, type='string'), _Parameter(name='team_member_id', python_name='team_member_id', location='query', required=False, type='integer')), body='none', body_required=False, answer='envelope', data='array', items='object', model='Comment', paging='page+count')  # fmt: skip
