from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_team_member_schedule_body_schedules_to_delete_item import (
        SetTeamMemberScheduleBodySchedulesToDeleteItem,
    )
    from ..models.set_team_member_schedule_body_schedules_to_set_item import SetTeamMemberScheduleBodySchedulesToSetItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, SetTeamMemberScheduleBodySchedulesToDeleteItem, SetTeamMemberScheduleBodySchedulesToSetItem
    from ..models.set_team_member_schedule_body_schedules_to_delete_item import (
        SetTeamMemberScheduleBodySchedulesToDeleteItem,  # noqa: PLC0415
    )
    from ..models.set_team_member_schedule_body_schedules_to_set_item import SetTeamMemberScheduleBodySchedulesToSetItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="SetTeamMemberScheduleBody")


@_attrs_define
class SetTeamMemberScheduleBody:
    """
    Attributes:
        schedules_to_delete (list[SetTeamMemberScheduleBodySchedulesToDeleteItem] | Unset): Schedules to delete (make
            non-working days)
        schedules_to_set (list[SetTeamMemberScheduleBodySchedulesToSetItem] | Unset): Schedules to create or update
    """

    schedules_to_delete: list[SetTeamMemberScheduleBodySchedulesToDeleteItem] | Unset = UNSET
    schedules_to_set: list[SetTeamMemberScheduleBodySchedulesToSetItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"schedules_to_delete": "schedules_to_delete", "schedules_to_set": "schedules_to_set"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        schedules_to_delete: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedules_to_delete, Unset):
            schedules_to_delete = _types.to_json(self.schedules_to_delete)

        schedules_to_set: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedules_to_set, Unset):
            schedules_to_set = _types.to_json(self.schedules_to_set)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedules_to_delete is not UNSET:
            field_dict["schedules_to_delete"] = schedules_to_delete
        if schedules_to_set is not UNSET:
            field_dict["schedules_to_set"] = schedules_to_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _schedules_to_delete = d.pop("schedules_to_delete", UNSET)
        schedules_to_delete: list[SetTeamMemberScheduleBodySchedulesToDeleteItem] | Unset = UNSET
        if _schedules_to_delete is not UNSET:
            schedules_to_delete = _types.parse_model_list(
                SetTeamMemberScheduleBodySchedulesToDeleteItem, _schedules_to_delete
            )

        _schedules_to_set = d.pop("schedules_to_set", UNSET)
        schedules_to_set: list[SetTeamMemberScheduleBodySchedulesToSetItem] | Unset = UNSET
        if _schedules_to_set is not UNSET:
            schedules_to_set = _types.parse_model_list(SetTeamMemberScheduleBodySchedulesToSetItem, _schedules_to_set)

        _instance = cls(
            schedules_to_delete,
            schedules_to_set,
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
