from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

if TYPE_CHECKING:
    from ..models.get_location_data_groups_additional_property import GetLocationDataGroupsAdditionalProperty


T = TypeVar("T", bound="GetLocationDataGroups")


@_attrs_define
class GetLocationDataGroups:
    """All location chains. Only when show_groups=1 is set"""

    additional_properties: dict[str, GetLocationDataGroupsAdditionalProperty] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = _types.to_json(prop)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_location_data_groups_additional_property import GetLocationDataGroupsAdditionalProperty  # noqa: PLC0415

        d = dict(src_dict)
        get_location_data_groups = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = _types.parse_model(GetLocationDataGroupsAdditionalProperty, prop_dict)

            additional_properties[prop_name] = additional_property

        get_location_data_groups.additional_properties = additional_properties
        return get_location_data_groups

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> GetLocationDataGroupsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: GetLocationDataGroupsAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
