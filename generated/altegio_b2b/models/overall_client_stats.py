from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OverallClientStats")


@_attrs_define
class OverallClientStats:
    """Summary indicators by number of clients

    Attributes:
        active_count (int | Unset): Number of active clients in the analyzed period
        lost_count (int | Unset): The number of lost customers in the analyzed period
        lost_percent (int | Unset): The percentage of lost customers relative to the total number of customers
        new_count (int | Unset): Number of new clients in the analyzed period
        new_percent (int | Unset): Percentage of new customers relative to the number of active customers
        return_count (int | Unset): The number of customers who returned in the analyzed period
        return_percent (int | Unset): Percentage of returning customers relative to the number of active customers
        total_count (int | Unset): Total number of clients
    """

    active_count: int | Unset = UNSET
    lost_count: int | Unset = UNSET
    lost_percent: int | Unset = UNSET
    new_count: int | Unset = UNSET
    new_percent: int | Unset = UNSET
    return_count: int | Unset = UNSET
    return_percent: int | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"active_count": "active_count", "lost_count": "lost_count", "lost_percent": "lost_percent", "new_count": "new_count", "new_percent": "new_percent", "return_count": "return_count", "return_percent": "return_percent", "total_count": "total_count"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        active_count = self.active_count

        lost_count = self.lost_count

        lost_percent = self.lost_percent

        new_count = self.new_count

        new_percent = self.new_percent

        return_count = self.return_count

        return_percent = self.return_percent

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_count is not UNSET:
            field_dict["active_count"] = active_count
        if lost_count is not UNSET:
            field_dict["lost_count"] = lost_count
        if lost_percent is not UNSET:
            field_dict["lost_percent"] = lost_percent
        if new_count is not UNSET:
            field_dict["new_count"] = new_count
        if new_percent is not UNSET:
            field_dict["new_percent"] = new_percent
        if return_count is not UNSET:
            field_dict["return_count"] = return_count
        if return_percent is not UNSET:
            field_dict["return_percent"] = return_percent
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active_count = d.pop("active_count", UNSET)

        lost_count = d.pop("lost_count", UNSET)

        lost_percent = d.pop("lost_percent", UNSET)

        new_count = d.pop("new_count", UNSET)

        new_percent = d.pop("new_percent", UNSET)

        return_count = d.pop("return_count", UNSET)

        return_percent = d.pop("return_percent", UNSET)

        total_count = d.pop("total_count", UNSET)

        _instance = cls(
            active_count,
            lost_count,
            lost_percent,
            new_count,
            new_percent,
            return_count,
            return_percent,
            total_count,
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
