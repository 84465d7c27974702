from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAppointmentBodyServicesItem")


@_attrs_define
class CreateAppointmentBodyServicesItem:
    """
    Attributes:
        cost (float | Unset): The total cost of the service
        discount (float | Unset): Service discount
        first_cost (float | Unset): Initial cost of the service
        id (int | Unset): Service ID
    """

    cost: float | Unset = UNSET
    discount: float | Unset = UNSET
    first_cost: float | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"cost": "cost", "discount": "discount", "first_cost": "first_cost", "id": "id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        discount = self.discount

        first_cost = self.first_cost

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost is not UNSET:
            field_dict["cost"] = cost
        if discount is not UNSET:
            field_dict["discount"] = discount
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost = d.pop("cost", UNSET)

        discount = d.pop("discount", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        id = d.pop("id", UNSET)

        _instance = cls(
            cost,
            discount,
            first_cost,
            id,
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
