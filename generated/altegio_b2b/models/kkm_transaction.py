from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kkm_transaction_cashier import KkmTransactionCashier
    from ..models.kkm_transaction_document import KkmTransactionDocument
    from ..models.kkm_transaction_status import KkmTransactionStatus
    from ..models.kkm_transaction_type import KkmTransactionType

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, KkmTransactionCashier, KkmTransactionDocument, KkmTransactionStatus, KkmTransactionType
    from ..models.kkm_transaction_cashier import KkmTransactionCashier  # noqa: PLC0415
    from ..models.kkm_transaction_document import KkmTransactionDocument  # noqa: PLC0415
    from ..models.kkm_transaction_status import KkmTransactionStatus  # noqa: PLC0415
    from ..models.kkm_transaction_type import KkmTransactionType  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="KkmTransaction")


@_attrs_define
class KkmTransaction:
    """
    Attributes:
        cashier (KkmTransactionCashier | Unset): Cashier
        document (KkmTransactionDocument | Unset): Transaction document
        id (int | Unset): Transaction ID
        print_date (datetime.datetime | Unset): Check printing date Example: 2026-09-21T23:00:00+00:00.
        printed_count (float | Unset): Number of checks printed
        status (KkmTransactionStatus | Unset): Receipt printing status
        sum_ (int | Unset): Sum
        type_ (KkmTransactionType | Unset): Type of transaction
    """

    cashier: KkmTransactionCashier | Unset = UNSET
    document: KkmTransactionDocument | Unset = UNSET
    id: int | Unset = UNSET
    print_date: datetime.datetime | Unset = UNSET
    printed_count: float | Unset = UNSET
    status: KkmTransactionStatus | Unset = UNSET
    sum_: int | Unset = UNSET
    type_: KkmTransactionType | Unset = UNSET
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

        print_date: str | Unset = UNSET
        if not isinstance(self.print_date, Unset):
            print_date = _types.datetime_json(self.print_date, "iso")

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
        cashier: KkmTransactionCashier | Unset
        if isinstance(_cashier, Unset):
            cashier = UNSET
        else:
            cashier = _types.parse_model(KkmTransactionCashier, _cashier)

        _document = d.pop("document", UNSET)
        document: KkmTransactionDocument | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = _types.parse_model(KkmTransactionDocument, _document)

        id = d.pop("id", UNSET)

        _print_date = d.pop("print_date", UNSET)
        print_date: datetime.datetime | Unset
        if isinstance(_print_date, Unset):
            print_date = UNSET
        else:
            print_date = _types.parse_datetime(_print_date)

        printed_count = d.pop("printed_count", UNSET)

        _status = d.pop("status", UNSET)
        status: KkmTransactionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _types.parse_model(KkmTransactionStatus, _status)

        sum_ = d.pop("sum", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: KkmTransactionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_model(KkmTransactionType, _type_)

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
