from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CopyUserPermissionsToLocationsBodyUserCompanyLinksItem")


@_attrs_define
class CopyUserPermissionsToLocationsBodyUserCompanyLinksItem:
    """
    Attributes:
        company_id (int): location ID
        user_permissions (list[Any] | Unset): User permission values to override on copying
    """

    company_id: int
    user_permissions: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"company_id": "company_id", "user_permissions": "user_permissions"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        user_permissions: list[Any] | Unset = UNSET
        if not isinstance(self.user_permissions, Unset):
            user_permissions = self.user_permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
            }
        )
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = user_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        _user_permissions = d.pop("user_permissions", UNSET)
        user_permissions: list[Any] | Unset = UNSET
        if _user_permissions is not UNSET:
            user_permissions = _types.parse_plain_list(_user_permissions)

        _instance = cls(
            company_id,
            user_permissions,
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
