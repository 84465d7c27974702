from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_referral_program_items_item import ApplyReferralProgramItemsItem
    from ..models.apply_referral_program_kkm_transaction_details_container import (
        ApplyReferralProgramKkmTransactionDetailsContainer,
    )
    from ..models.apply_referral_program_loyalty_transactions_item import ApplyReferralProgramLoyaltyTransactionsItem
    from ..models.apply_referral_program_payment_transactions_item import ApplyReferralProgramPaymentTransactionsItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        ApplyReferralProgramItemsItem, \
        ApplyReferralProgramKkmTransactionDetailsContainer, \
        ApplyReferralProgramLoyaltyTransactionsItem, \
        ApplyReferralProgramPaymentTransactionsItem
    from ..models.apply_referral_program_items_item import ApplyReferralProgramItemsItem  # noqa: PLC0415
    from ..models.apply_referral_program_kkm_transaction_details_container import (
        ApplyReferralProgramKkmTransactionDetailsContainer,  # noqa: PLC0415
    )
    from ..models.apply_referral_program_loyalty_transactions_item import ApplyReferralProgramLoyaltyTransactionsItem  # noqa: PLC0415
    from ..models.apply_referral_program_payment_transactions_item import ApplyReferralProgramPaymentTransactionsItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="ApplyReferralProgram")


@_attrs_define
class ApplyReferralProgram:
    """Application of loyalty in a visit

    Attributes:
        items (list[ApplyReferralProgramItemsItem] | Unset): Array with information about products and services of the
            appointment
        kkm_transaction_details_container (ApplyReferralProgramKkmTransactionDetailsContainer | Unset): An object that
            holds details about transactions recorded by the POS system
        loyalty_transactions (list[ApplyReferralProgramLoyaltyTransactionsItem] | Unset): An array with information
            about applied loyalty transactions in a visit
        payment_transactions (list[ApplyReferralProgramPaymentTransactionsItem] | Unset): Array with information about
            the financial transactions of the appointment
    """

    items: list[ApplyReferralProgramItemsItem] | Unset = UNSET
    kkm_transaction_details_container: ApplyReferralProgramKkmTransactionDetailsContainer | Unset = UNSET
    loyalty_transactions: list[ApplyReferralProgramLoyaltyTransactionsItem] | Unset = UNSET
    payment_transactions: list[ApplyReferralProgramPaymentTransactionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"items": "items", "kkm_transaction_details_container": "kkm_transaction_details_container", "loyalty_transactions": "loyalty_transactions", "payment_transactions": "payment_transactions"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = _types.to_json(self.items)

        kkm_transaction_details_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kkm_transaction_details_container, Unset):
            kkm_transaction_details_container = _types.to_json(self.kkm_transaction_details_container)

        loyalty_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loyalty_transactions, Unset):
            loyalty_transactions = _types.to_json(self.loyalty_transactions)

        payment_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_transactions, Unset):
            payment_transactions = _types.to_json(self.payment_transactions)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if kkm_transaction_details_container is not UNSET:
            field_dict["kkm_transaction_details_container"] = kkm_transaction_details_container
        if loyalty_transactions is not UNSET:
            field_dict["loyalty_transactions"] = loyalty_transactions
        if payment_transactions is not UNSET:
            field_dict["payment_transactions"] = payment_transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[ApplyReferralProgramItemsItem] | Unset = UNSET
        if _items is not UNSET:
            items = _types.parse_model_list(ApplyReferralProgramItemsItem, _items)

        _kkm_transaction_details_container = d.pop("kkm_transaction_details_container", UNSET)
        kkm_transaction_details_container: ApplyReferralProgramKkmTransactionDetailsContainer | Unset
        if isinstance(_kkm_transaction_details_container, Unset):
            kkm_transaction_details_container = UNSET
        else:
            kkm_transaction_details_container = _types.parse_model(
                ApplyReferralProgramKkmTransactionDetailsContainer, _kkm_transaction_details_container
            )

        _loyalty_transactions = d.pop("loyalty_transactions", UNSET)
        loyalty_transactions: list[ApplyReferralProgramLoyaltyTransactionsItem] | Unset = UNSET
        if _loyalty_transactions is not UNSET:
            loyalty_transactions = _types.parse_model_list(
                ApplyReferralProgramLoyaltyTransactionsItem, _loyalty_transactions
            )

        _payment_transactions = d.pop("payment_transactions", UNSET)
        payment_transactions: list[ApplyReferralProgramPaymentTransactionsItem] | Unset = UNSET
        if _payment_transactions is not UNSET:
            payment_transactions = _types.parse_model_list(
                ApplyReferralProgramPaymentTransactionsItem, _payment_transactions
            )

        _instance = cls(
            items,
            kkm_transaction_details_container,
            loyalty_transactions,
            payment_transactions,
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
