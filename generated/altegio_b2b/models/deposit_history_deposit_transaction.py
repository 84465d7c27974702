from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DepositHistoryDepositTransaction")


@_attrs_define
class DepositHistoryDepositTransaction:
    """Client account transaction details

    Attributes:
        amount (float | Unset): Transaction amount (positive for top-up, negative for withdrawal)
        balance_after (float | Unset): Personal account balance after this transaction
        comment (str | Unset): Transaction comment
        date_create (str | Unset): Transaction creation date and time
        deleted (bool | Unset): Whether transaction has been deleted
        id (int | Unset): Transaction ID
        reserved_balance_after (float | Unset): Personal account reserved balance after this transaction
        salon_group_id (int | Unset): Chain ID
        salon_id (int | Unset): Location ID where transaction occurred
        user_id (int | Unset): User ID associated with the client account
    """

    amount: float | Unset = UNSET
    balance_after: float | Unset = UNSET
    comment: str | Unset = UNSET
    date_create: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    id: int | Unset = UNSET
    reserved_balance_after: float | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    salon_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"amount": "amount", "balance_after": "balance_after", "comment": "comment", "date_create": "date_create", "deleted": "deleted", "id": "id", "reserved_balance_after": "reserved_balance_after", "salon_group_id": "salon_group_id", "salon_id": "salon_id", "user_id": "user_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        balance_after = self.balance_after

        comment = self.comment

        date_create = self.date_create

        deleted = self.deleted

        id = self.id

        reserved_balance_after = self.reserved_balance_after

        salon_group_id = self.salon_group_id

        salon_id = self.salon_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if balance_after is not UNSET:
            field_dict["balance_after"] = balance_after
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if id is not UNSET:
            field_dict["id"] = id
        if reserved_balance_after is not UNSET:
            field_dict["reserved_balance_after"] = reserved_balance_after
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        balance_after = d.pop("balance_after", UNSET)

        comment = d.pop("comment", UNSET)

        date_create = d.pop("date_create", UNSET)

        deleted = d.pop("deleted", UNSET)

        id = d.pop("id", UNSET)

        reserved_balance_after = d.pop("reserved_balance_after", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        _instance = cls(
            amount,
            balance_after,
            comment,
            date_create,
            deleted,
            id,
            reserved_balance_after,
            salon_group_id,
            salon_id,
            user_id,
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
