from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_program_visit_client_stats_new import LoyaltyProgramVisitClientStatsNew
    from ..models.loyalty_program_visit_client_stats_old import LoyaltyProgramVisitClientStatsOld
    from ..models.loyalty_program_visit_client_stats_total import LoyaltyProgramVisitClientStatsTotal

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        LoyaltyProgramVisitClientStatsNew, \
        LoyaltyProgramVisitClientStatsOld, \
        LoyaltyProgramVisitClientStatsTotal
    from ..models.loyalty_program_visit_client_stats_new import LoyaltyProgramVisitClientStatsNew  # noqa: PLC0415
    from ..models.loyalty_program_visit_client_stats_old import LoyaltyProgramVisitClientStatsOld  # noqa: PLC0415
    from ..models.loyalty_program_visit_client_stats_total import LoyaltyProgramVisitClientStatsTotal  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="LoyaltyProgramVisitClientStats")


@_attrs_define
class LoyaltyProgramVisitClientStats:
    """Client statistics

    Attributes:
        new (LoyaltyProgramVisitClientStatsNew | Unset): New clients
        old (LoyaltyProgramVisitClientStatsOld | Unset): Old clients
        total (LoyaltyProgramVisitClientStatsTotal | Unset): Total Quantity
    """

    new: LoyaltyProgramVisitClientStatsNew | Unset = UNSET
    old: LoyaltyProgramVisitClientStatsOld | Unset = UNSET
    total: LoyaltyProgramVisitClientStatsTotal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"new": "new", "old": "old", "total": "total"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        new: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new, Unset):
            new = _types.to_json(self.new)

        old: dict[str, Any] | Unset = UNSET
        if not isinstance(self.old, Unset):
            old = _types.to_json(self.old)

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = _types.to_json(self.total)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if new is not UNSET:
            field_dict["new"] = new
        if old is not UNSET:
            field_dict["old"] = old
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _new = d.pop("new", UNSET)
        new: LoyaltyProgramVisitClientStatsNew | Unset
        if isinstance(_new, Unset):
            new = UNSET
        else:
            new = _types.parse_model(LoyaltyProgramVisitClientStatsNew, _new)

        _old = d.pop("old", UNSET)
        old: LoyaltyProgramVisitClientStatsOld | Unset
        if isinstance(_old, Unset):
            old = UNSET
        else:
            old = _types.parse_model(LoyaltyProgramVisitClientStatsOld, _old)

        _total = d.pop("total", UNSET)
        total: LoyaltyProgramVisitClientStatsTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = _types.parse_model(LoyaltyProgramVisitClientStatsTotal, _total)

        _instance = cls(
            new,
            old,
            total,
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
