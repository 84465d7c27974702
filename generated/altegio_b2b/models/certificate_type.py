from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.certificate_type_item_type import CertificateTypeItemType

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, CertificateTypeItemType
    from ..models.certificate_type_item_type import CertificateTypeItemType  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="CertificateType")


@_attrs_define
class CertificateType:
    """
    Attributes:
        balance (float | Unset):
        balance_edit_type_id (int | Unset):
        category_id (int | None | Unset):
        company_group_id (int | Unset): Chain ID
        date_archived (None | str | Unset):
        expiration_date (datetime.datetime | None | Unset):  Example: 2026-09-21T23:00:00+00:00.
        expiration_timeout (float | int | Unset):
        expiration_timeout_unit_id (int | Unset):
        expiration_type_id (int | Unset):
        id (int | Unset): Certificate type ID
        is_allow_empty_code (bool | Unset):
        is_archived (bool | Unset):
        is_multi (bool | Unset):
        is_serial_number_limited (bool | Unset):
        item_type (CertificateTypeItemType | Unset):
        item_type_id (int | Unset):
        online_sale_description (str | Unset):
        online_sale_image (None | str | Unset):
        online_sale_is_enabled (bool | Unset):
        online_sale_price (float | Unset):
        online_sale_title (str | Unset):
        released_total (int | Unset): Total certificates issued
        salon_ids (list[int] | Unset):
        service_ids (list[int] | Unset):
        title (str | Unset):
        weight (int | Unset): Sort order
    """

    balance: float | Unset = UNSET
    balance_edit_type_id: int | Unset = UNSET
    category_id: int | None | Unset = UNSET
    company_group_id: int | Unset = UNSET
    date_archived: None | str | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    expiration_timeout: float | int | Unset = UNSET
    expiration_timeout_unit_id: int | Unset = UNSET
    expiration_type_id: int | Unset = UNSET
    id: int | Unset = UNSET
    is_allow_empty_code: bool | Unset = UNSET
    is_archived: bool | Unset = UNSET
    is_multi: bool | Unset = UNSET
    is_serial_number_limited: bool | Unset = UNSET
    item_type: CertificateTypeItemType | Unset = UNSET
    item_type_id: int | Unset = UNSET
    online_sale_description: str | Unset = UNSET
    online_sale_image: None | str | Unset = UNSET
    online_sale_is_enabled: bool | Unset = UNSET
    online_sale_price: float | Unset = UNSET
    online_sale_title: str | Unset = UNSET
    released_total: int | Unset = UNSET
    salon_ids: list[int] | Unset = UNSET
    service_ids: list[int] | Unset = UNSET
    title: str | Unset = UNSET
    weight: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"balance": "balance", "balance_edit_type_id": "balance_edit_type_id", "category_id": "category_id", "company_group_id": "company_group_id", "date_archived": "date_archived", "expiration_date": "expiration_date", "expiration_timeout": "expiration_timeout", "expiration_timeout_unit_id": "expiration_timeout_unit_id", "expiration_type_id": "expiration_type_id", "id": "id", "is_allow_empty_code": "is_allow_empty_code", "is_archived": "is_archived", "is_multi": "is_multi", "is_serial_number_limited": "is_serial_number_limited", "item_type": "item_type", "item_type_id": "item_type_id", "online_sale_description": "online_sale_description", "online_sale_image": "online_sale_image", "online_sale_is_enabled": "online_sale_is_enabled", "online_sale_price": "online_sale_price", "online_sale_title": "online_sale_title", "released_total": "released_total", "salon_ids": "salon_ids", "service_ids": "service_ids", "title": "title", "weight": "weight"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        balance = self.balance

        balance_edit_type_id = self.balance_edit_type_id

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        company_group_id = self.company_group_id

        date_archived: None | str | Unset
        if isinstance(self.date_archived, Unset):
            date_archived = UNSET
        else:
            date_archived = self.date_archived

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = _types.datetime_json(self.expiration_date, "iso")
        else:
            expiration_date = self.expiration_date

        expiration_timeout: float | int | Unset
        if isinstance(self.expiration_timeout, Unset):
            expiration_timeout = UNSET
        else:
            expiration_timeout = self.expiration_timeout

        expiration_timeout_unit_id = self.expiration_timeout_unit_id

        expiration_type_id = self.expiration_type_id

        id = self.id

        is_allow_empty_code = self.is_allow_empty_code

        is_archived = self.is_archived

        is_multi = self.is_multi

        is_serial_number_limited = self.is_serial_number_limited

        item_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_type, Unset):
            item_type = _types.to_json(self.item_type)

        item_type_id = self.item_type_id

        online_sale_description = self.online_sale_description

        online_sale_image: None | str | Unset
        if isinstance(self.online_sale_image, Unset):
            online_sale_image = UNSET
        else:
            online_sale_image = self.online_sale_image

        online_sale_is_enabled = self.online_sale_is_enabled

        online_sale_price = self.online_sale_price

        online_sale_title = self.online_sale_title

        released_total = self.released_total

        salon_ids: list[int] | Unset = UNSET
        if not isinstance(self.salon_ids, Unset):
            salon_ids = self.salon_ids

        service_ids: list[int] | Unset = UNSET
        if not isinstance(self.service_ids, Unset):
            service_ids = self.service_ids

        title = self.title

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if balance_edit_type_id is not UNSET:
            field_dict["balance_edit_type_id"] = balance_edit_type_id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if company_group_id is not UNSET:
            field_dict["company_group_id"] = company_group_id
        if date_archived is not UNSET:
            field_dict["date_archived"] = date_archived
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
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi
        if is_serial_number_limited is not UNSET:
            field_dict["is_serial_number_limited"] = is_serial_number_limited
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if online_sale_description is not UNSET:
            field_dict["online_sale_description"] = online_sale_description
        if online_sale_image is not UNSET:
            field_dict["online_sale_image"] = online_sale_image
        if online_sale_is_enabled is not UNSET:
            field_dict["online_sale_is_enabled"] = online_sale_is_enabled
        if online_sale_price is not UNSET:
            field_dict["online_sale_price"] = online_sale_price
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title
        if released_total is not UNSET:
            field_dict["released_total"] = released_total
        if salon_ids is not UNSET:
            field_dict["salon_ids"] = salon_ids
        if service_ids is not UNSET:
            field_dict["service_ids"] = service_ids
        if title is not UNSET:
            field_dict["title"] = title
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        balance = d.pop("balance", UNSET)

        balance_edit_type_id = d.pop("balance_edit_type_id", UNSET)

        category_id: int | None | Unset = d.pop("category_id", UNSET)

        company_group_id = d.pop("company_group_id", UNSET)

        date_archived: None | str | Unset = d.pop("date_archived", UNSET)

        def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_date_type_0 = _types.parse_datetime(data)

                if expiration_date_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(datetime.datetime | None | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        expiration_timeout: float | int | Unset = d.pop("expiration_timeout", UNSET)

        expiration_timeout_unit_id = d.pop("expiration_timeout_unit_id", UNSET)

        expiration_type_id = d.pop("expiration_type_id", UNSET)

        id = d.pop("id", UNSET)

        is_allow_empty_code = d.pop("is_allow_empty_code", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        is_multi = d.pop("is_multi", UNSET)

        is_serial_number_limited = d.pop("is_serial_number_limited", UNSET)

        _item_type = d.pop("item_type", UNSET)
        item_type: CertificateTypeItemType | Unset
        if isinstance(_item_type, Unset):
            item_type = UNSET
        else:
            item_type = _types.parse_model(CertificateTypeItemType, _item_type)

        item_type_id = d.pop("item_type_id", UNSET)

        online_sale_description = d.pop("online_sale_description", UNSET)

        online_sale_image: None | str | Unset = d.pop("online_sale_image", UNSET)

        online_sale_is_enabled = d.pop("online_sale_is_enabled", UNSET)

        online_sale_price = d.pop("online_sale_price", UNSET)

        online_sale_title = d.pop("online_sale_title", UNSET)

        released_total = d.pop("released_total", UNSET)

        _salon_ids = d.pop("salon_ids", UNSET)
        salon_ids: list[int] | Unset = UNSET
        if _salon_ids is not UNSET:
            salon_ids = _types.parse_plain_list(_salon_ids)

        _service_ids = d.pop("service_ids", UNSET)
        service_ids: list[int] | Unset = UNSET
        if _service_ids is not UNSET:
            service_ids = _types.parse_plain_list(_service_ids)

        title = d.pop("title", UNSET)

        weight = d.pop("weight", UNSET)

        _instance = cls(
            balance,
            balance_edit_type_id,
            category_id,
            company_group_id,
            date_archived,
            expiration_date,
            expiration_timeout,
            expiration_timeout_unit_id,
            expiration_type_id,
            id,
            is_allow_empty_code,
            is_archived,
            is_multi,
            is_serial_number_limited,
            item_type,
            item_type_id,
            online_sale_description,
            online_sale_image,
            online_sale_is_enabled,
            online_sale_price,
            online_sale_title,
            released_total,
            salon_ids,
            service_ids,
            title,
            weight,
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
