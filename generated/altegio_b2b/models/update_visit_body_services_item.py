from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateVisitBodyServicesItem")


@_attrs_define
class UpdateVisitBodyServicesItem:
    """
    Attributes:
        cost (float | Unset): The total cost of the service
        cost_per_unit (float | Unset): Unit price
        discount (float | Unset): Discount
        first_cost (float | Unset): Initial cost of the service
        id (int | Unset): Service ID
        record_id (int | Unset): Appointment ID
        title (str | Unset): Service name
    """

    cost: float | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    discount: float | Unset = UNSET
    first_cost: float | Unset = UNSET
    id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"cost": "cost", "cost_per_unit": "cost_per_unit", "discount": "discount", "first_cost": "first_cost", "id": "id", "record_id": "record_id", "title": "title"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        first_cost = self.first_cost

        id = self.id

        record_id = self.record_id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if discount is not UNSET:
            field_dict["discount"] = discount
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if id is not UNSET:
            field_dict["id"] = id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost = d.pop("cost", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        discount = d.pop("discount", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        id = d.pop("id", UNSET)

        record_id = d.pop("record_id", UNSET)

        title = d.pop("title", UNSET)

        _instance = cls(
            cost,
            cost_per_unit,
            discount,
            first_cost,
            id,
            record_id,
            title,
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
