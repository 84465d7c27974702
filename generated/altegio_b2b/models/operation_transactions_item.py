from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operation_transactions_item_good import OperationTransactionsItemGood
    from ..models.operation_transactions_item_storage import OperationTransactionsItemStorage
    from ..models.operation_transactions_item_type import OperationTransactionsItemType
    from ..models.operation_transactions_item_unit import OperationTransactionsItemUnit

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        OperationTransactionsItemGood, \
        OperationTransactionsItemStorage, \
        OperationTransactionsItemType, \
        OperationTransactionsItemUnit
    from ..models.operation_transactions_item_good import OperationTransactionsItemGood  # noqa: PLC0415
    from ..models.operation_transactions_item_storage import OperationTransactionsItemStorage  # noqa: PLC0415
    from ..models.operation_transactions_item_type import OperationTransactionsItemType  # noqa: PLC0415
    from ..models.operation_transactions_item_unit import OperationTransactionsItemUnit  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="OperationTransactionsItem")


@_attrs_define
class OperationTransactionsItem:
    """
    Attributes:
        amount (float | Unset): Quantity
        client (list[Any] | Unset): Customer
        client_id (int | Unset): Client ID
        comment (str | Unset): A comment
        company_id (int | Unset): location ID
        cost (float | Unset): total price
        cost_per_unit (float | Unset): Price per unit
        create_date (str | Unset): date of creation
        deleted (bool | Unset): Has the transaction been deleted?
        discount (float | Unset): Skdika
        document_id (int | Unset): Document ID
        good (OperationTransactionsItemGood | Unset): Product
        good_id (int | Unset): Item ID
        id (int | Unset): Transaction ID
        master (list[Any] | Unset): Team Member
        master_id (int | Unset): team member ID
        storage (OperationTransactionsItemStorage | Unset): Inventory
        storage_id (int | Unset): Inventory ID
        supplier (list[Any] | Unset): The supplier
        supplier_id (int | Unset): Vendor ID
        type_ (OperationTransactionsItemType | Unset): Document type
        type_id (int | Unset): Document type identifier
        unit (OperationTransactionsItemUnit | Unset): Units
        unit_id (int | Unset): Unit ID
    """

    amount: float | Unset = UNSET
    client: list[Any] | Unset = UNSET
    client_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    company_id: int | Unset = UNSET
    cost: float | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    create_date: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    discount: float | Unset = UNSET
    document_id: int | Unset = UNSET
    good: OperationTransactionsItemGood | Unset = UNSET
    good_id: int | Unset = UNSET
    id: int | Unset = UNSET
    master: list[Any] | Unset = UNSET
    master_id: int | Unset = UNSET
    storage: OperationTransactionsItemStorage | Unset = UNSET
    storage_id: int | Unset = UNSET
    supplier: list[Any] | Unset = UNSET
    supplier_id: int | Unset = UNSET
    type_: OperationTransactionsItemType | Unset = UNSET
    type_id: int | Unset = UNSET
    unit: OperationTransactionsItemUnit | Unset = UNSET
    unit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"amount": "amount", "client": "client", "client_id": "client_id", "comment": "comment", "company_id": "company_id", "cost": "cost", "cost_per_unit": "cost_per_unit", "create_date": "create_date", "deleted": "deleted", "discount": "discount", "document_id": "document_id", "good": "good", "good_id": "good_id", "id": "id", "master": "master", "master_id": "master_id", "storage": "storage", "storage_id": "storage_id", "supplier": "supplier", "supplier_id": "supplier_id", "type_": "type", "type_id": "type_id", "unit": "unit", "unit_id": "unit_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        amount = self.amount

        client: list[Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client

        client_id = self.client_id

        comment = self.comment

        company_id = self.company_id

        cost = self.cost

        cost_per_unit = self.cost_per_unit

        create_date = self.create_date

        deleted = self.deleted

        discount = self.discount

        document_id = self.document_id

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = _types.to_json(self.good)

        good_id = self.good_id

        id = self.id

        master: list[Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master

        master_id = self.master_id

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = _types.to_json(self.storage)

        storage_id = self.storage_id

        supplier: list[Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier

        supplier_id = self.supplier_id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = _types.to_json(self.type_)

        type_id = self.type_id

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = _types.to_json(self.unit)

        unit_id = self.unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if client is not UNSET:
            field_dict["client"] = client
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if discount is not UNSET:
            field_dict["discount"] = discount
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if good is not UNSET:
            field_dict["good"] = good
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if id is not UNSET:
            field_dict["id"] = id
        if master is not UNSET:
            field_dict["master"] = master
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if storage is not UNSET:
            field_dict["storage"] = storage
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if unit is not UNSET:
            field_dict["unit"] = unit
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        _client = d.pop("client", UNSET)
        client: list[Any] | Unset = UNSET
        if _client is not UNSET:
            client = _types.parse_plain_list(_client)

        client_id = d.pop("client_id", UNSET)

        comment = d.pop("comment", UNSET)

        company_id = d.pop("company_id", UNSET)

        cost = d.pop("cost", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        create_date = d.pop("create_date", UNSET)

        deleted = d.pop("deleted", UNSET)

        discount = d.pop("discount", UNSET)

        document_id = d.pop("document_id", UNSET)

        _good = d.pop("good", UNSET)
        good: OperationTransactionsItemGood | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = _types.parse_model(OperationTransactionsItemGood, _good)

        good_id = d.pop("good_id", UNSET)

        id = d.pop("id", UNSET)

        _master = d.pop("master", UNSET)
        master: list[Any] | Unset = UNSET
        if _master is not UNSET:
            master = _types.parse_plain_list(_master)

        master_id = d.pop("master_id", UNSET)

        _storage = d.pop("storage", UNSET)
        storage: OperationTransactionsItemStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = _types.parse_model(OperationTransactionsItemStorage, _storage)

        storage_id = d.pop("storage_id", UNSET)

        _supplier = d.pop("supplier", UNSET)
        supplier: list[Any] | Unset = UNSET
        if _supplier is not UNSET:
            supplier = _types.parse_plain_list(_supplier)

        supplier_id = d.pop("supplier_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: OperationTransactionsItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_model(OperationTransactionsItemType, _type_)

        type_id = d.pop("type_id", UNSET)

        _unit = d.pop("unit", UNSET)
        unit: OperationTransactionsItemUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = _types.parse_model(OperationTransactionsItemUnit, _unit)

        unit_id = d.pop("unit_id", UNSET)

        _instance = cls(
            amount,
            client,
            client_id,
            comment,
            company_id,
            cost,
            cost_per_unit,
            create_date,
            deleted,
            discount,
            document_id,
            good,
            good_id,
            id,
            master,
            master_id,
            storage,
            storage_id,
            supplier,
            supplier_id,
            type_,
            type_id,
            unit,
            unit_id,
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
