from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_chain_service_category_list_item_services_item import GetChainServiceCategoryListItemServicesItem


T = TypeVar("T", bound="GetChainServiceCategoryListItem")


@_attrs_define
class GetChainServiceCategoryListItem:
    """Service category name

    Attributes:
        id (int | Unset): Service Category ID
        services (list[GetChainServiceCategoryListItemServicesItem] | Unset): Services in the category (on request)
        title (str | Unset): Service category name
    """

    id: int | Unset = UNSET
    services: list[GetChainServiceCategoryListItemServicesItem] | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = _types.to_json(self.services)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if services is not UNSET:
            field_dict["services"] = services
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_chain_service_category_list_item_services_item import (
            GetChainServiceCategoryListItemServicesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_services_item(services_item_data: Any) -> Any:
            services_item = _types.parse_model(GetChainServiceCategoryListItemServicesItem, services_item_data)

            return services_item

        _services = d.pop("services", UNSET)
        services: list[GetChainServiceCategoryListItemServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = _types.parse_list(_services, _parse_services_item)

        title = d.pop("title", UNSET)

        get_chain_service_category_list_item = cls(
            id=id,
            services=services,
            title=title,
        )

        get_chain_service_category_list_item.additional_properties = d
        return get_chain_service_category_list_item

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
