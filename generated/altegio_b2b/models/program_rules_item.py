from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramRulesItem")


@_attrs_define
class ProgramRulesItem:
    """Loyalty promotion rule

    Attributes:
        id (int | Unset): Rule ID
        loyalty_program_id (int | Unset): Loyalty promotion ID
        loyalty_type_id (int | Unset): Loyalty promotion type ID
        parameter (int | Unset): Rule Threshold (0 for Fixed Stock Types)
        service_id (int | Unset): Service ID (only for "Discount by condition" promotion)
        value (float | Unset): The value of the discount or bonus
    """

    id: int | Unset = UNSET
    loyalty_program_id: int | Unset = UNSET
    loyalty_type_id: int | Unset = UNSET
    parameter: int | Unset = UNSET
    service_id: int | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"id": "id", "loyalty_program_id": "loyalty_program_id", "loyalty_type_id": "loyalty_type_id", "parameter": "parameter", "service_id": "service_id", "value": "value"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        loyalty_program_id = self.loyalty_program_id

        loyalty_type_id = self.loyalty_type_id

        parameter = self.parameter

        service_id = self.service_id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if loyalty_program_id is not UNSET:
            field_dict["loyalty_program_id"] = loyalty_program_id
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        loyalty_program_id = d.pop("loyalty_program_id", UNSET)

        loyalty_type_id = d.pop("loyalty_type_id", UNSET)

        parameter = d.pop("parameter", UNSET)

        service_id = d.pop("service_id", UNSET)

        value = d.pop("value", UNSET)

        _instance = cls(
            id,
            loyalty_program_id,
            loyalty_type_id,
            parameter,
            service_id,
            value,
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
