from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.filter_code import FilterCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_data_item import FilterDataItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, FilterDataItem
    from ..models.filter_data_item import FilterDataItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Filter")


@_attrs_define
class Filter:
    """Event search filter.

    Attributes:
        code (FilterCode | Unset): Filter type.
        data (list[FilterDataItem] | Unset): Filter items.
        title (str | Unset): Filter title.
    """

    code: FilterCode | Unset = UNSET
    data: list[FilterDataItem] | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"code": "code", "data": "data", "title": "title"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        code: str | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = _types.to_json(self.code)

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = _types.to_json(self.data)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if data is not UNSET:
            field_dict["data"] = data
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: FilterCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = _types.parse_enum(FilterCode, _code)

        _data = d.pop("data", UNSET)
        data: list[FilterDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = _types.parse_model_list(FilterDataItem, _data)

        title = d.pop("title", UNSET)

        _instance = cls(
            code,
            data,
            title,
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
