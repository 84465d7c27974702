from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.update_user_permissions_body_user_role import UpdateUserPermissionsBodyUserRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_user_permissions_body_user_permissions_item import UpdateUserPermissionsBodyUserPermissionsItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, UpdateUserPermissionsBodyUserPermissionsItem
    from ..models.update_user_permissions_body_user_permissions_item import UpdateUserPermissionsBodyUserPermissionsItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="UpdateUserPermissionsBody")


@_attrs_define
class UpdateUserPermissionsBody:
    """
    Attributes:
        staff_id (int | Unset): team member ID attached to user
        user_permissions (list[UpdateUserPermissionsBodyUserPermissionsItem] | Unset): List of user permissions values
        user_role (UpdateUserPermissionsBodyUserRole | Unset): Name of role
    """

    staff_id: int | Unset = UNSET
    user_permissions: list[UpdateUserPermissionsBodyUserPermissionsItem] | Unset = UNSET
    user_role: UpdateUserPermissionsBodyUserRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"staff_id": "staff_id", "user_permissions": "user_permissions", "user_role": "user_role"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        staff_id = self.staff_id

        user_permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_permissions, Unset):
            user_permissions = _types.to_json(self.user_permissions)

        user_role: str | Unset = UNSET
        if not isinstance(self.user_role, Unset):
            user_role = _types.to_json(self.user_role)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = user_permissions
        if user_role is not UNSET:
            field_dict["user_role"] = user_role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        staff_id = d.pop("staff_id", UNSET)

        _user_permissions = d.pop("user_permissions", UNSET)
        user_permissions: list[UpdateUserPermissionsBodyUserPermissionsItem] | Unset = UNSET
        if _user_permissions is not UNSET:
            user_permissions = _types.parse_model_list(UpdateUserPermissionsBodyUserPermissionsItem, _user_permissions)

        _user_role = d.pop("user_role", UNSET)
        user_role: UpdateUserPermissionsBodyUserRole | Unset
        if isinstance(_user_role, Unset):
            user_role = UNSET
        else:
            user_role = _types.parse_enum(UpdateUserPermissionsBodyUserRole, _user_role)

        _instance = cls(
            staff_id,
            user_permissions,
            user_role,
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
