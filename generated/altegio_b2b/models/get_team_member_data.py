from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_data_position_type_0 import GetTeamMemberDataPositionType0


T = TypeVar("T", bound="GetTeamMemberData")


@_attrs_define
class GetTeamMemberData:
    """Team member data object

    Attributes:
        avatar (str | Unset): Path to team member avatar file
        avatar_big (str | Unset): The path to the team member's avatar file in a higher resolution
        company_id (int | Unset): location ID
        fired (float | Unset): Whether the team member was fired, 1 - fired, 0 - not fired
        hidden (float | Unset): Whether the team member is hidden for online appointment, 1 - hidden, 0 - not hidden
        id (int | Unset): team member ID
        is_included_in_payment_policy (bool | Unset): Whether the team member is included in the location''s active
            payment policy scope. Always returned. Defaults to `true` when the `payment_policy` feature is disabled for the
            location or no active pay…
        is_paid_staff (bool | Unset): Whether the team member is a paid staff member counted in license price
        name (str | Unset): team member name
        position (GetTeamMemberDataPositionType0 | list[Any] | None | Unset): Team member's position (object when
            assigned, null or empty array when unassigned)
        specialization (str | Unset): team member specialization
        status (float | Unset): Is the team member removed, 1 - removed, 0 - not removed
        user_id (int | None | Unset): team member's linked user ID
    """

    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    company_id: int | Unset = UNSET
    fired: float | Unset = UNSET
    hidden: float | Unset = UNSET
    id: int | Unset = UNSET
    is_included_in_payment_policy: bool | Unset = UNSET
    is_paid_staff: bool | Unset = UNSET
    name: str | Unset = UNSET
    position: GetTeamMemberDataPositionType0 | list[Any] | None | Unset = UNSET
    specialization: str | Unset = UNSET
    status: float | Unset = UNSET
    user_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_team_member_data_position_type_0 import GetTeamMemberDataPositionType0  # noqa: PLC0415

        avatar = self.avatar

        avatar_big = self.avatar_big

        company_id = self.company_id

        fired = self.fired

        hidden = self.hidden

        id = self.id

        is_included_in_payment_policy = self.is_included_in_payment_policy

        is_paid_staff = self.is_paid_staff

        name = self.name

        position: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, GetTeamMemberDataPositionType0):
            position = _types.to_json(self.position)
        elif isinstance(self.position, list):
            position = self.position

        else:
            position = self.position

        specialization = self.specialization

        status = self.status

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if fired is not UNSET:
            field_dict["fired"] = fired
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if id is not UNSET:
            field_dict["id"] = id
        if is_included_in_payment_policy is not UNSET:
            field_dict["is_included_in_payment_policy"] = is_included_in_payment_policy
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff
        if name is not UNSET:
            field_dict["name"] = name
        if position is not UNSET:
            field_dict["position"] = position
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if status is not UNSET:
            field_dict["status"] = status
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_team_member_data_position_type_0 import GetTeamMemberDataPositionType0  # noqa: PLC0415

        d = dict(src_dict)
        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        company_id = d.pop("company_id", UNSET)

        fired = d.pop("fired", UNSET)

        hidden = d.pop("hidden", UNSET)

        id = d.pop("id", UNSET)

        is_included_in_payment_policy = d.pop("is_included_in_payment_policy", UNSET)

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        name = d.pop("name", UNSET)

        def _parse_position(data: object) -> GetTeamMemberDataPositionType0 | list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = _types.parse_model(GetTeamMemberDataPositionType0, data)

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
            return cast(GetTeamMemberDataPositionType0 | list[Any] | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

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

        get_team_member_data = cls(
            avatar=avatar,
            avatar_big=avatar_big,
            company_id=company_id,
            fired=fired,
            hidden=hidden,
            id=id,
            is_included_in_payment_policy=is_included_in_payment_policy,
            is_paid_staff=is_paid_staff,
            name=name,
            position=position,
            specialization=specialization,
            status=status,
            user_id=user_id,
        )

        get_team_member_data.additional_properties = d
        return get_team_member_data

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
