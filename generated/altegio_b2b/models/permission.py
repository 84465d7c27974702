from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.permission_user_role import PermissionUserRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permission_user_permissions_item import PermissionUserPermissionsItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, PermissionUserPermissionsItem
    from ..models.permission_user_permissions_item import PermissionUserPermissionsItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Permission")


@_attrs_define
class Permission:
    """Data on the permissions and user role

    Attributes:
        has_any_paid_permission (bool | None | Unset): Whether the user has at least one paid permission assigned
        is_editable (bool | Unset): Are the permissions and role available for editing
        staff_id (int | None | Unset): team member ID linked to user
        user_permissions (list[PermissionUserPermissionsItem] | Unset): List of user permissions values
        user_role (PermissionUserRole | Unset): Name of role
    """

    has_any_paid_permission: bool | None | Unset = UNSET
    is_editable: bool | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    user_permissions: list[PermissionUserPermissionsItem] | Unset = UNSET
    user_role: PermissionUserRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"has_any_paid_permission": "has_any_paid_permission", "is_editable": "is_editable", "staff_id": "staff_id", "user_permissions": "user_permissions", "user_role": "user_role"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        has_any_paid_permission: bool | None | Unset
        if isinstance(self.has_any_paid_permission, Unset):
            has_any_paid_permission = UNSET
        else:
            has_any_paid_permission = self.has_any_paid_permission

        is_editable = self.is_editable

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
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
        if has_any_paid_permission is not UNSET:
            field_dict["has_any_paid_permission"] = has_any_paid_permission
        if is_editable is not UNSET:
            field_dict["is_editable"] = is_editable
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
        has_any_paid_permission: bool | None | Unset = d.pop("has_any_paid_permission", UNSET)

        is_editable = d.pop("is_editable", UNSET)

        staff_id: int | None | Unset = d.pop("staff_id", UNSET)

        _user_permissions = d.pop("user_permissions", UNSET)
        user_permissions: list[PermissionUserPermissionsItem] | Unset = UNSET
        if _user_permissions is not UNSET:
            user_permissions = _types.parse_model_list(PermissionUserPermissionsItem, _user_permissions)

        _user_role = d.pop("user_role", UNSET)
        user_role: PermissionUserRole | Unset
        if isinstance(_user_role, Unset):
            user_role = UNSET
        else:
            user_role = _types.parse_enum(PermissionUserRole, _user_role)

        _instance = cls(
            has_any_paid_permission,
            is_editable,
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
