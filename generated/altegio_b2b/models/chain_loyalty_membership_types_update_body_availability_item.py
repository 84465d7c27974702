from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem")


@_attrs_define
class ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem:
    """
    Attributes:
        intervals (list[Any] | Unset): Time intervals when membership is valid
        week_days (list[Any] | Unset): Days of week when rule applies: 1 = Monday, 7 = Sunday
    """

    intervals: list[Any] | Unset = UNSET
    week_days: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"intervals": "intervals", "week_days": "week_days"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        intervals: list[Any] | Unset = UNSET
        if not isinstance(self.intervals, Unset):
            intervals = self.intervals

        week_days: list[Any] | Unset = UNSET
        if not isinstance(self.week_days, Unset):
            week_days = self.week_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if intervals is not UNSET:
            field_dict["intervals"] = intervals
        if week_days is not UNSET:
            field_dict["week_days"] = week_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _intervals = d.pop("intervals", UNSET)
        intervals: list[Any] | Unset = UNSET
        if _intervals is not UNSET:
            intervals = _types.parse_plain_list(_intervals)

        _week_days = d.pop("week_days", UNSET)
        week_days: list[Any] | Unset = UNSET
        if _week_days is not UNSET:
            week_days = _types.parse_plain_list(_week_days)

        _instance = cls(
            intervals,
            week_days,
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
