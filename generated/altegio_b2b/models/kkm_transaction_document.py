from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KkmTransactionDocument")


@_attrs_define
class KkmTransactionDocument:
    """Transaction document

    Attributes:
        id (int | Unset): Document ID
        type_ (int | Unset): Document type identifier
        type_title (str | Unset): The name of the entity to which the document belongs
    """

    id: int | Unset = UNSET
    type_: int | Unset = UNSET
    type_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"id": "id", "type_": "type", "type_title": "type_title"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        type_title = self.type_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_title is not UNSET:
            field_dict["type_title"] = type_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        type_title = d.pop("type_title", UNSET)

        _instance = cls(
            id,
            type_,
            type_title,
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
