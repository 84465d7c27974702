from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_node_children_item import CategoryNodeChildrenItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, CategoryNodeChildrenItem
    from ..models.category_node_children_item import CategoryNodeChildrenItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="CategoryNode")


@_attrs_define
class CategoryNode:
    """Object with data

    Attributes:
        category_id (int | Unset): Product category ID
        children (list[CategoryNodeChildrenItem] | Unset): Child elements of a product category
        children_count (float | Unset): Total number of child products and categories (no recursion)
        is_category (bool | Unset): Is the element a category? always true
        is_chain (bool | Unset): Is the element chain-bound? true - the element is connected to the chain, false - not
            connected
        is_item (bool | Unset): Is the item a product? always false
        item_id (int | Unset): Item ID (always 0)
        parent_id (int | Unset): Parent element ID (0 for root elements)
        title (str | Unset): Product category name
    """

    category_id: int | Unset = UNSET
    children: list[CategoryNodeChildrenItem] | Unset = UNSET
    children_count: float | Unset = UNSET
    is_category: bool | Unset = UNSET
    is_chain: bool | Unset = UNSET
    is_item: bool | Unset = UNSET
    item_id: int | Unset = UNSET
    parent_id: int | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"category_id": "category_id", "children": "children", "children_count": "children_count", "is_category": "is_category", "is_chain": "is_chain", "is_item": "is_item", "item_id": "item_id", "parent_id": "parent_id", "title": "title"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        category_id = self.category_id

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = _types.to_json(self.children)

        children_count = self.children_count

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
        if children is not UNSET:
            field_dict["children"] = children
        if children_count is not UNSET:
            field_dict["children_count"] = children_count
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
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        category_id = d.pop("category_id", UNSET)

        _children = d.pop("children", UNSET)
        children: list[CategoryNodeChildrenItem] | Unset = UNSET
        if _children is not UNSET:
            children = _types.parse_model_list(CategoryNodeChildrenItem, _children)

        children_count = d.pop("children_count", UNSET)

        is_category = d.pop("is_category", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        is_item = d.pop("is_item", UNSET)

        item_id = d.pop("item_id", UNSET)

        parent_id = d.pop("parent_id", UNSET)

        title = d.pop("title", UNSET)

        _instance = cls(
            category_id,
            children,
            children_count,
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
