from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceCategory")


@_attrs_define
class ServiceCategory:
    """
    Attributes:
        api_id (str | Unset): External Category ID
        id (int | Unset): Category ID
        is_chain (bool | Unset): Whether category belongs to chain
        salon_service_id (int | Unset): Category ID for the location on the chain
        staff (list[float] | Unset): List of team member IDs providing the service
        title (str | Unset): name of category
        weight (float | Unset): Category weight (used to sort categories when displayed)
    """

    api_id: str | Unset = UNSET
    id: int | Unset = UNSET
    is_chain: bool | Unset = UNSET
    salon_service_id: int | Unset = UNSET
    staff: list[float] | Unset = UNSET
    title: str | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_id = self.api_id

        id = self.id

        is_chain = self.is_chain

        salon_service_id = self.salon_service_id

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
        if id is not UNSET:
            field_dict["id"] = id
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id
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

        id = d.pop("id", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        salon_service_id = d.pop("salon_service_id", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: list[float] | Unset = UNSET
        if _staff is not UNSET:
            staff = _types.parse_list(_staff, lambda item: item)

        title = d.pop("title", UNSET)

        weight = d.pop("weight", UNSET)

        service_category = cls(
            api_id=api_id,
            id=id,
            is_chain=is_chain,
            salon_service_id=salon_service_id,
            staff=staff,
            title=title,
            weight=weight,
        )

        service_category.additional_properties = d
        return service_category

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
