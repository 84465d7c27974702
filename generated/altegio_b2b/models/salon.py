from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salon_salon_group import SalonSalonGroup

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, SalonSalonGroup
    from ..models.salon_salon_group import SalonSalonGroup  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Salon")


@_attrs_define
class Salon:
    """
    Attributes:
        id (int | Unset): Card type identifier
        salon_group (SalonSalonGroup | Unset): An object that contains the "id" and "title" fields: the identifier of
            the chain where the card type was created and the name of this chain
        salon_group_id (int | Unset): ID of the chain where the card type was created
        title (str | Unset): Card type name
    """

    id: int | Unset = UNSET
    salon_group: SalonSalonGroup | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"id": "id", "salon_group": "salon_group", "salon_group_id": "salon_group_id", "title": "title"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        id = self.id

        salon_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salon_group, Unset):
            salon_group = _types.to_json(self.salon_group)

        salon_group_id = self.salon_group_id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_group is not UNSET:
            field_dict["salon_group"] = salon_group
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _salon_group = d.pop("salon_group", UNSET)
        salon_group: SalonSalonGroup | Unset
        if isinstance(_salon_group, Unset):
            salon_group = UNSET
        else:
            salon_group = _types.parse_model(SalonSalonGroup, _salon_group)

        salon_group_id = d.pop("salon_group_id", UNSET)

        title = d.pop("title", UNSET)

        _instance = cls(
            id,
            salon_group,
            salon_group_id,
            title,
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
