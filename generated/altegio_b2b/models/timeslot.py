from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timeslot_dates_settings_item import TimeslotDatesSettingsItem
    from ..models.timeslot_weekdays_settings_item import TimeslotWeekdaysSettingsItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, TimeslotDatesSettingsItem, TimeslotWeekdaysSettingsItem
    from ..models.timeslot_dates_settings_item import TimeslotDatesSettingsItem  # noqa: PLC0415
    from ..models.timeslot_weekdays_settings_item import TimeslotWeekdaysSettingsItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Timeslot")


@_attrs_define
class Timeslot:
    """Timeslot settings object

    Attributes:
        dates_settings (list[TimeslotDatesSettingsItem] | Unset): Per-date overrides (e.g., holidays, special days)
        is_enabled (bool | Unset): Whether custom timeslots are enabled
        weekdays_settings (list[TimeslotWeekdaysSettingsItem] | Unset): Settings for each day of the week
    """

    dates_settings: list[TimeslotDatesSettingsItem] | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    weekdays_settings: list[TimeslotWeekdaysSettingsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"dates_settings": "dates_settings", "is_enabled": "is_enabled", "weekdays_settings": "weekdays_settings"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        dates_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dates_settings, Unset):
            dates_settings = _types.to_json(self.dates_settings)

        is_enabled = self.is_enabled

        weekdays_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.weekdays_settings, Unset):
            weekdays_settings = _types.to_json(self.weekdays_settings)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dates_settings is not UNSET:
            field_dict["dates_settings"] = dates_settings
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if weekdays_settings is not UNSET:
            field_dict["weekdays_settings"] = weekdays_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _dates_settings = d.pop("dates_settings", UNSET)
        dates_settings: list[TimeslotDatesSettingsItem] | Unset = UNSET
        if _dates_settings is not UNSET:
            dates_settings = _types.parse_model_list(TimeslotDatesSettingsItem, _dates_settings)

        is_enabled = d.pop("is_enabled", UNSET)

        _weekdays_settings = d.pop("weekdays_settings", UNSET)
        weekdays_settings: list[TimeslotWeekdaysSettingsItem] | Unset = UNSET
        if _weekdays_settings is not UNSET:
            weekdays_settings = _types.parse_model_list(TimeslotWeekdaysSettingsItem, _weekdays_settings)

        _instance = cls(
            dates_settings,
            is_enabled,
            weekdays_settings,
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
