from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.get_location_loyalty_program_list_item_expiration_timeout_unit import (
    GetLocationLoyaltyProgramListItemExpirationTimeoutUnit,
)
from ..models.get_location_loyalty_program_list_item_good_item_type import GetLocationLoyaltyProgramListItemGoodItemType
from ..models.get_location_loyalty_program_list_item_params_source_type import (
    GetLocationLoyaltyProgramListItemParamsSourceType,
)
from ..models.get_location_loyalty_program_list_item_service_item_type import (
    GetLocationLoyaltyProgramListItemServiceItemType,
)
from ..models.get_location_loyalty_program_list_item_type import GetLocationLoyaltyProgramListItemType
from ..models.get_location_loyalty_program_list_item_value_unit import GetLocationLoyaltyProgramListItemValueUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLocationLoyaltyProgramListItem")


@_attrs_define
class GetLocationLoyaltyProgramListItem:
    """
    Attributes:
        allowed_usages_amount (int | Unset): Limitation on the number of allowed uses
        current_package_progress (int | Unset): The current number of uses of the promotion
        expiration_notification_timeout (int | Unset): How many days before the bonus or discount expires, you need to
            send a notification to the client
        expiration_timeout (int | Unset): Expiration date of bonuses or discounts
        expiration_timeout_unit (GetLocationLoyaltyProgramListItemExpirationTimeoutUnit | Unset): The unit of
            measurement for the expiration date of bonuses or discounts
        first_transaction_date (str | Unset): Date of first stock transaction
        good_item_type (GetLocationLoyaltyProgramListItemGoodItemType | Unset): Type of application to products
        group_id (int | Unset): Chain ID
        history_start_date (str | Unset): From what date to take into account the client's history to calculate the size
            of the bonus or discount (for accumulative promotions or conditional discounts)
        id (int | Unset): Promotion ID
        item_type_id (int | Unset): Identifier of the discount application type
        loyalty_type_id (int | Unset): Promotion type ID
        on_changed_notification_template_id (int | Unset): Notification template ID when changing bonus or discount
        on_expiration_notification_template_id (int | Unset): Identifier of the notification template when a bonus or
            discount burns
        params_source_type (GetLocationLoyaltyProgramListItemParamsSourceType | Unset): Where to get the client's
            history to calculate the size of the bonus or discount (for accumulation promotions or conditional discounts)
        service_item_type (GetLocationLoyaltyProgramListItemServiceItemType | Unset): Type of application to services
        sold_items_multiplicity (int | Unset): How many services you need to pay to get a discount on promotional
            services (only for the promotion type "Discount by condition")
        title (str | Unset): Share name
        type_ (GetLocationLoyaltyProgramListItemType | Unset): Promotion type
        usage_limit (int | Unset): Limit on the number of applications (only for cashback)
        value_unit (GetLocationLoyaltyProgramListItemValueUnit | Unset): Bonus or discount measurement unit (percentage,
            fixed amount)
        value_unit_id (int | Unset): Unit ID of the bonus or discount
        visit_multiplicity (int | Unset): Multiplicity of application by visits (only for cashback)
    """

    allowed_usages_amount: int | Unset = UNSET
    current_package_progress: int | Unset = UNSET
    expiration_notification_timeout: int | Unset = UNSET
    expiration_timeout: int | Unset = UNSET
    expiration_timeout_unit: GetLocationLoyaltyProgramListItemExpirationTimeoutUnit | Unset = UNSET
    first_transaction_date: str | Unset = UNSET
    good_item_type: GetLocationLoyaltyProgramListItemGoodItemType | Unset = UNSET
    group_id: int | Unset = UNSET
    history_start_date: str | Unset = UNSET
    id: int | Unset = UNSET
    item_type_id: int | Unset = UNSET
    loyalty_type_id: int | Unset = UNSET
    on_changed_notification_template_id: int | Unset = UNSET
    on_expiration_notification_template_id: int | Unset = UNSET
    params_source_type: GetLocationLoyaltyProgramListItemParamsSourceType | Unset = UNSET
    service_item_type: GetLocationLoyaltyProgramListItemServiceItemType | Unset = UNSET
    sold_items_multiplicity: int | Unset = UNSET
    title: str | Unset = UNSET
    type_: GetLocationLoyaltyProgramListItemType | Unset = UNSET
    usage_limit: int | Unset = UNSET
    value_unit: GetLocationLoyaltyProgramListItemValueUnit | Unset = UNSET
    value_unit_id: int | Unset = UNSET
    visit_multiplicity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_usages_amount = self.allowed_usages_amount

        current_package_progress = self.current_package_progress

        expiration_notification_timeout = self.expiration_notification_timeout

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit: str | Unset = UNSET
        if not isinstance(self.expiration_timeout_unit, Unset):
            expiration_timeout_unit = _types.to_json(self.expiration_timeout_unit)

        first_transaction_date = self.first_transaction_date

        good_item_type: str | Unset = UNSET
        if not isinstance(self.good_item_type, Unset):
            good_item_type = _types.to_json(self.good_item_type)

        group_id = self.group_id

        history_start_date = self.history_start_date

        id = self.id

        item_type_id = self.item_type_id

        loyalty_type_id = self.loyalty_type_id

        on_changed_notification_template_id = self.on_changed_notification_template_id

        on_expiration_notification_template_id = self.on_expiration_notification_template_id

        params_source_type: str | Unset = UNSET
        if not isinstance(self.params_source_type, Unset):
            params_source_type = _types.to_json(self.params_source_type)

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

        value_unit_id = self.value_unit_id

        visit_multiplicity = self.visit_multiplicity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_usages_amount is not UNSET:
            field_dict["allowed_usages_amount"] = allowed_usages_amount
        if current_package_progress is not UNSET:
            field_dict["current_package_progress"] = current_package_progress
        if expiration_notification_timeout is not UNSET:
            field_dict["expiration_notification_timeout"] = expiration_notification_timeout
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = expiration_timeout
        if expiration_timeout_unit is not UNSET:
            field_dict["expiration_timeout_unit"] = expiration_timeout_unit
        if first_transaction_date is not UNSET:
            field_dict["first_transaction_date"] = first_transaction_date
        if good_item_type is not UNSET:
            field_dict["good_item_type"] = good_item_type
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if history_start_date is not UNSET:
            field_dict["history_start_date"] = history_start_date
        if id is not UNSET:
            field_dict["id"] = id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id
        if on_changed_notification_template_id is not UNSET:
            field_dict["on_changed_notification_template_id"] = on_changed_notification_template_id
        if on_expiration_notification_template_id is not UNSET:
            field_dict["on_expiration_notification_template_id"] = on_expiration_notification_template_id
        if params_source_type is not UNSET:
            field_dict["params_source_type"] = params_source_type
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
        if value_unit_id is not UNSET:
            field_dict["value_unit_id"] = value_unit_id
        if visit_multiplicity is not UNSET:
            field_dict["visit_multiplicity"] = visit_multiplicity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_usages_amount = d.pop("allowed_usages_amount", UNSET)

        current_package_progress = d.pop("current_package_progress", UNSET)

        expiration_notification_timeout = d.pop("expiration_notification_timeout", UNSET)

        expiration_timeout = d.pop("expiration_timeout", UNSET)

        _expiration_timeout_unit = d.pop("expiration_timeout_unit", UNSET)
        expiration_timeout_unit: GetLocationLoyaltyProgramListItemExpirationTimeoutUnit | Unset
        if isinstance(_expiration_timeout_unit, Unset):
            expiration_timeout_unit = UNSET
        else:
            expiration_timeout_unit = _types.parse_enum(
                GetLocationLoyaltyProgramListItemExpirationTimeoutUnit, _expiration_timeout_unit
            )

        first_transaction_date = d.pop("first_transaction_date", UNSET)

        _good_item_type = d.pop("good_item_type", UNSET)
        good_item_type: GetLocationLoyaltyProgramListItemGoodItemType | Unset
        if isinstance(_good_item_type, Unset):
            good_item_type = UNSET
        else:
            good_item_type = _types.parse_enum(GetLocationLoyaltyProgramListItemGoodItemType, _good_item_type)

        group_id = d.pop("group_id", UNSET)

        history_start_date = d.pop("history_start_date", UNSET)

        id = d.pop("id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        loyalty_type_id = d.pop("loyalty_type_id", UNSET)

        on_changed_notification_template_id = d.pop("on_changed_notification_template_id", UNSET)

        on_expiration_notification_template_id = d.pop("on_expiration_notification_template_id", UNSET)

        _params_source_type = d.pop("params_source_type", UNSET)
        params_source_type: GetLocationLoyaltyProgramListItemParamsSourceType | Unset
        if isinstance(_params_source_type, Unset):
            params_source_type = UNSET
        else:
            params_source_type = _types.parse_enum(
                GetLocationLoyaltyProgramListItemParamsSourceType, _params_source_type
            )

        _service_item_type = d.pop("service_item_type", UNSET)
        service_item_type: GetLocationLoyaltyProgramListItemServiceItemType | Unset
        if isinstance(_service_item_type, Unset):
            service_item_type = UNSET
        else:
            service_item_type = _types.parse_enum(GetLocationLoyaltyProgramListItemServiceItemType, _service_item_type)

        sold_items_multiplicity = d.pop("sold_items_multiplicity", UNSET)

        title = d.pop("title", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: GetLocationLoyaltyProgramListItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_enum(GetLocationLoyaltyProgramListItemType, _type_)

        usage_limit = d.pop("usage_limit", UNSET)

        _value_unit = d.pop("value_unit", UNSET)
        value_unit: GetLocationLoyaltyProgramListItemValueUnit | Unset
        if isinstance(_value_unit, Unset):
            value_unit = UNSET
        else:
            value_unit = _types.parse_enum(GetLocationLoyaltyProgramListItemValueUnit, _value_unit)

        value_unit_id = d.pop("value_unit_id", UNSET)

        visit_multiplicity = d.pop("visit_multiplicity", UNSET)

        get_location_loyalty_program_list_item = cls(
            allowed_usages_amount=allowed_usages_amount,
            current_package_progress=current_package_progress,
            expiration_notification_timeout=expiration_notification_timeout,
            expiration_timeout=expiration_timeout,
            expiration_timeout_unit=expiration_timeout_unit,
            first_transaction_date=first_transaction_date,
            good_item_type=good_item_type,
            group_id=group_id,
            history_start_date=history_start_date,
            id=id,
            item_type_id=item_type_id,
            loyalty_type_id=loyalty_type_id,
            on_changed_notification_template_id=on_changed_notification_template_id,
            on_expiration_notification_template_id=on_expiration_notification_template_id,
            params_source_type=params_source_type,
            service_item_type=service_item_type,
            sold_items_multiplicity=sold_items_multiplicity,
            title=title,
            type_=type_,
            usage_limit=usage_limit,
            value_unit=value_unit,
            value_unit_id=value_unit_id,
            visit_multiplicity=visit_multiplicity,
        )

        get_location_loyalty_program_list_item.additional_properties = d
        return get_location_loyalty_program_list_item

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
