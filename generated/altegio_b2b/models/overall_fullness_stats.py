from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OverallFullnessStats")


@_attrs_define
class OverallFullnessStats:
    """Summary indicators of the occupancy of the working hours of the location's team members

    Attributes:
        change_percent (int | Unset): The percentage change in the current value of the indicator relative to the past.
            Null if the previous value is 0 and the current value is not 0.
        current_percent (float | Unset): Percentage of occupancy in the current period
        previous_percent (float | Unset): Percentage of occupancy in the previous period
    """

    change_percent: int | Unset = UNSET
    current_percent: float | Unset = UNSET
    previous_percent: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"change_percent": "change_percent", "current_percent": "current_percent", "previous_percent": "previous_percent"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        change_percent = self.change_percent

        current_percent = self.current_percent

        previous_percent = self.previous_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if change_percent is not UNSET:
            field_dict["change_percent"] = change_percent
        if current_percent is not UNSET:
            field_dict["current_percent"] = current_percent
        if previous_percent is not UNSET:
            field_dict["previous_percent"] = previous_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        change_percent = d.pop("change_percent", UNSET)

        current_percent = d.pop("current_percent", UNSET)

        previous_percent = d.pop("previous_percent", UNSET)

        _instance = cls(
            change_percent,
            current_percent,
            previous_percent,
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
