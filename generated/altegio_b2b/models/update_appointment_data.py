from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_appointment_data_client import UpdateAppointmentDataClient
    from ..models.update_appointment_data_documents_item import UpdateAppointmentDataDocumentsItem
    from ..models.update_appointment_data_services_item import UpdateAppointmentDataServicesItem
    from ..models.update_appointment_data_staff import UpdateAppointmentDataStaff


T = TypeVar("T", bound="UpdateAppointmentData")


@_attrs_define
class UpdateAppointmentData:
    """Object with data

    Attributes:
        activity_id (int | Unset): Group event ID
        api_id (str | Unset): External appointment ID
        client (UpdateAppointmentDataClient | Unset):
        clients_count (float | Unset): Number of occupied places in a group appointment
        comment (str | Unset): Appointment Comment
        confirmed (float | Unset): Is the appointment verified?
        create_date (datetime.datetime | Unset): date of creation Example: 2026-09-21T23:00:00+00:00.
        datetime_ (datetime.datetime | Unset): Session date Example: 2026-09-21T23:00:00+00:00.
        documents (list[UpdateAppointmentDataDocumentsItem] | Unset):
        email_now (float | Unset): Has an email notification been sent?
        from_url (str | Unset): From which page the transition was made to complete the appointment (website, VK
            application, etc.)
        id (int | Unset):
        master_request (float | Unset): Indicates whether a specific team member was selected for the appointment. Set
            to false if the "any team member" option was chosen
        notified (float | Unset): Flag for confirmation of the appointment by the location administrator, if the client
            asked to confirm the appointment
        review_requested (float | Unset): Flag for requesting visit feedback from the client
        seance_length (float | Unset): Appointment duration in seconds. Includes technical_break_duration. Equal to the
            sum of services plus the technical break.
        services (list[UpdateAppointmentDataServicesItem] | Unset):
        sms_before (float | Unset): Whether to send an SMS reminder to the client (if the client is specified)
        sms_now (float | Unset): Did you send SMS when adding an appointment
        sms_now_text (str | Unset): SMS text
        staff (UpdateAppointmentDataStaff | Unset):
    """

    activity_id: int | Unset = UNSET
    api_id: str | Unset = UNSET
    client: UpdateAppointmentDataClient | Unset = UNSET
    clients_count: float | Unset = UNSET
    comment: str | Unset = UNSET
    confirmed: float | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    documents: list[UpdateAppointmentDataDocumentsItem] | Unset = UNSET
    email_now: float | Unset = UNSET
    from_url: str | Unset = UNSET
    id: int | Unset = UNSET
    master_request: float | Unset = UNSET
    notified: float | Unset = UNSET
    review_requested: float | Unset = UNSET
    seance_length: float | Unset = UNSET
    services: list[UpdateAppointmentDataServicesItem] | Unset = UNSET
    sms_before: float | Unset = UNSET
    sms_now: float | Unset = UNSET
    sms_now_text: str | Unset = UNSET
    staff: UpdateAppointmentDataStaff | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        api_id = self.api_id

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = _types.to_json(self.client)

        clients_count = self.clients_count

        comment = self.comment

        confirmed = self.confirmed

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = _types.datetime_json(self.create_date, "iso")

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = _types.datetime_json(self.datetime_, "iso")

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = _types.to_json(self.documents)

        email_now = self.email_now

        from_url = self.from_url

        id = self.id

        master_request = self.master_request

        notified = self.notified

        review_requested = self.review_requested

        seance_length = self.seance_length

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = _types.to_json(self.services)

        sms_before = self.sms_before

        sms_now = self.sms_now

        sms_now_text = self.sms_now_text

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = _types.to_json(self.staff)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if client is not UNSET:
            field_dict["client"] = client
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count
        if comment is not UNSET:
            field_dict["comment"] = comment
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if documents is not UNSET:
            field_dict["documents"] = documents
        if email_now is not UNSET:
            field_dict["email_now"] = email_now
        if from_url is not UNSET:
            field_dict["from_url"] = from_url
        if id is not UNSET:
            field_dict["id"] = id
        if master_request is not UNSET:
            field_dict["master_request"] = master_request
        if notified is not UNSET:
            field_dict["notified"] = notified
        if review_requested is not UNSET:
            field_dict["review_requested"] = review_requested
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if services is not UNSET:
            field_dict["services"] = services
        if sms_before is not UNSET:
            field_dict["sms_before"] = sms_before
        if sms_now is not UNSET:
            field_dict["sms_now"] = sms_now
        if sms_now_text is not UNSET:
            field_dict["sms_now_text"] = sms_now_text
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_appointment_data_client import UpdateAppointmentDataClient  # noqa: PLC0415
        from ..models.update_appointment_data_documents_item import UpdateAppointmentDataDocumentsItem  # noqa: PLC0415
        from ..models.update_appointment_data_services_item import UpdateAppointmentDataServicesItem  # noqa: PLC0415
        from ..models.update_appointment_data_staff import UpdateAppointmentDataStaff  # noqa: PLC0415

        d = dict(src_dict)
        activity_id = d.pop("activity_id", UNSET)

        api_id = d.pop("api_id", UNSET)

        _client = d.pop("client", UNSET)
        client: UpdateAppointmentDataClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = _types.parse_model(UpdateAppointmentDataClient, _client)

        clients_count = d.pop("clients_count", UNSET)

        comment = d.pop("comment", UNSET)

        confirmed = d.pop("confirmed", UNSET)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = _types.parse_datetime(_create_date)

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = _types.parse_datetime(_datetime_)

        def _parse_documents_item(documents_item_data: Any) -> Any:
            documents_item = _types.parse_model(UpdateAppointmentDataDocumentsItem, documents_item_data)

            return documents_item

        _documents = d.pop("documents", UNSET)
        documents: list[UpdateAppointmentDataDocumentsItem] | Unset = UNSET
        if _documents is not UNSET:
            documents = _types.parse_list(_documents, _parse_documents_item)

        email_now = d.pop("email_now", UNSET)

        from_url = d.pop("from_url", UNSET)

        id = d.pop("id", UNSET)

        master_request = d.pop("master_request", UNSET)

        notified = d.pop("notified", UNSET)

        review_requested = d.pop("review_requested", UNSET)

        seance_length = d.pop("seance_length", UNSET)

        def _parse_services_item(services_item_data: Any) -> Any:
            services_item = _types.parse_model(UpdateAppointmentDataServicesItem, services_item_data)

            return services_item

        _services = d.pop("services", UNSET)
        services: list[UpdateAppointmentDataServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = _types.parse_list(_services, _parse_services_item)

        sms_before = d.pop("sms_before", UNSET)

        sms_now = d.pop("sms_now", UNSET)

        sms_now_text = d.pop("sms_now_text", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: UpdateAppointmentDataStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = _types.parse_model(UpdateAppointmentDataStaff, _staff)

        update_appointment_data = cls(
            activity_id=activity_id,
            api_id=api_id,
            client=client,
            clients_count=clients_count,
            comment=comment,
            confirmed=confirmed,
            create_date=create_date,
            datetime_=datetime_,
            documents=documents,
            email_now=email_now,
            from_url=from_url,
            id=id,
            master_request=master_request,
            notified=notified,
            review_requested=review_requested,
            seance_length=seance_length,
            services=services,
            sms_before=sms_before,
            sms_now=sms_now,
            sms_now_text=sms_now_text,
            staff=staff,
        )

        update_appointment_data.additional_properties = d
        return update_appointment_data

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
