from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateProductBodyCorrectionRulesItem")


@_attrs_define
class UpdateProductBodyCorrectionRulesItem:
    """
    Attributes:
        base_unit (str | Unset): Basic units in adjustment
        type_ (int | Unset): Type of transaction
    """

    base_unit: str | Unset = UNSET
    type_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"base_unit": "base_unit", "type_": "type"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        base_unit = self.base_unit

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_unit is not UNSET:
            field_dict["base_unit"] = base_unit
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_unit = d.pop("base_unit", UNSET)

        type_ = d.pop("type", UNSET)

        _instance = cls(
            base_unit,
            type_,
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
