from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_appointment_service_consumables_body_consumables_item import (
        UpdateAppointmentServiceConsumablesBodyConsumablesItem,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, UpdateAppointmentServiceConsumablesBodyConsumablesItem
    from ..models.update_appointment_service_consumables_body_consumables_item import (
        UpdateAppointmentServiceConsumablesBodyConsumablesItem,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="UpdateAppointmentServiceConsumablesBody")


@_attrs_define
class UpdateAppointmentServiceConsumablesBody:
    """
    Attributes:
        consumables (list[UpdateAppointmentServiceConsumablesBodyConsumablesItem] | Unset): List of consumables
    """

    consumables: list[UpdateAppointmentServiceConsumablesBodyConsumablesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"consumables": "consumables"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        consumables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consumables, Unset):
            consumables = _types.to_json(self.consumables)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consumables is not UNSET:
            field_dict["consumables"] = consumables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _consumables = d.pop("consumables", UNSET)
        consumables: list[UpdateAppointmentServiceConsumablesBodyConsumablesItem] | Unset = UNSET
        if _consumables is not UNSET:
            consumables = _types.parse_model_list(UpdateAppointmentServiceConsumablesBodyConsumablesItem, _consumables)

        _instance = cls(
            consumables,
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
