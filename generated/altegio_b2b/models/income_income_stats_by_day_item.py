from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncomeIncomeStatsByDayItem")


@_attrs_define
class IncomeIncomeStatsByDayItem:
    """
    Attributes:
        date (str | Unset): date
        new_sum (int | Unset): Revenue from new customers
        old_sum (int | Unset): Revenue from old customers
    """

    date: str | Unset = UNSET
    new_sum: int | Unset = UNSET
    old_sum: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"date": "date", "new_sum": "new_sum", "old_sum": "old_sum"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        new_sum = self.new_sum

        old_sum = self.old_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if new_sum is not UNSET:
            field_dict["new_sum"] = new_sum
        if old_sum is not UNSET:
            field_dict["old_sum"] = old_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date", UNSET)

        new_sum = d.pop("new_sum", UNSET)

        old_sum = d.pop("old_sum", UNSET)

        _instance = cls(
            date,
            new_sum,
            old_sum,
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
