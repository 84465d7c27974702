from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abonement_type_balance_container_links_item import AbonementTypeBalanceContainerLinksItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, AbonementTypeBalanceContainerLinksItem
    from ..models.abonement_type_balance_container_links_item import AbonementTypeBalanceContainerLinksItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="AbonementTypeBalanceContainer")


@_attrs_define
class AbonementTypeBalanceContainer:
    """Container with attached services and/or categories and their balance

    Attributes:
        links (list[AbonementTypeBalanceContainerLinksItem] | Unset):
    """

    links: list[AbonementTypeBalanceContainerLinksItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"links": "links"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = _types.to_json(self.links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _links = d.pop("links", UNSET)
        links: list[AbonementTypeBalanceContainerLinksItem] | Unset = UNSET
        if _links is not UNSET:
            links = _types.parse_model_list(AbonementTypeBalanceContainerLinksItem, _links)

        _instance = cls(
            links,
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
