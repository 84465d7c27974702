from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.setting_staff_employee import SettingStaffEmployee
    from ..models.setting_staff_position import SettingStaffPosition
    from ..models.setting_staff_user import SettingStaffUser

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, SettingStaffEmployee, SettingStaffPosition, SettingStaffUser
    from ..models.setting_staff_employee import SettingStaffEmployee  # noqa: PLC0415
    from ..models.setting_staff_position import SettingStaffPosition  # noqa: PLC0415
    from ..models.setting_staff_user import SettingStaffUser  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="SettingStaff")


@_attrs_define
class SettingStaff:
    """Team Member

    Attributes:
        avatar (str | Unset): Path to team member profile picture
        employee (SettingStaffEmployee | Unset): team member
        id (int | Unset): team member ID
        name (str | Unset): Team Member name
        position (SettingStaffPosition | Unset): Position
        specialization (str | Unset): Specialization
        user (SettingStaffUser | Unset): User
    """

    avatar: str | Unset = UNSET
    employee: SettingStaffEmployee | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    position: SettingStaffPosition | Unset = UNSET
    specialization: str | Unset = UNSET
    user: SettingStaffUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"avatar": "avatar", "employee": "employee", "id": "id", "name": "name", "position": "position", "specialization": "specialization", "user": "user"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
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
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        avatar = d.pop("avatar", UNSET)

        _employee = d.pop("employee", UNSET)
        employee: SettingStaffEmployee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = _types.parse_model(SettingStaffEmployee, _employee)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _position = d.pop("position", UNSET)
        position: SettingStaffPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = _types.parse_model(SettingStaffPosition, _position)

        specialization = d.pop("specialization", UNSET)

        _user = d.pop("user", UNSET)
        user: SettingStaffUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = _types.parse_model(SettingStaffUser, _user)

        _instance = cls(
            avatar,
            employee,
            id,
            name,
            position,
            specialization,
            user,
        )

        _instance.additional_properties = d
        return _instance

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
