from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.chain_loyalty_certificate_types_update_body_expiration_timeout_unit_id import (
    ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId,
)
from ..models.chain_loyalty_certificate_types_update_body_expiration_type_id import (
    ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainLoyaltyCertificateTypesUpdateBodyExpiration")


@_attrs_define
class ChainLoyaltyCertificateTypesUpdateBodyExpiration:
    """Expiration settings

    Attributes:
        type_id (ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId): Expiration type: 0 = none, 1 = fixed date, 2 =
            period from sale
        date (datetime.datetime | Unset): Fixed expiration date (ISO 8601, required if type_id = 1) Example:
            2026-09-21T23:00:00+00:00.
        timeout (int | Unset): Duration value (required if type_id = 2)
        timeout_unit_id (ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId | Unset): Duration unit (required
            if type_id = 2): 1 = day, 2 = week, 3 = month, 4 = year
    """

    type_id: ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId
    date: datetime.datetime | Unset = UNSET
    timeout: int | Unset = UNSET
    timeout_unit_id: ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"type_id": "type_id", "date": "date", "timeout": "timeout", "timeout_unit_id": "timeout_unit_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        type_id = _types.to_json(self.type_id)

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = _types.datetime_json(self.date, "iso")

        timeout = self.timeout

        timeout_unit_id: int | Unset = UNSET
        if not isinstance(self.timeout_unit_id, Unset):
            timeout_unit_id = _types.to_json(self.timeout_unit_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type_id": type_id,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if timeout_unit_id is not UNSET:
            field_dict["timeout_unit_id"] = timeout_unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_id = _types.parse_enum(ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId, d.pop("type_id"))

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _types.parse_datetime(_date)

        timeout = d.pop("timeout", UNSET)

        _timeout_unit_id = d.pop("timeout_unit_id", UNSET)
        timeout_unit_id: ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId | Unset
        if isinstance(_timeout_unit_id, Unset):
            timeout_unit_id = UNSET
        else:
            timeout_unit_id = _types.parse_enum(
                ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId, _timeout_unit_id
            )

        _instance = cls(
            type_id,
            date,
            timeout,
            timeout_unit_id,
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
