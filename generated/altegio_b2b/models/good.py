from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.good_actual_amounts_item import GoodActualAmountsItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, GoodActualAmountsItem
    from ..models.good_actual_amounts_item import GoodActualAmountsItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Good")


@_attrs_define
class Good:
    """Product data object

    Attributes:
        actual_amounts (list[GoodActualAmountsItem] | Unset): Remaining stock
        actual_cost (float | Unset): Cost price
        barcode (str | Unset): Barcode
        cost (float | Unset): Selling price
        critical_amount (float | Unset): Critical residue
        desired_amount (float | Unset): Desired balance
        good_id (int | Unset): Product ID
        label (str | Unset): Product name with article number (if any)
        last_change_date (datetime.datetime | Unset): The date the entity was last modified Example:
            2026-09-21T23:00:00+00:00.
        loyalty_abonement_type_id (int | Unset): Subscription type identifier (if the product is a membership)
        loyalty_allow_empty_code (bool | float | Unset): Is it allowed to sell without a code (can be 0/1 or true/false)
        loyalty_certificate_type_id (int | Unset): Certificate type identifier (if the item is a certificate)
        service_unit_id (int | Unset): ID of unit of measure to write off
        service_unit_short_title (str | Unset): Write-off unit
        title (str | Unset): Name of product
        unit_actual_cost (float | Unset): Unit cost
        unit_actual_cost_format (str | Unset): Unit cost format
        unit_equals (float | Unset): The ratio of the unit of measure for sale to the unit for write-off
        unit_id (int | Unset): Sales Unit ID
        unit_short_title (str | Unset): Sales unit
        value (str | Unset): Name of product
        article (str | Unset): Product article/SKU
        category (str | Unset): Category name
        category_id (int | Unset): Category ID
        salon_id (int | Unset): Location ID
    """

    actual_amounts: list[GoodActualAmountsItem] | Unset = UNSET
    actual_cost: float | Unset = UNSET
    barcode: str | Unset = UNSET
    cost: float | Unset = UNSET
    critical_amount: float | Unset = UNSET
    desired_amount: float | Unset = UNSET
    good_id: int | Unset = UNSET
    label: str | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    loyalty_abonement_type_id: int | Unset = UNSET
    loyalty_allow_empty_code: bool | float | Unset = UNSET
    loyalty_certificate_type_id: int | Unset = UNSET
    service_unit_id: int | Unset = UNSET
    service_unit_short_title: str | Unset = UNSET
    title: str | Unset = UNSET
    unit_actual_cost: float | Unset = UNSET
    unit_actual_cost_format: str | Unset = UNSET
    unit_equals: float | Unset = UNSET
    unit_id: int | Unset = UNSET
    unit_short_title: str | Unset = UNSET
    value: str | Unset = UNSET
    article: str | Unset = UNSET
    category: str | Unset = UNSET
    category_id: int | Unset = UNSET
    salon_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"actual_amounts": "actual_amounts", "actual_cost": "actual_cost", "barcode": "barcode", "cost": "cost", "critical_amount": "critical_amount", "desired_amount": "desired_amount", "good_id": "good_id", "label": "label", "last_change_date": "last_change_date", "loyalty_abonement_type_id": "loyalty_abonement_type_id", "loyalty_allow_empty_code": "loyalty_allow_empty_code", "loyalty_certificate_type_id": "loyalty_certificate_type_id", "service_unit_id": "service_unit_id", "service_unit_short_title": "service_unit_short_title", "title": "title", "unit_actual_cost": "unit_actual_cost", "unit_actual_cost_format": "unit_actual_cost_format", "unit_equals": "unit_equals", "unit_id": "unit_id", "unit_short_title": "unit_short_title", "value": "value", "article": "article", "category": "category", "category_id": "category_id", "salon_id": "salon_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        actual_amounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actual_amounts, Unset):
            actual_amounts = _types.to_json(self.actual_amounts)

        actual_cost = self.actual_cost

        barcode = self.barcode

        cost = self.cost

        critical_amount = self.critical_amount

        desired_amount = self.desired_amount

        good_id = self.good_id

        label = self.label

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = _types.datetime_json(self.last_change_date, "iso")

        loyalty_abonement_type_id = self.loyalty_abonement_type_id

        loyalty_allow_empty_code: bool | float | Unset
        if isinstance(self.loyalty_allow_empty_code, Unset):
            loyalty_allow_empty_code = UNSET
        else:
            loyalty_allow_empty_code = self.loyalty_allow_empty_code

        loyalty_certificate_type_id = self.loyalty_certificate_type_id

        service_unit_id = self.service_unit_id

        service_unit_short_title = self.service_unit_short_title

        title = self.title

        unit_actual_cost = self.unit_actual_cost

        unit_actual_cost_format = self.unit_actual_cost_format

        unit_equals = self.unit_equals

        unit_id = self.unit_id

        unit_short_title = self.unit_short_title

        value = self.value

        article = self.article

        category = self.category

        category_id = self.category_id

        salon_id = self.salon_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actual_amounts is not UNSET:
            field_dict["actual_amounts"] = actual_amounts
        if actual_cost is not UNSET:
            field_dict["actual_cost"] = actual_cost
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if cost is not UNSET:
            field_dict["cost"] = cost
        if critical_amount is not UNSET:
            field_dict["critical_amount"] = critical_amount
        if desired_amount is not UNSET:
            field_dict["desired_amount"] = desired_amount
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if label is not UNSET:
            field_dict["label"] = label
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if loyalty_abonement_type_id is not UNSET:
            field_dict["loyalty_abonement_type_id"] = loyalty_abonement_type_id
        if loyalty_allow_empty_code is not UNSET:
            field_dict["loyalty_allow_empty_code"] = loyalty_allow_empty_code
        if loyalty_certificate_type_id is not UNSET:
            field_dict["loyalty_certificate_type_id"] = loyalty_certificate_type_id
        if service_unit_id is not UNSET:
            field_dict["service_unit_id"] = service_unit_id
        if service_unit_short_title is not UNSET:
            field_dict["service_unit_short_title"] = service_unit_short_title
        if title is not UNSET:
            field_dict["title"] = title
        if unit_actual_cost is not UNSET:
            field_dict["unit_actual_cost"] = unit_actual_cost
        if unit_actual_cost_format is not UNSET:
            field_dict["unit_actual_cost_format"] = unit_actual_cost_format
        if unit_equals is not UNSET:
            field_dict["unit_equals"] = unit_equals
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if unit_short_title is not UNSET:
            field_dict["unit_short_title"] = unit_short_title
        if value is not UNSET:
            field_dict["value"] = value
        if article is not UNSET:
            field_dict["article"] = article
        if category is not UNSET:
            field_dict["category"] = category
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _actual_amounts = d.pop("actual_amounts", UNSET)
        actual_amounts: list[GoodActualAmountsItem] | Unset = UNSET
        if _actual_amounts is not UNSET:
            actual_amounts = _types.parse_model_list(GoodActualAmountsItem, _actual_amounts)

        actual_cost = d.pop("actual_cost", UNSET)

        barcode = d.pop("barcode", UNSET)

        cost = d.pop("cost", UNSET)

        critical_amount = d.pop("critical_amount", UNSET)

        desired_amount = d.pop("desired_amount", UNSET)

        good_id = d.pop("good_id", UNSET)

        label = d.pop("label", UNSET)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = _types.parse_datetime(_last_change_date)

        loyalty_abonement_type_id = d.pop("loyalty_abonement_type_id", UNSET)

        loyalty_allow_empty_code: bool | float | Unset = d.pop("loyalty_allow_empty_code", UNSET)

        loyalty_certificate_type_id = d.pop("loyalty_certificate_type_id", UNSET)

        service_unit_id = d.pop("service_unit_id", UNSET)

        service_unit_short_title = d.pop("service_unit_short_title", UNSET)

        title = d.pop("title", UNSET)

        unit_actual_cost = d.pop("unit_actual_cost", UNSET)

        unit_actual_cost_format = d.pop("unit_actual_cost_format", UNSET)

        unit_equals = d.pop("unit_equals", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        unit_short_title = d.pop("unit_short_title", UNSET)

        value = d.pop("value", UNSET)

        article = d.pop("article", UNSET)

        category = d.pop("category", UNSET)

        category_id = d.pop("category_id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        _instance = cls(
            actual_amounts,
            actual_cost,
            barcode,
            cost,
            critical_amount,
            desired_amount,
            good_id,
            label,
            last_change_date,
            loyalty_abonement_type_id,
            loyalty_allow_empty_code,
            loyalty_certificate_type_id,
            service_unit_id,
            service_unit_short_title,
            title,
            unit_actual_cost,
            unit_actual_cost_format,
            unit_equals,
            unit_id,
            unit_short_title,
            value,
            article,
            category,
            category_id,
            salon_id,
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
