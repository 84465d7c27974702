from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.z_report_z_data_1481101200_item import ZReportZData1481101200Item

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, ZReportZData1481101200Item
    from ..models.z_report_z_data_1481101200_item import ZReportZData1481101200Item  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="ZReportZData")


@_attrs_define
class ZReportZData:
    """Data report

    Attributes:
        field_1481101200 (list[ZReportZData1481101200Item] | Unset):
    """

    field_1481101200: list[ZReportZData1481101200Item] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"field_1481101200": "1481101200"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        field_1481101200: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_1481101200, Unset):
            field_1481101200 = _types.to_json(self.field_1481101200)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_1481101200 is not UNSET:
            field_dict["1481101200"] = field_1481101200

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _field_1481101200 = d.pop("1481101200", UNSET)
        field_1481101200: list[ZReportZData1481101200Item] | Unset = UNSET
        if _field_1481101200 is not UNSET:
            field_1481101200 = _types.parse_model_list(ZReportZData1481101200Item, _field_1481101200)

        _instance = cls(
            field_1481101200,
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
