from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.notification_setting_user_mode import NotificationSettingUserMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_setting_user_notification_types_item import NotificationSettingUserNotificationTypesItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, NotificationSettingUserNotificationTypesItem
    from ..models.notification_setting_user_notification_types_item import NotificationSettingUserNotificationTypesItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="NotificationSettingUser")


@_attrs_define
class NotificationSettingUser:
    """Object with data

    Attributes:
        mode (NotificationSettingUserMode | Unset): Notification type (for team member/for administrator)
        notification_types (list[NotificationSettingUserNotificationTypesItem] | Unset):
    """

    mode: NotificationSettingUserMode | Unset = UNSET
    notification_types: list[NotificationSettingUserNotificationTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"mode": "mode", "notification_types": "notification_types"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = _types.to_json(self.mode)

        notification_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notification_types, Unset):
            notification_types = _types.to_json(self.notification_types)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        _mode = d.pop("mode", UNSET)
        mode: NotificationSettingUserMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = _types.parse_enum(NotificationSettingUserMode, _mode)

        _notification_types = d.pop("notification_types", UNSET)
        notification_types: list[NotificationSettingUserNotificationTypesItem] | Unset = UNSET
        if _notification_types is not UNSET:
            notification_types = _types.parse_model_list(
                NotificationSettingUserNotificationTypesItem, _notification_types
            )

        _instance = cls(
            mode,
            notification_types,
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
