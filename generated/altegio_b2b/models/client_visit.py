from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_visit_goods_transactions_item import ClientVisitGoodsTransactionsItem
    from ..models.client_visit_records_item import ClientVisitRecordsItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, ClientVisitGoodsTransactionsItem, ClientVisitRecordsItem
    from ..models.client_visit_goods_transactions_item import ClientVisitGoodsTransactionsItem  # noqa: PLC0415
    from ..models.client_visit_records_item import ClientVisitRecordsItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="ClientVisit")


@_attrs_define
class ClientVisit:
    """Data on customer visits, including appointments and product sales.

    Attributes:
        goods_transactions (list[ClientVisitGoodsTransactionsItem] | Unset): List of product sales transactions.
        records (list[ClientVisitRecordsItem] | Unset): List of customer appointments.
    """

    goods_transactions: list[ClientVisitGoodsTransactionsItem] | Unset = UNSET
    records: list[ClientVisitRecordsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"goods_transactions": "goods_transactions", "records": "records"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        goods_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = _types.to_json(self.goods_transactions)

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = _types.to_json(self.records)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _goods_transactions = d.pop("goods_transactions", UNSET)
        goods_transactions: list[ClientVisitGoodsTransactionsItem] | Unset = UNSET
        if _goods_transactions is not UNSET:
            goods_transactions = _types.parse_model_list(ClientVisitGoodsTransactionsItem, _goods_transactions)

        _records = d.pop("records", UNSET)
        records: list[ClientVisitRecordsItem] | Unset = UNSET
        if _records is not UNSET:
            records = _types.parse_model_list(ClientVisitRecordsItem, _records)

        _instance = cls(
            goods_transactions,
            records,
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
