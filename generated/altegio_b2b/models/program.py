from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.program_expiration_timeout_unit import ProgramExpirationTimeoutUnit
from ..models.program_good_item_type import ProgramGoodItemType
from ..models.program_params_source_type import ProgramParamsSourceType
from ..models.program_service_item_type import ProgramServiceItemType
from ..models.program_type import ProgramType
from ..models.program_value_unit import ProgramValueUnit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_applicable_items_item import ProgramApplicableItemsItem
    from ..models.program_companies_item import ProgramCompaniesItem
    from ..models.program_loyalty_card_types_item import ProgramLoyaltyCardTypesItem
    from ..models.program_on_changed_notification_template import ProgramOnChangedNotificationTemplate
    from ..models.program_on_expiration_notification_template import ProgramOnExpirationNotificationTemplate
    from ..models.program_rules_item import ProgramRulesItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        ProgramApplicableItemsItem, \
        ProgramCompaniesItem, \
        ProgramLoyaltyCardTypesItem, \
        ProgramOnChangedNotificationTemplate, \
        ProgramOnExpirationNotificationTemplate, \
        ProgramRulesItem
    from ..models.program_applicable_items_item import ProgramApplicableItemsItem  # noqa: PLC0415
    from ..models.program_companies_item import ProgramCompaniesItem  # noqa: PLC0415
    from ..models.program_loyalty_card_types_item import ProgramLoyaltyCardTypesItem  # noqa: PLC0415
    from ..models.program_on_changed_notification_template import ProgramOnChangedNotificationTemplate  # noqa: PLC0415
    from ..models.program_on_expiration_notification_template import ProgramOnExpirationNotificationTemplate  # noqa: PLC0415
    from ..models.program_rules_item import ProgramRulesItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Program")


@_attrs_define
class Program:
    """Loyalty promotion

    Attributes:
        applicable_items (list[ProgramApplicableItemsItem] | Unset): Related entities for selective application of the
            promotion (on request)
        companies (list[ProgramCompaniesItem] | Unset): Locations where the promotion is valid (on request)
        expiration_notification_timeout (int | Unset): How many days before the bonus or discount expires, a
            notification must be sent to the client
        expiration_timeout (int | Unset): Expiration date of bonuses or discounts
        expiration_timeout_unit (ProgramExpirationTimeoutUnit | Unset): The unit of measurement for the expiration date
            of bonuses or discounts
        good_item_type (ProgramGoodItemType | Unset): Type of application to products
        history_start_date (datetime.date | Unset): From what date to take into account the client's history to
            calculate the size of the bonus or discount (for accumulative promotions or conditional discounts) Example:
            2026-09-21.
        id (int | Unset): Stock ID
        loyalty_card_types (list[ProgramLoyaltyCardTypesItem] | Unset): Type of cards for which the promotion is valid
            (on request)
        on_changed_notification_template (ProgramOnChangedNotificationTemplate | Unset): Loyalty notification template
        on_changed_notification_template_id (int | Unset): Notification template ID when changing bonus or discount
        on_expiration_notification_template (ProgramOnExpirationNotificationTemplate | Unset): Loyalty notification
            template
        on_expiration_notification_template_id (int | Unset): Identifier of the notification template when a bonus or
            discount burns
        params_source_type (ProgramParamsSourceType | Unset): Where to get the client's history to calculate the size of
            the bonus or discount (for accumulation promotions or conditional discounts)
        rules (list[ProgramRulesItem] | Unset): Rules for determining the value of the bonus or discount (only one rule
            is allowed for fixed promotions) (on request)
        service_item_type (ProgramServiceItemType | Unset): Type of application to services
        sold_items_multiplicity (int | Unset): How many services you need to pay to get a discount on promotional
            services (only for the type of promotion "Discount by condition")
        title (str | Unset): Share name
        type_ (ProgramType | Unset): Promotion type
        usage_limit (int | Unset): Limit on the number of applications (only for cashback)
        value_unit (ProgramValueUnit | Unset): Bonus or discount measurement unit (percentage, fixed amount)
        visit_multiplicity (int | Unset): Multiplicity of application by visits (only for cashback)
        allowed_usages_amount (int | Unset): Limitation on the number of allowed uses
        current_package_progress (int | Unset): The current number of uses of the promotion
        first_transaction_date (str | Unset): Date of first stock transaction
        group_id (int | Unset): Chain ID
        item_type_id (int | Unset): Identifier of the discount application type
        loyalty_type_id (int | Unset): Promotion type ID
        value_unit_id (int | Unset): Unit ID of the bonus or discount
    """

    applicable_items: list[ProgramApplicableItemsItem] | Unset = UNSET
    companies: list[ProgramCompaniesItem] | Unset = UNSET
    expiration_notification_timeout: int | Unset = UNSET
    expiration_timeout: int | Unset = UNSET
    expiration_timeout_unit: ProgramExpirationTimeoutUnit | Unset = UNSET
    good_item_type: ProgramGoodItemType | Unset = UNSET
    history_start_date: datetime.date | Unset = UNSET
    id: int | Unset = UNSET
    loyalty_card_types: list[ProgramLoyaltyCardTypesItem] | Unset = UNSET
    on_changed_notification_template: ProgramOnChangedNotificationTemplate | Unset = UNSET
    on_changed_notification_template_id: int | Unset = UNSET
    on_expiration_notification_template: ProgramOnExpirationNotificationTemplate | Unset = UNSET
    on_expiration_notification_template_id: int | Unset = UNSET
    params_source_type: ProgramParamsSourceType | Unset = UNSET
    rules: list[ProgramRulesItem] | Unset = UNSET
    service_item_type: ProgramServiceItemType | Unset = UNSET
    sold_items_multiplicity: int | Unset = UNSET
    title: str | Unset = UNSET
    type_: ProgramType | Unset = UNSET
    usage_limit: int | Unset = UNSET
    value_unit: ProgramValueUnit | Unset = UNSET
    visit_multiplicity: int | Unset = UNSET
    allowed_usages_amount: int | Unset = UNSET
    current_package_progress: int | Unset = UNSET
    first_transaction_date: str | Unset = UNSET
    group_id: int | Unset = UNSET
    item_type_id: int | Unset = UNSET
    loyalty_type_id: int | Unset = UNSET
    value_unit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"applicable_items": "applicable_items", "companies": "companies", "expiration_notification_timeout": "expiration_notification_timeout", "expiration_timeout": "expiration_timeout", "expiration_timeout_unit": "expiration_timeout_unit", "good_item_type": "good_item_type", "history_start_date": "history_start_date", "id": "id", "loyalty_card_types": "loyalty_card_types", "on_changed_notification_template": "on_changed_notification_template", "on_changed_notification_template_id": "on_changed_notification_template_id", "on_expiration_notification_template": "on_expiration_notification_template", "on_expiration_notification_template_id": "on_expiration_notification_template_id", "params_source_type": "params_source_type", "rules": "rules", "service_item_type": "service_item_type", "sold_items_multiplicity": "sold_items_multiplicity", "title": "title", "type_": "type", "usage_limit": "usage_limit", "value_unit": "value_unit", "visit_multiplicity": "visit_multiplicity", "allowed_usages_amount": "allowed_usages_amount", "current_package_progress": "current_package_progress", "first_transaction_date": "first_transaction_date", "group_id": "group_id", "item_type_id": "item_type_id", "loyalty_type_id": "loyalty_type_id", "value_unit_id": "value_unit_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        applicable_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applicable_items, Unset):
            applicable_items = _types.to_json(self.applicable_items)

        companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = _types.to_json(self.companies)

        expiration_notification_timeout = self.expiration_notification_timeout

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit: str | Unset = UNSET
        if not isinstance(self.expiration_timeout_unit, Unset):
            expiration_timeout_unit = _types.to_json(self.expiration_timeout_unit)

        good_item_type: str | Unset = UNSET
        if not isinstance(self.good_item_type, Unset):
            good_item_type = _types.to_json(self.good_item_type)

        history_start_date: str | Unset = UNSET
        if not isinstance(self.history_start_date, Unset):
            history_start_date = _types.date_json(self.history_start_date)

        id = self.id

        loyalty_card_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loyalty_card_types, Unset):
            loyalty_card_types = _types.to_json(self.loyalty_card_types)

        on_changed_notification_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_changed_notification_template, Unset):
            on_changed_notification_template = _types.to_json(self.on_changed_notification_template)

        on_changed_notification_template_id = self.on_changed_notification_template_id

        on_expiration_notification_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_expiration_notification_template, Unset):
            on_expiration_notification_template = _types.to_json(self.on_expiration_notification_template)

        on_expiration_notification_template_id = self.on_expiration_notification_template_id

        params_source_type: str | Unset = UNSET
        if not isinstance(self.params_source_type, Unset):
            params_source_type = _types.to_json(self.params_source_type)

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = _types.to_json(self.rules)

        service_item_type: str | Unset = UNSET
        if not isinstance(self.service_item_type, Unset):
            service_item_type = _types.to_json(self.service_item_type)

        sold_items_multiplicity = self.sold_items_multiplicity

        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = _types.to_json(self.type_)

        usage_limit = self.usage_limit

        value_unit: str | Unset = UNSET
        if not isinstance(self.value_unit, Unset):
            value_unit = _types.to_json(self.value_unit)

        visit_multiplicity = self.visit_multiplicity

        allowed_usages_amount = self.allowed_usages_amount

        current_package_progress = self.current_package_progress

        first_transaction_date = self.first_transaction_date

        group_id = self.group_id

        item_type_id = self.item_type_id

        loyalty_type_id = self.loyalty_type_id

        value_unit_id = self.value_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if applicable_items is not UNSET:
            field_dict["applicable_items"] = applicable_items
        if companies is not UNSET:
            field_dict["companies"] = companies
        if expiration_notification_timeout is not UNSET:
            field_dict["expiration_notification_timeout"] = expiration_notification_timeout
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = expiration_timeout
        if expiration_timeout_unit is not UNSET:
            field_dict["expiration_timeout_unit"] = expiration_timeout_unit
        if good_item_type is not UNSET:
            field_dict["good_item_type"] = good_item_type
        if history_start_date is not UNSET:
            field_dict["history_start_date"] = history_start_date
        if id is not UNSET:
            field_dict["id"] = id
        if loyalty_card_types is not UNSET:
            field_dict["loyalty_card_types"] = loyalty_card_types
        if on_changed_notification_template is not UNSET:
            field_dict["on_changed_notification_template"] = on_changed_notification_template
        if on_changed_notification_template_id is not UNSET:
            field_dict["on_changed_notification_template_id"] = on_changed_notification_template_id
        if on_expiration_notification_template is not UNSET:
            field_dict["on_expiration_notification_template"] = on_expiration_notification_template
        if on_expiration_notification_template_id is not UNSET:
            field_dict["on_expiration_notification_template_id"] = on_expiration_notification_template_id
        if params_source_type is not UNSET:
            field_dict["params_source_type"] = params_source_type
        if rules is not UNSET:
            field_dict["rules"] = rules
        if service_item_type is not UNSET:
            field_dict["service_item_type"] = service_item_type
        if sold_items_multiplicity is not UNSET:
            field_dict["sold_items_multiplicity"] = sold_items_multiplicity
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit
        if value_unit is not UNSET:
            field_dict["value_unit"] = value_unit
        if visit_multiplicity is not UNSET:
            field_dict["visit_multiplicity"] = visit_multiplicity
        if allowed_usages_amount is not UNSET:
            field_dict["allowed_usages_amount"] = allowed_usages_amount
        if current_package_progress is not UNSET:
            field_dict["current_package_progress"] = current_package_progress
        if first_transaction_date is not UNSET:
            field_dict["first_transaction_date"] = first_transaction_date
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id
        if value_unit_id is not UNSET:
            field_dict["value_unit_id"] = value_unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _applicable_items = d.pop("applicable_items", UNSET)
        applicable_items: list[ProgramApplicableItemsItem] | Unset = UNSET
        if _applicable_items is not UNSET:
            applicable_items = _types.parse_model_list(ProgramApplicableItemsItem, _applicable_items)

        _companies = d.pop("companies", UNSET)
        companies: list[ProgramCompaniesItem] | Unset = UNSET
        if _companies is not UNSET:
            companies = _types.parse_model_list(ProgramCompaniesItem, _companies)

        expiration_notification_timeout = d.pop("expiration_notification_timeout", UNSET)

        expiration_timeout = d.pop("expiration_timeout", UNSET)

        _expiration_timeout_unit = d.pop("expiration_timeout_unit", UNSET)
        expiration_timeout_unit: ProgramExpirationTimeoutUnit | Unset
        if isinstance(_expiration_timeout_unit, Unset):
            expiration_timeout_unit = UNSET
        else:
            expiration_timeout_unit = _types.parse_enum(ProgramExpirationTimeoutUnit, _expiration_timeout_unit)

        _good_item_type = d.pop("good_item_type", UNSET)
        good_item_type: ProgramGoodItemType | Unset
        if isinstance(_good_item_type, Unset):
            good_item_type = UNSET
        else:
            good_item_type = _types.parse_enum(ProgramGoodItemType, _good_item_type)

        _history_start_date = d.pop("history_start_date", UNSET)
        history_start_date: datetime.date | Unset
        if isinstance(_history_start_date, Unset):
            history_start_date = UNSET
        else:
            history_start_date = _types.parse_date(_history_start_date)

        id = d.pop("id", UNSET)

        _loyalty_card_types = d.pop("loyalty_card_types", UNSET)
        loyalty_card_types: list[ProgramLoyaltyCardTypesItem] | Unset = UNSET
        if _loyalty_card_types is not UNSET:
            loyalty_card_types = _types.parse_model_list(ProgramLoyaltyCardTypesItem, _loyalty_card_types)

        _on_changed_notification_template = d.pop("on_changed_notification_template", UNSET)
        on_changed_notification_template: ProgramOnChangedNotificationTemplate | Unset
        if isinstance(_on_changed_notification_template, Unset):
            on_changed_notification_template = UNSET
        else:
            on_changed_notification_template = _types.parse_model(
                ProgramOnChangedNotificationTemplate, _on_changed_notification_template
            )

        on_changed_notification_template_id = d.pop("on_changed_notification_template_id", UNSET)

        _on_expiration_notification_template = d.pop("on_expiration_notification_template", UNSET)
        on_expiration_notification_template: ProgramOnExpirationNotificationTemplate | Unset
        if isinstance(_on_expiration_notification_template, Unset):
            on_expiration_notification_template = UNSET
        else:
            on_expiration_notification_template = _types.parse_model(
                ProgramOnExpirationNotificationTemplate, _on_expiration_notification_template
            )

        on_expiration_notification_template_id = d.pop("on_expiration_notification_template_id", UNSET)

        _params_source_type = d.pop("params_source_type", UNSET)
        params_source_type: ProgramParamsSourceType | Unset
        if isinstance(_params_source_type, Unset):
            params_source_type = UNSET
        else:
            params_source_type = _types.parse_enum(ProgramParamsSourceType, _params_source_type)

        _rules = d.pop("rules", UNSET)
        rules: list[ProgramRulesItem] | Unset = UNSET
        if _rules is not UNSET:
            rules = _types.parse_model_list(ProgramRulesItem, _rules)

        _service_item_type = d.pop("service_item_type", UNSET)
        service_item_type: ProgramServiceItemType | Unset
        if isinstance(_service_item_type, Unset):
            service_item_type = UNSET
        else:
            service_item_type = _types.parse_enum(ProgramServiceItemType, _service_item_type)

        sold_items_multiplicity = d.pop("sold_items_multiplicity", UNSET)

        title = d.pop("title", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ProgramType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_enum(ProgramType, _type_)

        usage_limit = d.pop("usage_limit", UNSET)

        _value_unit = d.pop("value_unit", UNSET)
        value_unit: ProgramValueUnit | Unset
        if isinstance(_value_unit, Unset):
            value_unit = UNSET
        else:
            value_unit = _types.parse_enum(ProgramValueUnit, _value_unit)

        visit_multiplicity = d.pop("visit_multiplicity", UNSET)

        allowed_usages_amount = d.pop("allowed_usages_amount", UNSET)

        current_package_progress = d.pop("current_package_progress", UNSET)

        first_transaction_date = d.pop("first_transaction_date", UNSET)

        group_id = d.pop("group_id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        loyalty_type_id = d.pop("loyalty_type_id", UNSET)

        value_unit_id = d.pop("value_unit_id", UNSET)

        _instance = cls(
            applicable_items,
            companies,
            expiration_notification_timeout,
            expiration_timeout,
            expiration_timeout_unit,
            good_item_type,
            history_start_date,
            id,
            loyalty_card_types,
            on_changed_notification_template,
            on_changed_notification_template_id,
            on_expiration_notification_template,
            on_expiration_notification_template_id,
            params_source_type,
            rules,
            service_item_type,
            sold_items_multiplicity,
            title,
            type_,
            usage_limit,
            value_unit,
            visit_multiplicity,
            allowed_usages_amount,
            current_package_progress,
            first_transaction_date,
            group_id,
            item_type_id,
            loyalty_type_id,
            value_unit_id,
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
