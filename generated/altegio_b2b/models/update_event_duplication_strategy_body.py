from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_event_duplication_strategy_body_days_item import UpdateEventDuplicationStrategyBodyDaysItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, UpdateEventDuplicationStrategyBodyDaysItem
    from ..models.update_event_duplication_strategy_body_days_item import UpdateEventDuplicationStrategyBodyDaysItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="UpdateEventDuplicationStrategyBody")


@_attrs_define
class UpdateEventDuplicationStrategyBody:
    """
    Attributes:
        repeat_mode_id (int): Repeat Mode
        title (str): Name
        content_type (float | Unset): Duplicate appointments? 1 - no, 2 - yes
        days (list[UpdateEventDuplicationStrategyBodyDaysItem] | Unset): Recurrence Days for Weekly Mode
        interval (float | Unset): Break in searching for dates
    """

    repeat_mode_id: int
    title: str
    content_type: float | Unset = UNSET
    days: list[UpdateEventDuplicationStrategyBodyDaysItem] | Unset = UNSET
    interval: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"repeat_mode_id": "repeat_mode_id", "title": "title", "content_type": "content_type", "days": "days", "interval": "interval"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        repeat_mode_id = self.repeat_mode_id

        title = self.title

        content_type = self.content_type

        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = _types.to_json(self.days)

        interval = self.interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "repeat_mode_id": repeat_mode_id,
                "title": title,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if days is not UNSET:
            field_dict["days"] = days
        if interval is not UNSET:
            field_dict["interval"] = interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        repeat_mode_id = d.pop("repeat_mode_id")

        title = d.pop("title")

        content_type = d.pop("content_type", UNSET)

        _days = d.pop("days", UNSET)
        days: list[UpdateEventDuplicationStrategyBodyDaysItem] | Unset = UNSET
        if _days is not UNSET:
            days = _types.parse_model_list(UpdateEventDuplicationStrategyBodyDaysItem, _days)

        interval = d.pop("interval", UNSET)

        _instance = cls(
            repeat_mode_id,
            title,
            content_type,
            days,
            interval,
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
