from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.create_chain_loyalty_program_data_expiration_timeout_unit import (
    CreateChainLoyaltyProgramDataExpirationTimeoutUnit,
)
from ..models.create_chain_loyalty_program_data_good_item_type import CreateChainLoyaltyProgramDataGoodItemType
from ..models.create_chain_loyalty_program_data_params_source_type import CreateChainLoyaltyProgramDataParamsSourceType
from ..models.create_chain_loyalty_program_data_service_item_type import CreateChainLoyaltyProgramDataServiceItemType
from ..models.create_chain_loyalty_program_data_type import CreateChainLoyaltyProgramDataType
from ..models.create_chain_loyalty_program_data_value_unit import CreateChainLoyaltyProgramDataValueUnit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applicable_item import ApplicableItem
    from ..models.company import Company
    from ..models.create_chain_loyalty_program_data_loyalty_card_types_item import (
        CreateChainLoyaltyProgramDataLoyaltyCardTypesItem,
    )
    from ..models.on_changed_notification_template import OnChangedNotificationTemplate
    from ..models.rule import Rule


T = TypeVar("T", bound="CreateChainLoyaltyProgramData")


@_attrs_define
class CreateChainLoyaltyProgramData:
    """Loyalty promotion

    Attributes:
        applicable_items (list[ApplicableItem] | Unset): Related entities for selective application of the promotion (on
            request)
        companies (list[Company] | Unset): Locations where the promotion is valid (on request)
        expiration_notification_timeout (int | Unset): How many days before the bonus or discount expires, a
            notification must be sent to the client
        expiration_timeout (int | Unset): Expiration date of bonuses or discounts
        expiration_timeout_unit (CreateChainLoyaltyProgramDataExpirationTimeoutUnit | Unset): The unit of measurement
            for the expiration date of bonuses or discounts
        good_item_type (CreateChainLoyaltyProgramDataGoodItemType | Unset): Type of application to products
        history_start_date (datetime.date | Unset): From what date to take into account the client's history to
            calculate the size of the bonus or discount (for accumulative promotions or conditional discounts) Example:
            2026-09-21.
        id (int | Unset): Stock ID
        loyalty_card_types (list[CreateChainLoyaltyProgramDataLoyaltyCardTypesItem] | Unset): Type of cards for which
            the promotion is valid (on request)
        on_changed_notification_template (OnChangedNotificationTemplate | Unset): Loyalty notification template
        on_changed_notification_template_id (int | Unset): Notification template ID when changing bonus or discount
        on_expiration_notification_template (OnChangedNotificationTemplate | Unset): Loyalty notification template
        on_expiration_notification_template_id (int | Unset): Identifier of the notification template when a bonus or
            discount burns
        params_source_type (CreateChainLoyaltyProgramDataParamsSourceType | Unset): Where to get the client's history to
            calculate the size of the bonus or discount (for accumulation promotions or conditional discounts)
        rules (list[Rule] | Unset): Rules for determining the value of the bonus or discount (only one rule is allowed
            for fixed promotions) (on request)
        service_item_type (CreateChainLoyaltyProgramDataServiceItemType | Unset): Type of application to services
        sold_items_multiplicity (int | Unset): How many services you need to pay to get a discount on promotional
            services (only for the type of promotion "Discount by condition")
        title (str | Unset): Share name
        type_ (CreateChainLoyaltyProgramDataType | Unset): Promotion type
        usage_limit (int | Unset): Limit on the number of applications (only for cashback)
        value_unit (CreateChainLoyaltyProgramDataValueUnit | Unset): Bonus or discount measurement unit (percentage,
            fixed amount)
        visit_multiplicity (int | Unset): Multiplicity of application by visits (only for cashback)
    """

    applicable_items: list[ApplicableItem] | Unset = UNSET
    companies: list[Company] | Unset = UNSET
    expiration_notification_timeout: int | Unset = UNSET
    expiration_timeout: int | Unset = UNSET
    expiration_timeout_unit: CreateChainLoyaltyProgramDataExpirationTimeoutUnit | Unset = UNSET
    good_item_type: CreateChainLoyaltyProgramDataGoodItemType | Unset = UNSET
    history_start_date: datetime.date | Unset = UNSET
    id: int | Unset = UNSET
    loyalty_card_types: list[CreateChainLoyaltyProgramDataLoyaltyCardTypesItem] | Unset = UNSET
    on_changed_notification_template: OnChangedNotificationTemplate | Unset = UNSET
    on_changed_notification_template_id: int | Unset = UNSET
    on_expiration_notification_template: OnChangedNotificationTemplate | Unset = UNSET
    on_expiration_notification_template_id: int | Unset = UNSET
    params_source_type: CreateChainLoyaltyProgramDataParamsSourceType | Unset = UNSET
    rules: list[Rule] | Unset = UNSET
    service_item_type: CreateChainLoyaltyProgramDataServiceItemType | Unset = UNSET
    sold_items_multiplicity: int | Unset = UNSET
    title: str | Unset = UNSET
    type_: CreateChainLoyaltyProgramDataType | Unset = UNSET
    usage_limit: int | Unset = UNSET
    value_unit: CreateChainLoyaltyProgramDataValueUnit | Unset = UNSET
    visit_multiplicity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applicable_item import ApplicableItem  # noqa: PLC0415
        from ..models.company import Company  # noqa: PLC0415
        from ..models.create_chain_loyalty_program_data_loyalty_card_types_item import (
            CreateChainLoyaltyProgramDataLoyaltyCardTypesItem,  # noqa: PLC0415
        )
        from ..models.on_changed_notification_template import OnChangedNotificationTemplate  # noqa: PLC0415
        from ..models.rule import Rule  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_applicable_items_item(applicable_items_item_data: Any) -> Any:
            applicable_items_item = _types.parse_model(ApplicableItem, applicable_items_item_data)

            return applicable_items_item

        _applicable_items = d.pop("applicable_items", UNSET)
        applicable_items: list[ApplicableItem] | Unset = UNSET
        if _applicable_items is not UNSET:
            applicable_items = _types.parse_list(_applicable_items, _parse_applicable_items_item)

        def _parse_companies_item(companies_item_data: Any) -> Any:
            companies_item = _types.parse_model(Company, companies_item_data)

            return companies_item

        _companies = d.pop("companies", UNSET)
        companies: list[Company] | Unset = UNSET
        if _companies is not UNSET:
            companies = _types.parse_list(_companies, _parse_companies_item)

        expiration_notification_timeout = d.pop("expiration_notification_timeout", UNSET)

        expiration_timeout = d.pop("expiration_timeout", UNSET)

        _expiration_timeout_unit = d.pop("expiration_timeout_unit", UNSET)
        expiration_timeout_unit: CreateChainLoyaltyProgramDataExpirationTimeoutUnit | Unset
        if isinstance(_expiration_timeout_unit, Unset):
            expiration_timeout_unit = UNSET
        else:
            expiration_timeout_unit = _types.parse_enum(
                CreateChainLoyaltyProgramDataExpirationTimeoutUnit, _expiration_timeout_unit
            )

        _good_item_type = d.pop("good_item_type", UNSET)
        good_item_type: CreateChainLoyaltyProgramDataGoodItemType | Unset
        if isinstance(_good_item_type, Unset):
            good_item_type = UNSET
        else:
            good_item_type = _types.parse_enum(CreateChainLoyaltyProgramDataGoodItemType, _good_item_type)

        _history_start_date = d.pop("history_start_date", UNSET)
        history_start_date: datetime.date | Unset
        if isinstance(_history_start_date, Unset):
            history_start_date = UNSET
        else:
            history_start_date = _types.parse_date(_history_start_date)

        id = d.pop("id", UNSET)

        def _parse_loyalty_card_types_item(loyalty_card_types_item_data: Any) -> Any:
            loyalty_card_types_item = _types.parse_model(
                CreateChainLoyaltyProgramDataLoyaltyCardTypesItem, loyalty_card_types_item_data
            )

            return loyalty_card_types_item

        _loyalty_card_types = d.pop("loyalty_card_types", UNSET)
        loyalty_card_types: list[CreateChainLoyaltyProgramDataLoyaltyCardTypesItem] | Unset = UNSET
        if _loyalty_card_types is not UNSET:
            loyalty_card_types = _types.parse_list(_loyalty_card_types, _parse_loyalty_card_types_item)

        _on_changed_notification_template = d.pop("on_changed_notification_template", UNSET)
        on_changed_notification_template: OnChangedNotificationTemplate | Unset
        if isinstance(_on_changed_notification_template, Unset):
            on_changed_notification_template = UNSET
        else:
            on_changed_notification_template = _types.parse_model(
                OnChangedNotificationTemplate, _on_changed_notification_template
            )

        on_changed_notification_template_id = d.pop("on_changed_notification_template_id", UNSET)

        _on_expiration_notification_template = d.pop("on_expiration_notification_template", UNSET)
        on_expiration_notification_template: OnChangedNotificationTemplate | Unset
        if isinstance(_on_expiration_notification_template, Unset):
            on_expiration_notification_template = UNSET
        else:
            on_expiration_notification_template = _types.parse_model(
                OnChangedNotificationTemplate, _on_expiration_notification_template
            )

        on_expiration_notification_template_id = d.pop("on_expiration_notification_template_id", UNSET)

        _params_source_type = d.pop("params_source_type", UNSET)
        params_source_type: CreateChainLoyaltyProgramDataParamsSourceType | Unset
        if isinstance(_params_source_type, Unset):
            params_source_type = UNSET
        else:
            params_source_type = _types.parse_enum(CreateChainLoyaltyProgramDataParamsSourceType, _params_source_type)

        def _parse_rules_item(rules_item_data: Any) -> Any:
            rules_item = _types.parse_model(Rule, rules_item_data)

            return rules_item

        _rules = d.pop("rules", UNSET)
        rules: list[Rule] | Unset = UNSET
        if _rules is not UNSET:
            rules = _types.parse_list(_rules, _parse_rules_item)

        _service_item_type = d.pop("service_item_type", UNSET)
        service_item_type: CreateChainLoyaltyProgramDataServiceItemType | Unset
        if isinstance(_service_item_type, Unset):
            service_item_type = UNSET
        else:
            service_item_type = _types.parse_enum(CreateChainLoyaltyProgramDataServiceItemType, _service_item_type)

        sold_items_multiplicity = d.pop("sold_items_multiplicity", UNSET)

        title = d.pop("title", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CreateChainLoyaltyProgramDataType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_enum(CreateChainLoyaltyProgramDataType, _type_)

        usage_limit = d.pop("usage_limit", UNSET)

        _value_unit = d.pop("value_unit", UNSET)
        value_unit: CreateChainLoyaltyProgramDataValueUnit | Unset
        if isinstance(_value_unit, Unset):
            value_unit = UNSET
        else:
            value_unit = _types.parse_enum(CreateChainLoyaltyProgramDataValueUnit, _value_unit)

        visit_multiplicity = d.pop("visit_multiplicity", UNSET)

        create_chain_loyalty_program_data = cls(
            applicable_items=applicable_items,
            companies=companies,
            expiration_notification_timeout=expiration_notification_timeout,
            expiration_timeout=expiration_timeout,
            expiration_timeout_unit=expiration_timeout_unit,
            good_item_type=good_item_type,
            history_start_date=history_start_date,
            id=id,
            loyalty_card_types=loyalty_card_types,
            on_changed_notification_template=on_changed_notification_template,
            on_changed_notification_template_id=on_changed_notification_template_id,
            on_expiration_notification_template=on_expiration_notification_template,
            on_expiration_notification_template_id=on_expiration_notification_template_id,
            params_source_type=params_source_type,
            rules=rules,
            service_item_type=service_item_type,
            sold_items_multiplicity=sold_items_multiplicity,
            title=title,
            type_=type_,
            usage_limit=usage_limit,
            value_unit=value_unit,
            visit_multiplicity=visit_multiplicity,
        )

        create_chain_loyalty_program_data.additional_properties = d
        return create_chain_loyalty_program_data

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
