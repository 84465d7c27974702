from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchProductGood")


@_attrs_define
class SearchProductGood:
    """
    Attributes:
        category_id (int | Unset): Product category ID (0 if the item is a product)
        is_category (bool | Unset): Is the element a category? true - category, false - product
        is_chain (bool | Unset): Is the element chain-bound? true - the element is connected to the chain, false - not
            connected
        is_item (bool | Unset): Is the item a product? true - product, false - category
        item_id (int | Unset): Item ID (0 if item is a category)
        parent_id (int | Unset): Parent element ID (0 for root elements)
        title (str | Unset): The name of the product or product category
    """

    category_id: int | Unset = UNSET
    is_category: bool | Unset = UNSET
    is_chain: bool | Unset = UNSET
    is_item: bool | Unset = UNSET
    item_id: int | Unset = UNSET
    parent_id: int | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"category_id": "category_id", "is_category": "is_category", "is_chain": "is_chain", "is_item": "is_item", "item_id": "item_id", "parent_id": "parent_id", "title": "title"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        category_id = self.category_id

        is_category = self.is_category

        is_chain = self.is_chain

        is_item = self.is_item

        item_id = self.item_id

        parent_id = self.parent_id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if is_category is not UNSET:
            field_dict["is_category"] = is_category
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if is_item is not UNSET:
            field_dict["is_item"] = is_item
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category_id = d.pop("category_id", UNSET)

        is_category = d.pop("is_category", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        is_item = d.pop("is_item", UNSET)

        item_id = d.pop("item_id", UNSET)

        parent_id = d.pop("parent_id", UNSET)

        title = d.pop("title", UNSET)

        _instance = cls(
            category_id,
            is_category,
            is_chain,
            is_item,
            item_id,
            parent_id,
            title,
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
