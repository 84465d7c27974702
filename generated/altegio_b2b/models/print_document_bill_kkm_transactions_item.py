from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.print_document_bill_kkm_transactions_item_cashier import PrintDocumentBillKkmTransactionsItemCashier
    from ..models.print_document_bill_kkm_transactions_item_document import PrintDocumentBillKkmTransactionsItemDocument
    from ..models.print_document_bill_kkm_transactions_item_status import PrintDocumentBillKkmTransactionsItemStatus
    from ..models.print_document_bill_kkm_transactions_item_type import PrintDocumentBillKkmTransactionsItemType

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        PrintDocumentBillKkmTransactionsItemCashier, \
        PrintDocumentBillKkmTransactionsItemDocument, \
        PrintDocumentBillKkmTransactionsItemStatus, \
        PrintDocumentBillKkmTransactionsItemType
    from ..models.print_document_bill_kkm_transactions_item_cashier import PrintDocumentBillKkmTransactionsItemCashier  # noqa: PLC0415
    from ..models.print_document_bill_kkm_transactions_item_document import PrintDocumentBillKkmTransactionsItemDocument  # noqa: PLC0415
    from ..models.print_document_bill_kkm_transactions_item_status import PrintDocumentBillKkmTransactionsItemStatus  # noqa: PLC0415
    from ..models.print_document_bill_kkm_transactions_item_type import PrintDocumentBillKkmTransactionsItemType  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="PrintDocumentBillKkmTransactionsItem")


@_attrs_define
class PrintDocumentBillKkmTransactionsItem:
    """
    Attributes:
        cashier (PrintDocumentBillKkmTransactionsItemCashier | Unset): Cashier
        document (PrintDocumentBillKkmTransactionsItemDocument | Unset): Transaction document
        id (int | Unset): Transaction ID
        print_date (str | Unset): Check printing date
        printed_count (float | Unset): Number of checks printed
        status (PrintDocumentBillKkmTransactionsItemStatus | Unset): Receipt printing status
        sum_ (int | Unset): Sum
        type_ (PrintDocumentBillKkmTransactionsItemType | Unset): Type of transaction
    """

    cashier: PrintDocumentBillKkmTransactionsItemCashier | Unset = UNSET
    document: PrintDocumentBillKkmTransactionsItemDocument | Unset = UNSET
    id: int | Unset = UNSET
    print_date: str | Unset = UNSET
    printed_count: float | Unset = UNSET
    status: PrintDocumentBillKkmTransactionsItemStatus | Unset = UNSET
    sum_: int | Unset = UNSET
    type_: PrintDocumentBillKkmTransactionsItemType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"cashier": "cashier", "document": "document", "id": "id", "print_date": "print_date", "printed_count": "printed_count", "status": "status", "sum_": "sum", "type_": "type"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        cashier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cashier, Unset):
            cashier = _types.to_json(self.cashier)

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = _types.to_json(self.document)

        id = self.id

        print_date = self.print_date

        printed_count = self.printed_count

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = _types.to_json(self.status)

        sum_ = self.sum_

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = _types.to_json(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cashier is not UNSET:
            field_dict["cashier"] = cashier
        if document is not UNSET:
            field_dict["document"] = document
        if id is not UNSET:
            field_dict["id"] = id
        if print_date is not UNSET:
            field_dict["print_date"] = print_date
        if printed_count is not UNSET:
            field_dict["printed_count"] = printed_count
        if status is not UNSET:
            field_dict["status"] = status
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _cashier = d.pop("cashier", UNSET)
        cashier: PrintDocumentBillKkmTransactionsItemCashier | Unset
        if isinstance(_cashier, Unset):
            cashier = UNSET
        else:
            cashier = _types.parse_model(PrintDocumentBillKkmTransactionsItemCashier, _cashier)

        _document = d.pop("document", UNSET)
        document: PrintDocumentBillKkmTransactionsItemDocument | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = _types.parse_model(PrintDocumentBillKkmTransactionsItemDocument, _document)

        id = d.pop("id", UNSET)

        print_date = d.pop("print_date", UNSET)

        printed_count = d.pop("printed_count", UNSET)

        _status = d.pop("status", UNSET)
        status: PrintDocumentBillKkmTransactionsItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _types.parse_model(PrintDocumentBillKkmTransactionsItemStatus, _status)

        sum_ = d.pop("sum", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PrintDocumentBillKkmTransactionsItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_model(PrintDocumentBillKkmTransactionsItemType, _type_)

        _instance = cls(
            cashier,
            document,
            id,
            print_date,
            printed_count,
            status,
            sum_,
            type_,
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
