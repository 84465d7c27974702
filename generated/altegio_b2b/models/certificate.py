from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.certificate_status import CertificateStatus
    from ..models.certificate_type_field import CertificateTypeField

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, CertificateStatus, CertificateTypeField
    from ..models.certificate_status import CertificateStatus  # noqa: PLC0415
    from ..models.certificate_type_field import CertificateTypeField  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Certificate")


@_attrs_define
class Certificate:
    """
    Attributes:
        balance (float | Unset): Current balance
        created_date (datetime.datetime | Unset): Date of sale Example: 2026-09-21T23:00:00+00:00.
        default_balance (float | Unset): Starting balance
        expiration_date (datetime.datetime | Unset): Burn date Example: 2026-09-21T23:00:00+00:00.
        id (int | Unset): Certificate ID
        number (str | Unset): Certificate number
        status (CertificateStatus | Unset): An object with information about the current status of the certificate
        status_id (int | Unset): Status ID
        type_ (CertificateTypeField | Unset): Object with certificate type information
        type_id (int | Unset): Certificate type identifier
    """

    balance: float | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    default_balance: float | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    id: int | Unset = UNSET
    number: str | Unset = UNSET
    status: CertificateStatus | Unset = UNSET
    status_id: int | Unset = UNSET
    type_: CertificateTypeField | Unset = UNSET
    type_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"balance": "balance", "created_date": "created_date", "default_balance": "default_balance", "expiration_date": "expiration_date", "id": "id", "number": "number", "status": "status", "status_id": "status_id", "type_": "type", "type_id": "type_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        balance = self.balance

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = _types.datetime_json(self.created_date, "iso")

        default_balance = self.default_balance

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = _types.datetime_json(self.expiration_date, "iso")

        id = self.id

        number = self.number

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = _types.to_json(self.status)

        status_id = self.status_id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = _types.to_json(self.type_)

        type_id = self.type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if default_balance is not UNSET:
            field_dict["default_balance"] = default_balance
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if status is not UNSET:
            field_dict["status"] = status
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_id is not UNSET:
            field_dict["type_id"] = type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        balance = d.pop("balance", UNSET)

        _created_date = d.pop("created_date", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = _types.parse_datetime(_created_date)

        default_balance = d.pop("default_balance", UNSET)

        _expiration_date = d.pop("expiration_date", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = _types.parse_datetime(_expiration_date)

        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        _status = d.pop("status", UNSET)
        status: CertificateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _types.parse_model(CertificateStatus, _status)

        status_id = d.pop("status_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CertificateTypeField | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_model(CertificateTypeField, _type_)

        type_id = d.pop("type_id", UNSET)

        _instance = cls(
            balance,
            created_date,
            default_balance,
            expiration_date,
            id,
            number,
            status,
            status_id,
            type_,
            type_id,
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
