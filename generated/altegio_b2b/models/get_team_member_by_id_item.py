from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_by_id_item_image_group_type_0 import GetTeamMemberByIdItemImageGroupType0
    from ..models.get_team_member_by_id_item_position_type_0 import GetTeamMemberByIdItemPositionType0


T = TypeVar("T", bound="GetTeamMemberByIdItem")


@_attrs_define
class GetTeamMemberByIdItem:
    """
    Attributes:
        api_id (str | Unset): team member External ID
        avatar (str | Unset): Path to team member avatar file
        avatar_big (str | Unset): The path to the team member's avatar file in a higher resolution
        comments_count (float | Unset): Number of comments to the team member
        fired (str | Unset): the team member's dismissal status, 1 - dismissed, 0 - not dismissed
        hidden (str | Unset): team member display status in online appointment booking, 1 - hidden, 0 - not hidden
        id (int | Unset): team member ID
        image_group (GetTeamMemberByIdItemImageGroupType0 | Unset): Group of images of a team member
        information (str | Unset): Additional information about the team member (HTML format)
        name (str | Unset): team member name
        position (GetTeamMemberByIdItemPositionType0 | list[Any] | Unset): team member's position (empty array if not
            set)
        rating (float | Unset): team member Rating
        show_rating (float | Unset): Whether to show the team member's rating (1 - show, 0 - do not show)
        specialization (str | Unset): team member socialization
        status (str | Unset): team member deletion status, 1 - deleted, 0 - not deleted
        user_id (int | None | Unset): team member's linked user ID
        votes_count (float | Unset): Number of votes that rated a team member
        weight (str | Unset): team member weight. team members are sorted by weight on exit, heavier first
    """

    api_id: str | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    comments_count: float | Unset = UNSET
    fired: str | Unset = UNSET
    hidden: str | Unset = UNSET
    id: int | Unset = UNSET
    image_group: GetTeamMemberByIdItemImageGroupType0 | Unset = UNSET
    information: str | Unset = UNSET
    name: str | Unset = UNSET
    position: GetTeamMemberByIdItemPositionType0 | list[Any] | Unset = UNSET
    rating: float | Unset = UNSET
    show_rating: float | Unset = UNSET
    specialization: str | Unset = UNSET
    status: str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    votes_count: float | Unset = UNSET
    weight: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_team_member_by_id_item_position_type_0 import GetTeamMemberByIdItemPositionType0  # noqa: PLC0415

        api_id = self.api_id

        avatar = self.avatar

        avatar_big = self.avatar_big

        comments_count = self.comments_count

        fired = self.fired

        hidden = self.hidden

        id = self.id

        image_group: dict[str, Any] | Unset
        if isinstance(self.image_group, Unset):
            image_group = UNSET
        else:
            image_group = _types.to_json(self.image_group)

        information = self.information

        name = self.name

        position: dict[str, Any] | list[Any] | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, GetTeamMemberByIdItemPositionType0):
            position = _types.to_json(self.position)
        else:
            position = self.position

        rating = self.rating

        show_rating = self.show_rating

        specialization = self.specialization

        status = self.status

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        votes_count = self.votes_count

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if fired is not UNSET:
            field_dict["fired"] = fired
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if id is not UNSET:
            field_dict["id"] = id
        if image_group is not UNSET:
            field_dict["image_group"] = image_group
        if information is not UNSET:
            field_dict["information"] = information
        if name is not UNSET:
            field_dict["name"] = name
        if position is not UNSET:
            field_dict["position"] = position
        if rating is not UNSET:
            field_dict["rating"] = rating
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if status is not UNSET:
            field_dict["status"] = status
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_team_member_by_id_item_image_group_type_0 import GetTeamMemberByIdItemImageGroupType0  # noqa: PLC0415
        from ..models.get_team_member_by_id_item_position_type_0 import GetTeamMemberByIdItemPositionType0  # noqa: PLC0415

        d = dict(src_dict)
        api_id = d.pop("api_id", UNSET)

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        fired = d.pop("fired", UNSET)

        hidden = d.pop("hidden", UNSET)

        id = d.pop("id", UNSET)

        def _parse_image_group(data: object) -> GetTeamMemberByIdItemImageGroupType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_group_type_0 = _types.parse_model(GetTeamMemberByIdItemImageGroupType0, data)

                if image_group_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return image_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(GetTeamMemberByIdItemImageGroupType0 | Unset, data)

        image_group = _parse_image_group(d.pop("image_group", UNSET))

        information = d.pop("information", UNSET)

        name = d.pop("name", UNSET)

        def _parse_position(data: object) -> GetTeamMemberByIdItemPositionType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = _types.parse_model(GetTeamMemberByIdItemPositionType0, data)

                if position_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (isinstance(data, list) or data == {}):
                    raise TypeError()
                position_type_1 = _types.parse_list(data, lambda item: item)

                if position_type_1 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return position_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(GetTeamMemberByIdItemPositionType0 | list[Any] | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        rating = d.pop("rating", UNSET)

        show_rating = d.pop("show_rating", UNSET)

        specialization = d.pop("specialization", UNSET)

        status = d.pop("status", UNSET)

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        votes_count = d.pop("votes_count", UNSET)

        weight = d.pop("weight", UNSET)

        get_team_member_by_id_item = cls(
            api_id=api_id,
            avatar=avatar,
            avatar_big=avatar_big,
            comments_count=comments_count,
            fired=fired,
            hidden=hidden,
            id=id,
            image_group=image_group,
            information=information,
            name=name,
            position=position,
            rating=rating,
            show_rating=show_rating,
            specialization=specialization,
            status=status,
            user_id=user_id,
            votes_count=votes_count,
            weight=weight,
        )

        get_team_member_by_id_item.additional_properties = d
        return get_team_member_by_id_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
