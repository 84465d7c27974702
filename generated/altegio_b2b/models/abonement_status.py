from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AbonementStatus")


@_attrs_define
class AbonementStatus:
    """Current membership status

    Attributes:
        category (str | Unset): Status category
        extended_title (str | Unset): Full status name
        id (int | Unset): Status ID
        slug (str | Unset): Status slug
        title (str | Unset): Status name
    """

    category: str | Unset = UNSET
    extended_title: str | Unset = UNSET
    id: int | Unset = UNSET
    slug: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"category": "category", "extended_title": "extended_title", "id": "id", "slug": "slug", "title": "title"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        extended_title = self.extended_title

        id = self.id

        slug = self.slug

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if extended_title is not UNSET:
            field_dict["extended_title"] = extended_title
        if id is not UNSET:
            field_dict["id"] = id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category", UNSET)

        extended_title = d.pop("extended_title", UNSET)

        id = d.pop("id", UNSET)

        slug = d.pop("slug", UNSET)

        title = d.pop("title", UNSET)

        _instance = cls(
            category,
            extended_title,
            id,
            slug,
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
