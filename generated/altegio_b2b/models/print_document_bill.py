from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.print_document_bill_bill_json_item import PrintDocumentBillBillJsonItem
    from ..models.print_document_bill_kkm_transactions_item import PrintDocumentBillKkmTransactionsItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, PrintDocumentBillBillJsonItem, PrintDocumentBillKkmTransactionsItem
    from ..models.print_document_bill_bill_json_item import PrintDocumentBillBillJsonItem  # noqa: PLC0415
    from ..models.print_document_bill_kkm_transactions_item import PrintDocumentBillKkmTransactionsItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="PrintDocumentBill")


@_attrs_define
class PrintDocumentBill:
    """Array of objects with data

    Attributes:
        bill_json (list[PrintDocumentBillBillJsonItem] | Unset):
        kkm_transactions (list[PrintDocumentBillKkmTransactionsItem] | Unset):
        kkm_type (int | Unset): Type of KKM operation
        status (int | Unset):
    """

    bill_json: list[PrintDocumentBillBillJsonItem] | Unset = UNSET
    kkm_transactions: list[PrintDocumentBillKkmTransactionsItem] | Unset = UNSET
    kkm_type: int | Unset = UNSET
    status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"bill_json": "bill_json", "kkm_transactions": "kkm_transactions", "kkm_type": "kkm_type", "status": "status"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        bill_json: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bill_json, Unset):
            bill_json = _types.to_json(self.bill_json)

        kkm_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.kkm_transactions, Unset):
            kkm_transactions = _types.to_json(self.kkm_transactions)

        kkm_type = self.kkm_type

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bill_json is not UNSET:
            field_dict["bill_json"] = bill_json
        if kkm_transactions is not UNSET:
            field_dict["kkm_transactions"] = kkm_transactions
        if kkm_type is not UNSET:
            field_dict["kkm_type"] = kkm_type
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _bill_json = d.pop("bill_json", UNSET)
        bill_json: list[PrintDocumentBillBillJsonItem] | Unset = UNSET
        if _bill_json is not UNSET:
            bill_json = _types.parse_model_list(PrintDocumentBillBillJsonItem, _bill_json)

        _kkm_transactions = d.pop("kkm_transactions", UNSET)
        kkm_transactions: list[PrintDocumentBillKkmTransactionsItem] | Unset = UNSET
        if _kkm_transactions is not UNSET:
            kkm_transactions = _types.parse_model_list(PrintDocumentBillKkmTransactionsItem, _kkm_transactions)

        kkm_type = d.pop("kkm_type", UNSET)

        status = d.pop("status", UNSET)

        _instance = cls(
            bill_json,
            kkm_transactions,
            kkm_type,
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
