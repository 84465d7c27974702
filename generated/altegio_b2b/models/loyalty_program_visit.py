from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_program_visit_client_stats import LoyaltyProgramVisitClientStats
    from ..models.loyalty_program_visit_visits_stats_by_day_item import LoyaltyProgramVisitVisitsStatsByDayItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, LoyaltyProgramVisitClientStats, LoyaltyProgramVisitVisitsStatsByDayItem
    from ..models.loyalty_program_visit_client_stats import LoyaltyProgramVisitClientStats  # noqa: PLC0415
    from ..models.loyalty_program_visit_visits_stats_by_day_item import LoyaltyProgramVisitVisitsStatsByDayItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="LoyaltyProgramVisit")


@_attrs_define
class LoyaltyProgramVisit:
    """Object with data

    Attributes:
        client_stats (LoyaltyProgramVisitClientStats | Unset): Client statistics
        visits_stats_by_day (list[LoyaltyProgramVisitVisitsStatsByDayItem] | Unset): Number of clients per day
    """

    client_stats: LoyaltyProgramVisitClientStats | Unset = UNSET
    visits_stats_by_day: list[LoyaltyProgramVisitVisitsStatsByDayItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"client_stats": "client_stats", "visits_stats_by_day": "visits_stats_by_day"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        client_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_stats, Unset):
            client_stats = _types.to_json(self.client_stats)

        visits_stats_by_day: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.visits_stats_by_day, Unset):
            visits_stats_by_day = _types.to_json(self.visits_stats_by_day)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_stats is not UNSET:
            field_dict["client_stats"] = client_stats
        if visits_stats_by_day is not UNSET:
            field_dict["visits_stats_by_day"] = visits_stats_by_day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _client_stats = d.pop("client_stats", UNSET)
        client_stats: LoyaltyProgramVisitClientStats | Unset
        if isinstance(_client_stats, Unset):
            client_stats = UNSET
        else:
            client_stats = _types.parse_model(LoyaltyProgramVisitClientStats, _client_stats)

        _visits_stats_by_day = d.pop("visits_stats_by_day", UNSET)
        visits_stats_by_day: list[LoyaltyProgramVisitVisitsStatsByDayItem] | Unset = UNSET
        if _visits_stats_by_day is not UNSET:
            visits_stats_by_day = _types.parse_model_list(LoyaltyProgramVisitVisitsStatsByDayItem, _visits_stats_by_day)

        _instance = cls(
            client_stats,
            visits_stats_by_day,
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
