from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateVisitBodyGoodsTransactionsItem")


@_attrs_define
class UpdateVisitBodyGoodsTransactionsItem:
    """
    Attributes:
        amount (str | Unset): Sum
        article (str | Unset): vendor code
        barcode (str | Unset): Barcode
        cost (str | Unset): Selling price
        cost_per_unit (str | Unset): Unit price
        discount (str | Unset): Discount
        good_id (str | Unset): Item ID
        id (int | Unset): Inventory transaction ID
        master_id (str | Unset): team member ID
        operation_unit_type (float | Unset): Unit type: 1 - for sale, 2 - for write-off
        price (str | Unset): Price
        storage_id (str | Unset): Inventory ID
        title (str | Unset): Barcode
    """

    amount: str | Unset = UNSET
    article: str | Unset = UNSET
    barcode: str | Unset = UNSET
    cost: str | Unset = UNSET
    cost_per_unit: str | Unset = UNSET
    discount: str | Unset = UNSET
    good_id: str | Unset = UNSET
    id: int | Unset = UNSET
    master_id: str | Unset = UNSET
    operation_unit_type: float | Unset = UNSET
    price: str | Unset = UNSET
    storage_id: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"amount": "amount", "article": "article", "barcode": "barcode", "cost": "cost", "cost_per_unit": "cost_per_unit", "discount": "discount", "good_id": "good_id", "id": "id", "master_id": "master_id", "operation_unit_type": "operation_unit_type", "price": "price", "storage_id": "storage_id", "title": "title"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        article = self.article

        barcode = self.barcode

        cost = self.cost

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        good_id = self.good_id

        id = self.id

        master_id = self.master_id

        operation_unit_type = self.operation_unit_type

        price = self.price

        storage_id = self.storage_id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if article is not UNSET:
            field_dict["article"] = article
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if discount is not UNSET:
            field_dict["discount"] = discount
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if id is not UNSET:
            field_dict["id"] = id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if price is not UNSET:
            field_dict["price"] = price
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        article = d.pop("article", UNSET)

        barcode = d.pop("barcode", UNSET)

        cost = d.pop("cost", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        discount = d.pop("discount", UNSET)

        good_id = d.pop("good_id", UNSET)

        id = d.pop("id", UNSET)

        master_id = d.pop("master_id", UNSET)

        operation_unit_type = d.pop("operation_unit_type", UNSET)

        price = d.pop("price", UNSET)

        storage_id = d.pop("storage_id", UNSET)

        title = d.pop("title", UNSET)

        _instance = cls(
            amount,
            article,
            barcode,
            cost,
            cost_per_unit,
            discount,
            good_id,
            id,
            master_id,
            operation_unit_type,
            price,
            storage_id,
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
