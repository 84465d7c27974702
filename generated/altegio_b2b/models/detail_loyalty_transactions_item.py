from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detail_loyalty_transactions_item_type import DetailLoyaltyTransactionsItemType

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, DetailLoyaltyTransactionsItemType
    from ..models.detail_loyalty_transactions_item_type import DetailLoyaltyTransactionsItemType  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="DetailLoyaltyTransactionsItem")


@_attrs_define
class DetailLoyaltyTransactionsItem:
    """
    Attributes:
        amount (float | Unset): Loyalty payment amount
        card_id (int | Unset): Loyalty card ID
        goods_transaction_id (int | Unset): Item sale transaction ID
        id (int | Unset): Transaction ID
        is_discount (bool | Unset):
        is_loyalty_withdraw (bool | Unset):
        item_id (int | Unset): Position ID in the order, if the transaction is related to the sale of a product or
            service
        item_record_id (int | Unset): ID of the appointment to which the item in the order belongs, if applicable
        item_type_id (int | Unset): Item type in the order to which this transaction relates (1 Provision of service, 7
            Sale of products), if applicable
        program_id (int | Unset): Loyalty program ID
        salon_group_id (int | Unset): ID of the location chain, within the loyalty of which this transaction was created
        status_id (int | Unset): Transaction status ID
        type_ (DetailLoyaltyTransactionsItemType | Unset):
        type_id (int | Unset): Type of loyalty transaction
    """

    amount: float | Unset = UNSET
    card_id: int | Unset = UNSET
    goods_transaction_id: int | Unset = UNSET
    id: int | Unset = UNSET
    is_discount: bool | Unset = UNSET
    is_loyalty_withdraw: bool | Unset = UNSET
    item_id: int | Unset = UNSET
    item_record_id: int | Unset = UNSET
    item_type_id: int | Unset = UNSET
    program_id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    status_id: int | Unset = UNSET
    type_: DetailLoyaltyTransactionsItemType | Unset = UNSET
    type_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"amount": "amount", "card_id": "card_id", "goods_transaction_id": "goods_transaction_id", "id": "id", "is_discount": "is_discount", "is_loyalty_withdraw": "is_loyalty_withdraw", "item_id": "item_id", "item_record_id": "item_record_id", "item_type_id": "item_type_id", "program_id": "program_id", "salon_group_id": "salon_group_id", "status_id": "status_id", "type_": "type", "type_id": "type_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        amount = self.amount

        card_id = self.card_id

        goods_transaction_id = self.goods_transaction_id

        id = self.id

        is_discount = self.is_discount

        is_loyalty_withdraw = self.is_loyalty_withdraw

        item_id = self.item_id

        item_record_id = self.item_record_id

        item_type_id = self.item_type_id

        program_id = self.program_id

        salon_group_id = self.salon_group_id

        status_id = self.status_id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = _types.to_json(self.type_)

        type_id = self.type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id
        if id is not UNSET:
            field_dict["id"] = id
        if is_discount is not UNSET:
            field_dict["is_discount"] = is_discount
        if is_loyalty_withdraw is not UNSET:
            field_dict["is_loyalty_withdraw"] = is_loyalty_withdraw
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_record_id is not UNSET:
            field_dict["item_record_id"] = item_record_id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if program_id is not UNSET:
            field_dict["program_id"] = program_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_id is not UNSET:
            field_dict["type_id"] = type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        card_id = d.pop("card_id", UNSET)

        goods_transaction_id = d.pop("goods_transaction_id", UNSET)

        id = d.pop("id", UNSET)

        is_discount = d.pop("is_discount", UNSET)

        is_loyalty_withdraw = d.pop("is_loyalty_withdraw", UNSET)

        item_id = d.pop("item_id", UNSET)

        item_record_id = d.pop("item_record_id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        program_id = d.pop("program_id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        status_id = d.pop("status_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DetailLoyaltyTransactionsItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_model(DetailLoyaltyTransactionsItemType, _type_)

        type_id = d.pop("type_id", UNSET)

        _instance = cls(
            amount,
            card_id,
            goods_transaction_id,
            id,
            is_discount,
            is_loyalty_withdraw,
            item_id,
            item_record_id,
            item_type_id,
            program_id,
            salon_group_id,
            status_id,
            type_,
            type_id,
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
