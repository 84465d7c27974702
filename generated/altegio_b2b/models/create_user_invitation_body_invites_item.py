from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserInvitationBodyInvitesItem")


@_attrs_define
class CreateUserInvitationBodyInvitesItem:
    """
    Attributes:
        name (str | Unset): User name
        position (None | str | Unset): Position
        search (str | Unset): Phone number or email address of the user
        staff_id (int | None | Unset): team member ID bound to user
        user_permissions (list[Any] | None | Unset): List of user permissions
        user_role (None | str | Unset): Role name
    """

    name: str | Unset = UNSET
    position: None | str | Unset = UNSET
    search: str | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    user_permissions: list[Any] | None | Unset = UNSET
    user_role: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"name": "name", "position": "position", "search": "search", "staff_id": "staff_id", "user_permissions": "user_permissions", "user_role": "user_role"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        search = self.search

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        user_permissions: list[Any] | None | Unset
        if isinstance(self.user_permissions, Unset):
            user_permissions = UNSET
        elif isinstance(self.user_permissions, list):
            user_permissions = self.user_permissions

        else:
            user_permissions = self.user_permissions

        user_role: None | str | Unset
        if isinstance(self.user_role, Unset):
            user_role = UNSET
        else:
            user_role = self.user_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if position is not UNSET:
            field_dict["position"] = position
        if search is not UNSET:
            field_dict["search"] = search
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = user_permissions
        if user_role is not UNSET:
            field_dict["user_role"] = user_role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        position: None | str | Unset = d.pop("position", UNSET)

        search = d.pop("search", UNSET)

        staff_id: int | None | Unset = d.pop("staff_id", UNSET)

        def _parse_user_permissions(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, list) or data == {}):
                    raise TypeError()
                user_permissions_type_0 = _types.parse_plain_list(data)

                if user_permissions_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return user_permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(list[Any] | None | Unset, data)

        user_permissions = _parse_user_permissions(d.pop("user_permissions", UNSET))

        user_role: None | str | Unset = d.pop("user_role", UNSET)

        _instance = cls(
            name,
            position,
            search,
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
