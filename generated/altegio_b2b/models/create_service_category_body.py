from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateServiceCategoryBody")


@_attrs_define
class CreateServiceCategoryBody:
    """Create service category

    Attributes:
        api_id (str | Unset): External Category ID
        staff (list[float] | Unset): List of IDs of team members providing services from the category
        title (str | Unset): Service category name
        weight (float | Unset): Category weight (used to sort categories when displayed)
    """

    api_id: str | Unset = UNSET
    staff: list[float] | Unset = UNSET
    title: str | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"api_id": "api_id", "staff": "staff", "title": "title", "weight": "weight"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        api_id = self.api_id

        staff: list[float] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff

        title = self.title

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if staff is not UNSET:
            field_dict["staff"] = staff
        if title is not UNSET:
            field_dict["title"] = title
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_id = d.pop("api_id", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: list[float] | Unset = UNSET
        if _staff is not UNSET:
            staff = _types.parse_plain_list(_staff)

        title = d.pop("title", UNSET)

        weight = d.pop("weight", UNSET)

        _instance = cls(
            api_id,
            staff,
            title,
            weight,
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
