from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deposits_operation_deposits_transactions_item import DepositsOperationDepositsTransactionsItem
    from ..models.deposits_operation_document import DepositsOperationDocument
    from ..models.deposits_operation_payment_transactions_item import DepositsOperationPaymentTransactionsItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        DepositsOperationDepositsTransactionsItem, \
        DepositsOperationDocument, \
        DepositsOperationPaymentTransactionsItem
    from ..models.deposits_operation_deposits_transactions_item import DepositsOperationDepositsTransactionsItem  # noqa: PLC0415
    from ..models.deposits_operation_document import DepositsOperationDocument  # noqa: PLC0415
    from ..models.deposits_operation_payment_transactions_item import DepositsOperationPaymentTransactionsItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="DepositsOperation")


@_attrs_define
class DepositsOperation:
    """Object with data

    Attributes:
        deposits_transactions (list[DepositsOperationDepositsTransactionsItem] | Unset): Client account transaction
        document (DepositsOperationDocument | Unset):
        payment_transactions (list[DepositsOperationPaymentTransactionsItem] | Unset): Payment transaction
    """

    deposits_transactions: list[DepositsOperationDepositsTransactionsItem] | Unset = UNSET
    document: DepositsOperationDocument | Unset = UNSET
    payment_transactions: list[DepositsOperationPaymentTransactionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"deposits_transactions": "deposits_transactions", "document": "document", "payment_transactions": "payment_transactions"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        deposits_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deposits_transactions, Unset):
            deposits_transactions = _types.to_json(self.deposits_transactions)

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = _types.to_json(self.document)

        payment_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_transactions, Unset):
            payment_transactions = _types.to_json(self.payment_transactions)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deposits_transactions is not UNSET:
            field_dict["deposits_transactions"] = deposits_transactions
        if document is not UNSET:
            field_dict["document"] = document
        if payment_transactions is not UNSET:
            field_dict["payment_transactions"] = payment_transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _deposits_transactions = d.pop("deposits_transactions", UNSET)
        deposits_transactions: list[DepositsOperationDepositsTransactionsItem] | Unset = UNSET
        if _deposits_transactions is not UNSET:
            deposits_transactions = _types.parse_model_list(
                DepositsOperationDepositsTransactionsItem, _deposits_transactions
            )

        _document = d.pop("document", UNSET)
        document: DepositsOperationDocument | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = _types.parse_model(DepositsOperationDocument, _document)

        _payment_transactions = d.pop("payment_transactions", UNSET)
        payment_transactions: list[DepositsOperationPaymentTransactionsItem] | Unset = UNSET
        if _payment_transactions is not UNSET:
            payment_transactions = _types.parse_model_list(
                DepositsOperationPaymentTransactionsItem, _payment_transactions
            )

        _instance = cls(
            deposits_transactions,
            document,
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
