from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Multiple")


@_attrs_define
class Multiple:
    """
    Attributes:
        id (int | Unset): Product category ID
        is_chain (bool | Unset): Whether the category belongs to the chain
        parent_category_id (int | None | Unset): Parent category ID (null for top-level categories)
        title (str | Unset): Product category name
    """

    id: int | Unset = UNSET
    is_chain: bool | Unset = UNSET
    parent_category_id: int | None | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"id": "id", "is_chain": "is_chain", "parent_category_id": "parent_category_id", "title": "title"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_chain = self.is_chain

        parent_category_id: int | None | Unset
        if isinstance(self.parent_category_id, Unset):
            parent_category_id = UNSET
        else:
            parent_category_id = self.parent_category_id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if parent_category_id is not UNSET:
            field_dict["parent_category_id"] = parent_category_id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        parent_category_id: int | None | Unset = d.pop("parent_category_id", UNSET)

        title = d.pop("title", UNSET)

        _instance = cls(
            id,
            is_chain,
            parent_category_id,
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
