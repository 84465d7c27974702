from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_tip_settings_staff_employee import GetTeamMemberTipSettingsStaffEmployee
    from ..models.get_team_member_tip_settings_staff_position import GetTeamMemberTipSettingsStaffPosition
    from ..models.get_team_member_tip_settings_staff_user import GetTeamMemberTipSettingsStaffUser


T = TypeVar("T", bound="GetTeamMemberTipSettingsStaff")


@_attrs_define
class GetTeamMemberTipSettingsStaff:
    """Team Member

    Attributes:
        avatar (str | Unset): Path to team member profile picture
        employee (GetTeamMemberTipSettingsStaffEmployee | Unset): team member
        id (int | Unset): team member ID
        name (str | Unset): Team Member name
        position (GetTeamMemberTipSettingsStaffPosition | Unset): Position
        specialization (str | Unset): Specialization
        user (GetTeamMemberTipSettingsStaffUser | Unset): User
    """

    avatar: str | Unset = UNSET
    employee: GetTeamMemberTipSettingsStaffEmployee | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    position: GetTeamMemberTipSettingsStaffPosition | Unset = UNSET
    specialization: str | Unset = UNSET
    user: GetTeamMemberTipSettingsStaffUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar = self.avatar

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = _types.to_json(self.employee)

        id = self.id

        name = self.name

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = _types.to_json(self.position)

        specialization = self.specialization

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = _types.to_json(self.user)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if employee is not UNSET:
            field_dict["employee"] = employee
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if position is not UNSET:
            field_dict["position"] = position
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_team_member_tip_settings_staff_employee import GetTeamMemberTipSettingsStaffEmployee  # noqa: PLC0415
        from ..models.get_team_member_tip_settings_staff_position import GetTeamMemberTipSettingsStaffPosition  # noqa: PLC0415
        from ..models.get_team_member_tip_settings_staff_user import GetTeamMemberTipSettingsStaffUser  # noqa: PLC0415

        d = dict(src_dict)
        avatar = d.pop("avatar", UNSET)

        _employee = d.pop("employee", UNSET)
        employee: GetTeamMemberTipSettingsStaffEmployee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = _types.parse_model(GetTeamMemberTipSettingsStaffEmployee, _employee)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _position = d.pop("position", UNSET)
        position: GetTeamMemberTipSettingsStaffPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = _types.parse_model(GetTeamMemberTipSettingsStaffPosition, _position)

        specialization = d.pop("specialization", UNSET)

        _user = d.pop("user", UNSET)
        user: GetTeamMemberTipSettingsStaffUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = _types.parse_model(GetTeamMemberTipSettingsStaffUser, _user)

        get_team_member_tip_settings_staff = cls(
            avatar=avatar,
            employee=employee,
            id=id,
            name=name,
            position=position,
            specialization=specialization,
            user=user,
        )

        get_team_member_tip_settings_staff.additional_properties = d
        return get_team_member_tip_settings_staff

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
