from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_appointment_body_client import UpdateAppointmentBodyClient
    from ..models.update_appointment_body_custom_fields import UpdateAppointmentBodyCustomFields
    from ..models.update_appointment_body_services_item import UpdateAppointmentBodyServicesItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        UpdateAppointmentBodyClient, \
        UpdateAppointmentBodyCustomFields, \
        UpdateAppointmentBodyServicesItem
    from ..models.update_appointment_body_client import UpdateAppointmentBodyClient  # noqa: PLC0415
    from ..models.update_appointment_body_custom_fields import UpdateAppointmentBodyCustomFields  # noqa: PLC0415
    from ..models.update_appointment_body_services_item import UpdateAppointmentBodyServicesItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="UpdateAppointmentBody")


@_attrs_define
class UpdateAppointmentBody:
    """Request body for creating or fully updating an Appointment. Required: staff_id, services, client, datetime,
    seance_length; or activity_id, client.

        Attributes:
            client (UpdateAppointmentBodyClient): Client parameters (phone, name, email)
            activity_id (int | Unset): Group Event ID. Required for a Group Event Appointment; omit it or use 0 for a
                standard Appointment. When updating, the value must match the current Appointment. Default: 0.
            api_id (str | Unset): External system ID
            attendance (float | Unset): Appointment status (2 - User confirmed the appointment, 1 - User came, services
                provided, 0 - user waiting, -1 - user did not show)
            comment (str | Unset): Appointment Comment
            custom_color (str | Unset): Appointment color
            custom_fields (UpdateAppointmentBodyCustomFields | Unset): Custom Appointment Field values keyed by field code.
                The Business User must have both `custom_fields_record_values_read_access` and
                `custom_fields_record_values_edit_access`. When updating an Appoint…
            datetime_ (datetime.datetime | Unset): Date and time of appointment Example: 2026-09-21T23:00:00+00:00.
            email_remain_hours (float | Unset): Specifies how many hours before the visit an email reminder should be sent
                to the client. Set to 0 if no reminder is needed.
            record_labels (list[str] | Unset): Array of post category IDs
            save_if_busy (bool | Unset): Whether to keep the appointment if the time is busy or non-working, or give an
                error
            seance_length (float | Unset): Appointment duration in seconds. Includes technical_break_duration. To add a
                technical break without reducing the service time, increase seance_length by the break delta.
            send_sms (bool | Unset): Whether to send SMS with the details of the appointment to the client
            services (list[UpdateAppointmentBodyServicesItem] | Unset): Service parameters (id, cost, discount)
            sms_remain_hours (float | Unset): Specifies how many hours before the visit an SMS reminder should be sent to
                the client. Set to 0 if no reminder is needed.
            staff_id (int | Unset): team member ID
            technical_break_duration (float | None | Unset): Technical break duration in seconds. - Must be in multiples of
                300 (5-minute intervals) - Maximum value is 3600 (1 hour) - If null or not provided, uses location default from
                Settings → Appointment L…
    """

    client: UpdateAppointmentBodyClient
    activity_id: int | Unset = 0
    api_id: str | Unset = UNSET
    attendance: float | Unset = UNSET
    comment: str | Unset = UNSET
    custom_color: str | Unset = UNSET
    custom_fields: UpdateAppointmentBodyCustomFields | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    email_remain_hours: float | Unset = UNSET
    record_labels: list[str] | Unset = UNSET
    save_if_busy: bool | Unset = UNSET
    seance_length: float | Unset = UNSET
    send_sms: bool | Unset = UNSET
    services: list[UpdateAppointmentBodyServicesItem] | Unset = UNSET
    sms_remain_hours: float | Unset = UNSET
    staff_id: int | Unset = UNSET
    technical_break_duration: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"client": "client", "activity_id": "activity_id", "api_id": "api_id", "attendance": "attendance", "comment": "comment", "custom_color": "custom_color", "custom_fields": "custom_fields", "datetime_": "datetime", "email_remain_hours": "email_remain_hours", "record_labels": "record_labels", "save_if_busy": "save_if_busy", "seance_length": "seance_length", "send_sms": "send_sms", "services": "services", "sms_remain_hours": "sms_remain_hours", "staff_id": "staff_id", "technical_break_duration": "technical_break_duration"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        client = _types.to_json(self.client)

        activity_id = self.activity_id

        api_id = self.api_id

        attendance = self.attendance

        comment = self.comment

        custom_color = self.custom_color

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = _types.to_json(self.custom_fields)

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = _types.datetime_json(self.datetime_, "iso")

        email_remain_hours = self.email_remain_hours

        record_labels: list[str] | Unset = UNSET
        if not isinstance(self.record_labels, Unset):
            record_labels = self.record_labels

        save_if_busy = self.save_if_busy

        seance_length = self.seance_length

        send_sms = self.send_sms

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = _types.to_json(self.services)

        sms_remain_hours = self.sms_remain_hours

        staff_id = self.staff_id

        technical_break_duration: float | None | Unset
        if isinstance(self.technical_break_duration, Unset):
            technical_break_duration = UNSET
        else:
            technical_break_duration = self.technical_break_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client": client,
            }
        )
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if comment is not UNSET:
            field_dict["comment"] = comment
        if custom_color is not UNSET:
            field_dict["custom_color"] = custom_color
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if email_remain_hours is not UNSET:
            field_dict["email_remain_hours"] = email_remain_hours
        if record_labels is not UNSET:
            field_dict["record_labels"] = record_labels
        if save_if_busy is not UNSET:
            field_dict["save_if_busy"] = save_if_busy
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if send_sms is not UNSET:
            field_dict["send_sms"] = send_sms
        if services is not UNSET:
            field_dict["services"] = services
        if sms_remain_hours is not UNSET:
            field_dict["sms_remain_hours"] = sms_remain_hours
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        client = _types.parse_model(UpdateAppointmentBodyClient, d.pop("client"))

        activity_id = d.pop("activity_id", UNSET)

        api_id = d.pop("api_id", UNSET)

        attendance = d.pop("attendance", UNSET)

        comment = d.pop("comment", UNSET)

        custom_color = d.pop("custom_color", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: UpdateAppointmentBodyCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = _types.parse_model(UpdateAppointmentBodyCustomFields, _custom_fields)

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = _types.parse_datetime(_datetime_)

        email_remain_hours = d.pop("email_remain_hours", UNSET)

        _record_labels = d.pop("record_labels", UNSET)
        record_labels: list[str] | Unset = UNSET
        if _record_labels is not UNSET:
            record_labels = _types.parse_plain_list(_record_labels)

        save_if_busy = d.pop("save_if_busy", UNSET)

        seance_length = d.pop("seance_length", UNSET)

        send_sms = d.pop("send_sms", UNSET)

        _services = d.pop("services", UNSET)
        services: list[UpdateAppointmentBodyServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = _types.parse_model_list(UpdateAppointmentBodyServicesItem, _services)

        sms_remain_hours = d.pop("sms_remain_hours", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        technical_break_duration: float | None | Unset = d.pop("technical_break_duration", UNSET)

        _instance = cls(
            client,
            activity_id,
            api_id,
            attendance,
            comment,
            custom_color,
            custom_fields,
            datetime_,
            email_remain_hours,
            record_labels,
            save_if_busy,
            seance_length,
            send_sms,
            services,
            sms_remain_hours,
            staff_id,
            technical_break_duration,
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
