from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetProductsListItem")


@_attrs_define
class GetProductsListItem:
    """
    Attributes:
        article (str | Unset): Product article/SKU
        category (str | Unset): Category name
        category_id (int | Unset): Category ID
        cost (float | Unset): Product cost
        good_id (int | Unset): Product ID
        label (str | Unset): Product label for display
        salon_id (int | Unset): Location ID
        title (str | Unset): Product title
        unit_id (int | Unset): Unit ID
        unit_short_title (str | Unset): Unit short title (e.g. pc, gr)
        value (str | Unset): Product value (usually same as title)
    """

    article: str | Unset = UNSET
    category: str | Unset = UNSET
    category_id: int | Unset = UNSET
    cost: float | Unset = UNSET
    good_id: int | Unset = UNSET
    label: str | Unset = UNSET
    salon_id: int | Unset = UNSET
    title: str | Unset = UNSET
    unit_id: int | Unset = UNSET
    unit_short_title: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article = self.article

        category = self.category

        category_id = self.category_id

        cost = self.cost

        good_id = self.good_id

        label = self.label

        salon_id = self.salon_id

        title = self.title

        unit_id = self.unit_id

        unit_short_title = self.unit_short_title

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if article is not UNSET:
            field_dict["article"] = article
        if category is not UNSET:
            field_dict["category"] = category
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if label is not UNSET:
            field_dict["label"] = label
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if title is not UNSET:
            field_dict["title"] = title
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if unit_short_title is not UNSET:
            field_dict["unit_short_title"] = unit_short_title
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        article = d.pop("article", UNSET)

        category = d.pop("category", UNSET)

        category_id = d.pop("category_id", UNSET)

        cost = d.pop("cost", UNSET)

        good_id = d.pop("good_id", UNSET)

        label = d.pop("label", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        title = d.pop("title", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        unit_short_title = d.pop("unit_short_title", UNSET)

        value = d.pop("value", UNSET)

        get_products_list_item = cls(
            article=article,
            category=category,
            category_id=category_id,
            cost=cost,
            good_id=good_id,
            label=label,
            salon_id=salon_id,
            title=title,
            unit_id=unit_id,
            unit_short_title=unit_short_title,
            value=value,
        )

        get_products_list_item.additional_properties = d
        return get_products_list_item

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
