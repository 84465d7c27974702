from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_schedule_days_item import ClientScheduleDaysItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, ClientScheduleDaysItem
    from ..models.client_schedule_days_item import ClientScheduleDaysItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="ClientSchedule")


@_attrs_define
class ClientSchedule:
    """Data for an existing client schedule in a location.

    Attributes:
        days (list[ClientScheduleDaysItem] | Unset): Schedule series linked to a client schedule.
        final_day (str | Unset): Datetime of a client schedule end.
        id (int | Unset): ID of a client schedule.
        loyalty_abonement_id (int | None | Unset): ID of a loyalty membership used for client schedule (not supported at
            the moment).
    """

    days: list[ClientScheduleDaysItem] | Unset = UNSET
    final_day: str | Unset = UNSET
    id: int | Unset = UNSET
    loyalty_abonement_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"days": "days", "final_day": "final_day", "id": "id", "loyalty_abonement_id": "loyalty_abonement_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = _types.to_json(self.days)

        final_day = self.final_day

        id = self.id

        loyalty_abonement_id: int | None | Unset
        if isinstance(self.loyalty_abonement_id, Unset):
            loyalty_abonement_id = UNSET
        else:
            loyalty_abonement_id = self.loyalty_abonement_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if days is not UNSET:
            field_dict["days"] = days
        if final_day is not UNSET:
            field_dict["final_day"] = final_day
        if id is not UNSET:
            field_dict["id"] = id
        if loyalty_abonement_id is not UNSET:
            field_dict["loyalty_abonement_id"] = loyalty_abonement_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _days = d.pop("days", UNSET)
        days: list[ClientScheduleDaysItem] | Unset = UNSET
        if _days is not UNSET:
            days = _types.parse_model_list(ClientScheduleDaysItem, _days)

        final_day = d.pop("final_day", UNSET)

        id = d.pop("id", UNSET)

        loyalty_abonement_id: int | None | Unset = d.pop("loyalty_abonement_id", UNSET)

        _instance = cls(
            days,
            final_day,
            id,
            loyalty_abonement_id,
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
