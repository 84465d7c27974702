from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.user_mode import UserMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_notification_types_item import UserNotificationTypesItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, UserNotificationTypesItem
    from ..models.user_notification_types_item import UserNotificationTypesItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        email (str | Unset): User email
        id (int | Unset): User ID
        information (str | Unset): User information
        is_approved (bool | Unset): Whether the user accepted the invitation to manage the location
        is_non_deletable (bool | Unset): Whether the user is non-deletable
        name (str | Unset): User name
        phone (str | Unset): User phone
        mode (UserMode | Unset): Notification type (for team member/for administrator)
        notification_types (list[UserNotificationTypesItem] | Unset):
    """

    email: str | Unset = UNSET
    id: int | Unset = UNSET
    information: str | Unset = UNSET
    is_approved: bool | Unset = UNSET
    is_non_deletable: bool | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    mode: UserMode | Unset = UNSET
    notification_types: list[UserNotificationTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"email": "email", "id": "id", "information": "information", "is_approved": "is_approved", "is_non_deletable": "is_non_deletable", "name": "name", "phone": "phone", "mode": "mode", "notification_types": "notification_types"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        email = self.email

        id = self.id

        information = self.information

        is_approved = self.is_approved

        is_non_deletable = self.is_non_deletable

        name = self.name

        phone = self.phone

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = _types.to_json(self.mode)

        notification_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notification_types, Unset):
            notification_types = _types.to_json(self.notification_types)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if information is not UNSET:
            field_dict["information"] = information
        if is_approved is not UNSET:
            field_dict["is_approved"] = is_approved
        if is_non_deletable is not UNSET:
            field_dict["is_non_deletable"] = is_non_deletable
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mode is not UNSET:
            field_dict["mode"] = mode
        if notification_types is not UNSET:
            field_dict["notification_types"] = notification_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        id = d.pop("id", UNSET)

        information = d.pop("information", UNSET)

        is_approved = d.pop("is_approved", UNSET)

        is_non_deletable = d.pop("is_non_deletable", UNSET)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: UserMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = _types.parse_enum(UserMode, _mode)

        def _parse_notification_types_item(notification_types_item_data: Any) -> Any:
            notification_types_item = _types.parse_model(UserNotificationTypesItem, notification_types_item_data)

            return notification_types_item

        _notification_types = d.pop("notification_types", UNSET)
        notification_types: list[UserNotificationTypesItem] | Unset = UNSET
        if _notification_types is not UNSET:
            notification_types = _types.parse_list(_notification_types, _parse_notification_types_item)

        _instance = cls(
            email=email,
            id=id,
            information=information,
            is_approved=is_approved,
            is_non_deletable=is_non_deletable,
            name=name,
            phone=phone,
            mode=mode,
            notification_types=notification_types,
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
