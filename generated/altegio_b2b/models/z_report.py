from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.z_report_paids import ZReportPaids
    from ..models.z_report_stats import ZReportStats
    from ..models.z_report_z_data import ZReportZData

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, ZReportPaids, ZReportStats, ZReportZData
    from ..models.z_report_paids import ZReportPaids  # noqa: PLC0415
    from ..models.z_report_stats import ZReportStats  # noqa: PLC0415
    from ..models.z_report_z_data import ZReportZData  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="ZReport")


@_attrs_define
class ZReport:
    """Object with data

    Attributes:
        currency (str | Unset): Currency
        paids (ZReportPaids | Unset): Payments
        stats (ZReportStats | Unset): general Statistics
        z_data (ZReportZData | Unset): Data report
    """

    currency: str | Unset = UNSET
    paids: ZReportPaids | Unset = UNSET
    stats: ZReportStats | Unset = UNSET
    z_data: ZReportZData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"currency": "currency", "paids": "paids", "stats": "stats", "z_data": "z_data"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        currency = self.currency

        paids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paids, Unset):
            paids = _types.to_json(self.paids)

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = _types.to_json(self.stats)

        z_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.z_data, Unset):
            z_data = _types.to_json(self.z_data)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if paids is not UNSET:
            field_dict["paids"] = paids
        if stats is not UNSET:
            field_dict["stats"] = stats
        if z_data is not UNSET:
            field_dict["z_data"] = z_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        currency = d.pop("currency", UNSET)

        _paids = d.pop("paids", UNSET)
        paids: ZReportPaids | Unset
        if isinstance(_paids, Unset):
            paids = UNSET
        else:
            paids = _types.parse_model(ZReportPaids, _paids)

        _stats = d.pop("stats", UNSET)
        stats: ZReportStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = _types.parse_model(ZReportStats, _stats)

        _z_data = d.pop("z_data", UNSET)
        z_data: ZReportZData | Unset
        if isinstance(_z_data, Unset):
            z_data = UNSET
        else:
            z_data = _types.parse_model(ZReportZData, _z_data)

        _instance = cls(
            currency,
            paids,
            stats,
            z_data,
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
