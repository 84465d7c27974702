from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_category_field import ServiceCategoryField
    from ..models.service_dates_item import ServiceDatesItem
    from ..models.service_image_group_item import ServiceImageGroupItem
    from ..models.service_resources_item import ServiceResourcesItem
    from ..models.service_staff_item import ServiceStaffItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        ServiceCategoryField, \
        ServiceDatesItem, \
        ServiceImageGroupItem, \
        ServiceResourcesItem, \
        ServiceStaffItem
    from ..models.service_category_field import ServiceCategoryField  # noqa: PLC0415
    from ..models.service_dates_item import ServiceDatesItem  # noqa: PLC0415
    from ..models.service_image_group_item import ServiceImageGroupItem  # noqa: PLC0415
    from ..models.service_resources_item import ServiceResourcesItem  # noqa: PLC0415
    from ..models.service_staff_item import ServiceStaffItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Service")


@_attrs_define
class Service:
    """Object with data

    Attributes:
        active (float | Unset): 1 - available for online booking, 0 - not available
        api_id (str | Unset): External Service ID
        category_id (int | Unset): Identifier of the category in which the service consists
        comment (str | Unset): Comment on the service
        discount (float | Unset): Discount
        duration (float | Unset): Service duration, default is 3600 seconds
        id (int | Unset): Service ID
        price_max (float | Unset): Maximum price for the service
        price_min (float | Unset): Minimum price for the service
        salon_service_id (int | Unset): Service ID for a location on the chain
        staff (list[ServiceStaffItem] | Unset): List of team members providing the service and session duration
        technical_break_duration (float | None | Unset): Technical break duration in seconds. - null = use location
            default (Settings → Appointment Log → Technical Breaks) - Value in multiples of 300 (5-minute intervals) -
            Maximum value is 3600 (1 hour)
        title (str | Unset): Service name
        weight (float | Unset): Service weight (used to sort categories when displayed)
        booking_title (str | Unset): Service name for booking
        abonement_restriction_value (float | Unset): Membership restriction value
        api_service_id (int | Unset): External API service ID
        autopayment_before_visit_time (float | Unset): Autopayment before visit time
        capacity (float | Unset): Service capacity
        date_from (datetime.date | Unset): Service availability start date (YYYY-MM-DD) Example: 2026-09-21.
        date_to (datetime.date | Unset): Service availability end date (YYYY-MM-DD) Example: 2026-09-21.
        dates (list[ServiceDatesItem] | Unset): Service dates
        image_group (list[ServiceImageGroupItem] | Unset): Image group
        is_abonement_autopayment_enabled (float | Unset): Is membership autopayment enabled (1/0)
        is_chain (bool | Unset): Is chain service
        is_comment_managed_only_in_chain (bool | Unset): Is comment managed only in chain
        is_multi (bool | Unset): false - Appointment, true - Event
        is_need_limit_date (bool | Unset): The service is available for a limited time
        is_online (bool | Unset): Is available for online booking
        is_price_managed_only_in_chain (bool | Unset): Is price managed only in chain
        online_invoicing_status (float | Unset): Online invoicing status
        prepaid (str | Unset): Prepaid status (forbidden/optional/required)
        price_prepaid_amount (float | Unset): Prepaid amount
        price_prepaid_percent (float | Unset): Prepaid percent
        print_title (str | Unset): Service title for printing
        repeat_visit_days_step (None | str | Unset): Repeat visit days step
        resources (list[ServiceResourcesItem] | Unset): Service resources
        schedule_template_type (float | Unset): Schedule template type
        seance_search_finish (float | Unset): End of period is the appointment available, in seconds
        seance_search_start (float | Unset): Start of period is the appointment available, in seconds
        seance_search_step (float | Unset): Search interval of slots, in seconds
        service_type (float | Unset): Service type
        step (float | Unset): Display interval of slots, in seconds
        tax_variant (float | Unset): Bill ID
        vat_id (int | Unset): VAT ID
        category (ServiceCategoryField | Unset): Service category
    """

    active: float | Unset = UNSET
    api_id: str | Unset = UNSET
    category_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    discount: float | Unset = UNSET
    duration: float | Unset = UNSET
    id: int | Unset = UNSET
    price_max: float | Unset = UNSET
    price_min: float | Unset = UNSET
    salon_service_id: int | Unset = UNSET
    staff: list[ServiceStaffItem] | Unset = UNSET
    technical_break_duration: float | None | Unset = UNSET
    title: str | Unset = UNSET
    weight: float | Unset = UNSET
    booking_title: str | Unset = UNSET
    abonement_restriction_value: float | Unset = UNSET
    api_service_id: int | Unset = UNSET
    autopayment_before_visit_time: float | Unset = UNSET
    capacity: float | Unset = UNSET
    date_from: datetime.date | Unset = UNSET
    date_to: datetime.date | Unset = UNSET
    dates: list[ServiceDatesItem] | Unset = UNSET
    image_group: list[ServiceImageGroupItem] | Unset = UNSET
    is_abonement_autopayment_enabled: float | Unset = UNSET
    is_chain: bool | Unset = UNSET
    is_comment_managed_only_in_chain: bool | Unset = UNSET
    is_multi: bool | Unset = UNSET
    is_need_limit_date: bool | Unset = UNSET
    is_online: bool | Unset = UNSET
    is_price_managed_only_in_chain: bool | Unset = UNSET
    online_invoicing_status: float | Unset = UNSET
    prepaid: str | Unset = UNSET
    price_prepaid_amount: float | Unset = UNSET
    price_prepaid_percent: float | Unset = UNSET
    print_title: str | Unset = UNSET
    repeat_visit_days_step: None | str | Unset = UNSET
    resources: list[ServiceResourcesItem] | Unset = UNSET
    schedule_template_type: float | Unset = UNSET
    seance_search_finish: float | Unset = UNSET
    seance_search_start: float | Unset = UNSET
    seance_search_step: float | Unset = UNSET
    service_type: float | Unset = UNSET
    step: float | Unset = UNSET
    tax_variant: float | Unset = UNSET
    vat_id: int | Unset = UNSET
    category: ServiceCategoryField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"active": "active", "api_id": "api_id", "category_id": "category_id", "comment": "comment", "discount": "discount", "duration": "duration", "id": "id", "price_max": "price_max", "price_min": "price_min", "salon_service_id": "salon_service_id", "staff": "staff", "technical_break_duration": "technical_break_duration", "title": "title", "weight": "weight", "booking_title": "booking_title", "abonement_restriction_value": "abonement_restriction_value", "api_service_id": "api_service_id", "autopayment_before_visit_time": "autopayment_before_visit_time", "capacity": "capacity", "date_from": "date_from", "date_to": "date_to", "dates": "dates", "image_group": "image_group", "is_abonement_autopayment_enabled": "is_abonement_autopayment_enabled", "is_chain": "is_chain", "is_comment_managed_only_in_chain": "is_comment_managed_only_in_chain", "is_multi": "is_multi", "is_need_limit_date": "is_need_limit_date", "is_online": "is_online", "is_price_managed_only_in_chain": "is_price_managed_only_in_chain", "online_invoicing_status": "online_invoicing_status", "prepaid": "prepaid", "price_prepaid_amount": "price_prepaid_amount", "price_prepaid_percent": "price_prepaid_percent", "print_title": "print_title", "repeat_visit_days_step": "repeat_visit_days_step", "resources": "resources", "schedule_template_type": "schedule_template_type", "seance_search_finish": "seance_search_finish", "seance_search_start": "seance_search_start", "seance_search_step": "seance_search_step", "service_type": "service_type", "step": "step", "tax_variant": "tax_variant", "vat_id": "vat_id", "category": "category"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        active = self.active

        api_id = self.api_id

        category_id = self.category_id

        comment = self.comment

        discount = self.discount

        duration = self.duration

        id = self.id

        price_max = self.price_max

        price_min = self.price_min

        salon_service_id = self.salon_service_id

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = _types.to_json(self.staff)

        technical_break_duration: float | None | Unset
        if isinstance(self.technical_break_duration, Unset):
            technical_break_duration = UNSET
        else:
            technical_break_duration = self.technical_break_duration

        title = self.title

        weight = self.weight

        booking_title = self.booking_title

        abonement_restriction_value = self.abonement_restriction_value

        api_service_id = self.api_service_id

        autopayment_before_visit_time = self.autopayment_before_visit_time

        capacity = self.capacity

        date_from: str | Unset = UNSET
        if not isinstance(self.date_from, Unset):
            date_from = _types.date_json(self.date_from)

        date_to: str | Unset = UNSET
        if not isinstance(self.date_to, Unset):
            date_to = _types.date_json(self.date_to)

        dates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = _types.to_json(self.dates)

        image_group: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = _types.to_json(self.image_group)

        is_abonement_autopayment_enabled = self.is_abonement_autopayment_enabled

        is_chain = self.is_chain

        is_comment_managed_only_in_chain = self.is_comment_managed_only_in_chain

        is_multi = self.is_multi

        is_need_limit_date = self.is_need_limit_date

        is_online = self.is_online

        is_price_managed_only_in_chain = self.is_price_managed_only_in_chain

        online_invoicing_status = self.online_invoicing_status

        prepaid = self.prepaid

        price_prepaid_amount = self.price_prepaid_amount

        price_prepaid_percent = self.price_prepaid_percent

        print_title = self.print_title

        repeat_visit_days_step: None | str | Unset
        if isinstance(self.repeat_visit_days_step, Unset):
            repeat_visit_days_step = UNSET
        else:
            repeat_visit_days_step = self.repeat_visit_days_step

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = _types.to_json(self.resources)

        schedule_template_type = self.schedule_template_type

        seance_search_finish = self.seance_search_finish

        seance_search_start = self.seance_search_start

        seance_search_step = self.seance_search_step

        service_type = self.service_type

        step = self.step

        tax_variant = self.tax_variant

        vat_id = self.vat_id

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = _types.to_json(self.category)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if discount is not UNSET:
            field_dict["discount"] = discount
        if duration is not UNSET:
            field_dict["duration"] = duration
        if id is not UNSET:
            field_dict["id"] = id
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id
        if staff is not UNSET:
            field_dict["staff"] = staff
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration
        if title is not UNSET:
            field_dict["title"] = title
        if weight is not UNSET:
            field_dict["weight"] = weight
        if booking_title is not UNSET:
            field_dict["booking_title"] = booking_title
        if abonement_restriction_value is not UNSET:
            field_dict["abonement_restriction_value"] = abonement_restriction_value
        if api_service_id is not UNSET:
            field_dict["api_service_id"] = api_service_id
        if autopayment_before_visit_time is not UNSET:
            field_dict["autopayment_before_visit_time"] = autopayment_before_visit_time
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if dates is not UNSET:
            field_dict["dates"] = dates
        if image_group is not UNSET:
            field_dict["image_group"] = image_group
        if is_abonement_autopayment_enabled is not UNSET:
            field_dict["is_abonement_autopayment_enabled"] = is_abonement_autopayment_enabled
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if is_comment_managed_only_in_chain is not UNSET:
            field_dict["is_comment_managed_only_in_chain"] = is_comment_managed_only_in_chain
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi
        if is_need_limit_date is not UNSET:
            field_dict["is_need_limit_date"] = is_need_limit_date
        if is_online is not UNSET:
            field_dict["is_online"] = is_online
        if is_price_managed_only_in_chain is not UNSET:
            field_dict["is_price_managed_only_in_chain"] = is_price_managed_only_in_chain
        if online_invoicing_status is not UNSET:
            field_dict["online_invoicing_status"] = online_invoicing_status
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if price_prepaid_amount is not UNSET:
            field_dict["price_prepaid_amount"] = price_prepaid_amount
        if price_prepaid_percent is not UNSET:
            field_dict["price_prepaid_percent"] = price_prepaid_percent
        if print_title is not UNSET:
            field_dict["print_title"] = print_title
        if repeat_visit_days_step is not UNSET:
            field_dict["repeat_visit_days_step"] = repeat_visit_days_step
        if resources is not UNSET:
            field_dict["resources"] = resources
        if schedule_template_type is not UNSET:
            field_dict["schedule_template_type"] = schedule_template_type
        if seance_search_finish is not UNSET:
            field_dict["seance_search_finish"] = seance_search_finish
        if seance_search_start is not UNSET:
            field_dict["seance_search_start"] = seance_search_start
        if seance_search_step is not UNSET:
            field_dict["seance_search_step"] = seance_search_step
        if service_type is not UNSET:
            field_dict["service_type"] = service_type
        if step is not UNSET:
            field_dict["step"] = step
        if tax_variant is not UNSET:
            field_dict["tax_variant"] = tax_variant
        if vat_id is not UNSET:
            field_dict["vat_id"] = vat_id
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        api_id = d.pop("api_id", UNSET)

        category_id = d.pop("category_id", UNSET)

        comment = d.pop("comment", UNSET)

        discount = d.pop("discount", UNSET)

        duration = d.pop("duration", UNSET)

        id = d.pop("id", UNSET)

        price_max = d.pop("price_max", UNSET)

        price_min = d.pop("price_min", UNSET)

        salon_service_id = d.pop("salon_service_id", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: list[ServiceStaffItem] | Unset = UNSET
        if _staff is not UNSET:
            staff = _types.parse_model_list(ServiceStaffItem, _staff)

        technical_break_duration: float | None | Unset = d.pop("technical_break_duration", UNSET)

        title = d.pop("title", UNSET)

        weight = d.pop("weight", UNSET)

        booking_title = d.pop("booking_title", UNSET)

        abonement_restriction_value = d.pop("abonement_restriction_value", UNSET)

        api_service_id = d.pop("api_service_id", UNSET)

        autopayment_before_visit_time = d.pop("autopayment_before_visit_time", UNSET)

        capacity = d.pop("capacity", UNSET)

        _date_from = d.pop("date_from", UNSET)
        date_from: datetime.date | Unset
        if isinstance(_date_from, Unset):
            date_from = UNSET
        else:
            date_from = _types.parse_date(_date_from)

        _date_to = d.pop("date_to", UNSET)
        date_to: datetime.date | Unset
        if isinstance(_date_to, Unset):
            date_to = UNSET
        else:
            date_to = _types.parse_date(_date_to)

        _dates = d.pop("dates", UNSET)
        dates: list[ServiceDatesItem] | Unset = UNSET
        if _dates is not UNSET:
            dates = _types.parse_model_list(ServiceDatesItem, _dates)

        _image_group = d.pop("image_group", UNSET)
        image_group: list[ServiceImageGroupItem] | Unset = UNSET
        if _image_group is not UNSET:
            image_group = _types.parse_model_list(ServiceImageGroupItem, _image_group)

        is_abonement_autopayment_enabled = d.pop("is_abonement_autopayment_enabled", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        is_comment_managed_only_in_chain = d.pop("is_comment_managed_only_in_chain", UNSET)

        is_multi = d.pop("is_multi", UNSET)

        is_need_limit_date = d.pop("is_need_limit_date", UNSET)

        is_online = d.pop("is_online", UNSET)

        is_price_managed_only_in_chain = d.pop("is_price_managed_only_in_chain", UNSET)

        online_invoicing_status = d.pop("online_invoicing_status", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        price_prepaid_amount = d.pop("price_prepaid_amount", UNSET)

        price_prepaid_percent = d.pop("price_prepaid_percent", UNSET)

        print_title = d.pop("print_title", UNSET)

        repeat_visit_days_step: None | str | Unset = d.pop("repeat_visit_days_step", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: list[ServiceResourcesItem] | Unset = UNSET
        if _resources is not UNSET:
            resources = _types.parse_model_list(ServiceResourcesItem, _resources)

        schedule_template_type = d.pop("schedule_template_type", UNSET)

        seance_search_finish = d.pop("seance_search_finish", UNSET)

        seance_search_start = d.pop("seance_search_start", UNSET)

        seance_search_step = d.pop("seance_search_step", UNSET)

        service_type = d.pop("service_type", UNSET)

        step = d.pop("step", UNSET)

        tax_variant = d.pop("tax_variant", UNSET)

        vat_id = d.pop("vat_id", UNSET)

        _category = d.pop("category", UNSET)
        category: ServiceCategoryField | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = _types.parse_model(ServiceCategoryField, _category)

        _instance = cls(
            active,
            api_id,
            category_id,
            comment,
            discount,
            duration,
            id,
            price_max,
            price_min,
            salon_service_id,
            staff,
            technical_break_duration,
            title,
            weight,
            booking_title,
            abonement_restriction_value,
            api_service_id,
            autopayment_before_visit_time,
            capacity,
            date_from,
            date_to,
            dates,
            image_group,
            is_abonement_autopayment_enabled,
            is_chain,
            is_comment_managed_only_in_chain,
            is_multi,
            is_need_limit_date,
            is_online,
            is_price_managed_only_in_chain,
            online_invoicing_status,
            prepaid,
            price_prepaid_amount,
            price_prepaid_percent,
            print_title,
            repeat_visit_days_step,
            resources,
            schedule_template_type,
            seance_search_finish,
            seance_search_start,
            seance_search_step,
            service_type,
            step,
            tax_variant,
            vat_id,
            category,
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
