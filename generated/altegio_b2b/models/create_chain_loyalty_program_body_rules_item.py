from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateChainLoyaltyProgramBodyRulesItem")


@_attrs_define
class CreateChainLoyaltyProgramBodyRulesItem:
    """The body of the request to change the rule for the loyalty promotion

    Attributes:
        parameter (int | Unset): Rule Threshold (0 for Fixed Stock Types)
        service_id (int | Unset): Service ID (only for "Discount by condition" promotion)
        value (float | Unset): The value of the discount or bonus
    """

    parameter: int | Unset = UNSET
    service_id: int | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"parameter": "parameter", "service_id": "service_id", "value": "value"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        parameter = self.parameter

        service_id = self.service_id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        parameter = d.pop("parameter", UNSET)

        service_id = d.pop("service_id", UNSET)

        value = d.pop("value", UNSET)

        _instance = cls(
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
