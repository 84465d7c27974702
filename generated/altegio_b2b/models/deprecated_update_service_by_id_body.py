from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deprecated_update_service_by_id_body_staff_item import DeprecatedUpdateServiceByIdBodyStaffItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, DeprecatedUpdateServiceByIdBodyStaffItem
    from ..models.deprecated_update_service_by_id_body_staff_item import DeprecatedUpdateServiceByIdBodyStaffItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="DeprecatedUpdateServiceByIdBody")


@_attrs_define
class DeprecatedUpdateServiceByIdBody:
    """Create a service

    Attributes:
        active (float | Unset): Is the service available for online booking? 1 - available, 0 not available.
        api_id (str | Unset): External Service ID
        category_id (int | Unset): Service Category ID
        comment (str | Unset): Comment on the service
        discount (float | Unset): Service discount
        duration (float | Unset): Service duration, default is 3600 seconds
        price_max (float | Unset): Maximum cost of the service
        price_min (float | Unset): The minimum cost of the service
        staff (list[DeprecatedUpdateServiceByIdBodyStaffItem] | Unset): team members who provide the service, along with
            the duration of the service for each team member
        technical_break_duration (float | None | Unset): Technical break duration in seconds. - If not provided,
            defaults to null - null = use location default (Settings → Appointment Log → Technical Breaks) - Must be in
            multiples of 300 (5-minute interval…
        title (str | Unset): Service name
        weight (float | Unset): Service weight (used to sort services when displayed)
    """

    active: float | Unset = UNSET
    api_id: str | Unset = UNSET
    category_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    discount: float | Unset = UNSET
    duration: float | Unset = UNSET
    price_max: float | Unset = UNSET
    price_min: float | Unset = UNSET
    staff: list[DeprecatedUpdateServiceByIdBodyStaffItem] | Unset = UNSET
    technical_break_duration: float | None | Unset = UNSET
    title: str | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"active": "active", "api_id": "api_id", "category_id": "category_id", "comment": "comment", "discount": "discount", "duration": "duration", "price_max": "price_max", "price_min": "price_min", "staff": "staff", "technical_break_duration": "technical_break_duration", "title": "title", "weight": "weight"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        active = self.active

        api_id = self.api_id

        category_id = self.category_id

        comment = self.comment

        discount = self.discount

        duration = self.duration

        price_max = self.price_max

        price_min = self.price_min

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = _types.to_json(self.staff)

        technical_break_duration: float | None | Unset
        if isinstance(self.technical_break_duration, Unset):
            technical_break_duration = UNSET
        else:
            technical_break_duration = self.technical_break_duration

        title = self.title

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if discount is not UNSET:
            field_dict["discount"] = discount
        if duration is not UNSET:
            field_dict["duration"] = duration
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if staff is not UNSET:
            field_dict["staff"] = staff
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration
        if title is not UNSET:
            field_dict["title"] = title
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        api_id = d.pop("api_id", UNSET)

        category_id = d.pop("category_id", UNSET)

        comment = d.pop("comment", UNSET)

        discount = d.pop("discount", UNSET)

        duration = d.pop("duration", UNSET)

        price_max = d.pop("price_max", UNSET)

        price_min = d.pop("price_min", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: list[DeprecatedUpdateServiceByIdBodyStaffItem] | Unset = UNSET
        if _staff is not UNSET:
            staff = _types.parse_model_list(DeprecatedUpdateServiceByIdBodyStaffItem, _staff)

        technical_break_duration: float | None | Unset = d.pop("technical_break_duration", UNSET)

        title = d.pop("title", UNSET)

        weight = d.pop("weight", UNSET)

        _instance = cls(
            active,
            api_id,
            category_id,
            comment,
            discount,
            duration,
            price_max,
            price_min,
            staff,
            technical_break_duration,
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
