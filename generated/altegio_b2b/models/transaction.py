from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_account import TransactionAccount
    from ..models.transaction_client import TransactionClient
    from ..models.transaction_clients import TransactionClients
    from ..models.transaction_expense import TransactionExpense
    from ..models.transaction_good import TransactionGood
    from ..models.transaction_master import TransactionMaster
    from ..models.transaction_program import TransactionProgram
    from ..models.transaction_service import TransactionService
    from ..models.transaction_storage import TransactionStorage
    from ..models.transaction_supplier import TransactionSupplier
    from ..models.transaction_type_type_0 import TransactionTypeType0
    from ..models.transaction_unit import TransactionUnit

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        TransactionAccount, \
        TransactionClient, \
        TransactionClients, \
        TransactionExpense, \
        TransactionGood, \
        TransactionMaster, \
        TransactionProgram, \
        TransactionService, \
        TransactionStorage, \
        TransactionSupplier, \
        TransactionTypeType0, \
        TransactionUnit
    from ..models.transaction_account import TransactionAccount  # noqa: PLC0415
    from ..models.transaction_client import TransactionClient  # noqa: PLC0415
    from ..models.transaction_clients import TransactionClients  # noqa: PLC0415
    from ..models.transaction_expense import TransactionExpense  # noqa: PLC0415
    from ..models.transaction_good import TransactionGood  # noqa: PLC0415
    from ..models.transaction_master import TransactionMaster  # noqa: PLC0415
    from ..models.transaction_program import TransactionProgram  # noqa: PLC0415
    from ..models.transaction_service import TransactionService  # noqa: PLC0415
    from ..models.transaction_storage import TransactionStorage  # noqa: PLC0415
    from ..models.transaction_supplier import TransactionSupplier  # noqa: PLC0415
    from ..models.transaction_type_type_0 import TransactionTypeType0  # noqa: PLC0415
    from ..models.transaction_unit import TransactionUnit  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """
    Attributes:
        abonement_id (int | Unset): Loyalty membership ID
        amount (float | Unset): Loyalty payment amount
        card_id (int | Unset): Loyalty card ID
        certificate_id (int | Unset): Loyalty certificate ID
        goods_transaction_id (int | Unset): Item sale transaction ID
        id (int | Unset): Transaction ID
        is_discount (bool | Unset):
        is_loyalty_withdraw (bool | Unset):
        item_id (int | Unset): Position ID in the order, if the transaction is related to the sale of a product or
            service
        item_record_id (int | Unset): ID of the appointment to which the item in the order belongs, if applicable
        item_type_id (int | Unset): Item type in the order to which this transaction relates (1 Provision of service, 7
            Sale of products), if applicable
        program_id (int | Unset): Loyalty program ID
        salon_group_id (int | Unset): ID of the location chain, within the loyalty of which this transaction was created
        services_transaction_id (int | Unset): Service Transaction ID
        status_id (int | Unset): Transaction status ID
        type_ (str | TransactionTypeType0 | Unset):
        type_id (int | Unset): Type of loyalty transaction
        visit_id (int | Unset): Visit ID
        program (TransactionProgram | Unset): Promotion Information
        account (TransactionAccount | Unset): Location account
        client (TransactionClient | Unset): Customer
        comment (str | Unset): A comment
        date (datetime.datetime | Unset): Transaction creation date Example: 2026-09-21T23:00:00+00:00.
        document_id (int | Unset): Document ID
        expense (TransactionExpense | Unset): Payment type
        last_change_date (datetime.datetime | Unset): Last modified date Example: 2026-09-21T23:00:00+00:00.
        master (TransactionMaster | Unset): Team Member
        record_id (int | Unset): Appointment ID
        sold_item_id (int | Unset): Identifier of the sold product/service
        sold_item_type (float | Unset): Sale entity type (product/service)
        supplier (TransactionSupplier | Unset): counterparty
        clients (TransactionClients | Unset): Customer
        cost (float | Unset): Price
        cost_per_unit (float | Unset): Unit price
        create_date (datetime.datetime | Unset): date of creation Example: 2026-09-21T23:00:00+00:00.
        discount (float | Unset): Discount
        good (TransactionGood | Unset): Product
        operation_unit_type (float | Unset): Unit type: 1 - for sale, 2 - for write-off
        service (TransactionService | Unset): Service
        storage (TransactionStorage | Unset): Inventory
        unit (TransactionUnit | Unset): Unit of measurement
    """

    abonement_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    card_id: int | Unset = UNSET
    certificate_id: int | Unset = UNSET
    goods_transaction_id: int | Unset = UNSET
    id: int | Unset = UNSET
    is_discount: bool | Unset = UNSET
    is_loyalty_withdraw: bool | Unset = UNSET
    item_id: int | Unset = UNSET
    item_record_id: int | Unset = UNSET
    item_type_id: int | Unset = UNSET
    program_id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    services_transaction_id: int | Unset = UNSET
    status_id: int | Unset = UNSET
    type_: str | TransactionTypeType0 | Unset = UNSET
    type_id: int | Unset = UNSET
    visit_id: int | Unset = UNSET
    program: TransactionProgram | Unset = UNSET
    account: TransactionAccount | Unset = UNSET
    client: TransactionClient | Unset = UNSET
    comment: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    document_id: int | Unset = UNSET
    expense: TransactionExpense | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    master: TransactionMaster | Unset = UNSET
    record_id: int | Unset = UNSET
    sold_item_id: int | Unset = UNSET
    sold_item_type: float | Unset = UNSET
    supplier: TransactionSupplier | Unset = UNSET
    clients: TransactionClients | Unset = UNSET
    cost: float | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    discount: float | Unset = UNSET
    good: TransactionGood | Unset = UNSET
    operation_unit_type: float | Unset = UNSET
    service: TransactionService | Unset = UNSET
    storage: TransactionStorage | Unset = UNSET
    unit: TransactionUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"abonement_id": "abonement_id", "amount": "amount", "card_id": "card_id", "certificate_id": "certificate_id", "goods_transaction_id": "goods_transaction_id", "id": "id", "is_discount": "is_discount", "is_loyalty_withdraw": "is_loyalty_withdraw", "item_id": "item_id", "item_record_id": "item_record_id", "item_type_id": "item_type_id", "program_id": "program_id", "salon_group_id": "salon_group_id", "services_transaction_id": "services_transaction_id", "status_id": "status_id", "type_": "type", "type_id": "type_id", "visit_id": "visit_id", "program": "program", "account": "account", "client": "client", "comment": "comment", "date": "date", "document_id": "document_id", "expense": "expense", "last_change_date": "last_change_date", "master": "master", "record_id": "record_id", "sold_item_id": "sold_item_id", "sold_item_type": "sold_item_type", "supplier": "supplier", "clients": "clients", "cost": "cost", "cost_per_unit": "cost_per_unit", "create_date": "create_date", "discount": "discount", "good": "good", "operation_unit_type": "operation_unit_type", "service": "service", "storage": "storage", "unit": "unit"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        abonement_id = self.abonement_id

        amount = self.amount

        card_id: int | Unset
        if isinstance(self.card_id, Unset):
            card_id = UNSET
        else:
            card_id = self.card_id

        certificate_id = self.certificate_id

        goods_transaction_id: int | Unset
        if isinstance(self.goods_transaction_id, Unset):
            goods_transaction_id = UNSET
        else:
            goods_transaction_id = self.goods_transaction_id

        id: int | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        is_discount = self.is_discount

        is_loyalty_withdraw = self.is_loyalty_withdraw

        item_id: int | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        item_record_id: int | Unset
        if isinstance(self.item_record_id, Unset):
            item_record_id = UNSET
        else:
            item_record_id = self.item_record_id

        item_type_id: int | Unset
        if isinstance(self.item_type_id, Unset):
            item_type_id = UNSET
        else:
            item_type_id = self.item_type_id

        program_id: int | Unset
        if isinstance(self.program_id, Unset):
            program_id = UNSET
        else:
            program_id = self.program_id

        salon_group_id: int | Unset
        if isinstance(self.salon_group_id, Unset):
            salon_group_id = UNSET
        else:
            salon_group_id = self.salon_group_id

        services_transaction_id = self.services_transaction_id

        status_id: int | Unset
        if isinstance(self.status_id, Unset):
            status_id = UNSET
        else:
            status_id = self.status_id

        type_: dict[str, Any] | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TransactionTypeType0):
            type_ = _types.to_json(self.type_)
        else:
            type_ = self.type_

        type_id: int | Unset
        if isinstance(self.type_id, Unset):
            type_id = UNSET
        else:
            type_id = self.type_id

        visit_id = self.visit_id

        program: dict[str, Any] | Unset = UNSET
        if not isinstance(self.program, Unset):
            program = _types.to_json(self.program)

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = _types.to_json(self.account)

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = _types.to_json(self.client)

        comment = self.comment

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = _types.datetime_json(self.date, "iso")

        document_id = self.document_id

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = _types.to_json(self.expense)

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = _types.datetime_json(self.last_change_date, "iso")

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = _types.to_json(self.master)

        record_id = self.record_id

        sold_item_id = self.sold_item_id

        sold_item_type = self.sold_item_type

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = _types.to_json(self.supplier)

        clients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = _types.to_json(self.clients)

        cost = self.cost

        cost_per_unit = self.cost_per_unit

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = _types.datetime_json(self.create_date, "iso")

        discount = self.discount

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = _types.to_json(self.good)

        operation_unit_type = self.operation_unit_type

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = _types.to_json(self.service)

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = _types.to_json(self.storage)

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = _types.to_json(self.unit)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if abonement_id is not UNSET:
            field_dict["abonement_id"] = abonement_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if certificate_id is not UNSET:
            field_dict["certificate_id"] = certificate_id
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id
        if id is not UNSET:
            field_dict["id"] = id
        if is_discount is not UNSET:
            field_dict["is_discount"] = is_discount
        if is_loyalty_withdraw is not UNSET:
            field_dict["is_loyalty_withdraw"] = is_loyalty_withdraw
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_record_id is not UNSET:
            field_dict["item_record_id"] = item_record_id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if program_id is not UNSET:
            field_dict["program_id"] = program_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if services_transaction_id is not UNSET:
            field_dict["services_transaction_id"] = services_transaction_id
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if program is not UNSET:
            field_dict["program"] = program
        if account is not UNSET:
            field_dict["account"] = account
        if client is not UNSET:
            field_dict["client"] = client
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date is not UNSET:
            field_dict["date"] = date
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if expense is not UNSET:
            field_dict["expense"] = expense
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if master is not UNSET:
            field_dict["master"] = master
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if sold_item_id is not UNSET:
            field_dict["sold_item_id"] = sold_item_id
        if sold_item_type is not UNSET:
            field_dict["sold_item_type"] = sold_item_type
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
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
        if good is not UNSET:
            field_dict["good"] = good
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if service is not UNSET:
            field_dict["service"] = service
        if storage is not UNSET:
            field_dict["storage"] = storage
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        abonement_id = d.pop("abonement_id", UNSET)

        amount = d.pop("amount", UNSET)

        card_id = cast(int | Unset, d.pop("card_id", UNSET))

        certificate_id = d.pop("certificate_id", UNSET)

        goods_transaction_id = cast(int | Unset, d.pop("goods_transaction_id", UNSET))

        id = cast(int | Unset, d.pop("id", UNSET))

        is_discount = d.pop("is_discount", UNSET)

        is_loyalty_withdraw = d.pop("is_loyalty_withdraw", UNSET)

        item_id = cast(int | Unset, d.pop("item_id", UNSET))

        item_record_id = cast(int | Unset, d.pop("item_record_id", UNSET))

        item_type_id = cast(int | Unset, d.pop("item_type_id", UNSET))

        program_id = cast(int | Unset, d.pop("program_id", UNSET))

        salon_group_id = cast(int | Unset, d.pop("salon_group_id", UNSET))

        services_transaction_id = d.pop("services_transaction_id", UNSET)

        status_id = cast(int | Unset, d.pop("status_id", UNSET))

        def _parse_type_(data: object) -> str | TransactionTypeType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_type_0 = _types.parse_model(TransactionTypeType0, data)

                if type_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(str | TransactionTypeType0 | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        type_id = cast(int | Unset, d.pop("type_id", UNSET))

        visit_id = d.pop("visit_id", UNSET)

        _program = d.pop("program", UNSET)
        program: TransactionProgram | Unset
        if isinstance(_program, Unset):
            program = UNSET
        else:
            program = _types.parse_model(TransactionProgram, _program)

        _account = d.pop("account", UNSET)
        account: TransactionAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = _types.parse_model(TransactionAccount, _account)

        _client = d.pop("client", UNSET)
        client: TransactionClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = _types.parse_model(TransactionClient, _client)

        comment = d.pop("comment", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _types.parse_datetime(_date)

        document_id = d.pop("document_id", UNSET)

        _expense = d.pop("expense", UNSET)
        expense: TransactionExpense | Unset
        if isinstance(_expense, Unset):
            expense = UNSET
        else:
            expense = _types.parse_model(TransactionExpense, _expense)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = _types.parse_datetime(_last_change_date)

        _master = d.pop("master", UNSET)
        master: TransactionMaster | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = _types.parse_model(TransactionMaster, _master)

        record_id = d.pop("record_id", UNSET)

        sold_item_id = d.pop("sold_item_id", UNSET)

        sold_item_type = d.pop("sold_item_type", UNSET)

        _supplier = d.pop("supplier", UNSET)
        supplier: TransactionSupplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = _types.parse_model(TransactionSupplier, _supplier)

        _clients = d.pop("clients", UNSET)
        clients: TransactionClients | Unset
        if isinstance(_clients, Unset):
            clients = UNSET
        else:
            clients = _types.parse_model(TransactionClients, _clients)

        cost = d.pop("cost", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = _types.parse_datetime(_create_date)

        discount = d.pop("discount", UNSET)

        _good = d.pop("good", UNSET)
        good: TransactionGood | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = _types.parse_model(TransactionGood, _good)

        operation_unit_type = d.pop("operation_unit_type", UNSET)

        _service = d.pop("service", UNSET)
        service: TransactionService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = _types.parse_model(TransactionService, _service)

        _storage = d.pop("storage", UNSET)
        storage: TransactionStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = _types.parse_model(TransactionStorage, _storage)

        _unit = d.pop("unit", UNSET)
        unit: TransactionUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = _types.parse_model(TransactionUnit, _unit)

        _instance = cls(
            abonement_id=abonement_id,
            amount=amount,
            card_id=card_id,
            certificate_id=certificate_id,
            goods_transaction_id=goods_transaction_id,
            id=id,
            is_discount=is_discount,
            is_loyalty_withdraw=is_loyalty_withdraw,
            item_id=item_id,
            item_record_id=item_record_id,
            item_type_id=item_type_id,
            program_id=program_id,
            salon_group_id=salon_group_id,
            services_transaction_id=services_transaction_id,
            status_id=status_id,
            type_=type_,
            type_id=type_id,
            visit_id=visit_id,
            program=program,
            account=account,
            client=client,
            comment=comment,
            date=date,
            document_id=document_id,
            expense=expense,
            last_change_date=last_change_date,
            master=master,
            record_id=record_id,
            sold_item_id=sold_item_id,
            sold_item_type=sold_item_type,
            supplier=supplier,
            clients=clients,
            cost=cost,
            cost_per_unit=cost_per_unit,
            create_date=create_date,
            discount=discount,
            good=good,
            operation_unit_type=operation_unit_type,
            service=service,
            storage=storage,
            unit=unit,
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
