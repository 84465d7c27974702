from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goods_transaction_good_actual_amounts_item import GoodsTransactionGoodActualAmountsItem
    from ..models.goods_transaction_good_loyalty_certificate_type_type_0 import (
        GoodsTransactionGoodLoyaltyCertificateTypeType0,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, GoodsTransactionGoodActualAmountsItem, GoodsTransactionGoodLoyaltyCertificateTypeType0
    from ..models.goods_transaction_good_actual_amounts_item import GoodsTransactionGoodActualAmountsItem  # noqa: PLC0415
    from ..models.goods_transaction_good_loyalty_certificate_type_type_0 import (
        GoodsTransactionGoodLoyaltyCertificateTypeType0,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="GoodsTransactionGood")


@_attrs_define
class GoodsTransactionGood:
    """Product

    Attributes:
        actual_amounts (list[GoodsTransactionGoodActualAmountsItem] | Unset): Quantity of products
        actual_cost (float | Unset): Cost price
        article (str | Unset): vendor code
        barcode (str | Unset): Barcode
        category (str | Unset): Product category name
        category_id (int | Unset): Product category ID
        comment (str | Unset): Product comment
        cost (float | Unset): Price
        critical_amount (float | Unset): Critical stock amount threshold
        desired_amount (float | Unset): Desired stock amount
        good_id (int | Unset): Product ID
        id (int | Unset): Product ID
        is_chain (bool | Unset): Whether product belongs to chain
        is_goods_mark_enabled (bool | Unset): Whether products marking is enabled
        label (str | Unset): Product Name
        last_change_date (str | Unset): Date of last product change
        loyalty_abonement_type_id (int | Unset): Membership ID (if the product is a membership)
        loyalty_allow_empty_code (float | Unset): Is it allowed to sell without a code
        loyalty_certificate_type (GoodsTransactionGoodLoyaltyCertificateTypeType0 | None | Unset): Certificate type
            details (if product is certificate)
        loyalty_certificate_type_id (int | Unset): Certificate identifier (if the product is a certificate)
        loyalty_serial_number_limited (float | Unset): Serial number limit flag
        salon_id (int | Unset): location ID
        service_unit_id (int | Unset): Unit ID for the service
        service_unit_short_title (str | Unset): Abbreviated name of the unit of measure for the service
        title (str | Unset): Product Name
        unit (str | Unset): unit of measurement
        unit_actual_cost (float | Unset): unit cost
        unit_actual_cost_format (str | Unset): Unit cost format
        unit_equals (float | Unset): Unit value
        unit_id (int | Unset): Unit ID
        unit_short_title (str | Unset): Abbreviated name of the unit of measurement
        value (str | Unset): Product Name
    """

    actual_amounts: list[GoodsTransactionGoodActualAmountsItem] | Unset = UNSET
    actual_cost: float | Unset = UNSET
    article: str | Unset = UNSET
    barcode: str | Unset = UNSET
    category: str | Unset = UNSET
    category_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    cost: float | Unset = UNSET
    critical_amount: float | Unset = UNSET
    desired_amount: float | Unset = UNSET
    good_id: int | Unset = UNSET
    id: int | Unset = UNSET
    is_chain: bool | Unset = UNSET
    is_goods_mark_enabled: bool | Unset = UNSET
    label: str | Unset = UNSET
    last_change_date: str | Unset = UNSET
    loyalty_abonement_type_id: int | Unset = UNSET
    loyalty_allow_empty_code: float | Unset = UNSET
    loyalty_certificate_type: GoodsTransactionGoodLoyaltyCertificateTypeType0 | None | Unset = UNSET
    loyalty_certificate_type_id: int | Unset = UNSET
    loyalty_serial_number_limited: float | Unset = UNSET
    salon_id: int | Unset = UNSET
    service_unit_id: int | Unset = UNSET
    service_unit_short_title: str | Unset = UNSET
    title: str | Unset = UNSET
    unit: str | Unset = UNSET
    unit_actual_cost: float | Unset = UNSET
    unit_actual_cost_format: str | Unset = UNSET
    unit_equals: float | Unset = UNSET
    unit_id: int | Unset = UNSET
    unit_short_title: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"actual_amounts": "actual_amounts", "actual_cost": "actual_cost", "article": "article", "barcode": "barcode", "category": "category", "category_id": "category_id", "comment": "comment", "cost": "cost", "critical_amount": "critical_amount", "desired_amount": "desired_amount", "good_id": "good_id", "id": "id", "is_chain": "is_chain", "is_goods_mark_enabled": "is_goods_mark_enabled", "label": "label", "last_change_date": "last_change_date", "loyalty_abonement_type_id": "loyalty_abonement_type_id", "loyalty_allow_empty_code": "loyalty_allow_empty_code", "loyalty_certificate_type": "loyalty_certificate_type", "loyalty_certificate_type_id": "loyalty_certificate_type_id", "loyalty_serial_number_limited": "loyalty_serial_number_limited", "salon_id": "salon_id", "service_unit_id": "service_unit_id", "service_unit_short_title": "service_unit_short_title", "title": "title", "unit": "unit", "unit_actual_cost": "unit_actual_cost", "unit_actual_cost_format": "unit_actual_cost_format", "unit_equals": "unit_equals", "unit_id": "unit_id", "unit_short_title": "unit_short_title", "value": "value"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        actual_amounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actual_amounts, Unset):
            actual_amounts = _types.to_json(self.actual_amounts)

        actual_cost = self.actual_cost

        article = self.article

        barcode = self.barcode

        category = self.category

        category_id = self.category_id

        comment = self.comment

        cost = self.cost

        critical_amount = self.critical_amount

        desired_amount = self.desired_amount

        good_id = self.good_id

        id = self.id

        is_chain = self.is_chain

        is_goods_mark_enabled = self.is_goods_mark_enabled

        label = self.label

        last_change_date = self.last_change_date

        loyalty_abonement_type_id = self.loyalty_abonement_type_id

        loyalty_allow_empty_code = self.loyalty_allow_empty_code

        loyalty_certificate_type: dict[str, Any] | None | Unset
        if isinstance(self.loyalty_certificate_type, Unset):
            loyalty_certificate_type = UNSET
        elif isinstance(self.loyalty_certificate_type, GoodsTransactionGoodLoyaltyCertificateTypeType0):
            loyalty_certificate_type = _types.to_json(self.loyalty_certificate_type)
        else:
            loyalty_certificate_type = self.loyalty_certificate_type

        loyalty_certificate_type_id = self.loyalty_certificate_type_id

        loyalty_serial_number_limited = self.loyalty_serial_number_limited

        salon_id = self.salon_id

        service_unit_id = self.service_unit_id

        service_unit_short_title = self.service_unit_short_title

        title = self.title

        unit = self.unit

        unit_actual_cost = self.unit_actual_cost

        unit_actual_cost_format = self.unit_actual_cost_format

        unit_equals = self.unit_equals

        unit_id = self.unit_id

        unit_short_title = self.unit_short_title

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actual_amounts is not UNSET:
            field_dict["actual_amounts"] = actual_amounts
        if actual_cost is not UNSET:
            field_dict["actual_cost"] = actual_cost
        if article is not UNSET:
            field_dict["article"] = article
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if category is not UNSET:
            field_dict["category"] = category
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if cost is not UNSET:
            field_dict["cost"] = cost
        if critical_amount is not UNSET:
            field_dict["critical_amount"] = critical_amount
        if desired_amount is not UNSET:
            field_dict["desired_amount"] = desired_amount
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if id is not UNSET:
            field_dict["id"] = id
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if is_goods_mark_enabled is not UNSET:
            field_dict["is_goods_mark_enabled"] = is_goods_mark_enabled
        if label is not UNSET:
            field_dict["label"] = label
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if loyalty_abonement_type_id is not UNSET:
            field_dict["loyalty_abonement_type_id"] = loyalty_abonement_type_id
        if loyalty_allow_empty_code is not UNSET:
            field_dict["loyalty_allow_empty_code"] = loyalty_allow_empty_code
        if loyalty_certificate_type is not UNSET:
            field_dict["loyalty_certificate_type"] = loyalty_certificate_type
        if loyalty_certificate_type_id is not UNSET:
            field_dict["loyalty_certificate_type_id"] = loyalty_certificate_type_id
        if loyalty_serial_number_limited is not UNSET:
            field_dict["loyalty_serial_number_limited"] = loyalty_serial_number_limited
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if service_unit_id is not UNSET:
            field_dict["service_unit_id"] = service_unit_id
        if service_unit_short_title is not UNSET:
            field_dict["service_unit_short_title"] = service_unit_short_title
        if title is not UNSET:
            field_dict["title"] = title
        if unit is not UNSET:
            field_dict["unit"] = unit
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _actual_amounts = d.pop("actual_amounts", UNSET)
        actual_amounts: list[GoodsTransactionGoodActualAmountsItem] | Unset = UNSET
        if _actual_amounts is not UNSET:
            actual_amounts = _types.parse_model_list(GoodsTransactionGoodActualAmountsItem, _actual_amounts)

        actual_cost = d.pop("actual_cost", UNSET)

        article = d.pop("article", UNSET)

        barcode = d.pop("barcode", UNSET)

        category = d.pop("category", UNSET)

        category_id = d.pop("category_id", UNSET)

        comment = d.pop("comment", UNSET)

        cost = d.pop("cost", UNSET)

        critical_amount = d.pop("critical_amount", UNSET)

        desired_amount = d.pop("desired_amount", UNSET)

        good_id = d.pop("good_id", UNSET)

        id = d.pop("id", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        is_goods_mark_enabled = d.pop("is_goods_mark_enabled", UNSET)

        label = d.pop("label", UNSET)

        last_change_date = d.pop("last_change_date", UNSET)

        loyalty_abonement_type_id = d.pop("loyalty_abonement_type_id", UNSET)

        loyalty_allow_empty_code = d.pop("loyalty_allow_empty_code", UNSET)

        def _parse_loyalty_certificate_type(
            data: object,
        ) -> GoodsTransactionGoodLoyaltyCertificateTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                loyalty_certificate_type_type_0 = _types.parse_model(
                    GoodsTransactionGoodLoyaltyCertificateTypeType0, data
                )

                if loyalty_certificate_type_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return loyalty_certificate_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(GoodsTransactionGoodLoyaltyCertificateTypeType0 | None | Unset, data)

        loyalty_certificate_type = _parse_loyalty_certificate_type(d.pop("loyalty_certificate_type", UNSET))

        loyalty_certificate_type_id = d.pop("loyalty_certificate_type_id", UNSET)

        loyalty_serial_number_limited = d.pop("loyalty_serial_number_limited", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        service_unit_id = d.pop("service_unit_id", UNSET)

        service_unit_short_title = d.pop("service_unit_short_title", UNSET)

        title = d.pop("title", UNSET)

        unit = d.pop("unit", UNSET)

        unit_actual_cost = d.pop("unit_actual_cost", UNSET)

        unit_actual_cost_format = d.pop("unit_actual_cost_format", UNSET)

        unit_equals = d.pop("unit_equals", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        unit_short_title = d.pop("unit_short_title", UNSET)

        value = d.pop("value", UNSET)

        _instance = cls(
            actual_amounts,
            actual_cost,
            article,
            barcode,
            category,
            category_id,
            comment,
            cost,
            critical_amount,
            desired_amount,
            good_id,
            id,
            is_chain,
            is_goods_mark_enabled,
            label,
            last_change_date,
            loyalty_abonement_type_id,
            loyalty_allow_empty_code,
            loyalty_certificate_type,
            loyalty_certificate_type_id,
            loyalty_serial_number_limited,
            salon_id,
            service_unit_id,
            service_unit_short_title,
            title,
            unit,
            unit_actual_cost,
            unit_actual_cost_format,
            unit_equals,
            unit_id,
            unit_short_title,
            value,
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
