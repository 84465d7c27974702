from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_category_services_item import ServiceCategoryServicesItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, ServiceCategoryServicesItem
    from ..models.service_category_services_item import ServiceCategoryServicesItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="ServiceCategory")


@_attrs_define
class ServiceCategory:
    """Object with data

    Attributes:
        api_id (str | Unset): External Category ID
        id (int | Unset): Category ID
        salon_service_id (int | Unset): Category ID for the location on the chain
        staff (list[float] | Unset): List of team member IDs providing the service from the category
        title (str | Unset): name of category
        weight (float | Unset): Category weight (used to sort categories when displayed)
        is_chain (bool | Unset): Whether category belongs to chain
        services (list[ServiceCategoryServicesItem] | Unset): Services in the category (on request)
    """

    api_id: str | Unset = UNSET
    id: int | Unset = UNSET
    salon_service_id: int | Unset = UNSET
    staff: list[float] | Unset = UNSET
    title: str | Unset = UNSET
    weight: float | Unset = UNSET
    is_chain: bool | Unset = UNSET
    services: list[ServiceCategoryServicesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"api_id": "api_id", "id": "id", "salon_service_id": "salon_service_id", "staff": "staff", "title": "title", "weight": "weight", "is_chain": "is_chain", "services": "services"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        api_id = self.api_id

        id: int | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        salon_service_id = self.salon_service_id

        staff: list[float] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff

        title = self.title

        weight = self.weight

        is_chain = self.is_chain

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = _types.to_json(self.services)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if id is not UNSET:
            field_dict["id"] = id
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id
        if staff is not UNSET:
            field_dict["staff"] = staff
        if title is not UNSET:
            field_dict["title"] = title
        if weight is not UNSET:
            field_dict["weight"] = weight
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        api_id = d.pop("api_id", UNSET)

        id: int | Unset = d.pop("id", UNSET)

        salon_service_id = d.pop("salon_service_id", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: list[float] | Unset = UNSET
        if _staff is not UNSET:
            staff = _types.parse_plain_list(_staff)

        title = d.pop("title", UNSET)

        weight = d.pop("weight", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        _services = d.pop("services", UNSET)
        services: list[ServiceCategoryServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = _types.parse_model_list(ServiceCategoryServicesItem, _services)

        _instance = cls(
            api_id,
            id,
            salon_service_id,
            staff,
            title,
            weight,
            is_chain,
            services,
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
