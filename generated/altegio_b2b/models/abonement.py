from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abonement_balance_container import AbonementBalanceContainer
    from ..models.abonement_data_type_0 import AbonementDataType0
    from ..models.abonement_data_type_1_item import AbonementDataType1Item
    from ..models.abonement_included_item import AbonementIncludedItem
    from ..models.abonement_status import AbonementStatus
    from ..models.abonement_type_field import AbonementTypeField

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        AbonementBalanceContainer, \
        AbonementDataType0, \
        AbonementDataType1Item, \
        AbonementIncludedItem, \
        AbonementStatus, \
        AbonementTypeField
    from ..models.abonement_balance_container import AbonementBalanceContainer  # noqa: PLC0415
    from ..models.abonement_data_type_0 import AbonementDataType0  # noqa: PLC0415
    from ..models.abonement_data_type_1_item import AbonementDataType1Item  # noqa: PLC0415
    from ..models.abonement_included_item import AbonementIncludedItem  # noqa: PLC0415
    from ..models.abonement_status import AbonementStatus  # noqa: PLC0415
    from ..models.abonement_type_field import AbonementTypeField  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Abonement")


@_attrs_define
class Abonement:
    """
    Attributes:
        freeze_period (int | Unset): Total freeze period in days
        freeze_till (datetime.datetime | Unset): Date until which membership is frozen Example:
            2026-09-21T23:00:00+00:00.
        id (int | Unset):
        is_frozen (bool | Unset):
        number (str | Unset):
        data (AbonementDataType0 | list[AbonementDataType1Item] | Unset):
        activated_date (datetime.datetime | None | Unset): Subscription activation date Example:
            2026-09-21T23:00:00+00:00.
        balance_container (AbonementBalanceContainer | Unset): An object that includes the links array with information
            about the membership balance
        balance_string (str | Unset): Service name, with number of uses
        created_date (datetime.datetime | Unset): Membership creation date; this is not necessarily the sale date.
            Example: 2026-09-21T23:00:00+00:00.
        expiration_date (datetime.datetime | None | Unset): Subscription expiration date Example:
            2026-09-21T23:00:00+00:00.
        goods_transaction_id (int | Unset): Linked goods transaction ID, if present; use it to retrieve the sale
            document ID. A value of 0 does not establish a sale.
        is_united_balance (bool | Unset): Whether membership has unified balance
        is_united_balance_unlimited (bool | Unset): Whether unified balance is unlimited
        period (int | Unset): Subscription expiration value
        period_unit_id (int | Unset): Identifier of the expiration units. 1 - day, 2 - week, 3 - month, 4 - year
        slug (str | Unset): Subscription type slug
        status (AbonementStatus | Unset): Current membership status
        type_ (AbonementTypeField | Unset): Object with information about membership type
        united_balance_services_count (int | Unset): Number of services for unified balance
        included (list[AbonementIncludedItem] | Unset): Related membership types and availability intervals
    """

    freeze_period: int | Unset = UNSET
    freeze_till: datetime.datetime | Unset = UNSET
    id: int | Unset = UNSET
    is_frozen: bool | Unset = UNSET
    number: str | Unset = UNSET
    data: AbonementDataType0 | list[AbonementDataType1Item] | Unset = UNSET
    activated_date: datetime.datetime | None | Unset = UNSET
    balance_container: AbonementBalanceContainer | Unset = UNSET
    balance_string: str | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    goods_transaction_id: int | Unset = UNSET
    is_united_balance: bool | Unset = UNSET
    is_united_balance_unlimited: bool | Unset = UNSET
    period: int | Unset = UNSET
    period_unit_id: int | Unset = UNSET
    slug: str | Unset = UNSET
    status: AbonementStatus | Unset = UNSET
    type_: AbonementTypeField | Unset = UNSET
    united_balance_services_count: int | Unset = UNSET
    included: list[AbonementIncludedItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"freeze_period": "freeze_period", "freeze_till": "freeze_till", "id": "id", "is_frozen": "is_frozen", "number": "number", "data": "data", "activated_date": "activated_date", "balance_container": "balance_container", "balance_string": "balance_string", "created_date": "created_date", "expiration_date": "expiration_date", "goods_transaction_id": "goods_transaction_id", "is_united_balance": "is_united_balance", "is_united_balance_unlimited": "is_united_balance_unlimited", "period": "period", "period_unit_id": "period_unit_id", "slug": "slug", "status": "status", "type_": "type", "united_balance_services_count": "united_balance_services_count", "included": "included"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        freeze_period = self.freeze_period

        freeze_till: str | Unset = UNSET
        if not isinstance(self.freeze_till, Unset):
            freeze_till = _types.datetime_json(self.freeze_till, "iso")

        id = self.id

        is_frozen = self.is_frozen

        number = self.number

        data: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, AbonementDataType0):
            data = _types.to_json(self.data)
        else:
            data = _types.to_json(self.data)

        activated_date: None | str | Unset
        if isinstance(self.activated_date, Unset):
            activated_date = UNSET
        elif isinstance(self.activated_date, datetime.datetime):
            activated_date = _types.datetime_json(self.activated_date, "iso")
        else:
            activated_date = self.activated_date

        balance_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_container, Unset):
            balance_container = _types.to_json(self.balance_container)

        balance_string = self.balance_string

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = _types.datetime_json(self.created_date, "iso")

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = _types.datetime_json(self.expiration_date, "iso")
        else:
            expiration_date = self.expiration_date

        goods_transaction_id = self.goods_transaction_id

        is_united_balance = self.is_united_balance

        is_united_balance_unlimited = self.is_united_balance_unlimited

        period = self.period

        period_unit_id = self.period_unit_id

        slug = self.slug

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = _types.to_json(self.status)

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = _types.to_json(self.type_)

        united_balance_services_count = self.united_balance_services_count

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = _types.to_json(self.included)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if freeze_period is not UNSET:
            field_dict["freeze_period"] = freeze_period
        if freeze_till is not UNSET:
            field_dict["freeze_till"] = freeze_till
        if id is not UNSET:
            field_dict["id"] = id
        if is_frozen is not UNSET:
            field_dict["is_frozen"] = is_frozen
        if number is not UNSET:
            field_dict["number"] = number
        if data is not UNSET:
            field_dict["data"] = data
        if activated_date is not UNSET:
            field_dict["activated_date"] = activated_date
        if balance_container is not UNSET:
            field_dict["balance_container"] = balance_container
        if balance_string is not UNSET:
            field_dict["balance_string"] = balance_string
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id
        if is_united_balance is not UNSET:
            field_dict["is_united_balance"] = is_united_balance
        if is_united_balance_unlimited is not UNSET:
            field_dict["is_united_balance_unlimited"] = is_united_balance_unlimited
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        freeze_period = d.pop("freeze_period", UNSET)

        _freeze_till = d.pop("freeze_till", UNSET)
        freeze_till: datetime.datetime | Unset
        if isinstance(_freeze_till, Unset):
            freeze_till = UNSET
        else:
            freeze_till = _types.parse_datetime(_freeze_till)

        id = d.pop("id", UNSET)

        is_frozen = d.pop("is_frozen", UNSET)

        number = d.pop("number", UNSET)

        def _parse_data(data: object) -> AbonementDataType0 | list[AbonementDataType1Item] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = _types.parse_model(AbonementDataType0, data)

                if data_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (isinstance(data, list) or data == {}):
                    raise TypeError()

                def _parse_data_type_1_item(data_type_1_item_data: Any) -> Any:
                    data_type_1_item = _types.parse_model(AbonementDataType1Item, data_type_1_item_data)

                    return data_type_1_item

                data_type_1 = _types.parse_list(data, _parse_data_type_1_item)

                if data_type_1 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(AbonementDataType0 | list[AbonementDataType1Item] | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_activated_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activated_date_type_0 = _types.parse_datetime(data)

                if activated_date_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return activated_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(datetime.datetime | None | Unset, data)

        activated_date = _parse_activated_date(d.pop("activated_date", UNSET))

        _balance_container = d.pop("balance_container", UNSET)
        balance_container: AbonementBalanceContainer | Unset
        if isinstance(_balance_container, Unset):
            balance_container = UNSET
        else:
            balance_container = _types.parse_model(AbonementBalanceContainer, _balance_container)

        balance_string = d.pop("balance_string", UNSET)

        _created_date = d.pop("created_date", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = _types.parse_datetime(_created_date)

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

        goods_transaction_id = d.pop("goods_transaction_id", UNSET)

        is_united_balance = d.pop("is_united_balance", UNSET)

        is_united_balance_unlimited = d.pop("is_united_balance_unlimited", UNSET)

        period = d.pop("period", UNSET)

        period_unit_id = d.pop("period_unit_id", UNSET)

        slug = d.pop("slug", UNSET)

        _status = d.pop("status", UNSET)
        status: AbonementStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _types.parse_model(AbonementStatus, _status)

        _type_ = d.pop("type", UNSET)
        type_: AbonementTypeField | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_model(AbonementTypeField, _type_)

        united_balance_services_count = d.pop("united_balance_services_count", UNSET)

        def _parse_included_item(included_item_data: Any) -> Any:
            included_item = _types.parse_model(AbonementIncludedItem, included_item_data)

            return included_item

        _included = d.pop("included", UNSET)
        included: list[AbonementIncludedItem] | Unset = UNSET
        if _included is not UNSET:
            included = _types.parse_list(_included, _parse_included_item)

        _instance = cls(
            freeze_period=freeze_period,
            freeze_till=freeze_till,
            id=id,
            is_frozen=is_frozen,
            number=number,
            data=data,
            activated_date=activated_date,
            balance_container=balance_container,
            balance_string=balance_string,
            created_date=created_date,
            expiration_date=expiration_date,
            goods_transaction_id=goods_transaction_id,
            is_united_balance=is_united_balance,
            is_united_balance_unlimited=is_united_balance_unlimited,
            period=period,
            period_unit_id=period_unit_id,
            slug=slug,
            status=status,
            type_=type_,
            united_balance_services_count=united_balance_services_count,
            included=included,
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
