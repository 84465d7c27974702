from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMessageStatusListBodyItem")


@_attrs_define
class GetMessageStatusListBodyItem:
    """
    Attributes:
        currency_iso (str | Unset): Currency ISO
        id (str | Unset): Identifier
        parts_amount (float | Unset): Amount of message's parts
        payment_sum (float | Unset): Full message cost
        status (float | Unset): Message status
    """

    currency_iso: str | Unset = UNSET
    id: str | Unset = UNSET
    parts_amount: float | Unset = UNSET
    payment_sum: float | Unset = UNSET
    status: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"currency_iso": "currency_iso", "id": "id", "parts_amount": "parts_amount", "payment_sum": "payment_sum", "status": "status"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        currency_iso = self.currency_iso

        id = self.id

        parts_amount = self.parts_amount

        payment_sum = self.payment_sum

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency_iso is not UNSET:
            field_dict["currency_iso"] = currency_iso
        if id is not UNSET:
            field_dict["id"] = id
        if parts_amount is not UNSET:
            field_dict["parts_amount"] = parts_amount
        if payment_sum is not UNSET:
            field_dict["payment_sum"] = payment_sum
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency_iso = d.pop("currency_iso", UNSET)

        id = d.pop("id", UNSET)

        parts_amount = d.pop("parts_amount", UNSET)

        payment_sum = d.pop("payment_sum", UNSET)

        status = d.pop("status", UNSET)

        _instance = cls(
            currency_iso,
            id,
            parts_amount,
            payment_sum,
            status,
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
