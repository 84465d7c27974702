from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_inventory_operation_body_goods_transactions_item import (
        CreateInventoryOperationBodyGoodsTransactionsItem,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, CreateInventoryOperationBodyGoodsTransactionsItem
    from ..models.create_inventory_operation_body_goods_transactions_item import (
        CreateInventoryOperationBodyGoodsTransactionsItem,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="CreateInventoryOperationBody")


@_attrs_define
class CreateInventoryOperationBody:
    """Create an inventory operation

    Attributes:
        create_date (datetime.datetime): Document creation date Example: 2026-09-21T23:00:00+00:00.
        goods_transactions (list[CreateInventoryOperationBodyGoodsTransactionsItem]): An array of objects containing
            transaction parameters, similar to a request to create a product transaction
        storage_id (int): Inventory ID
        type_id (int): Document type (Sale 1, Usage / Material Consumption 2, Product Receipt / Incoming 3, Inventory
            Write-off / Product Disposal 4, Internal Transfer 5)
        comment (str | Unset): A comment
        master_id (int | Unset): team member ID
    """

    create_date: datetime.datetime
    goods_transactions: list[CreateInventoryOperationBodyGoodsTransactionsItem]
    storage_id: int
    type_id: int
    comment: str | Unset = UNSET
    master_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"create_date": "create_date", "goods_transactions": "goods_transactions", "storage_id": "storage_id", "type_id": "type_id", "comment": "comment", "master_id": "master_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        create_date = _types.datetime_json(self.create_date, "iso")

        goods_transactions = _types.to_json(self.goods_transactions)

        storage_id = self.storage_id

        type_id = self.type_id

        comment = self.comment

        master_id = self.master_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "create_date": create_date,
                "goods_transactions": goods_transactions,
                "storage_id": storage_id,
                "type_id": type_id,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        create_date = _types.parse_datetime(d.pop("create_date"))

        goods_transactions = _types.parse_model_list(
            CreateInventoryOperationBodyGoodsTransactionsItem, d.pop("goods_transactions")
        )

        storage_id = d.pop("storage_id")

        type_id = d.pop("type_id")

        comment = d.pop("comment", UNSET)

        master_id = d.pop("master_id", UNSET)

        _instance = cls(
            create_date,
            goods_transactions,
            storage_id,
            type_id,
            comment,
            master_id,
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
