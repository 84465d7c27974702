from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManualTransaction")


@_attrs_define
class ManualTransaction:
    """Loyalty card

    Attributes:
        balance (float | Unset): Card balance
        id (int | Unset): Loyalty card ID
        max_discount_amount (float | Unset): Maximum discount amount
        max_discount_percent (float | Unset): Maximum discount percent
        number (str | Unset): Loyalty card number
        paid_amount (float | Unset): \\"Paid\\" amount
        points (float | Unset): Points
        salon_group_id (int | Unset): Chain ID
        sold_amount (float | Unset): \\"Sold\\" amount
        type_id (int | Unset): Loyalty card type ID
        visits_count (float | Unset): Visits count
    """

    balance: float | Unset = UNSET
    id: int | Unset = UNSET
    max_discount_amount: float | Unset = UNSET
    max_discount_percent: float | Unset = UNSET
    number: str | Unset = UNSET
    paid_amount: float | Unset = UNSET
    points: float | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    sold_amount: float | Unset = UNSET
    type_id: int | Unset = UNSET
    visits_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"balance": "balance", "id": "id", "max_discount_amount": "max_discount_amount", "max_discount_percent": "max_discount_percent", "number": "number", "paid_amount": "paid_amount", "points": "points", "salon_group_id": "salon_group_id", "sold_amount": "sold_amount", "type_id": "type_id", "visits_count": "visits_count"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        id = self.id

        max_discount_amount = self.max_discount_amount

        max_discount_percent = self.max_discount_percent

        number = self.number

        paid_amount = self.paid_amount

        points = self.points

        salon_group_id = self.salon_group_id

        sold_amount = self.sold_amount

        type_id = self.type_id

        visits_count = self.visits_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if id is not UNSET:
            field_dict["id"] = id
        if max_discount_amount is not UNSET:
            field_dict["max_discount_amount"] = max_discount_amount
        if max_discount_percent is not UNSET:
            field_dict["max_discount_percent"] = max_discount_percent
        if number is not UNSET:
            field_dict["number"] = number
        if paid_amount is not UNSET:
            field_dict["paid_amount"] = paid_amount
        if points is not UNSET:
            field_dict["points"] = points
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if sold_amount is not UNSET:
            field_dict["sold_amount"] = sold_amount
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if visits_count is not UNSET:
            field_dict["visits_count"] = visits_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        balance = d.pop("balance", UNSET)

        id = d.pop("id", UNSET)

        max_discount_amount = d.pop("max_discount_amount", UNSET)

        max_discount_percent = d.pop("max_discount_percent", UNSET)

        number = d.pop("number", UNSET)

        paid_amount = d.pop("paid_amount", UNSET)

        points = d.pop("points", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        sold_amount = d.pop("sold_amount", UNSET)

        type_id = d.pop("type_id", UNSET)

        visits_count = d.pop("visits_count", UNSET)

        _instance = cls(
            balance,
            id,
            max_discount_amount,
            max_discount_percent,
            number,
            paid_amount,
            points,
            salon_group_id,
            sold_amount,
            type_id,
            visits_count,
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
