from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.create_chain_loyalty_program_body_expiration_timeout_unit import (
    CreateChainLoyaltyProgramBodyExpirationTimeoutUnit,
)
from ..models.create_chain_loyalty_program_body_good_item_type import CreateChainLoyaltyProgramBodyGoodItemType
from ..models.create_chain_loyalty_program_body_params_source_type import CreateChainLoyaltyProgramBodyParamsSourceType
from ..models.create_chain_loyalty_program_body_service_item_type import CreateChainLoyaltyProgramBodyServiceItemType
from ..models.create_chain_loyalty_program_body_type import CreateChainLoyaltyProgramBodyType
from ..models.create_chain_loyalty_program_body_value_unit import CreateChainLoyaltyProgramBodyValueUnit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_chain_loyalty_program_body_on_changed_notification_template import (
        CreateChainLoyaltyProgramBodyOnChangedNotificationTemplate,
    )
    from ..models.create_chain_loyalty_program_body_on_expiration_notification_template import (
        CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplate,
    )
    from ..models.create_chain_loyalty_program_body_rules_item import CreateChainLoyaltyProgramBodyRulesItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        CreateChainLoyaltyProgramBodyOnChangedNotificationTemplate, \
        CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplate, \
        CreateChainLoyaltyProgramBodyRulesItem
    from ..models.create_chain_loyalty_program_body_on_changed_notification_template import (
        CreateChainLoyaltyProgramBodyOnChangedNotificationTemplate,  # noqa: PLC0415
    )
    from ..models.create_chain_loyalty_program_body_on_expiration_notification_template import (
        CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplate,  # noqa: PLC0415
    )
    from ..models.create_chain_loyalty_program_body_rules_item import CreateChainLoyaltyProgramBodyRulesItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="CreateChainLoyaltyProgramBody")


@_attrs_define
class CreateChainLoyaltyProgramBody:
    """The body of the request to create a loyalty promotion

    Attributes:
        company_ids (list[int]): Identifiers of locations where the promotion is valid
        good_item_type (CreateChainLoyaltyProgramBodyGoodItemType): Type of application to products
        rules (list[CreateChainLoyaltyProgramBodyRulesItem]): Rules for determining the value of the bonus or discount
            (only one rule is allowed for fixed promotions)
        service_item_type (CreateChainLoyaltyProgramBodyServiceItemType): Type of application to services
        title (str): Share name
        type_ (CreateChainLoyaltyProgramBodyType): Promotion type
        value_unit (CreateChainLoyaltyProgramBodyValueUnit): Bonus or discount measurement unit (percentage, fixed
            amount)
        allowed_good_category_ids (list[int] | Unset): Product category identifiers (if application type is set for some
            products)
        allowed_good_ids (list[int] | Unset): Item IDs (if application type is set for some items)
        allowed_service_ids (list[int] | Unset): Service and service category identifiers (if application type is set
            for some services)
        expiration_notification_timeout (int | Unset): How many days before the bonus or discount expires, a
            notification must be sent to the client
        expiration_timeout (int | Unset): Expiration date of bonuses or discounts
        expiration_timeout_unit (CreateChainLoyaltyProgramBodyExpirationTimeoutUnit | Unset): The unit of measurement
            for the expiration date of bonuses or discounts
        history_start_date (datetime.date | Unset): From what date to take into account the client's history to
            calculate the size of the bonus or discount (for accumulative promotions or conditional discounts) Example:
            2026-09-21.
        loyalty_card_type_ids (list[int] | Unset): Identifiers of types of cards for which the promotion is valid
        on_changed_notification_template (CreateChainLoyaltyProgramBodyOnChangedNotificationTemplate | Unset): Body of
            the request to bind the loyalty notification template
        on_expiration_notification_template (CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplate | Unset):
            Body of the request to bind the loyalty notification template
        params_source_type (CreateChainLoyaltyProgramBodyParamsSourceType | Unset): Where to get the client's history to
            calculate the size of the bonus or discount (for accumulation promotions or conditional discounts)
        sold_items_multiplicity (int | Unset): How many services you need to pay to get a discount on promotional
            services (only for the promotion type "Discount by condition")
        usage_limit (int | Unset): Limit on the number of applications (only for cashback)
        visit_multiplicity (int | Unset): Multiplicity of application by visits (only for cashback)
    """

    company_ids: list[int]
    good_item_type: CreateChainLoyaltyProgramBodyGoodItemType
    rules: list[CreateChainLoyaltyProgramBodyRulesItem]
    service_item_type: CreateChainLoyaltyProgramBodyServiceItemType
    title: str
    type_: CreateChainLoyaltyProgramBodyType
    value_unit: CreateChainLoyaltyProgramBodyValueUnit
    allowed_good_category_ids: list[int] | Unset = UNSET
    allowed_good_ids: list[int] | Unset = UNSET
    allowed_service_ids: list[int] | Unset = UNSET
    expiration_notification_timeout: int | Unset = UNSET
    expiration_timeout: int | Unset = UNSET
    expiration_timeout_unit: CreateChainLoyaltyProgramBodyExpirationTimeoutUnit | Unset = UNSET
    history_start_date: datetime.date | Unset = UNSET
    loyalty_card_type_ids: list[int] | Unset = UNSET
    on_changed_notification_template: CreateChainLoyaltyProgramBodyOnChangedNotificationTemplate | Unset = UNSET
    on_expiration_notification_template: CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplate | Unset = UNSET
    params_source_type: CreateChainLoyaltyProgramBodyParamsSourceType | Unset = UNSET
    sold_items_multiplicity: int | Unset = UNSET
    usage_limit: int | Unset = UNSET
    visit_multiplicity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"company_ids": "company_ids", "good_item_type": "good_item_type", "rules": "rules", "service_item_type": "service_item_type", "title": "title", "type_": "type", "value_unit": "value_unit", "allowed_good_category_ids": "allowed_good_category_ids", "allowed_good_ids": "allowed_good_ids", "allowed_service_ids": "allowed_service_ids", "expiration_notification_timeout": "expiration_notification_timeout", "expiration_timeout": "expiration_timeout", "expiration_timeout_unit": "expiration_timeout_unit", "history_start_date": "history_start_date", "loyalty_card_type_ids": "loyalty_card_type_ids", "on_changed_notification_template": "on_changed_notification_template", "on_expiration_notification_template": "on_expiration_notification_template", "params_source_type": "params_source_type", "sold_items_multiplicity": "sold_items_multiplicity", "usage_limit": "usage_limit", "visit_multiplicity": "visit_multiplicity"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        company_ids = self.company_ids

        good_item_type = _types.to_json(self.good_item_type)

        rules = _types.to_json(self.rules)

        service_item_type = _types.to_json(self.service_item_type)

        title = self.title

        type_ = _types.to_json(self.type_)

        value_unit = _types.to_json(self.value_unit)

        allowed_good_category_ids: list[int] | Unset = UNSET
        if not isinstance(self.allowed_good_category_ids, Unset):
            allowed_good_category_ids = self.allowed_good_category_ids

        allowed_good_ids: list[int] | Unset = UNSET
        if not isinstance(self.allowed_good_ids, Unset):
            allowed_good_ids = self.allowed_good_ids

        allowed_service_ids: list[int] | Unset = UNSET
        if not isinstance(self.allowed_service_ids, Unset):
            allowed_service_ids = self.allowed_service_ids

        expiration_notification_timeout = self.expiration_notification_timeout

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit: str | Unset = UNSET
        if not isinstance(self.expiration_timeout_unit, Unset):
            expiration_timeout_unit = _types.to_json(self.expiration_timeout_unit)

        history_start_date: str | Unset = UNSET
        if not isinstance(self.history_start_date, Unset):
            history_start_date = _types.date_json(self.history_start_date)

        loyalty_card_type_ids: list[int] | Unset = UNSET
        if not isinstance(self.loyalty_card_type_ids, Unset):
            loyalty_card_type_ids = self.loyalty_card_type_ids

        on_changed_notification_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_changed_notification_template, Unset):
            on_changed_notification_template = _types.to_json(self.on_changed_notification_template)

        on_expiration_notification_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_expiration_notification_template, Unset):
            on_expiration_notification_template = _types.to_json(self.on_expiration_notification_template)

        params_source_type: str | Unset = UNSET
        if not isinstance(self.params_source_type, Unset):
            params_source_type = _types.to_json(self.params_source_type)

        sold_items_multiplicity = self.sold_items_multiplicity

        usage_limit = self.usage_limit

        visit_multiplicity = self.visit_multiplicity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_ids": company_ids,
                "good_item_type": good_item_type,
                "rules": rules,
                "service_item_type": service_item_type,
                "title": title,
                "type": type_,
                "value_unit": value_unit,
            }
        )
        if allowed_good_category_ids is not UNSET:
            field_dict["allowed_good_category_ids"] = allowed_good_category_ids
        if allowed_good_ids is not UNSET:
            field_dict["allowed_good_ids"] = allowed_good_ids
        if allowed_service_ids is not UNSET:
            field_dict["allowed_service_ids"] = allowed_service_ids
        if expiration_notification_timeout is not UNSET:
            field_dict["expiration_notification_timeout"] = expiration_notification_timeout
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = expiration_timeout
        if expiration_timeout_unit is not UNSET:
            field_dict["expiration_timeout_unit"] = expiration_timeout_unit
        if history_start_date is not UNSET:
            field_dict["history_start_date"] = history_start_date
        if loyalty_card_type_ids is not UNSET:
            field_dict["loyalty_card_type_ids"] = loyalty_card_type_ids
        if on_changed_notification_template is not UNSET:
            field_dict["on_changed_notification_template"] = on_changed_notification_template
        if on_expiration_notification_template is not UNSET:
            field_dict["on_expiration_notification_template"] = on_expiration_notification_template
        if params_source_type is not UNSET:
            field_dict["params_source_type"] = params_source_type
        if sold_items_multiplicity is not UNSET:
            field_dict["sold_items_multiplicity"] = sold_items_multiplicity
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit
        if visit_multiplicity is not UNSET:
            field_dict["visit_multiplicity"] = visit_multiplicity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        company_ids = _types.parse_plain_list(d.pop("company_ids"))

        good_item_type = _types.parse_enum(CreateChainLoyaltyProgramBodyGoodItemType, d.pop("good_item_type"))

        rules = _types.parse_model_list(CreateChainLoyaltyProgramBodyRulesItem, d.pop("rules"))

        service_item_type = _types.parse_enum(CreateChainLoyaltyProgramBodyServiceItemType, d.pop("service_item_type"))

        title = d.pop("title")

        type_ = _types.parse_enum(CreateChainLoyaltyProgramBodyType, d.pop("type"))

        value_unit = _types.parse_enum(CreateChainLoyaltyProgramBodyValueUnit, d.pop("value_unit"))

        _allowed_good_category_ids = d.pop("allowed_good_category_ids", UNSET)
        allowed_good_category_ids: list[int] | Unset = UNSET
        if _allowed_good_category_ids is not UNSET:
            allowed_good_category_ids = _types.parse_plain_list(_allowed_good_category_ids)

        _allowed_good_ids = d.pop("allowed_good_ids", UNSET)
        allowed_good_ids: list[int] | Unset = UNSET
        if _allowed_good_ids is not UNSET:
            allowed_good_ids = _types.parse_plain_list(_allowed_good_ids)

        _allowed_service_ids = d.pop("allowed_service_ids", UNSET)
        allowed_service_ids: list[int] | Unset = UNSET
        if _allowed_service_ids is not UNSET:
            allowed_service_ids = _types.parse_plain_list(_allowed_service_ids)

        expiration_notification_timeout = d.pop("expiration_notification_timeout", UNSET)

        expiration_timeout = d.pop("expiration_timeout", UNSET)

        _expiration_timeout_unit = d.pop("expiration_timeout_unit", UNSET)
        expiration_timeout_unit: CreateChainLoyaltyProgramBodyExpirationTimeoutUnit | Unset
        if isinstance(_expiration_timeout_unit, Unset):
            expiration_timeout_unit = UNSET
        else:
            expiration_timeout_unit = _types.parse_enum(
                CreateChainLoyaltyProgramBodyExpirationTimeoutUnit, _expiration_timeout_unit
            )

        _history_start_date = d.pop("history_start_date", UNSET)
        history_start_date: datetime.date | Unset
        if isinstance(_history_start_date, Unset):
            history_start_date = UNSET
        else:
            history_start_date = _types.parse_date(_history_start_date)

        _loyalty_card_type_ids = d.pop("loyalty_card_type_ids", UNSET)
        loyalty_card_type_ids: list[int] | Unset = UNSET
        if _loyalty_card_type_ids is not UNSET:
            loyalty_card_type_ids = _types.parse_plain_list(_loyalty_card_type_ids)

        _on_changed_notification_template = d.pop("on_changed_notification_template", UNSET)
        on_changed_notification_template: CreateChainLoyaltyProgramBodyOnChangedNotificationTemplate | Unset
        if isinstance(_on_changed_notification_template, Unset):
            on_changed_notification_template = UNSET
        else:
            on_changed_notification_template = _types.parse_model(
                CreateChainLoyaltyProgramBodyOnChangedNotificationTemplate, _on_changed_notification_template
            )

        _on_expiration_notification_template = d.pop("on_expiration_notification_template", UNSET)
        on_expiration_notification_template: CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplate | Unset
        if isinstance(_on_expiration_notification_template, Unset):
            on_expiration_notification_template = UNSET
        else:
            on_expiration_notification_template = _types.parse_model(
                CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplate, _on_expiration_notification_template
            )

        _params_source_type = d.pop("params_source_type", UNSET)
        params_source_type: CreateChainLoyaltyProgramBodyParamsSourceType | Unset
        if isinstance(_params_source_type, Unset):
            params_source_type = UNSET
        else:
            params_source_type = _types.parse_enum(CreateChainLoyaltyProgramBodyParamsSourceType, _params_source_type)

        sold_items_multiplicity = d.pop("sold_items_multiplicity", UNSET)

        usage_limit = d.pop("usage_limit", UNSET)

        visit_multiplicity = d.pop("visit_multiplicity", UNSET)

        _instance = cls(
            company_ids,
            good_item_type,
            rules,
            service_item_type,
            title,
            type_,
            value_unit,
            allowed_good_category_ids,
            allowed_good_ids,
            allowed_service_ids,
            expiration_notification_timeout,
            expiration_timeout,
            expiration_timeout_unit,
            history_start_date,
            loyalty_card_type_ids,
            on_changed_notification_template,
            on_expiration_notification_template,
            params_source_type,
            sold_items_multiplicity,
            usage_limit,
            visit_multiplicity,
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
