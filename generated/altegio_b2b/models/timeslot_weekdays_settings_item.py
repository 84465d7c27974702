from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timeslot_weekdays_settings_item_setting import TimeslotWeekdaysSettingsItemSetting

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, TimeslotWeekdaysSettingsItemSetting
    from ..models.timeslot_weekdays_settings_item_setting import TimeslotWeekdaysSettingsItemSetting  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="TimeslotWeekdaysSettingsItem")


@_attrs_define
class TimeslotWeekdaysSettingsItem:
    """
    Attributes:
        setting (TimeslotWeekdaysSettingsItemSetting | Unset): Grid generation rules
        timeslots (list[Any] | Unset): Available timeslots in seconds from midnight. Only used when grid_base_type =
            "predefined".
        weekday (int | Unset): Day of week (1 = Monday, 7 = Sunday)
    """

    setting: TimeslotWeekdaysSettingsItemSetting | Unset = UNSET
    timeslots: list[Any] | Unset = UNSET
    weekday: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"setting": "setting", "timeslots": "timeslots", "weekday": "weekday"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.setting, Unset):
            setting = _types.to_json(self.setting)

        timeslots: list[Any] | Unset = UNSET
        if not isinstance(self.timeslots, Unset):
            timeslots = self.timeslots

        weekday = self.weekday

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if setting is not UNSET:
            field_dict["setting"] = setting
        if timeslots is not UNSET:
            field_dict["timeslots"] = timeslots
        if weekday is not UNSET:
            field_dict["weekday"] = weekday

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _setting = d.pop("setting", UNSET)
        setting: TimeslotWeekdaysSettingsItemSetting | Unset
        if isinstance(_setting, Unset):
            setting = UNSET
        else:
            setting = _types.parse_model(TimeslotWeekdaysSettingsItemSetting, _setting)

        _timeslots = d.pop("timeslots", UNSET)
        timeslots: list[Any] | Unset = UNSET
        if _timeslots is not UNSET:
            timeslots = _types.parse_plain_list(_timeslots)

        weekday = d.pop("weekday", UNSET)

        _instance = cls(
            setting,
            timeslots,
            weekday,
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
