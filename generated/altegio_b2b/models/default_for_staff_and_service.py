from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_for_staff_and_service_technological_card_items_item import (
        DefaultForStaffAndServiceTechnologicalCardItemsItem,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, DefaultForStaffAndServiceTechnologicalCardItemsItem
    from ..models.default_for_staff_and_service_technological_card_items_item import (
        DefaultForStaffAndServiceTechnologicalCardItemsItem,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="DefaultForStaffAndService")


@_attrs_define
class DefaultForStaffAndService:
    """
    Attributes:
        id (int | Unset): Tech ID. cards
        technological_card_items (list[DefaultForStaffAndServiceTechnologicalCardItemsItem] | Unset): List of
            consumables kart
        title (str | Unset): The name of those cards
    """

    id: int | Unset = UNSET
    technological_card_items: list[DefaultForStaffAndServiceTechnologicalCardItemsItem] | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"id": "id", "technological_card_items": "technological_card_items", "title": "title"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        id = self.id

        technological_card_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.technological_card_items, Unset):
            technological_card_items = _types.to_json(self.technological_card_items)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if technological_card_items is not UNSET:
            field_dict["technological_card_items"] = technological_card_items
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _technological_card_items = d.pop("technological_card_items", UNSET)
        technological_card_items: list[DefaultForStaffAndServiceTechnologicalCardItemsItem] | Unset = UNSET
        if _technological_card_items is not UNSET:
            technological_card_items = _types.parse_model_list(
                DefaultForStaffAndServiceTechnologicalCardItemsItem, _technological_card_items
            )

        title = d.pop("title", UNSET)

        _instance = cls(
            id,
            technological_card_items,
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
