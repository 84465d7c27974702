from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoodsCategory")


@_attrs_define
class GoodsCategory:
    """Object with data

    Attributes:
        id (int | Unset): Product category ID
        parent_category_id (int | None | Unset): Identifier of the parent product category (may be null if there is no
            parent product category)
        title (str | Unset): Product category name
        is_chain (bool | Unset): Whether the category belongs to the chain
    """

    id: int | Unset = UNSET
    parent_category_id: int | None | Unset = UNSET
    title: str | Unset = UNSET
    is_chain: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"id": "id", "parent_category_id": "parent_category_id", "title": "title", "is_chain": "is_chain"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        parent_category_id: int | None | Unset
        if isinstance(self.parent_category_id, Unset):
            parent_category_id = UNSET
        else:
            parent_category_id = self.parent_category_id

        title = self.title

        is_chain = self.is_chain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if parent_category_id is not UNSET:
            field_dict["parent_category_id"] = parent_category_id
        if title is not UNSET:
            field_dict["title"] = title
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        parent_category_id: int | None | Unset = d.pop("parent_category_id", UNSET)

        title = d.pop("title", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        _instance = cls(
            id,
            parent_category_id,
            title,
            is_chain,
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
