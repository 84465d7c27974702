from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.overall_client_stats import OverallClientStats
    from ..models.overall_fullness_stats import OverallFullnessStats
    from ..models.overall_income_average_services_stats import OverallIncomeAverageServicesStats
    from ..models.overall_income_average_stats import OverallIncomeAverageStats
    from ..models.overall_income_goods_stats import OverallIncomeGoodsStats
    from ..models.overall_income_services_stats import OverallIncomeServicesStats
    from ..models.overall_income_total_stats import OverallIncomeTotalStats
    from ..models.overall_record_stats import OverallRecordStats

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        OverallClientStats, \
        OverallFullnessStats, \
        OverallIncomeAverageServicesStats, \
        OverallIncomeAverageStats, \
        OverallIncomeGoodsStats, \
        OverallIncomeServicesStats, \
        OverallIncomeTotalStats, \
        OverallRecordStats
    from ..models.overall_client_stats import OverallClientStats  # noqa: PLC0415
    from ..models.overall_fullness_stats import OverallFullnessStats  # noqa: PLC0415
    from ..models.overall_income_average_services_stats import OverallIncomeAverageServicesStats  # noqa: PLC0415
    from ..models.overall_income_average_stats import OverallIncomeAverageStats  # noqa: PLC0415
    from ..models.overall_income_goods_stats import OverallIncomeGoodsStats  # noqa: PLC0415
    from ..models.overall_income_services_stats import OverallIncomeServicesStats  # noqa: PLC0415
    from ..models.overall_income_total_stats import OverallIncomeTotalStats  # noqa: PLC0415
    from ..models.overall_record_stats import OverallRecordStats  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Overall")


@_attrs_define
class Overall:
    """Summary indicators

    Attributes:
        client_stats (OverallClientStats | Unset): Summary indicators by number of clients
        fullness_stats (OverallFullnessStats | Unset): Summary indicators of the occupancy of the working hours of the
            location's team members
        income_average_services_stats (OverallIncomeAverageServicesStats | Unset):
        income_average_stats (OverallIncomeAverageStats | Unset):
        income_goods_stats (OverallIncomeGoodsStats | Unset):
        income_services_stats (OverallIncomeServicesStats | Unset):
        income_total_stats (OverallIncomeTotalStats | Unset):
        record_stats (OverallRecordStats | Unset): Summary metrics by number of appointments
    """

    client_stats: OverallClientStats | Unset = UNSET
    fullness_stats: OverallFullnessStats | Unset = UNSET
    income_average_services_stats: OverallIncomeAverageServicesStats | Unset = UNSET
    income_average_stats: OverallIncomeAverageStats | Unset = UNSET
    income_goods_stats: OverallIncomeGoodsStats | Unset = UNSET
    income_services_stats: OverallIncomeServicesStats | Unset = UNSET
    income_total_stats: OverallIncomeTotalStats | Unset = UNSET
    record_stats: OverallRecordStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"client_stats": "client_stats", "fullness_stats": "fullness_stats", "income_average_services_stats": "income_average_services_stats", "income_average_stats": "income_average_stats", "income_goods_stats": "income_goods_stats", "income_services_stats": "income_services_stats", "income_total_stats": "income_total_stats", "record_stats": "record_stats"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        client_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_stats, Unset):
            client_stats = _types.to_json(self.client_stats)

        fullness_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fullness_stats, Unset):
            fullness_stats = _types.to_json(self.fullness_stats)

        income_average_services_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_average_services_stats, Unset):
            income_average_services_stats = _types.to_json(self.income_average_services_stats)

        income_average_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_average_stats, Unset):
            income_average_stats = _types.to_json(self.income_average_stats)

        income_goods_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_goods_stats, Unset):
            income_goods_stats = _types.to_json(self.income_goods_stats)

        income_services_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_services_stats, Unset):
            income_services_stats = _types.to_json(self.income_services_stats)

        income_total_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_total_stats, Unset):
            income_total_stats = _types.to_json(self.income_total_stats)

        record_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record_stats, Unset):
            record_stats = _types.to_json(self.record_stats)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_stats is not UNSET:
            field_dict["client_stats"] = client_stats
        if fullness_stats is not UNSET:
            field_dict["fullness_stats"] = fullness_stats
        if income_average_services_stats is not UNSET:
            field_dict["income_average_services_stats"] = income_average_services_stats
        if income_average_stats is not UNSET:
            field_dict["income_average_stats"] = income_average_stats
        if income_goods_stats is not UNSET:
            field_dict["income_goods_stats"] = income_goods_stats
        if income_services_stats is not UNSET:
            field_dict["income_services_stats"] = income_services_stats
        if income_total_stats is not UNSET:
            field_dict["income_total_stats"] = income_total_stats
        if record_stats is not UNSET:
            field_dict["record_stats"] = record_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _client_stats = d.pop("client_stats", UNSET)
        client_stats: OverallClientStats | Unset
        if isinstance(_client_stats, Unset):
            client_stats = UNSET
        else:
            client_stats = _types.parse_model(OverallClientStats, _client_stats)

        _fullness_stats = d.pop("fullness_stats", UNSET)
        fullness_stats: OverallFullnessStats | Unset
        if isinstance(_fullness_stats, Unset):
            fullness_stats = UNSET
        else:
            fullness_stats = _types.parse_model(OverallFullnessStats, _fullness_stats)

        _income_average_services_stats = d.pop("income_average_services_stats", UNSET)
        income_average_services_stats: OverallIncomeAverageServicesStats | Unset
        if isinstance(_income_average_services_stats, Unset):
            income_average_services_stats = UNSET
        else:
            income_average_services_stats = _types.parse_model(
                OverallIncomeAverageServicesStats, _income_average_services_stats
            )

        _income_average_stats = d.pop("income_average_stats", UNSET)
        income_average_stats: OverallIncomeAverageStats | Unset
        if isinstance(_income_average_stats, Unset):
            income_average_stats = UNSET
        else:
            income_average_stats = _types.parse_model(OverallIncomeAverageStats, _income_average_stats)

        _income_goods_stats = d.pop("income_goods_stats", UNSET)
        income_goods_stats: OverallIncomeGoodsStats | Unset
        if isinstance(_income_goods_stats, Unset):
            income_goods_stats = UNSET
        else:
            income_goods_stats = _types.parse_model(OverallIncomeGoodsStats, _income_goods_stats)

        _income_services_stats = d.pop("income_services_stats", UNSET)
        income_services_stats: OverallIncomeServicesStats | Unset
        if isinstance(_income_services_stats, Unset):
            income_services_stats = UNSET
        else:
            income_services_stats = _types.parse_model(OverallIncomeServicesStats, _income_services_stats)

        _income_total_stats = d.pop("income_total_stats", UNSET)
        income_total_stats: OverallIncomeTotalStats | Unset
        if isinstance(_income_total_stats, Unset):
            income_total_stats = UNSET
        else:
            income_total_stats = _types.parse_model(OverallIncomeTotalStats, _income_total_stats)

        _record_stats = d.pop("record_stats", UNSET)
        record_stats: OverallRecordStats | Unset
        if isinstance(_record_stats, Unset):
            record_stats = UNSET
        else:
            record_stats = _types.parse_model(OverallRecordStats, _record_stats)

        _instance = cls(
            client_stats,
            fullness_stats,
            income_average_services_stats,
            income_average_stats,
            income_goods_stats,
            income_services_stats,
            income_total_stats,
            record_stats,
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
