import sys
from typing import Any, cast

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

            def _parse_response_200_type_0_item(response_200_type_0_item_data: Any) -> Any:
                response_200_type_0_item = _types.parse_model(Comment, response_200_type_0_item_data)

                return response_200_type_0_item

            response_200_type_0 = _types.parse_list(data, _parse_response_200_type_0_item)

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

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Comment] | None: the answer's data.
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
