from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goods_transaction_client_type_0_item import GoodsTransactionClientType0Item
    from ..models.goods_transaction_client_type_1 import GoodsTransactionClientType1
    from ..models.goods_transaction_good import GoodsTransactionGood
    from ..models.goods_transaction_goods_marks_item import GoodsTransactionGoodsMarksItem
    from ..models.goods_transaction_master_type_0_item import GoodsTransactionMasterType0Item
    from ..models.goods_transaction_master_type_1 import GoodsTransactionMasterType1
    from ..models.goods_transaction_sale_unit_type_0 import GoodsTransactionSaleUnitType0
    from ..models.goods_transaction_service_unit_type_0 import GoodsTransactionServiceUnitType0
    from ..models.goods_transaction_storage import GoodsTransactionStorage
    from ..models.goods_transaction_supplier_item import GoodsTransactionSupplierItem
    from ..models.goods_transaction_type import GoodsTransactionType
    from ..models.goods_transaction_unit import GoodsTransactionUnit

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        GoodsTransactionClientType0Item, \
        GoodsTransactionClientType1, \
        GoodsTransactionGood, \
        GoodsTransactionGoodsMarksItem, \
        GoodsTransactionMasterType0Item, \
        GoodsTransactionMasterType1, \
        GoodsTransactionSaleUnitType0, \
        GoodsTransactionServiceUnitType0, \
        GoodsTransactionStorage, \
        GoodsTransactionSupplierItem, \
        GoodsTransactionType, \
        GoodsTransactionUnit
    from ..models.goods_transaction_client_type_0_item import GoodsTransactionClientType0Item  # noqa: PLC0415
    from ..models.goods_transaction_client_type_1 import GoodsTransactionClientType1  # noqa: PLC0415
    from ..models.goods_transaction_good import GoodsTransactionGood  # noqa: PLC0415
    from ..models.goods_transaction_goods_marks_item import GoodsTransactionGoodsMarksItem  # noqa: PLC0415
    from ..models.goods_transaction_master_type_0_item import GoodsTransactionMasterType0Item  # noqa: PLC0415
    from ..models.goods_transaction_master_type_1 import GoodsTransactionMasterType1  # noqa: PLC0415
    from ..models.goods_transaction_sale_unit_type_0 import GoodsTransactionSaleUnitType0  # noqa: PLC0415
    from ..models.goods_transaction_service_unit_type_0 import GoodsTransactionServiceUnitType0  # noqa: PLC0415
    from ..models.goods_transaction_storage import GoodsTransactionStorage  # noqa: PLC0415
    from ..models.goods_transaction_supplier_item import GoodsTransactionSupplierItem  # noqa: PLC0415
    from ..models.goods_transaction_type import GoodsTransactionType  # noqa: PLC0415
    from ..models.goods_transaction_unit import GoodsTransactionUnit  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="GoodsTransaction")


@_attrs_define
class GoodsTransaction:
    """Object with data

    Attributes:
        amount (float | Unset): Quantity
        client (GoodsTransactionClientType1 | list[GoodsTransactionClientType0Item] | Unset): Customer (can be array or
            object)
        client_id (int | Unset): Client ID
        comment (str | Unset): A comment
        company_id (int | Unset): location ID
        cost (float | Unset): Price
        cost_per_unit (float | Unset): Unit price
        create_date (datetime.datetime | Unset): date of creation Example: 2026-09-21T23:00:00+00:00.
        deleted (bool | Unset): Delete transaction flag
        discount (float | Unset): Discount
        document_id (int | Unset):
        good (GoodsTransactionGood | Unset): Product
        good_id (int | Unset): Product ID
        good_special_number (str | Unset): Special number (e.g., certificate code)
        goods_marks (list[GoodsTransactionGoodsMarksItem] | Unset): Product marking codes
        id (int | Unset):
        last_change_date (datetime.datetime | Unset): Last modified date Example: 2026-09-21T23:00:00+00:00.
        master (GoodsTransactionMasterType1 | list[GoodsTransactionMasterType0Item] | Unset): Team Member (can be array
            or object)
        master_id (int | Unset): team member ID
        operation_unit_type (float | Unset): Operation unit type
        sale_amount (float | Unset): Sale quantity
        sale_unit (GoodsTransactionSaleUnitType0 | None | Unset): Sales unit (can be object or null)
        sale_unit_id (int | Unset): Sale unit ID
        service_amount (float | Unset): Service quantity
        service_unit (GoodsTransactionServiceUnitType0 | None | Unset): Sales unit for service (can be object or null)
        service_unit_id (int | Unset): Service unit ID
        storage (GoodsTransactionStorage | Unset): Inventory
        storage_id (int | Unset): Inventory ID
        supplier (list[GoodsTransactionSupplierItem] | Unset): The supplier
        supplier_id (int | Unset): Vendor ID
        type_ (GoodsTransactionType | Unset): Transaction type
        type_id (int | Unset):
        unit (GoodsTransactionUnit | Unset): unit of measurement
        unit_id (int | Unset): Unit ID
        pkg_amount (float | Unset): Amount in a package
        record_id (int | Unset): Appointment ID
        service_id (int | Unset): Service ID
        user_id (int | Unset): User ID
    """

    amount: float | Unset = UNSET
    client: GoodsTransactionClientType1 | list[GoodsTransactionClientType0Item] | Unset = UNSET
    client_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    company_id: int | Unset = UNSET
    cost: float | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    deleted: bool | Unset = UNSET
    discount: float | Unset = UNSET
    document_id: int | Unset = UNSET
    good: GoodsTransactionGood | Unset = UNSET
    good_id: int | Unset = UNSET
    good_special_number: str | Unset = UNSET
    goods_marks: list[GoodsTransactionGoodsMarksItem] | Unset = UNSET
    id: int | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    master: GoodsTransactionMasterType1 | list[GoodsTransactionMasterType0Item] | Unset = UNSET
    master_id: int | Unset = UNSET
    operation_unit_type: float | Unset = UNSET
    sale_amount: float | Unset = UNSET
    sale_unit: GoodsTransactionSaleUnitType0 | None | Unset = UNSET
    sale_unit_id: int | Unset = UNSET
    service_amount: float | Unset = UNSET
    service_unit: GoodsTransactionServiceUnitType0 | None | Unset = UNSET
    service_unit_id: int | Unset = UNSET
    storage: GoodsTransactionStorage | Unset = UNSET
    storage_id: int | Unset = UNSET
    supplier: list[GoodsTransactionSupplierItem] | Unset = UNSET
    supplier_id: int | Unset = UNSET
    type_: GoodsTransactionType | Unset = UNSET
    type_id: int | Unset = UNSET
    unit: GoodsTransactionUnit | Unset = UNSET
    unit_id: int | Unset = UNSET
    pkg_amount: float | Unset = UNSET
    record_id: int | Unset = UNSET
    service_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"amount": "amount", "client": "client", "client_id": "client_id", "comment": "comment", "company_id": "company_id", "cost": "cost", "cost_per_unit": "cost_per_unit", "create_date": "create_date", "deleted": "deleted", "discount": "discount", "document_id": "document_id", "good": "good", "good_id": "good_id", "good_special_number": "good_special_number", "goods_marks": "goods_marks", "id": "id", "last_change_date": "last_change_date", "master": "master", "master_id": "master_id", "operation_unit_type": "operation_unit_type", "sale_amount": "sale_amount", "sale_unit": "sale_unit", "sale_unit_id": "sale_unit_id", "service_amount": "service_amount", "service_unit": "service_unit", "service_unit_id": "service_unit_id", "storage": "storage", "storage_id": "storage_id", "supplier": "supplier", "supplier_id": "supplier_id", "type_": "type", "type_id": "type_id", "unit": "unit", "unit_id": "unit_id", "pkg_amount": "pkg_amount", "record_id": "record_id", "service_id": "service_id", "user_id": "user_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        amount = self.amount

        client: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, list):
            client = _types.to_json(self.client)

        else:
            client = _types.to_json(self.client)

        client_id = self.client_id

        comment = self.comment

        company_id = self.company_id

        cost = self.cost

        cost_per_unit = self.cost_per_unit

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = _types.datetime_json(self.create_date, "iso")

        deleted = self.deleted

        discount = self.discount

        document_id: int | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        else:
            document_id = self.document_id

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = _types.to_json(self.good)

        good_id = self.good_id

        good_special_number = self.good_special_number

        goods_marks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_marks, Unset):
            goods_marks = _types.to_json(self.goods_marks)

        id: int | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = _types.datetime_json(self.last_change_date, "iso")

        master: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.master, Unset):
            master = UNSET
        elif isinstance(self.master, list):
            master = _types.to_json(self.master)

        else:
            master = _types.to_json(self.master)

        master_id = self.master_id

        operation_unit_type = self.operation_unit_type

        sale_amount = self.sale_amount

        sale_unit: dict[str, Any] | None | Unset
        if isinstance(self.sale_unit, Unset):
            sale_unit = UNSET
        elif isinstance(self.sale_unit, GoodsTransactionSaleUnitType0):
            sale_unit = _types.to_json(self.sale_unit)
        else:
            sale_unit = self.sale_unit

        sale_unit_id = self.sale_unit_id

        service_amount = self.service_amount

        service_unit: dict[str, Any] | None | Unset
        if isinstance(self.service_unit, Unset):
            service_unit = UNSET
        elif isinstance(self.service_unit, GoodsTransactionServiceUnitType0):
            service_unit = _types.to_json(self.service_unit)
        else:
            service_unit = self.service_unit

        service_unit_id = self.service_unit_id

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = _types.to_json(self.storage)

        storage_id = self.storage_id

        supplier: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = _types.to_json(self.supplier)

        supplier_id = self.supplier_id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = _types.to_json(self.type_)

        type_id: int | Unset
        if isinstance(self.type_id, Unset):
            type_id = UNSET
        else:
            type_id = self.type_id

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = _types.to_json(self.unit)

        unit_id = self.unit_id

        pkg_amount = self.pkg_amount

        record_id = self.record_id

        service_id = self.service_id

        user_id = self.user_id

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
        if good_special_number is not UNSET:
            field_dict["good_special_number"] = good_special_number
        if goods_marks is not UNSET:
            field_dict["goods_marks"] = goods_marks
        if id is not UNSET:
            field_dict["id"] = id
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if master is not UNSET:
            field_dict["master"] = master
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if sale_amount is not UNSET:
            field_dict["sale_amount"] = sale_amount
        if sale_unit is not UNSET:
            field_dict["sale_unit"] = sale_unit
        if sale_unit_id is not UNSET:
            field_dict["sale_unit_id"] = sale_unit_id
        if service_amount is not UNSET:
            field_dict["service_amount"] = service_amount
        if service_unit is not UNSET:
            field_dict["service_unit"] = service_unit
        if service_unit_id is not UNSET:
            field_dict["service_unit_id"] = service_unit_id
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
        if pkg_amount is not UNSET:
            field_dict["pkg_amount"] = pkg_amount
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        def _parse_client(data: object) -> GoodsTransactionClientType1 | list[GoodsTransactionClientType0Item] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, list) or data == {}):
                    raise TypeError()
                client_type_0 = _types.parse_model_list(GoodsTransactionClientType0Item, data)

                if client_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_type_1 = _types.parse_model(GoodsTransactionClientType1, data)

                if client_type_1 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return client_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(GoodsTransactionClientType1 | list[GoodsTransactionClientType0Item] | Unset, data)

        client = _parse_client(d.pop("client", UNSET))

        client_id = d.pop("client_id", UNSET)

        comment = d.pop("comment", UNSET)

        company_id = d.pop("company_id", UNSET)

        cost = d.pop("cost", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = _types.parse_datetime(_create_date)

        deleted = d.pop("deleted", UNSET)

        discount = d.pop("discount", UNSET)

        document_id: int | Unset = d.pop("document_id", UNSET)

        _good = d.pop("good", UNSET)
        good: GoodsTransactionGood | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = _types.parse_model(GoodsTransactionGood, _good)

        good_id = d.pop("good_id", UNSET)

        good_special_number = d.pop("good_special_number", UNSET)

        _goods_marks = d.pop("goods_marks", UNSET)
        goods_marks: list[GoodsTransactionGoodsMarksItem] | Unset = UNSET
        if _goods_marks is not UNSET:
            goods_marks = _types.parse_model_list(GoodsTransactionGoodsMarksItem, _goods_marks)

        id: int | Unset = d.pop("id", UNSET)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = _types.parse_datetime(_last_change_date)

        def _parse_master(data: object) -> GoodsTransactionMasterType1 | list[GoodsTransactionMasterType0Item] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, list) or data == {}):
                    raise TypeError()
                master_type_0 = _types.parse_model_list(GoodsTransactionMasterType0Item, data)

                if master_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return master_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                master_type_1 = _types.parse_model(GoodsTransactionMasterType1, data)

                if master_type_1 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return master_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(GoodsTransactionMasterType1 | list[GoodsTransactionMasterType0Item] | Unset, data)

        master = _parse_master(d.pop("master", UNSET))

        master_id = d.pop("master_id", UNSET)

        operation_unit_type = d.pop("operation_unit_type", UNSET)

        sale_amount = d.pop("sale_amount", UNSET)

        def _parse_sale_unit(data: object) -> GoodsTransactionSaleUnitType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sale_unit_type_0 = _types.parse_model(GoodsTransactionSaleUnitType0, data)

                if sale_unit_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return sale_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(GoodsTransactionSaleUnitType0 | None | Unset, data)

        sale_unit = _parse_sale_unit(d.pop("sale_unit", UNSET))

        sale_unit_id = d.pop("sale_unit_id", UNSET)

        service_amount = d.pop("service_amount", UNSET)

        def _parse_service_unit(data: object) -> GoodsTransactionServiceUnitType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_unit_type_0 = _types.parse_model(GoodsTransactionServiceUnitType0, data)

                if service_unit_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return service_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(GoodsTransactionServiceUnitType0 | None | Unset, data)

        service_unit = _parse_service_unit(d.pop("service_unit", UNSET))

        service_unit_id = d.pop("service_unit_id", UNSET)

        _storage = d.pop("storage", UNSET)
        storage: GoodsTransactionStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = _types.parse_model(GoodsTransactionStorage, _storage)

        storage_id = d.pop("storage_id", UNSET)

        _supplier = d.pop("supplier", UNSET)
        supplier: list[GoodsTransactionSupplierItem] | Unset = UNSET
        if _supplier is not UNSET:
            supplier = _types.parse_model_list(GoodsTransactionSupplierItem, _supplier)

        supplier_id = d.pop("supplier_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: GoodsTransactionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_model(GoodsTransactionType, _type_)

        type_id: int | Unset = d.pop("type_id", UNSET)

        _unit = d.pop("unit", UNSET)
        unit: GoodsTransactionUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = _types.parse_model(GoodsTransactionUnit, _unit)

        unit_id = d.pop("unit_id", UNSET)

        pkg_amount = d.pop("pkg_amount", UNSET)

        record_id = d.pop("record_id", UNSET)

        service_id = d.pop("service_id", UNSET)

        user_id = d.pop("user_id", UNSET)

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
            good_special_number,
            goods_marks,
            id,
            last_change_date,
            master,
            master_id,
            operation_unit_type,
            sale_amount,
            sale_unit,
            sale_unit_id,
            service_amount,
            service_unit,
            service_unit_id,
            storage,
            storage_id,
            supplier,
            supplier_id,
            type_,
            type_id,
            unit,
            unit_id,
            pkg_amount,
            record_id,
            service_id,
            user_id,
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
