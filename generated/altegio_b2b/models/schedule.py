from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.schedule_original_entity_type import ScheduleOriginalEntityType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_days_item import ScheduleDaysItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, ScheduleDaysItem
    from ..models.schedule_days_item import ScheduleDaysItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule:
    """Data for an existing schedule in a location.

    Attributes:
        created_at (datetime.datetime | Unset): Datetime of a schedule created. Example: 2026-09-21T23:00:00+00:00.
        date_end (datetime.date | Unset): Date of a schedule end. Example: 2026-09-21.
        date_start (datetime.date | Unset): Date of a schedule start. Example: 2026-09-21.
        days (list[ScheduleDaysItem] | Unset): Schedule series, linked to a specified schedule. Returned in response
            only if corresponding `include` is present in request.
        deleted_at (datetime.datetime | None | Unset): Datetime of a schedule deleted. Example:
            2026-09-21T23:00:00+00:00.
        id (int | Unset): ID of a schedule.
        original_entity_id (int | Unset): ID of entity schedule is based on.
        original_entity_type (ScheduleOriginalEntityType | Unset): Type of entity schedule is based on (appointment or
            event).
        updated_at (datetime.datetime | Unset): Datetime of a schedule last updated. Example: 2026-09-21T23:00:00+00:00.
    """

    created_at: datetime.datetime | Unset = UNSET
    date_end: datetime.date | Unset = UNSET
    date_start: datetime.date | Unset = UNSET
    days: list[ScheduleDaysItem] | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    id: int | Unset = UNSET
    original_entity_id: int | Unset = UNSET
    original_entity_type: ScheduleOriginalEntityType | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"created_at": "created_at", "date_end": "date_end", "date_start": "date_start", "days": "days", "deleted_at": "deleted_at", "id": "id", "original_entity_id": "original_entity_id", "original_entity_type": "original_entity_type", "updated_at": "updated_at"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = _types.datetime_json(self.created_at, "iso")

        date_end: str | Unset = UNSET
        if not isinstance(self.date_end, Unset):
            date_end = _types.date_json(self.date_end)

        date_start: str | Unset = UNSET
        if not isinstance(self.date_start, Unset):
            date_start = _types.date_json(self.date_start)

        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = _types.to_json(self.days)

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = _types.datetime_json(self.deleted_at, "iso")
        else:
            deleted_at = self.deleted_at

        id = self.id

        original_entity_id = self.original_entity_id

        original_entity_type: str | Unset = UNSET
        if not isinstance(self.original_entity_type, Unset):
            original_entity_type = _types.to_json(self.original_entity_type)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = _types.datetime_json(self.updated_at, "iso")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if date_end is not UNSET:
            field_dict["date_end"] = date_end
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if days is not UNSET:
            field_dict["days"] = days
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if id is not UNSET:
            field_dict["id"] = id
        if original_entity_id is not UNSET:
            field_dict["original_entity_id"] = original_entity_id
        if original_entity_type is not UNSET:
            field_dict["original_entity_type"] = original_entity_type
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = _types.parse_datetime(_created_at)

        _date_end = d.pop("date_end", UNSET)
        date_end: datetime.date | Unset
        if isinstance(_date_end, Unset):
            date_end = UNSET
        else:
            date_end = _types.parse_date(_date_end)

        _date_start = d.pop("date_start", UNSET)
        date_start: datetime.date | Unset
        if isinstance(_date_start, Unset):
            date_start = UNSET
        else:
            date_start = _types.parse_date(_date_start)

        _days = d.pop("days", UNSET)
        days: list[ScheduleDaysItem] | Unset = UNSET
        if _days is not UNSET:
            days = _types.parse_model_list(ScheduleDaysItem, _days)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = _types.parse_datetime(data)

                if deleted_at_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        id = d.pop("id", UNSET)

        original_entity_id = d.pop("original_entity_id", UNSET)

        _original_entity_type = d.pop("original_entity_type", UNSET)
        original_entity_type: ScheduleOriginalEntityType | Unset
        if isinstance(_original_entity_type, Unset):
            original_entity_type = UNSET
        else:
            original_entity_type = _types.parse_enum(ScheduleOriginalEntityType, _original_entity_type)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = _types.parse_datetime(_updated_at)

        _instance = cls(
            created_at,
            date_end,
            date_start,
            days,
            deleted_at,
            id,
            original_entity_id,
            original_entity_type,
            updated_at,
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
