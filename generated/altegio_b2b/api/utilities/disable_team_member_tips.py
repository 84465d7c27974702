import sys
from typing import Any, cast

from ... import types as _types
from ...models.setting import Setting


def build_request(
    location_id: int,
    master_tips_settings_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tips/{location_id}/settings/{master_tips_settings_id}/disable".format(
            location_id=_types.path_segment(location_id, "location_id"),
            master_tips_settings_id=_types.path_segment(master_tips_settings_id, "master_tips_settings_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[Setting] | None | Setting:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Setting] | None | Setting:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0_type_0 = _types.parse_model(Setting, data)

            if response_200_type_0_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()

            def _parse_response_200_type_0_type_1_item(response_200_type_0_type_1_item_data: Any) -> Any:
                response_200_type_0_type_1_item = _types.parse_model(Setting, response_200_type_0_type_1_item_data)

                return response_200_type_0_type_1_item

            response_200_type_0_type_1 = _types.parse_list(data, _parse_response_200_type_0_type_1_item)

            if response_200_type_0_type_1 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Setting] | None | Setting, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    master_tips_settings_id: int,
) -> list[Setting] | None | Setting:
    """Disable Tips for the team member

    Args:
        location_id (int):
        master_tips_settings_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Setting] | None | Setting: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            master_tips_settings_id=master_tips_settings_id,
        ),
    )
