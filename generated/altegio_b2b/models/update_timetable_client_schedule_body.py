from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

T = TypeVar("T", bound="UpdateTimetableClientScheduleBody")


@_attrs_define
class UpdateTimetableClientScheduleBody:
    """
    Attributes:
        schedule_days_ids (list[int]): IDs of schedule series, min of 1 series, max of 7 series.
    """

    schedule_days_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"schedule_days_ids": "schedule_days_ids"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        schedule_days_ids = self.schedule_days_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule_days_ids": schedule_days_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schedule_days_ids = _types.parse_plain_list(d.pop("schedule_days_ids"))

        _instance = cls(
            schedule_days_ids,
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
