from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.update_chain_loyalty_program_body_expiration_timeout_unit import (
    UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_chain_loyalty_program_body_on_changed_notification_template import (
        UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplate,
    )
    from ..models.update_chain_loyalty_program_body_on_expiration_notification_template import (
        UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplate,
    )
    from ..models.update_chain_loyalty_program_body_rules_item import UpdateChainLoyaltyProgramBodyRulesItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplate, \
        UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplate, \
        UpdateChainLoyaltyProgramBodyRulesItem
    from ..models.update_chain_loyalty_program_body_on_changed_notification_template import (
        UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplate,  # noqa: PLC0415
    )
    from ..models.update_chain_loyalty_program_body_on_expiration_notification_template import (
        UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplate,  # noqa: PLC0415
    )
    from ..models.update_chain_loyalty_program_body_rules_item import UpdateChainLoyaltyProgramBodyRulesItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="UpdateChainLoyaltyProgramBody")


@_attrs_define
class UpdateChainLoyaltyProgramBody:
    """The body of the request to change the loyalty promotion

    Attributes:
        allowed_good_category_ids (list[int] | Unset): Product category identifiers (if application type is set for some
            products)
        allowed_good_ids (list[int] | Unset): Item IDs (if application type is set for some items)
        allowed_service_ids (list[int] | Unset): Service and service category identifiers (if application type is set
            for some services)
        company_ids (list[int] | Unset): Identifiers of locations where the promotion is valid
        expiration_notification_timeout (int | Unset): How many days before the bonus or discount expires, a
            notification must be sent to the client
        expiration_timeout (int | Unset): Expiration date of bonuses or discounts
        expiration_timeout_unit (UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit | Unset): The unit of measurement
            for the expiration date of bonuses or discounts
        loyalty_card_type_ids (list[int] | Unset): Identifiers of types of cards for which the promotion is valid
        on_changed_notification_template (UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplate | Unset): Body of
            the request to bind the loyalty notification template
        on_expiration_notification_template (UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplate | Unset):
            Body of the request to bind the loyalty notification template
        rules (list[UpdateChainLoyaltyProgramBodyRulesItem] | Unset): Rules for determining the value of the bonus or
            discount (only one rule is allowed for fixed promotions)
        title (str | Unset): Share name
        usage_limit (int | Unset): Limit on the number of applications (only for cashback)
    """

    allowed_good_category_ids: list[int] | Unset = UNSET
    allowed_good_ids: list[int] | Unset = UNSET
    allowed_service_ids: list[int] | Unset = UNSET
    company_ids: list[int] | Unset = UNSET
    expiration_notification_timeout: int | Unset = UNSET
    expiration_timeout: int | Unset = UNSET
    expiration_timeout_unit: UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit | Unset = UNSET
    loyalty_card_type_ids: list[int] | Unset = UNSET
    on_changed_notification_template: UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplate | Unset = UNSET
    on_expiration_notification_template: UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplate | Unset = UNSET
    rules: list[UpdateChainLoyaltyProgramBodyRulesItem] | Unset = UNSET
    title: str | Unset = UNSET
    usage_limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"allowed_good_category_ids": "allowed_good_category_ids", "allowed_good_ids": "allowed_good_ids", "allowed_service_ids": "allowed_service_ids", "company_ids": "company_ids", "expiration_notification_timeout": "expiration_notification_timeout", "expiration_timeout": "expiration_timeout", "expiration_timeout_unit": "expiration_timeout_unit", "loyalty_card_type_ids": "loyalty_card_type_ids", "on_changed_notification_template": "on_changed_notification_template", "on_expiration_notification_template": "on_expiration_notification_template", "rules": "rules", "title": "title", "usage_limit": "usage_limit"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        allowed_good_category_ids: list[int] | Unset = UNSET
        if not isinstance(self.allowed_good_category_ids, Unset):
            allowed_good_category_ids = self.allowed_good_category_ids

        allowed_good_ids: list[int] | Unset = UNSET
        if not isinstance(self.allowed_good_ids, Unset):
            allowed_good_ids = self.allowed_good_ids

        allowed_service_ids: list[int] | Unset = UNSET
        if not isinstance(self.allowed_service_ids, Unset):
            allowed_service_ids = self.allowed_service_ids

        company_ids: list[int] | Unset = UNSET
        if not isinstance(self.company_ids, Unset):
            company_ids = self.company_ids

        expiration_notification_timeout = self.expiration_notification_timeout

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit: str | Unset = UNSET
        if not isinstance(self.expiration_timeout_unit, Unset):
            expiration_timeout_unit = _types.to_json(self.expiration_timeout_unit)

        loyalty_card_type_ids: list[int] | Unset = UNSET
        if not isinstance(self.loyalty_card_type_ids, Unset):
            loyalty_card_type_ids = self.loyalty_card_type_ids

        on_changed_notification_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_changed_notification_template, Unset):
            on_changed_notification_template = _types.to_json(self.on_changed_notification_template)

        on_expiration_notification_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_expiration_notification_template, Unset):
            on_expiration_notification_template = _types.to_json(self.on_expiration_notification_template)

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = _types.to_json(self.rules)

        title = self.title

        usage_limit = self.usage_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_good_category_ids is not UNSET:
            field_dict["allowed_good_category_ids"] = allowed_good_category_ids
        if allowed_good_ids is not UNSET:
            field_dict["allowed_good_ids"] = allowed_good_ids
        if allowed_service_ids is not UNSET:
            field_dict["allowed_service_ids"] = allowed_service_ids
        if company_ids is not UNSET:
            field_dict["company_ids"] = company_ids
        if expiration_notification_timeout is not UNSET:
            field_dict["expiration_notification_timeout"] = expiration_notification_timeout
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = expiration_timeout
        if expiration_timeout_unit is not UNSET:
            field_dict["expiration_timeout_unit"] = expiration_timeout_unit
        if loyalty_card_type_ids is not UNSET:
            field_dict["loyalty_card_type_ids"] = loyalty_card_type_ids
        if on_changed_notification_template is not UNSET:
            field_dict["on_changed_notification_template"] = on_changed_notification_template
        if on_expiration_notification_template is not UNSET:
            field_dict["on_expiration_notification_template"] = on_expiration_notification_template
        if rules is not UNSET:
            field_dict["rules"] = rules
        if title is not UNSET:
            field_dict["title"] = title
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
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

        _company_ids = d.pop("company_ids", UNSET)
        company_ids: list[int] | Unset = UNSET
        if _company_ids is not UNSET:
            company_ids = _types.parse_plain_list(_company_ids)

        expiration_notification_timeout = d.pop("expiration_notification_timeout", UNSET)

        expiration_timeout = d.pop("expiration_timeout", UNSET)

        _expiration_timeout_unit = d.pop("expiration_timeout_unit", UNSET)
        expiration_timeout_unit: UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit | Unset
        if isinstance(_expiration_timeout_unit, Unset):
            expiration_timeout_unit = UNSET
        else:
            expiration_timeout_unit = _types.parse_enum(
                UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit, _expiration_timeout_unit
            )

        _loyalty_card_type_ids = d.pop("loyalty_card_type_ids", UNSET)
        loyalty_card_type_ids: list[int] | Unset = UNSET
        if _loyalty_card_type_ids is not UNSET:
            loyalty_card_type_ids = _types.parse_plain_list(_loyalty_card_type_ids)

        _on_changed_notification_template = d.pop("on_changed_notification_template", UNSET)
        on_changed_notification_template: UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplate | Unset
        if isinstance(_on_changed_notification_template, Unset):
            on_changed_notification_template = UNSET
        else:
            on_changed_notification_template = _types.parse_model(
                UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplate, _on_changed_notification_template
            )

        _on_expiration_notification_template = d.pop("on_expiration_notification_template", UNSET)
        on_expiration_notification_template: UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplate | Unset
        if isinstance(_on_expiration_notification_template, Unset):
            on_expiration_notification_template = UNSET
        else:
            on_expiration_notification_template = _types.parse_model(
                UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplate, _on_expiration_notification_template
            )

        _rules = d.pop("rules", UNSET)
        rules: list[UpdateChainLoyaltyProgramBodyRulesItem] | Unset = UNSET
        if _rules is not UNSET:
            rules = _types.parse_model_list(UpdateChainLoyaltyProgramBodyRulesItem, _rules)

        title = d.pop("title", UNSET)

        usage_limit = d.pop("usage_limit", UNSET)

        _instance = cls(
            allowed_good_category_ids,
            allowed_good_ids,
            allowed_service_ids,
            company_ids,
            expiration_notification_timeout,
            expiration_timeout,
            expiration_timeout_unit,
            loyalty_card_type_ids,
            on_changed_notification_template,
            on_expiration_notification_template,
            rules,
            title,
            usage_limit,
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
