from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

if TYPE_CHECKING:
    from ..models.schedule_team_member_update_deprecated_body_item_slots_item import (
        ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem
    from ..models.schedule_team_member_update_deprecated_body_item_slots_item import (
        ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="ScheduleTeamMemberUpdateDeprecatedBodyItem")


@_attrs_define
class ScheduleTeamMemberUpdateDeprecatedBodyItem:
    """
    Attributes:
        date (datetime.date): Schedule date (YYYY-MM-DD) Example: 2026-09-21.
        is_working (bool): Whether the team member is working on this date
        slots (list[ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem]): Working time intervals
    """

    date: datetime.date
    is_working: bool
    slots: list[ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"date": "date", "is_working": "is_working", "slots": "slots"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        date = _types.date_json(self.date)

        is_working = self.is_working

        slots = _types.to_json(self.slots)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "is_working": is_working,
                "slots": slots,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        date = _types.parse_date(d.pop("date"))

        is_working = d.pop("is_working")

        slots = _types.parse_model_list(ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem, d.pop("slots"))

        _instance = cls(
            date,
            is_working,
            slots,
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
