from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_user_notification_settings_body_notification_types_item_channels import (
        UpdateUserNotificationSettingsBodyNotificationTypesItemChannels,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, UpdateUserNotificationSettingsBodyNotificationTypesItemChannels
    from ..models.update_user_notification_settings_body_notification_types_item_channels import (
        UpdateUserNotificationSettingsBodyNotificationTypesItemChannels,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="UpdateUserNotificationSettingsBodyNotificationTypesItem")


@_attrs_define
class UpdateUserNotificationSettingsBodyNotificationTypesItem:
    """
    Attributes:
        channels (UpdateUserNotificationSettingsBodyNotificationTypesItemChannels | Unset): The channel on which the
            notification will be sent
        type_ (str | Unset): Notification type
    """

    channels: UpdateUserNotificationSettingsBodyNotificationTypesItemChannels | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"channels": "channels", "type_": "type"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        channels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = _types.to_json(self.channels)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channels is not UNSET:
            field_dict["channels"] = channels
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _channels = d.pop("channels", UNSET)
        channels: UpdateUserNotificationSettingsBodyNotificationTypesItemChannels | Unset
        if isinstance(_channels, Unset):
            channels = UNSET
        else:
            channels = _types.parse_model(UpdateUserNotificationSettingsBodyNotificationTypesItemChannels, _channels)

        type_ = d.pop("type", UNSET)

        _instance = cls(
            channels,
            type_,
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
