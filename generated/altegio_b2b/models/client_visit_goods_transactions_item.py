from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_visit_goods_transactions_item_company import ClientVisitGoodsTransactionsItemCompany
    from ..models.client_visit_goods_transactions_item_staff import ClientVisitGoodsTransactionsItemStaff

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, ClientVisitGoodsTransactionsItemCompany, ClientVisitGoodsTransactionsItemStaff
    from ..models.client_visit_goods_transactions_item_company import ClientVisitGoodsTransactionsItemCompany  # noqa: PLC0415
    from ..models.client_visit_goods_transactions_item_staff import ClientVisitGoodsTransactionsItemStaff  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="ClientVisitGoodsTransactionsItem")


@_attrs_define
class ClientVisitGoodsTransactionsItem:
    """Product sales data.

    Attributes:
        comment (str | Unset): A comment.
        company (ClientVisitGoodsTransactionsItemCompany | Unset): Minimum information about the store where the product
            was sold.
        date (str | Unset): Date of sale.
        goods (list[Any] | Unset): List of products sold.
        id (int | Unset): Identifier of the transaction for the sale of products.
        record_id (int | Unset): Appointment ID. Equals `0` if there is no link to the appointment.
        staff (ClientVisitGoodsTransactionsItemStaff | Unset): team member who sold the product.
        visit_id (int | Unset): Visit ID. Equals `0` if there is no connection to the visit.
    """

    comment: str | Unset = UNSET
    company: ClientVisitGoodsTransactionsItemCompany | Unset = UNSET
    date: str | Unset = UNSET
    goods: list[Any] | Unset = UNSET
    id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    staff: ClientVisitGoodsTransactionsItemStaff | Unset = UNSET
    visit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"comment": "comment", "company": "company", "date": "date", "goods": "goods", "id": "id", "record_id": "record_id", "staff": "staff", "visit_id": "visit_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        comment = self.comment

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = _types.to_json(self.company)

        date = self.date

        goods: list[Any] | Unset = UNSET
        if not isinstance(self.goods, Unset):
            goods = self.goods

        id = self.id

        record_id = self.record_id

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = _types.to_json(self.staff)

        visit_id = self.visit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company is not UNSET:
            field_dict["company"] = company
        if date is not UNSET:
            field_dict["date"] = date
        if goods is not UNSET:
            field_dict["goods"] = goods
        if id is not UNSET:
            field_dict["id"] = id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if staff is not UNSET:
            field_dict["staff"] = staff
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        comment = d.pop("comment", UNSET)

        _company = d.pop("company", UNSET)
        company: ClientVisitGoodsTransactionsItemCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = _types.parse_model(ClientVisitGoodsTransactionsItemCompany, _company)

        date = d.pop("date", UNSET)

        _goods = d.pop("goods", UNSET)
        goods: list[Any] | Unset = UNSET
        if _goods is not UNSET:
            goods = _types.parse_plain_list(_goods)

        id = d.pop("id", UNSET)

        record_id = d.pop("record_id", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: ClientVisitGoodsTransactionsItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = _types.parse_model(ClientVisitGoodsTransactionsItemStaff, _staff)

        visit_id = d.pop("visit_id", UNSET)

        _instance = cls(
            comment,
            company,
            date,
            goods,
            id,
            record_id,
            staff,
            visit_id,
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
