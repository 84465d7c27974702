from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timeslot_dates_settings_item_setting import TimeslotDatesSettingsItemSetting

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, TimeslotDatesSettingsItemSetting
    from ..models.timeslot_dates_settings_item_setting import TimeslotDatesSettingsItemSetting  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="TimeslotDatesSettingsItem")


@_attrs_define
class TimeslotDatesSettingsItem:
    """
    Attributes:
        date (str | Unset): Date for override (YYYY-MM-DD)
        setting (TimeslotDatesSettingsItemSetting | Unset): Grid generation rules
        timeslots (list[Any] | Unset): Available timeslots for this date (empty = unavailable)
    """

    date: str | Unset = UNSET
    setting: TimeslotDatesSettingsItemSetting | Unset = UNSET
    timeslots: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"date": "date", "setting": "setting", "timeslots": "timeslots"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        date = self.date

        setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.setting, Unset):
            setting = _types.to_json(self.setting)

        timeslots: list[Any] | Unset = UNSET
        if not isinstance(self.timeslots, Unset):
            timeslots = self.timeslots

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if setting is not UNSET:
            field_dict["setting"] = setting
        if timeslots is not UNSET:
            field_dict["timeslots"] = timeslots

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        date = d.pop("date", UNSET)

        _setting = d.pop("setting", UNSET)
        setting: TimeslotDatesSettingsItemSetting | Unset
        if isinstance(_setting, Unset):
            setting = UNSET
        else:
            setting = _types.parse_model(TimeslotDatesSettingsItemSetting, _setting)

        _timeslots = d.pop("timeslots", UNSET)
        timeslots: list[Any] | Unset = UNSET
        if _timeslots is not UNSET:
            timeslots = _types.parse_plain_list(_timeslots)

        _instance = cls(
            date,
            setting,
            timeslots,
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
