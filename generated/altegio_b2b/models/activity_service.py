from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_service_category import ActivityServiceCategory

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, ActivityServiceCategory
    from ..models.activity_service_category import ActivityServiceCategory  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="ActivityService")


@_attrs_define
class ActivityService:
    """Service

    Attributes:
        category_id (int | Unset): Service category identifier
        id (int | Unset): Service ID
        title (str | Unset): Service name
        category (ActivityServiceCategory | Unset): Category
        comment (str | Unset): A comment
        image_url (str | Unset): The path to the image with the image of the service
        prepaid (str | Unset): Prepayment
        price_max (float | Unset): Maximum cost of the service
        price_min (float | Unset): The minimum cost of the service
        salon_service_id (int | Unset): Category ID for the location on the chain
    """

    category_id: int | Unset = UNSET
    id: int | Unset = UNSET
    title: str | Unset = UNSET
    category: ActivityServiceCategory | Unset = UNSET
    comment: str | Unset = UNSET
    image_url: str | Unset = UNSET
    prepaid: str | Unset = UNSET
    price_max: float | Unset = UNSET
    price_min: float | Unset = UNSET
    salon_service_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"category_id": "category_id", "id": "id", "title": "title", "category": "category", "comment": "comment", "image_url": "image_url", "prepaid": "prepaid", "price_max": "price_max", "price_min": "price_min", "salon_service_id": "salon_service_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        category_id = self.category_id

        id = self.id

        title = self.title

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = _types.to_json(self.category)

        comment = self.comment

        image_url = self.image_url

        prepaid = self.prepaid

        price_max = self.price_max

        price_min = self.price_min

        salon_service_id = self.salon_service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if category is not UNSET:
            field_dict["category"] = category
        if comment is not UNSET:
            field_dict["comment"] = comment
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        category_id = d.pop("category_id", UNSET)

        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        _category = d.pop("category", UNSET)
        category: ActivityServiceCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = _types.parse_model(ActivityServiceCategory, _category)

        comment = d.pop("comment", UNSET)

        image_url = d.pop("image_url", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        price_max = d.pop("price_max", UNSET)

        price_min = d.pop("price_min", UNSET)

        salon_service_id = d.pop("salon_service_id", UNSET)

        _instance = cls(
            category_id,
            id,
            title,
            category,
            comment,
            image_url,
            prepaid,
            price_max,
            price_min,
            salon_service_id,
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
