from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.certificate_type_field_item_type import CertificateTypeFieldItemType

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, CertificateTypeFieldItemType
    from ..models.certificate_type_field_item_type import CertificateTypeFieldItemType  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="CertificateTypeField")


@_attrs_define
class CertificateTypeField:
    """Object with certificate type information

    Attributes:
        balance (int | Unset): Certificate denomination
        company_group_id (int | Unset): ID of the chain where the certificate type was created
        expiration_date (str | Unset): Burn date of all certificates. Populated with expiration_type_id = 1
        expiration_timeout (int | Unset): Validity period of certificates. Populated with expiration_type_id = 2
        expiration_timeout_unit_id (int | Unset): Time units. 1 - Day, 2 - Week, 3 - Month, 4 - Year
        expiration_type_id (int | Unset): The ID of the expiration limit. 0 - unlimited, 1 - fixed date, 2 - fixed
            period
        id (int | Unset): Certificate type identifier
        is_allow_empty_code (bool | Unset): Sale without code
        is_multi (bool | Unset): Is it available for multiple debits
        item_type (CertificateTypeFieldItemType | Unset): Object with item_type_id and its name
        item_type_id (int | Unset): Restriction on the use of redemption points. 0 - no restrictions, 1 - only services,
            2 - some services + all products, 3 - some services, 4 - only products
        title (str | Unset): Gift card type name
    """

    balance: int | Unset = UNSET
    company_group_id: int | Unset = UNSET
    expiration_date: str | Unset = UNSET
    expiration_timeout: int | Unset = UNSET
    expiration_timeout_unit_id: int | Unset = UNSET
    expiration_type_id: int | Unset = UNSET
    id: int | Unset = UNSET
    is_allow_empty_code: bool | Unset = UNSET
    is_multi: bool | Unset = UNSET
    item_type: CertificateTypeFieldItemType | Unset = UNSET
    item_type_id: int | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"balance": "balance", "company_group_id": "company_group_id", "expiration_date": "expiration_date", "expiration_timeout": "expiration_timeout", "expiration_timeout_unit_id": "expiration_timeout_unit_id", "expiration_type_id": "expiration_type_id", "id": "id", "is_allow_empty_code": "is_allow_empty_code", "is_multi": "is_multi", "item_type": "item_type", "item_type_id": "item_type_id", "title": "title"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        balance = self.balance

        company_group_id = self.company_group_id

        expiration_date = self.expiration_date

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit_id = self.expiration_timeout_unit_id

        expiration_type_id = self.expiration_type_id

        id = self.id

        is_allow_empty_code = self.is_allow_empty_code

        is_multi = self.is_multi

        item_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_type, Unset):
            item_type = _types.to_json(self.item_type)

        item_type_id = self.item_type_id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if company_group_id is not UNSET:
            field_dict["company_group_id"] = company_group_id
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = expiration_timeout
        if expiration_timeout_unit_id is not UNSET:
            field_dict["expiration_timeout_unit_id"] = expiration_timeout_unit_id
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = expiration_type_id
        if id is not UNSET:
            field_dict["id"] = id
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        balance = d.pop("balance", UNSET)

        company_group_id = d.pop("company_group_id", UNSET)

        expiration_date = d.pop("expiration_date", UNSET)

        expiration_timeout = d.pop("expiration_timeout", UNSET)

        expiration_timeout_unit_id = d.pop("expiration_timeout_unit_id", UNSET)

        expiration_type_id = d.pop("expiration_type_id", UNSET)

        id = d.pop("id", UNSET)

        is_allow_empty_code = d.pop("is_allow_empty_code", UNSET)

        is_multi = d.pop("is_multi", UNSET)

        _item_type = d.pop("item_type", UNSET)
        item_type: CertificateTypeFieldItemType | Unset
        if isinstance(_item_type, Unset):
            item_type = UNSET
        else:
            item_type = _types.parse_model(CertificateTypeFieldItemType, _item_type)

        item_type_id = d.pop("item_type_id", UNSET)

        title = d.pop("title", UNSET)

        _instance = cls(
            balance,
            company_group_id,
            expiration_date,
            expiration_timeout,
            expiration_timeout_unit_id,
            expiration_type_id,
            id,
            is_allow_empty_code,
            is_multi,
            item_type,
            item_type_id,
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
