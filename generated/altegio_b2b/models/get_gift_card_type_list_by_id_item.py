from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetGiftCardTypeListByIdItem")


@_attrs_define
class GetGiftCardTypeListByIdItem:
    """
    Attributes:
        balance (float | Unset): Certificate denomination
        company_group_id (int | Unset): ID of the chain where the certificate type is valid
        expiration_date (datetime.datetime | Unset): Fixed burn date in ISO8601 format (null if not set) Example:
            2026-09-21T23:00:00+00:00.
        expiration_timeout (float | Unset): Certificate validity period from the date of sale (0 if not set)
        expiration_timeout_unit_id (int | Unset): The unit of measurement of the validity period of the certificate from
            the moment of sale (the list of possible values, if not specified - 0)
        expiration_type_id (int | Unset): Expiration limit (list of possible values)
        id (int | Unset): Certificate type identifier
        is_allow_empty_code (bool | Unset): Allow sale of certificate without code? true - allow, false - do not allow
        is_multi (bool | Unset): Write-off type: true - multiple write-off, false - single write-off
        item_type_id (int | Unset): Application restriction (list of possible values)
        title (str | Unset): Gift card type name
    """

    balance: float | Unset = UNSET
    company_group_id: int | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    expiration_timeout: float | Unset = UNSET
    expiration_timeout_unit_id: int | Unset = UNSET
    expiration_type_id: int | Unset = UNSET
    id: int | Unset = UNSET
    is_allow_empty_code: bool | Unset = UNSET
    is_multi: bool | Unset = UNSET
    item_type_id: int | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        company_group_id = self.company_group_id

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = _types.datetime_json(self.expiration_date, "iso")

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit_id = self.expiration_timeout_unit_id

        expiration_type_id = self.expiration_type_id

        id = self.id

        is_allow_empty_code = self.is_allow_empty_code

        is_multi = self.is_multi

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
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        balance = d.pop("balance", UNSET)

        company_group_id = d.pop("company_group_id", UNSET)

        _expiration_date = d.pop("expiration_date", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = _types.parse_datetime(_expiration_date)

        expiration_timeout = d.pop("expiration_timeout", UNSET)

        expiration_timeout_unit_id = d.pop("expiration_timeout_unit_id", UNSET)

        expiration_type_id = d.pop("expiration_type_id", UNSET)

        id = d.pop("id", UNSET)

        is_allow_empty_code = d.pop("is_allow_empty_code", UNSET)

        is_multi = d.pop("is_multi", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        title = d.pop("title", UNSET)

        get_gift_card_type_list_by_id_item = cls(
            balance=balance,
            company_group_id=company_group_id,
            expiration_date=expiration_date,
            expiration_timeout=expiration_timeout,
            expiration_timeout_unit_id=expiration_timeout_unit_id,
            expiration_type_id=expiration_type_id,
            id=id,
            is_allow_empty_code=is_allow_empty_code,
            is_multi=is_multi,
            item_type_id=item_type_id,
            title=title,
        )

        get_gift_card_type_list_by_id_item.additional_properties = d
        return get_gift_card_type_list_by_id_item

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
