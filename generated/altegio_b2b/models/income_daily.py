from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncomeDaily")


@_attrs_define
class IncomeDaily:
    """Data for plotting a chart by day in the Key Indicators report

    Attributes:
        data (list[list[Any]] | Unset): Data for each day. Each day is an array of two numbers. The first number is the
            timestamp of the beginning of the day in the UTC zone, the second number is the value of the indicator on that
            day.
        label (str | Unset): Name of data series
    """

    data: list[list[Any]] | Unset = UNSET
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"data": "data", "label": "label"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        data: list[list[Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = _types.to_json(self.data)

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_data_item(data_item_data: Any) -> Any:
            data_item = _types.parse_plain_list(data_item_data)

            return data_item

        _data = d.pop("data", UNSET)
        data: list[list[Any]] | Unset = UNSET
        if _data is not UNSET:
            data = _types.parse_list(_data, _parse_data_item)

        label = d.pop("label", UNSET)

        _instance = cls(
            data,
            label,
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
