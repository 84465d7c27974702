from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_product_body_correction_rules_item import UpdateProductBodyCorrectionRulesItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, UpdateProductBodyCorrectionRulesItem
    from ..models.update_product_body_correction_rules_item import UpdateProductBodyCorrectionRulesItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="UpdateProductBody")


@_attrs_define
class UpdateProductBody:
    """Product Creation Method

    Attributes:
        category_id (int): Product category ID
        sale_unit_id (int): Sales unit
        service_unit_id (int): Write-off unit
        title (str): Product Name
        actual_cost (float | Unset): Cost price
        article (str | Unset): vendor code
        barcode (str | Unset): Barcode
        brutto (float | Unset): Gross weight
        comment (str | Unset): A comment
        correction_rules (list[UpdateProductBodyCorrectionRulesItem] | Unset): An array of rules for converting units of
            measurement (required if there are inventory operations for the product)
        cost (float | Unset): Selling price
        critical_amount (float | Unset): critical residue
        desired_amount (float | Unset): Desired balance
        netto (float | Unset): Net weight
        print_title (str | Unset): Title to be printed on receipt
        tax_variant (int | Unset): Taxation system
        unit_equals (float | Unset): The ratio of the unit of measure for sale to the unit of measure for write-off
        vat_id (int | Unset): VAT
    """

    category_id: int
    sale_unit_id: int
    service_unit_id: int
    title: str
    actual_cost: float | Unset = UNSET
    article: str | Unset = UNSET
    barcode: str | Unset = UNSET
    brutto: float | Unset = UNSET
    comment: str | Unset = UNSET
    correction_rules: list[UpdateProductBodyCorrectionRulesItem] | Unset = UNSET
    cost: float | Unset = UNSET
    critical_amount: float | Unset = UNSET
    desired_amount: float | Unset = UNSET
    netto: float | Unset = UNSET
    print_title: str | Unset = UNSET
    tax_variant: int | Unset = UNSET
    unit_equals: float | Unset = UNSET
    vat_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"category_id": "category_id", "sale_unit_id": "sale_unit_id", "service_unit_id": "service_unit_id", "title": "title", "actual_cost": "actual_cost", "article": "article", "barcode": "barcode", "brutto": "brutto", "comment": "comment", "correction_rules": "correction_rules", "cost": "cost", "critical_amount": "critical_amount", "desired_amount": "desired_amount", "netto": "netto", "print_title": "print_title", "tax_variant": "tax_variant", "unit_equals": "unit_equals", "vat_id": "vat_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        category_id = self.category_id

        sale_unit_id = self.sale_unit_id

        service_unit_id = self.service_unit_id

        title = self.title

        actual_cost = self.actual_cost

        article = self.article

        barcode = self.barcode

        brutto = self.brutto

        comment = self.comment

        correction_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.correction_rules, Unset):
            correction_rules = _types.to_json(self.correction_rules)

        cost = self.cost

        critical_amount = self.critical_amount

        desired_amount = self.desired_amount

        netto = self.netto

        print_title = self.print_title

        tax_variant = self.tax_variant

        unit_equals = self.unit_equals

        vat_id = self.vat_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category_id": category_id,
                "sale_unit_id": sale_unit_id,
                "service_unit_id": service_unit_id,
                "title": title,
            }
        )
        if actual_cost is not UNSET:
            field_dict["actual_cost"] = actual_cost
        if article is not UNSET:
            field_dict["article"] = article
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if brutto is not UNSET:
            field_dict["brutto"] = brutto
        if comment is not UNSET:
            field_dict["comment"] = comment
        if correction_rules is not UNSET:
            field_dict["correction_rules"] = correction_rules
        if cost is not UNSET:
            field_dict["cost"] = cost
        if critical_amount is not UNSET:
            field_dict["critical_amount"] = critical_amount
        if desired_amount is not UNSET:
            field_dict["desired_amount"] = desired_amount
        if netto is not UNSET:
            field_dict["netto"] = netto
        if print_title is not UNSET:
            field_dict["print_title"] = print_title
        if tax_variant is not UNSET:
            field_dict["tax_variant"] = tax_variant
        if unit_equals is not UNSET:
            field_dict["unit_equals"] = unit_equals
        if vat_id is not UNSET:
            field_dict["vat_id"] = vat_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        category_id = d.pop("category_id")

        sale_unit_id = d.pop("sale_unit_id")

        service_unit_id = d.pop("service_unit_id")

        title = d.pop("title")

        actual_cost = d.pop("actual_cost", UNSET)

        article = d.pop("article", UNSET)

        barcode = d.pop("barcode", UNSET)

        brutto = d.pop("brutto", UNSET)

        comment = d.pop("comment", UNSET)

        _correction_rules = d.pop("correction_rules", UNSET)
        correction_rules: list[UpdateProductBodyCorrectionRulesItem] | Unset = UNSET
        if _correction_rules is not UNSET:
            correction_rules = _types.parse_model_list(UpdateProductBodyCorrectionRulesItem, _correction_rules)

        cost = d.pop("cost", UNSET)

        critical_amount = d.pop("critical_amount", UNSET)

        desired_amount = d.pop("desired_amount", UNSET)

        netto = d.pop("netto", UNSET)

        print_title = d.pop("print_title", UNSET)

        tax_variant = d.pop("tax_variant", UNSET)

        unit_equals = d.pop("unit_equals", UNSET)

        vat_id = d.pop("vat_id", UNSET)

        _instance = cls(
            category_id,
            sale_unit_id,
            service_unit_id,
            title,
            actual_cost,
            article,
            barcode,
            brutto,
            comment,
            correction_rules,
            cost,
            critical_amount,
            desired_amount,
            netto,
            print_title,
            tax_variant,
            unit_equals,
            vat_id,
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
