from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_image_group_type_0_images import StaffImageGroupType0Images

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, StaffImageGroupType0Images
    from ..models.staff_image_group_type_0_images import StaffImageGroupType0Images  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="StaffImageGroupType0")


@_attrs_define
class StaffImageGroupType0:
    """
    Attributes:
        entity (str | Unset):
        entity_id (int | Unset):
        id (int | Unset):
        images (StaffImageGroupType0Images | Unset):
    """

    entity: str | Unset = UNSET
    entity_id: int | Unset = UNSET
    id: int | Unset = UNSET
    images: StaffImageGroupType0Images | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"entity": "entity", "entity_id": "entity_id", "id": "id", "images": "images"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        entity = self.entity

        entity_id = self.entity_id

        id = self.id

        images: dict[str, Any] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = _types.to_json(self.images)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity is not UNSET:
            field_dict["entity"] = entity
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if id is not UNSET:
            field_dict["id"] = id
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        entity = d.pop("entity", UNSET)

        entity_id = d.pop("entity_id", UNSET)

        id = d.pop("id", UNSET)

        _images = d.pop("images", UNSET)
        images: StaffImageGroupType0Images | Unset
        if isinstance(_images, Unset):
            images = UNSET
        else:
            images = _types.parse_model(StaffImageGroupType0Images, _images)

        _instance = cls(
            entity,
            entity_id,
            id,
            images,
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
