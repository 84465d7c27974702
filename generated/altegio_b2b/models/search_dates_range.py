from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchDatesRange")


@_attrs_define
class SearchDatesRange:
    """Date range for Event search.

    Attributes:
        max_date (None | str | Unset): End date (YYYY-MM-DD).
        min_date (None | str | Unset): Start date (YYYY-MM-DD).
    """

    max_date: None | str | Unset = UNSET
    min_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"max_date": "max_date", "min_date": "min_date"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        max_date: None | str | Unset
        if isinstance(self.max_date, Unset):
            max_date = UNSET
        else:
            max_date = self.max_date

        min_date: None | str | Unset
        if isinstance(self.min_date, Unset):
            min_date = UNSET
        else:
            min_date = self.min_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_date is not UNSET:
            field_dict["max_date"] = max_date
        if min_date is not UNSET:
            field_dict["min_date"] = min_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_date: None | str | Unset = d.pop("max_date", UNSET)

        min_date: None | str | Unset = d.pop("min_date", UNSET)

        _instance = cls(
            max_date,
            min_date,
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
