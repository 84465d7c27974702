from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_event_services_item_category import SearchEventServicesItemCategory
    from ..models.search_event_services_item_resources_item import SearchEventServicesItemResourcesItem
    from ..models.search_event_services_item_staff_item import SearchEventServicesItemStaffItem


T = TypeVar("T", bound="SearchEventServicesItem")


@_attrs_define
class SearchEventServicesItem:
    """
    Attributes:
        capacity (float | Unset): Capacity
        category (SearchEventServicesItemCategory | Unset): Service category
        id (int | Unset): Service ID
        is_multi (bool | Unset): Is the Service available for Events
        price_max (float | Unset): Maximum cost of the service
        price_min (float | Unset): The minimum cost of the service
        resources (list[SearchEventServicesItemResourcesItem] | Unset): Resources
        staff (list[SearchEventServicesItemStaffItem] | Unset): team member
        title (str | Unset): Service name
    """

    capacity: float | Unset = UNSET
    category: SearchEventServicesItemCategory | Unset = UNSET
    id: int | Unset = UNSET
    is_multi: bool | Unset = UNSET
    price_max: float | Unset = UNSET
    price_min: float | Unset = UNSET
    resources: list[SearchEventServicesItemResourcesItem] | Unset = UNSET
    staff: list[SearchEventServicesItemStaffItem] | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity = self.capacity

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = _types.to_json(self.category)

        id = self.id

        is_multi = self.is_multi

        price_max = self.price_max

        price_min = self.price_min

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = _types.to_json(self.resources)

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = _types.to_json(self.staff)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if category is not UNSET:
            field_dict["category"] = category
        if id is not UNSET:
            field_dict["id"] = id
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if resources is not UNSET:
            field_dict["resources"] = resources
        if staff is not UNSET:
            field_dict["staff"] = staff
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_event_services_item_category import SearchEventServicesItemCategory  # noqa: PLC0415
        from ..models.search_event_services_item_resources_item import SearchEventServicesItemResourcesItem  # noqa: PLC0415
        from ..models.search_event_services_item_staff_item import SearchEventServicesItemStaffItem  # noqa: PLC0415

        d = dict(src_dict)
        capacity = d.pop("capacity", UNSET)

        _category = d.pop("category", UNSET)
        category: SearchEventServicesItemCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = _types.parse_model(SearchEventServicesItemCategory, _category)

        id = d.pop("id", UNSET)

        is_multi = d.pop("is_multi", UNSET)

        price_max = d.pop("price_max", UNSET)

        price_min = d.pop("price_min", UNSET)

        def _parse_resources_item(resources_item_data: Any) -> Any:
            resources_item = _types.parse_model(SearchEventServicesItemResourcesItem, resources_item_data)

            return resources_item

        _resources = d.pop("resources", UNSET)
        resources: list[SearchEventServicesItemResourcesItem] | Unset = UNSET
        if _resources is not UNSET:
            resources = _types.parse_list(_resources, _parse_resources_item)

        def _parse_staff_item(staff_item_data: Any) -> Any:
            staff_item = _types.parse_model(SearchEventServicesItemStaffItem, staff_item_data)

            return staff_item

        _staff = d.pop("staff", UNSET)
        staff: list[SearchEventServicesItemStaffItem] | Unset = UNSET
        if _staff is not UNSET:
            staff = _types.parse_list(_staff, _parse_staff_item)

        title = d.pop("title", UNSET)

        search_event_services_item = cls(
            capacity=capacity,
            category=category,
            id=id,
            is_multi=is_multi,
            price_max=price_max,
            price_min=price_min,
            resources=resources,
            staff=staff,
            title=title,
        )

        search_event_services_item.additional_properties = d
        return search_event_services_item

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
