from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_memberships_for_event_data_data_item import SearchMembershipsForEventDataDataItem
    from ..models.search_memberships_for_event_data_included_item import SearchMembershipsForEventDataIncludedItem


T = TypeVar("T", bound="SearchMembershipsForEventData")


@_attrs_define
class SearchMembershipsForEventData:
    """
    Attributes:
        data (list[SearchMembershipsForEventDataDataItem] | Unset):
        included (list[SearchMembershipsForEventDataIncludedItem] | Unset): Related membership types and availability
            intervals
    """

    data: list[SearchMembershipsForEventDataDataItem] | Unset = UNSET
    included: list[SearchMembershipsForEventDataIncludedItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = _types.to_json(self.data)

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = _types.to_json(self.included)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_memberships_for_event_data_data_item import SearchMembershipsForEventDataDataItem  # noqa: PLC0415
        from ..models.search_memberships_for_event_data_included_item import SearchMembershipsForEventDataIncludedItem  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data_item(data_item_data: Any) -> Any:
            data_item = _types.parse_model(SearchMembershipsForEventDataDataItem, data_item_data)

            return data_item

        _data = d.pop("data", UNSET)
        data: list[SearchMembershipsForEventDataDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = _types.parse_list(_data, _parse_data_item)

        def _parse_included_item(included_item_data: Any) -> Any:
            included_item = _types.parse_model(SearchMembershipsForEventDataIncludedItem, included_item_data)

            return included_item

        _included = d.pop("included", UNSET)
        included: list[SearchMembershipsForEventDataIncludedItem] | Unset = UNSET
        if _included is not UNSET:
            included = _types.parse_list(_included, _parse_included_item)

        search_memberships_for_event_data = cls(
            data=data,
            included=included,
        )

        search_memberships_for_event_data.additional_properties = d
        return search_memberships_for_event_data

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
