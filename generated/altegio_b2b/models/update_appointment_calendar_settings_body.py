from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateAppointmentCalendarSettingsBody")


@_attrs_define
class UpdateAppointmentCalendarSettingsBody:
    """Timetable settings for a location

    Attributes:
        activity_record_clients_count_max (int): Maximum number of seats in one group event
        record_type (int): Default appointment type: 0 - Mixed appointment, 1 - Individual appointment, 2 - Group event
    """

    activity_record_clients_count_max: int
    record_type: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"activity_record_clients_count_max": "activity_record_clients_count_max", "record_type": "record_type"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        activity_record_clients_count_max = self.activity_record_clients_count_max

        record_type = self.record_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity_record_clients_count_max": activity_record_clients_count_max,
                "record_type": record_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activity_record_clients_count_max = d.pop("activity_record_clients_count_max")

        record_type = d.pop("record_type")

        _instance = cls(
            activity_record_clients_count_max,
            record_type,
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
