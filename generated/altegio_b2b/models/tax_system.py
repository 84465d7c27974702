from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tax_system_vats_item import TaxSystemVatsItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, TaxSystemVatsItem
    from ..models.tax_system_vats_item import TaxSystemVatsItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="TaxSystem")


@_attrs_define
class TaxSystem:
    """
    Attributes:
        slug (str | Unset): Code name for the taxation system
        title (str | Unset): Name of the taxation system
        vats (list[TaxSystemVatsItem] | Unset): List of available VAT for the taxation system
    """

    slug: str | Unset = UNSET
    title: str | Unset = UNSET
    vats: list[TaxSystemVatsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"slug": "slug", "title": "title", "vats": "vats"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        slug = self.slug

        title = self.title

        vats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vats, Unset):
            vats = _types.to_json(self.vats)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title
        if vats is not UNSET:
            field_dict["vats"] = vats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        title = d.pop("title", UNSET)

        _vats = d.pop("vats", UNSET)
        vats: list[TaxSystemVatsItem] | Unset = UNSET
        if _vats is not UNSET:
            vats = _types.parse_model_list(TaxSystemVatsItem, _vats)

        _instance = cls(
            slug,
            title,
            vats,
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
