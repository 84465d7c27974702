from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalarySchemesCount")


@_attrs_define
class SalarySchemesCount:
    """
    Attributes:
        salary_schemes_count (int | Unset): Applicable salary schemes count.
        staff_id (int | Unset): ID of a team member.
    """

    salary_schemes_count: int | Unset = UNSET
    staff_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"salary_schemes_count": "salary_schemes_count", "staff_id": "staff_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        salary_schemes_count = self.salary_schemes_count

        staff_id = self.staff_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if salary_schemes_count is not UNSET:
            field_dict["salary_schemes_count"] = salary_schemes_count
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        salary_schemes_count = d.pop("salary_schemes_count", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        _instance = cls(
            salary_schemes_count,
            staff_id,
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
