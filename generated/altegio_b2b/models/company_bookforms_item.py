from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyBookformsItem")


@_attrs_define
class CompanyBookformsItem:
    """
    Attributes:
        id (int | Unset): appointment form ID
        is_default (float | Unset): Is this appointment form location default
        title (str | Unset): appointment form name
        url (str | Unset): appointment form url
    """

    id: int | Unset = UNSET
    is_default: float | Unset = UNSET
    title: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"id": "id", "is_default": "is_default", "title": "title", "url": "url"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_default = self.is_default

        title = self.title

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        is_default = d.pop("is_default", UNSET)

        title = d.pop("title", UNSET)

        url = d.pop("url", UNSET)

        _instance = cls(
            id,
            is_default,
            title,
            url,
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
