from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_info import MetaInfo
    from ..models.service import Service

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, MetaInfo, Service
    from ..models.meta_info import MetaInfo  # noqa: PLC0415
    from ..models.service import Service  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="DeprecatedGetServiceListByIdResponse")


@_attrs_define
class DeprecatedGetServiceListByIdResponse:
    """
    Attributes:
        success (bool):
        data (list[Service] | None | Service): Service data object
        meta (list[Any] | MetaInfo | Unset): The envelope's meta: an object (totals, message) or an empty array.
    """

    success: bool
    data: list[Service] | None | Service
    meta: list[Any] | MetaInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        success = self.success

        data: dict[str, Any] | list[dict[str, Any]] | None
        if isinstance(self.data, Service):
            data = _types.to_json(self.data)
        elif isinstance(self.data, list):
            data = _types.to_json(self.data)

        else:
            data = self.data

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, MetaInfo):
            meta = _types.to_json(self.meta)
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        success = d.pop("success")

        def _parse_data(data: object) -> list[Service] | None | Service:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0_type_0 = _types.parse_model(Service, data)

                if data_type_0_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return data_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (isinstance(data, list) or data == {}):
                    raise TypeError()

                def _parse_data_type_0_type_1_item(data_type_0_type_1_item_data: Any) -> Any:
                    data_type_0_type_1_item = _types.parse_model(Service, data_type_0_type_1_item_data)

                    return data_type_0_type_1_item

                data_type_0_type_1 = _types.parse_list(data, _parse_data_type_0_type_1_item)

                if data_type_0_type_1 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return data_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(list[Service] | None | Service, data)

        data = _parse_data(d.pop("data"))

        def _parse_meta(data: object) -> list[Any] | MetaInfo | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_meta_type_0 = _types.parse_model(MetaInfo, data)

                if componentsschemas_meta_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return componentsschemas_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (isinstance(data, list) or data == {}):
                    raise TypeError()
                componentsschemas_meta_type_1 = _types.parse_list(data, lambda item: item)

                if componentsschemas_meta_type_1 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return componentsschemas_meta_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(list[Any] | MetaInfo | Unset, data)

        meta = _parse_meta(d.pop("meta", UNSET))

        _instance = cls(
            success=success,
            data=data,
            meta=meta,
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
