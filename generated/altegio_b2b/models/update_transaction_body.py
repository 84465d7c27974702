from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTransactionBody")


@_attrs_define
class UpdateTransactionBody:
    """Create Transaction

    Attributes:
        amount (float): Quantity
        cost (float): Total transaction amount
        cost_per_unit (float): Unit cost
        discount (float): Discount in %
        document_id (float): Document ID
        good_id (int): Item ID
        operation_unit_type (float): unit type: 1 - for sale, 2 - for write-off
        client_id (int | Unset): ID of the customer who bought the product
        comment (str | Unset): A comment
        good_special_number (str | Unset): Membership/subscription number. Required when selling a loyalty membership
            product to a specified client; must be unique.
        master_id (int | Unset): ID of the team member who sold the product
        supplier_id (int | Unset): Vendor ID
    """

    amount: float
    cost: float
    cost_per_unit: float
    discount: float
    document_id: float
    good_id: int
    operation_unit_type: float
    client_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    good_special_number: str | Unset = UNSET
    master_id: int | Unset = UNSET
    supplier_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"amount": "amount", "cost": "cost", "cost_per_unit": "cost_per_unit", "discount": "discount", "document_id": "document_id", "good_id": "good_id", "operation_unit_type": "operation_unit_type", "client_id": "client_id", "comment": "comment", "good_special_number": "good_special_number", "master_id": "master_id", "supplier_id": "supplier_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        cost = self.cost

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        document_id = self.document_id

        good_id = self.good_id

        operation_unit_type = self.operation_unit_type

        client_id = self.client_id

        comment = self.comment

        good_special_number = self.good_special_number

        master_id = self.master_id

        supplier_id = self.supplier_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "cost": cost,
                "cost_per_unit": cost_per_unit,
                "discount": discount,
                "document_id": document_id,
                "good_id": good_id,
                "operation_unit_type": operation_unit_type,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if good_special_number is not UNSET:
            field_dict["good_special_number"] = good_special_number
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        cost = d.pop("cost")

        cost_per_unit = d.pop("cost_per_unit")

        discount = d.pop("discount")

        document_id = d.pop("document_id")

        good_id = d.pop("good_id")

        operation_unit_type = d.pop("operation_unit_type")

        client_id = d.pop("client_id", UNSET)

        comment = d.pop("comment", UNSET)

        good_special_number = d.pop("good_special_number", UNSET)

        master_id = d.pop("master_id", UNSET)

        supplier_id = d.pop("supplier_id", UNSET)

        _instance = cls(
            amount,
            cost,
            cost_per_unit,
            discount,
            document_id,
            good_id,
            operation_unit_type,
            client_id,
            comment,
            good_special_number,
            master_id,
            supplier_id,
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
