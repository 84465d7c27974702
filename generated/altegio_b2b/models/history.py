from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.history_loyalty_entity_changes_type_0 import HistoryLoyaltyEntityChangesType0
    from ..models.history_operation_type import HistoryOperationType

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, HistoryLoyaltyEntityChangesType0, HistoryOperationType
    from ..models.history_loyalty_entity_changes_type_0 import HistoryLoyaltyEntityChangesType0  # noqa: PLC0415
    from ..models.history_operation_type import HistoryOperationType  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="History")


@_attrs_define
class History:
    """
    Attributes:
        date (datetime.datetime | Unset): Event time in the Location's time zone. Example: 2026-09-21T23:00:00+00:00.
        loyalty_entity_changes (HistoryLoyaltyEntityChangesType0 | None | Unset): State changes, or null when the event
            has none.
        operation_type (HistoryOperationType | Unset):
    """

    date: datetime.datetime | Unset = UNSET
    loyalty_entity_changes: HistoryLoyaltyEntityChangesType0 | None | Unset = UNSET
    operation_type: HistoryOperationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"date": "date", "loyalty_entity_changes": "loyalty_entity_changes", "operation_type": "operation_type"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = _types.datetime_json(self.date, "iso")

        loyalty_entity_changes: dict[str, Any] | None | Unset
        if isinstance(self.loyalty_entity_changes, Unset):
            loyalty_entity_changes = UNSET
        elif isinstance(self.loyalty_entity_changes, HistoryLoyaltyEntityChangesType0):
            loyalty_entity_changes = _types.to_json(self.loyalty_entity_changes)
        else:
            loyalty_entity_changes = self.loyalty_entity_changes

        operation_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operation_type, Unset):
            operation_type = _types.to_json(self.operation_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if loyalty_entity_changes is not UNSET:
            field_dict["loyalty_entity_changes"] = loyalty_entity_changes
        if operation_type is not UNSET:
            field_dict["operation_type"] = operation_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _types.parse_datetime(_date)

        def _parse_loyalty_entity_changes(data: object) -> HistoryLoyaltyEntityChangesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                loyalty_entity_changes_type_0 = _types.parse_model(HistoryLoyaltyEntityChangesType0, data)

                if loyalty_entity_changes_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return loyalty_entity_changes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(HistoryLoyaltyEntityChangesType0 | None | Unset, data)

        loyalty_entity_changes = _parse_loyalty_entity_changes(d.pop("loyalty_entity_changes", UNSET))

        _operation_type = d.pop("operation_type", UNSET)
        operation_type: HistoryOperationType | Unset
        if isinstance(_operation_type, Unset):
            operation_type = UNSET
        else:
            operation_type = _types.parse_model(HistoryOperationType, _operation_type)

        _instance = cls(
            date,
            loyalty_entity_changes,
            operation_type,
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
