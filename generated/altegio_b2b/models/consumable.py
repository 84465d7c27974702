from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consumable_consumables_item import ConsumableConsumablesItem
    from ..models.consumable_technological_cards_item import ConsumableTechnologicalCardsItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, ConsumableConsumablesItem, ConsumableTechnologicalCardsItem
    from ..models.consumable_consumables_item import ConsumableConsumablesItem  # noqa: PLC0415
    from ..models.consumable_technological_cards_item import ConsumableTechnologicalCardsItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Consumable")


@_attrs_define
class Consumable:
    """
    Attributes:
        consumables (list[ConsumableConsumablesItem] | Unset):
        record_id (int | Unset): Appointment ID
        service_id (int | Unset): Service ID
        technological_cards (list[ConsumableTechnologicalCardsItem] | Unset): Technological cards
    """

    consumables: list[ConsumableConsumablesItem] | Unset = UNSET
    record_id: int | Unset = UNSET
    service_id: int | Unset = UNSET
    technological_cards: list[ConsumableTechnologicalCardsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"consumables": "consumables", "record_id": "record_id", "service_id": "service_id", "technological_cards": "technological_cards"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        consumables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consumables, Unset):
            consumables = _types.to_json(self.consumables)

        record_id = self.record_id

        service_id = self.service_id

        technological_cards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.technological_cards, Unset):
            technological_cards = _types.to_json(self.technological_cards)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consumables is not UNSET:
            field_dict["consumables"] = consumables
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if technological_cards is not UNSET:
            field_dict["technological_cards"] = technological_cards

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _consumables = d.pop("consumables", UNSET)
        consumables: list[ConsumableConsumablesItem] | Unset = UNSET
        if _consumables is not UNSET:
            consumables = _types.parse_model_list(ConsumableConsumablesItem, _consumables)

        record_id = d.pop("record_id", UNSET)

        service_id = d.pop("service_id", UNSET)

        _technological_cards = d.pop("technological_cards", UNSET)
        technological_cards: list[ConsumableTechnologicalCardsItem] | Unset = UNSET
        if _technological_cards is not UNSET:
            technological_cards = _types.parse_model_list(ConsumableTechnologicalCardsItem, _technological_cards)

        _instance = cls(
            consumables,
            record_id,
            service_id,
            technological_cards,
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
