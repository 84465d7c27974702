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
    from ..models.abonement_status import AbonementStatus
    from ..models.abonement_type_field import AbonementTypeField

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, AbonementBalanceContainer, AbonementStatus, AbonementTypeField
    from ..models.abonement_balance_container import AbonementBalanceContainer  # noqa: PLC0415
    from ..models.abonement_status import AbonementStatus  # noqa: PLC0415
    from ..models.abonement_type_field import AbonementTypeField  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Abonement")


@_attrs_define
class Abonement:
    """
    Attributes:
        activated_date (datetime.datetime | None | Unset): Subscription activation date Example:
            2026-09-21T23:00:00+00:00.
        balance_container (AbonementBalanceContainer | Unset): An object that includes the links array with information
            about the membership balance
        balance_string (str | Unset): Service name, with number of uses
        created_date (datetime.datetime | Unset): Membership creation date; this is not necessarily the sale date.
            Example: 2026-09-21T23:00:00+00:00.
        expiration_date (datetime.datetime | None | Unset): Subscription expiration date Example:
            2026-09-21T23:00:00+00:00.
        freeze_period (int | Unset): The period the membership was frozen
        goods_transaction_id (int | Unset): Linked goods transaction ID, if present; use it to retrieve the sale
            document ID. A value of 0 does not establish a sale.
        id (int | Unset): Membership ID
        is_frozen (bool | Unset): Is the membership frozen?
        is_united_balance (bool | Unset): Whether membership has unified balance
        is_united_balance_unlimited (bool | Unset): Whether unified balance is unlimited
        number (str | Unset): Subscription code
        period (int | Unset): Subscription expiration value
        period_unit_id (int | Unset): Identifier of the expiration units. 1 - day, 2 - week, 3 - month, 4 - year
        slug (str | Unset): Subscription type slug
        status (AbonementStatus | Unset): Current membership status
        type_ (AbonementTypeField | Unset): Object with information about membership type
        united_balance_services_count (int | Unset): Number of services for unified balance
    """

    activated_date: datetime.datetime | None | Unset = UNSET
    balance_container: AbonementBalanceContainer | Unset = UNSET
    balance_string: str | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    freeze_period: int | Unset = UNSET
    goods_transaction_id: int | Unset = UNSET
    id: int | Unset = UNSET
    is_frozen: bool | Unset = UNSET
    is_united_balance: bool | Unset = UNSET
    is_united_balance_unlimited: bool | Unset = UNSET
    number: str | Unset = UNSET
    period: int | Unset = UNSET
    period_unit_id: int | Unset = UNSET
    slug: str | Unset = UNSET
    status: AbonementStatus | Unset = UNSET
    type_: AbonementTypeField | Unset = UNSET
    united_balance_services_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"activated_date": "activated_date", "balance_container": "balance_container", "balance_string": "balance_string", "created_date": "created_date", "expiration_date": "expiration_date", "freeze_period": "freeze_period", "goods_transaction_id": "goods_transaction_id", "id": "id", "is_frozen": "is_frozen", "is_united_balance": "is_united_balance", "is_united_balance_unlimited": "is_united_balance_unlimited", "number": "number", "period": "period", "period_unit_id": "period_unit_id", "slug": "slug", "status": "status", "type_": "type", "united_balance_services_count": "united_balance_services_count"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
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

        freeze_period = self.freeze_period

        goods_transaction_id = self.goods_transaction_id

        id = self.id

        is_frozen = self.is_frozen

        is_united_balance = self.is_united_balance

        is_united_balance_unlimited = self.is_united_balance_unlimited

        number = self.number

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if freeze_period is not UNSET:
            field_dict["freeze_period"] = freeze_period
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id
        if id is not UNSET:
            field_dict["id"] = id
        if is_frozen is not UNSET:
            field_dict["is_frozen"] = is_frozen
        if is_united_balance is not UNSET:
            field_dict["is_united_balance"] = is_united_balance
        if is_united_balance_unlimited is not UNSET:
            field_dict["is_united_balance_unlimited"] = is_united_balance_unlimited
        if number is not UNSET:
            field_dict["number"] = number
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)

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

        freeze_period = d.pop("freeze_period", UNSET)

        goods_transaction_id = d.pop("goods_transaction_id", UNSET)

        id = d.pop("id", UNSET)

        is_frozen = d.pop("is_frozen", UNSET)

        is_united_balance = d.pop("is_united_balance", UNSET)

        is_united_balance_unlimited = d.pop("is_united_balance_unlimited", UNSET)

        number = d.pop("number", UNSET)

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

        _instance = cls(
            activated_date,
            balance_container,
            balance_string,
            created_date,
            expiration_date,
            freeze_period,
            goods_transaction_id,
            id,
            is_frozen,
            is_united_balance,
            is_united_balance_unlimited,
            number,
            period,
            period_unit_id,
            slug,
            status,
            type_,
            united_balance_services_count,
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
