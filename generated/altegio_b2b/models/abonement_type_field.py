from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abonement_type_field_balance_container import AbonementTypeFieldBalanceContainer

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, AbonementTypeFieldBalanceContainer
    from ..models.abonement_type_field_balance_container import AbonementTypeFieldBalanceContainer  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="AbonementTypeField")


@_attrs_define
class AbonementTypeField:
    """Object with information about membership type

    Attributes:
        allow_freeze (bool | Unset): Is it possible to freeze memberships? true - allowed, false - not allowed
        autoactivation_time (int | Unset): Time units for autoactivation
        autoactivation_time_unit_id (int | Unset): Autoactivation time unit: 1 = days, 2 = weeks, 3 = months, 4 = years
        balance_container (AbonementTypeFieldBalanceContainer | Unset): An object that includes the links array with
            information about the membership balance
        balance_edit_type_id (int | Unset): Balance edit permission level
        category (str | Unset): Subscription type category
        category_id (int | None | Unset): Category ID restriction
        cost (float | Unset): Current membership type price, not the historical amount paid for an individual
            membership.
        date_archived (None | str | Unset): Date when archived
        expiration_type_id (int | Unset): Activation type: 1 = on sale, 2 = on first use, 3 = from specific date
        expiration_type_title (str | Unset): Human-readable expiration type
        freeze_limit (int | Unset): Maximum total freezing period (days)
        freeze_limit_unit_id (int | Unset): Freeze period unit: 1 = day, 2 = week, 3 = month, 4 = year
        id (int | Unset): Membership type ID
        is_allow_empty_code (bool | Unset): Allow the sale of a membership without a code? true - allow, false - do not
            allow
        is_archived (bool | Unset): Whether membership type is archived
        is_booking_when_frozen_allowed (bool | Unset): Allow booking when membership is frozen
        is_code_required (bool | Unset): Whether activation code is required
        is_online_sale_enabled (bool | Unset): Whether online sale is enabled
        is_united_balance (bool | Unset): Total or separate membership balance: true - total, false - separate
        is_united_balance_unlimited (bool | Unset): Whether unified balance is unlimited
        online_sale_description (str | Unset): Description for online sale
        online_sale_price (float | Unset): Price for online sale
        online_sale_title (str | Unset): Title for online sale
        period (int | Unset): Subscription expiration date (0 if not set)
        period_unit_id (int | Unset): Subscription validity period unit (list of possible values, if not set - 0)
        salon_group_id (int | Unset): Identifier of the chain in which the membership type is valid
        service_price_correction (bool | Unset): Whether service price can be adjusted
        slug (str | Unset): Subscription type slug
        title (str | Unset): Membership type name
        united_balance_services_count (int | Unset): Number of visits for total balance
        weight (int | Unset): Sort order weight
    """

    allow_freeze: bool | Unset = UNSET
    autoactivation_time: int | Unset = UNSET
    autoactivation_time_unit_id: int | Unset = UNSET
    balance_container: AbonementTypeFieldBalanceContainer | Unset = UNSET
    balance_edit_type_id: int | Unset = UNSET
    category: str | Unset = UNSET
    category_id: int | None | Unset = UNSET
    cost: float | Unset = UNSET
    date_archived: None | str | Unset = UNSET
    expiration_type_id: int | Unset = UNSET
    expiration_type_title: str | Unset = UNSET
    freeze_limit: int | Unset = UNSET
    freeze_limit_unit_id: int | Unset = UNSET
    id: int | Unset = UNSET
    is_allow_empty_code: bool | Unset = UNSET
    is_archived: bool | Unset = UNSET
    is_booking_when_frozen_allowed: bool | Unset = UNSET
    is_code_required: bool | Unset = UNSET
    is_online_sale_enabled: bool | Unset = UNSET
    is_united_balance: bool | Unset = UNSET
    is_united_balance_unlimited: bool | Unset = UNSET
    online_sale_description: str | Unset = UNSET
    online_sale_price: float | Unset = UNSET
    online_sale_title: str | Unset = UNSET
    period: int | Unset = UNSET
    period_unit_id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    service_price_correction: bool | Unset = UNSET
    slug: str | Unset = UNSET
    title: str | Unset = UNSET
    united_balance_services_count: int | Unset = UNSET
    weight: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"allow_freeze": "allow_freeze", "autoactivation_time": "autoactivation_time", "autoactivation_time_unit_id": "autoactivation_time_unit_id", "balance_container": "balance_container", "balance_edit_type_id": "balance_edit_type_id", "category": "category", "category_id": "category_id", "cost": "cost", "date_archived": "date_archived", "expiration_type_id": "expiration_type_id", "expiration_type_title": "expiration_type_title", "freeze_limit": "freeze_limit", "freeze_limit_unit_id": "freeze_limit_unit_id", "id": "id", "is_allow_empty_code": "is_allow_empty_code", "is_archived": "is_archived", "is_booking_when_frozen_allowed": "is_booking_when_frozen_allowed", "is_code_required": "is_code_required", "is_online_sale_enabled": "is_online_sale_enabled", "is_united_balance": "is_united_balance", "is_united_balance_unlimited": "is_united_balance_unlimited", "online_sale_description": "online_sale_description", "online_sale_price": "online_sale_price", "online_sale_title": "online_sale_title", "period": "period", "period_unit_id": "period_unit_id", "salon_group_id": "salon_group_id", "service_price_correction": "service_price_correction", "slug": "slug", "title": "title", "united_balance_services_count": "united_balance_services_count", "weight": "weight"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        allow_freeze = self.allow_freeze

        autoactivation_time = self.autoactivation_time

        autoactivation_time_unit_id = self.autoactivation_time_unit_id

        balance_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_container, Unset):
            balance_container = _types.to_json(self.balance_container)

        balance_edit_type_id = self.balance_edit_type_id

        category = self.category

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        cost = self.cost

        date_archived: None | str | Unset
        if isinstance(self.date_archived, Unset):
            date_archived = UNSET
        else:
            date_archived = self.date_archived

        expiration_type_id = self.expiration_type_id

        expiration_type_title = self.expiration_type_title

        freeze_limit = self.freeze_limit

        freeze_limit_unit_id = self.freeze_limit_unit_id

        id = self.id

        is_allow_empty_code = self.is_allow_empty_code

        is_archived = self.is_archived

        is_booking_when_frozen_allowed = self.is_booking_when_frozen_allowed

        is_code_required = self.is_code_required

        is_online_sale_enabled = self.is_online_sale_enabled

        is_united_balance = self.is_united_balance

        is_united_balance_unlimited = self.is_united_balance_unlimited

        online_sale_description = self.online_sale_description

        online_sale_price = self.online_sale_price

        online_sale_title = self.online_sale_title

        period = self.period

        period_unit_id = self.period_unit_id

        salon_group_id = self.salon_group_id

        service_price_correction = self.service_price_correction

        slug = self.slug

        title = self.title

        united_balance_services_count = self.united_balance_services_count

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_freeze is not UNSET:
            field_dict["allow_freeze"] = allow_freeze
        if autoactivation_time is not UNSET:
            field_dict["autoactivation_time"] = autoactivation_time
        if autoactivation_time_unit_id is not UNSET:
            field_dict["autoactivation_time_unit_id"] = autoactivation_time_unit_id
        if balance_container is not UNSET:
            field_dict["balance_container"] = balance_container
        if balance_edit_type_id is not UNSET:
            field_dict["balance_edit_type_id"] = balance_edit_type_id
        if category is not UNSET:
            field_dict["category"] = category
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if date_archived is not UNSET:
            field_dict["date_archived"] = date_archived
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = expiration_type_id
        if expiration_type_title is not UNSET:
            field_dict["expiration_type_title"] = expiration_type_title
        if freeze_limit is not UNSET:
            field_dict["freeze_limit"] = freeze_limit
        if freeze_limit_unit_id is not UNSET:
            field_dict["freeze_limit_unit_id"] = freeze_limit_unit_id
        if id is not UNSET:
            field_dict["id"] = id
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if is_booking_when_frozen_allowed is not UNSET:
            field_dict["is_booking_when_frozen_allowed"] = is_booking_when_frozen_allowed
        if is_code_required is not UNSET:
            field_dict["is_code_required"] = is_code_required
        if is_online_sale_enabled is not UNSET:
            field_dict["is_online_sale_enabled"] = is_online_sale_enabled
        if is_united_balance is not UNSET:
            field_dict["is_united_balance"] = is_united_balance
        if is_united_balance_unlimited is not UNSET:
            field_dict["is_united_balance_unlimited"] = is_united_balance_unlimited
        if online_sale_description is not UNSET:
            field_dict["online_sale_description"] = online_sale_description
        if online_sale_price is not UNSET:
            field_dict["online_sale_price"] = online_sale_price
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if service_price_correction is not UNSET:
            field_dict["service_price_correction"] = service_price_correction
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        allow_freeze = d.pop("allow_freeze", UNSET)

        autoactivation_time = d.pop("autoactivation_time", UNSET)

        autoactivation_time_unit_id = d.pop("autoactivation_time_unit_id", UNSET)

        _balance_container = d.pop("balance_container", UNSET)
        balance_container: AbonementTypeFieldBalanceContainer | Unset
        if isinstance(_balance_container, Unset):
            balance_container = UNSET
        else:
            balance_container = _types.parse_model(AbonementTypeFieldBalanceContainer, _balance_container)

        balance_edit_type_id = d.pop("balance_edit_type_id", UNSET)

        category = d.pop("category", UNSET)

        category_id: int | None | Unset = d.pop("category_id", UNSET)

        cost = d.pop("cost", UNSET)

        date_archived: None | str | Unset = d.pop("date_archived", UNSET)

        expiration_type_id = d.pop("expiration_type_id", UNSET)

        expiration_type_title = d.pop("expiration_type_title", UNSET)

        freeze_limit = d.pop("freeze_limit", UNSET)

        freeze_limit_unit_id = d.pop("freeze_limit_unit_id", UNSET)

        id = d.pop("id", UNSET)

        is_allow_empty_code = d.pop("is_allow_empty_code", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        is_booking_when_frozen_allowed = d.pop("is_booking_when_frozen_allowed", UNSET)

        is_code_required = d.pop("is_code_required", UNSET)

        is_online_sale_enabled = d.pop("is_online_sale_enabled", UNSET)

        is_united_balance = d.pop("is_united_balance", UNSET)

        is_united_balance_unlimited = d.pop("is_united_balance_unlimited", UNSET)

        online_sale_description = d.pop("online_sale_description", UNSET)

        online_sale_price = d.pop("online_sale_price", UNSET)

        online_sale_title = d.pop("online_sale_title", UNSET)

        period = d.pop("period", UNSET)

        period_unit_id = d.pop("period_unit_id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        service_price_correction = d.pop("service_price_correction", UNSET)

        slug = d.pop("slug", UNSET)

        title = d.pop("title", UNSET)

        united_balance_services_count = d.pop("united_balance_services_count", UNSET)

        weight = d.pop("weight", UNSET)

        _instance = cls(
            allow_freeze,
            autoactivation_time,
            autoactivation_time_unit_id,
            balance_container,
            balance_edit_type_id,
            category,
            category_id,
            cost,
            date_archived,
            expiration_type_id,
            expiration_type_title,
            freeze_limit,
            freeze_limit_unit_id,
            id,
            is_allow_empty_code,
            is_archived,
            is_booking_when_frozen_allowed,
            is_code_required,
            is_online_sale_enabled,
            is_united_balance,
            is_united_balance_unlimited,
            online_sale_description,
            online_sale_price,
            online_sale_title,
            period,
            period_unit_id,
            salon_group_id,
            service_price_correction,
            slug,
            title,
            united_balance_services_count,
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
