from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.check_memberships_for_event_abonement_data_type_0 import CheckMembershipsForEventAbonementDataType0
    from ..models.check_memberships_for_event_abonement_data_type_1_item import (
        CheckMembershipsForEventAbonementDataType1Item,
    )
    from ..models.check_memberships_for_event_abonement_included_item import (
        CheckMembershipsForEventAbonementIncludedItem,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        CheckMembershipsForEventAbonementDataType0, \
        CheckMembershipsForEventAbonementDataType1Item, \
        CheckMembershipsForEventAbonementIncludedItem
    from ..models.check_memberships_for_event_abonement_data_type_0 import CheckMembershipsForEventAbonementDataType0  # noqa: PLC0415
    from ..models.check_memberships_for_event_abonement_data_type_1_item import (
        CheckMembershipsForEventAbonementDataType1Item,  # noqa: PLC0415
    )
    from ..models.check_memberships_for_event_abonement_included_item import (
        CheckMembershipsForEventAbonementIncludedItem,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="CheckMembershipsForEventAbonement")


@_attrs_define
class CheckMembershipsForEventAbonement:
    """
    Attributes:
        data (CheckMembershipsForEventAbonementDataType0 | list[CheckMembershipsForEventAbonementDataType1Item] |
            Unset):
        included (list[CheckMembershipsForEventAbonementIncludedItem] | Unset): Related membership types and
            availability intervals
    """

    data: CheckMembershipsForEventAbonementDataType0 | list[CheckMembershipsForEventAbonementDataType1Item] | Unset = (
        UNSET
    )
    included: list[CheckMembershipsForEventAbonementIncludedItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"data": "data", "included": "included"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        data: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, CheckMembershipsForEventAbonementDataType0):
            data = _types.to_json(self.data)
        else:
            data = _types.to_json(self.data)

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = _types.to_json(self.included)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)

        def _parse_data(
            data: object,
        ) -> CheckMembershipsForEventAbonementDataType0 | list[CheckMembershipsForEventAbonementDataType1Item] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = _types.parse_model(CheckMembershipsForEventAbonementDataType0, data)

                if data_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (isinstance(data, list) or data == {}):
                    raise TypeError()
                data_type_1 = _types.parse_model_list(CheckMembershipsForEventAbonementDataType1Item, data)

                if data_type_1 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(
                CheckMembershipsForEventAbonementDataType0
                | list[CheckMembershipsForEventAbonementDataType1Item]
                | Unset,
                data,
            )

        data = _parse_data(d.pop("data", UNSET))

        _included = d.pop("included", UNSET)
        included: list[CheckMembershipsForEventAbonementIncludedItem] | Unset = UNSET
        if _included is not UNSET:
            included = _types.parse_model_list(CheckMembershipsForEventAbonementIncludedItem, _included)

        _instance = cls(
            data,
            included,
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
