from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storage_transaction_clients import StorageTransactionClients
    from ..models.storage_transaction_good import StorageTransactionGood
    from ..models.storage_transaction_master import StorageTransactionMaster
    from ..models.storage_transaction_service import StorageTransactionService
    from ..models.storage_transaction_storage import StorageTransactionStorage
    from ..models.storage_transaction_supplier import StorageTransactionSupplier
    from ..models.storage_transaction_unit import StorageTransactionUnit

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        StorageTransactionClients, \
        StorageTransactionGood, \
        StorageTransactionMaster, \
        StorageTransactionService, \
        StorageTransactionStorage, \
        StorageTransactionSupplier, \
        StorageTransactionUnit
    from ..models.storage_transaction_clients import StorageTransactionClients  # noqa: PLC0415
    from ..models.storage_transaction_good import StorageTransactionGood  # noqa: PLC0415
    from ..models.storage_transaction_master import StorageTransactionMaster  # noqa: PLC0415
    from ..models.storage_transaction_service import StorageTransactionService  # noqa: PLC0415
    from ..models.storage_transaction_storage import StorageTransactionStorage  # noqa: PLC0415
    from ..models.storage_transaction_supplier import StorageTransactionSupplier  # noqa: PLC0415
    from ..models.storage_transaction_unit import StorageTransactionUnit  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="StorageTransaction")


@_attrs_define
class StorageTransaction:
    """
    Attributes:
        clients (StorageTransactionClients | Unset): Customer
        cost (float | Unset): Price
        cost_per_unit (float | Unset): Unit price
        create_date (datetime.datetime | Unset): date of creation Example: 2026-09-21T23:00:00+00:00.
        discount (float | Unset): Discount
        document_id (int | Unset): Document ID
        good (StorageTransactionGood | Unset): Product
        id (int | Unset): Transaction ID
        last_change_date (datetime.datetime | Unset): Last modified date Example: 2026-09-21T23:00:00+00:00.
        master (StorageTransactionMaster | Unset): team member
        operation_unit_type (float | Unset): Unit type: 1 - for sale, 2 - for write-off
        record_id (int | Unset): Appointment ID
        service (StorageTransactionService | Unset): Service
        storage (StorageTransactionStorage | Unset): Inventory
        supplier (StorageTransactionSupplier | Unset): The supplier
        type_ (str | Unset): Transaction type
        type_id (int | Unset): Transaction type identifier
        unit (StorageTransactionUnit | Unset): Unit of measurement
    """

    clients: StorageTransactionClients | Unset = UNSET
    cost: float | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    discount: float | Unset = UNSET
    document_id: int | Unset = UNSET
    good: StorageTransactionGood | Unset = UNSET
    id: int | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    master: StorageTransactionMaster | Unset = UNSET
    operation_unit_type: float | Unset = UNSET
    record_id: int | Unset = UNSET
    service: StorageTransactionService | Unset = UNSET
    storage: StorageTransactionStorage | Unset = UNSET
    supplier: StorageTransactionSupplier | Unset = UNSET
    type_: str | Unset = UNSET
    type_id: int | Unset = UNSET
    unit: StorageTransactionUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"clients": "clients", "cost": "cost", "cost_per_unit": "cost_per_unit", "create_date": "create_date", "discount": "discount", "document_id": "document_id", "good": "good", "id": "id", "last_change_date": "last_change_date", "master": "master", "operation_unit_type": "operation_unit_type", "record_id": "record_id", "service": "service", "storage": "storage", "supplier": "supplier", "type_": "type", "type_id": "type_id", "unit": "unit"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        clients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = _types.to_json(self.clients)

        cost = self.cost

        cost_per_unit = self.cost_per_unit

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = _types.datetime_json(self.create_date, "iso")

        discount = self.discount

        document_id = self.document_id

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = _types.to_json(self.good)

        id = self.id

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = _types.datetime_json(self.last_change_date, "iso")

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = _types.to_json(self.master)

        operation_unit_type = self.operation_unit_type

        record_id = self.record_id

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = _types.to_json(self.service)

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = _types.to_json(self.storage)

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = _types.to_json(self.supplier)

        type_ = self.type_

        type_id = self.type_id

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = _types.to_json(self.unit)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clients is not UNSET:
            field_dict["clients"] = clients
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if discount is not UNSET:
            field_dict["discount"] = discount
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if good is not UNSET:
            field_dict["good"] = good
        if id is not UNSET:
            field_dict["id"] = id
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if master is not UNSET:
            field_dict["master"] = master
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if service is not UNSET:
            field_dict["service"] = service
        if storage is not UNSET:
            field_dict["storage"] = storage
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _clients = d.pop("clients", UNSET)
        clients: StorageTransactionClients | Unset
        if isinstance(_clients, Unset):
            clients = UNSET
        else:
            clients = _types.parse_model(StorageTransactionClients, _clients)

        cost = d.pop("cost", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = _types.parse_datetime(_create_date)

        discount = d.pop("discount", UNSET)

        document_id = d.pop("document_id", UNSET)

        _good = d.pop("good", UNSET)
        good: StorageTransactionGood | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = _types.parse_model(StorageTransactionGood, _good)

        id = d.pop("id", UNSET)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = _types.parse_datetime(_last_change_date)

        _master = d.pop("master", UNSET)
        master: StorageTransactionMaster | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = _types.parse_model(StorageTransactionMaster, _master)

        operation_unit_type = d.pop("operation_unit_type", UNSET)

        record_id = d.pop("record_id", UNSET)

        _service = d.pop("service", UNSET)
        service: StorageTransactionService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = _types.parse_model(StorageTransactionService, _service)

        _storage = d.pop("storage", UNSET)
        storage: StorageTransactionStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = _types.parse_model(StorageTransactionStorage, _storage)

        _supplier = d.pop("supplier", UNSET)
        supplier: StorageTransactionSupplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = _types.parse_model(StorageTransactionSupplier, _supplier)

        type_ = d.pop("type", UNSET)

        type_id = d.pop("type_id", UNSET)

        _unit = d.pop("unit", UNSET)
        unit: StorageTransactionUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = _types.parse_model(StorageTransactionUnit, _unit)

        _instance = cls(
            clients,
            cost,
            cost_per_unit,
            create_date,
            discount,
            document_id,
            good,
            id,
            last_change_date,
            master,
            operation_unit_type,
            record_id,
            service,
            storage,
            supplier,
            type_,
            type_id,
            unit,
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
