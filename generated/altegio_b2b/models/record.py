from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_client_type_0 import RecordClientType0
    from ..models.record_comer_person_info_type_0 import RecordComerPersonInfoType0
    from ..models.record_custom_fields_type_0 import RecordCustomFieldsType0
    from ..models.record_documents_item import RecordDocumentsItem
    from ..models.record_services_item import RecordServicesItem
    from ..models.record_staff import RecordStaff

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        RecordClientType0, \
        RecordComerPersonInfoType0, \
        RecordCustomFieldsType0, \
        RecordDocumentsItem, \
        RecordServicesItem, \
        RecordStaff
    from ..models.record_client_type_0 import RecordClientType0  # noqa: PLC0415
    from ..models.record_comer_person_info_type_0 import RecordComerPersonInfoType0  # noqa: PLC0415
    from ..models.record_custom_fields_type_0 import RecordCustomFieldsType0  # noqa: PLC0415
    from ..models.record_documents_item import RecordDocumentsItem  # noqa: PLC0415
    from ..models.record_services_item import RecordServicesItem  # noqa: PLC0415
    from ..models.record_staff import RecordStaff  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Record")


@_attrs_define
class Record:
    """Array of objects with data

    Attributes:
        acceptance_free (bool | None | Unset): Acceptance free flag
        activity_id (int | Unset): Group event ID
        api_id (str | Unset): External appointment ID
        attendance (float | Unset): Appointment status, 2 - User confirmed the appointment, 1 - The user has arrived,
            services have been rendered, 0 - the user is waiting, -1 - the user has not come to visit
        bookform_id (int | Unset): Online Appointment Form ID
        client (None | RecordClientType0 | Unset): Customer data (may be empty)
        clients_count (float | Unset): Number of clients in appointment
        comer (bool | None | Unset): Comer flag
        comment (str | Unset): Appointment Comment
        company_id (int | Unset): location ID
        confirmed (float | Unset): Appointment confirmation status, 0 - not confirmed, 1 - confirmed
        consumables (list[Any] | Unset): Consumable Array
        create_date (datetime.datetime | Unset): Session creation date Example: 2026-09-21T23:00:00+00:00.
        created_user_id (int | Unset): ID of the user who created the appointment
        custom_color (str | Unset): Log appointment color
        custom_fields (list[Any] | RecordCustomFieldsType0 | Unset): Custom fields (object or empty array)
        custom_font_color (str | Unset): (Only when reading) Write font color
        date (str | Unset): Session date
        datetime_ (datetime.datetime | Unset): Session date in ISO Example: 2026-09-21T23:00:00+00:00.
        deleted (bool | Unset): (Read only) Whether the appointment was deleted (true if deleted)
        documents (list[RecordDocumentsItem] | Unset): Array of documents
        email_now (float | Unset): Has an email notification been sent?
        email_remain_hours (float | None | Unset): How many hours before the start of the visit to send a reminder email
        finance_transactions (list[Any] | Unset): Array of financial transactions
        from_url (str | Unset): From which page the transition was made to complete the appointment (website, VK
            application, etc.)
        goods_transactions (list[Any] | Unset): Array of commodity transactions
        id (int | Unset): Appointment ID
        is_mobile (float | Unset): Type of device used to register (0 - appointment created by administrator, via web
            version or mobile app for administrators, 1 - Mobile browser, online appointment widget, 2 - Desktop browser,
            online…
        is_remind_sms_sent (bool | Unset): Has reminder SMS been sent
        is_sale_bill_printed (bool | Unset): Is the sales receipt printed?
        is_update_blocked (bool | Unset): Update blocked flag
        last_change_date (str | Unset): The date and time when the appointment was last modified
        length (float | Unset): Appointment duration in seconds. Alias of seance_length. Includes
            technical_break_duration.
        master_request (float | Unset): Indicates whether a specific team member was selected for the appointment. Set
            to false if the "any team member" option was chosen
        notified (float | Unset): Flag for confirmation of the appointment by the location administrator, if the client
            asked to confirm the appointment
        online (bool | Unset): (Read only) Whether the appointment is online or not (false if the appointment was made
            by an administrator)
        paid_full (float | Unset): Flag, whether the appointment is paid in full (1 - if paid in full)
        payment_status (float | str | Unset): Payment status
        prepaid (bool | Unset): Is online payment available
        prepaid_confirmed (bool | Unset): Online payment status
        record_from (str | Unset): Name of online registration form
        record_labels (list[Any] | Unset): Post categories
        resource_instance_ids (list[Any] | Unset): Resource instance IDs
        review_requested (float | Unset): Flag for requesting visit feedback from the client
        seance_length (float | Unset): Appointment duration in seconds. Includes technical_break_duration. Equal to the
            sum of services plus the technical break.
        services (list[RecordServicesItem] | Unset): Array of objects with services in the appointment
        short_link (str | Unset): Short link to appointment
        sms_before (float | Unset): Whether to send an SMS reminder to the client (if the client is specified)
        sms_now (float | Unset): Did you send SMS when adding an appointment
        sms_now_text (str | Unset): SMS text
        sms_remain_hours (float | None | Unset): How many hours before the start of the visit to send an SMS with a
            reminder
        staff (RecordStaff | Unset): team member data object
        staff_id (int | Unset): team member ID
        technical_break_duration (float | Unset): Technical break duration in seconds
        visit_attendance (float | Unset): Visit status, 2 - The user confirmed the appointment, 1 - The user came, the
            services were provided, 0 - the user is waiting, -1 - the user did not come to the visit
        visit_id (int | Unset): Visit ID
        comer_person_info (None | RecordComerPersonInfoType0 | Unset): Comer person information
    """

    acceptance_free: bool | None | Unset = UNSET
    activity_id: int | Unset = UNSET
    api_id: str | Unset = UNSET
    attendance: float | Unset = UNSET
    bookform_id: int | Unset = UNSET
    client: None | RecordClientType0 | Unset = UNSET
    clients_count: float | Unset = UNSET
    comer: bool | None | Unset = UNSET
    comment: str | Unset = UNSET
    company_id: int | Unset = UNSET
    confirmed: float | Unset = UNSET
    consumables: list[Any] | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    created_user_id: int | Unset = UNSET
    custom_color: str | Unset = UNSET
    custom_fields: list[Any] | RecordCustomFieldsType0 | Unset = UNSET
    custom_font_color: str | Unset = UNSET
    date: str | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    deleted: bool | Unset = UNSET
    documents: list[RecordDocumentsItem] | Unset = UNSET
    email_now: float | Unset = UNSET
    email_remain_hours: float | None | Unset = UNSET
    finance_transactions: list[Any] | Unset = UNSET
    from_url: str | Unset = UNSET
    goods_transactions: list[Any] | Unset = UNSET
    id: int | Unset = UNSET
    is_mobile: float | Unset = UNSET
    is_remind_sms_sent: bool | Unset = UNSET
    is_sale_bill_printed: bool | Unset = UNSET
    is_update_blocked: bool | Unset = UNSET
    last_change_date: str | Unset = UNSET
    length: float | Unset = UNSET
    master_request: float | Unset = UNSET
    notified: float | Unset = UNSET
    online: bool | Unset = UNSET
    paid_full: float | Unset = UNSET
    payment_status: float | str | Unset = UNSET
    prepaid: bool | Unset = UNSET
    prepaid_confirmed: bool | Unset = UNSET
    record_from: str | Unset = UNSET
    record_labels: list[Any] | Unset = UNSET
    resource_instance_ids: list[Any] | Unset = UNSET
    review_requested: float | Unset = UNSET
    seance_length: float | Unset = UNSET
    services: list[RecordServicesItem] | Unset = UNSET
    short_link: str | Unset = UNSET
    sms_before: float | Unset = UNSET
    sms_now: float | Unset = UNSET
    sms_now_text: str | Unset = UNSET
    sms_remain_hours: float | None | Unset = UNSET
    staff: RecordStaff | Unset = UNSET
    staff_id: int | Unset = UNSET
    technical_break_duration: float | Unset = UNSET
    visit_attendance: float | Unset = UNSET
    visit_id: int | Unset = UNSET
    comer_person_info: None | RecordComerPersonInfoType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"acceptance_free": "acceptance_free", "activity_id": "activity_id", "api_id": "api_id", "attendance": "attendance", "bookform_id": "bookform_id", "client": "client", "clients_count": "clients_count", "comer": "comer", "comment": "comment", "company_id": "company_id", "confirmed": "confirmed", "consumables": "consumables", "create_date": "create_date", "created_user_id": "created_user_id", "custom_color": "custom_color", "custom_fields": "custom_fields", "custom_font_color": "custom_font_color", "date": "date", "datetime_": "datetime", "deleted": "deleted", "documents": "documents", "email_now": "email_now", "email_remain_hours": "email_remain_hours", "finance_transactions": "finance_transactions", "from_url": "from_url", "goods_transactions": "goods_transactions", "id": "id", "is_mobile": "is_mobile", "is_remind_sms_sent": "is_remind_sms_sent", "is_sale_bill_printed": "is_sale_bill_printed", "is_update_blocked": "is_update_blocked", "last_change_date": "last_change_date", "length": "length", "master_request": "master_request", "notified": "notified", "online": "online", "paid_full": "paid_full", "payment_status": "payment_status", "prepaid": "prepaid", "prepaid_confirmed": "prepaid_confirmed", "record_from": "record_from", "record_labels": "record_labels", "resource_instance_ids": "resource_instance_ids", "review_requested": "review_requested", "seance_length": "seance_length", "services": "services", "short_link": "short_link", "sms_before": "sms_before", "sms_now": "sms_now", "sms_now_text": "sms_now_text", "sms_remain_hours": "sms_remain_hours", "staff": "staff", "staff_id": "staff_id", "technical_break_duration": "technical_break_duration", "visit_attendance": "visit_attendance", "visit_id": "visit_id", "comer_person_info": "comer_person_info"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        acceptance_free: bool | None | Unset
        if isinstance(self.acceptance_free, Unset):
            acceptance_free = UNSET
        else:
            acceptance_free = self.acceptance_free

        activity_id = self.activity_id

        api_id = self.api_id

        attendance = self.attendance

        bookform_id = self.bookform_id

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, RecordClientType0):
            client = _types.to_json(self.client)
        else:
            client = self.client

        clients_count = self.clients_count

        comer: bool | None | Unset
        if isinstance(self.comer, Unset):
            comer = UNSET
        else:
            comer = self.comer

        comment = self.comment

        company_id = self.company_id

        confirmed = self.confirmed

        consumables: list[Any] | Unset = UNSET
        if not isinstance(self.consumables, Unset):
            consumables = self.consumables

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = _types.datetime_json(self.create_date, "iso")

        created_user_id = self.created_user_id

        custom_color = self.custom_color

        custom_fields: dict[str, Any] | list[Any] | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, RecordCustomFieldsType0):
            custom_fields = _types.to_json(self.custom_fields)
        else:
            custom_fields = self.custom_fields

        custom_font_color = self.custom_font_color

        date = self.date

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = _types.datetime_json(self.datetime_, "iso")

        deleted = self.deleted

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = _types.to_json(self.documents)

        email_now = self.email_now

        email_remain_hours: float | None | Unset
        if isinstance(self.email_remain_hours, Unset):
            email_remain_hours = UNSET
        else:
            email_remain_hours = self.email_remain_hours

        finance_transactions: list[Any] | Unset = UNSET
        if not isinstance(self.finance_transactions, Unset):
            finance_transactions = self.finance_transactions

        from_url = self.from_url

        goods_transactions: list[Any] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = self.goods_transactions

        id: int | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        is_mobile = self.is_mobile

        is_remind_sms_sent = self.is_remind_sms_sent

        is_sale_bill_printed = self.is_sale_bill_printed

        is_update_blocked = self.is_update_blocked

        last_change_date = self.last_change_date

        length = self.length

        master_request = self.master_request

        notified = self.notified

        online = self.online

        paid_full = self.paid_full

        payment_status: float | str | Unset
        if isinstance(self.payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = self.payment_status

        prepaid = self.prepaid

        prepaid_confirmed = self.prepaid_confirmed

        record_from = self.record_from

        record_labels: list[Any] | Unset = UNSET
        if not isinstance(self.record_labels, Unset):
            record_labels = self.record_labels

        resource_instance_ids: list[Any] | Unset = UNSET
        if not isinstance(self.resource_instance_ids, Unset):
            resource_instance_ids = self.resource_instance_ids

        review_requested = self.review_requested

        seance_length = self.seance_length

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = _types.to_json(self.services)

        short_link = self.short_link

        sms_before = self.sms_before

        sms_now = self.sms_now

        sms_now_text = self.sms_now_text

        sms_remain_hours: float | None | Unset
        if isinstance(self.sms_remain_hours, Unset):
            sms_remain_hours = UNSET
        else:
            sms_remain_hours = self.sms_remain_hours

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = _types.to_json(self.staff)

        staff_id = self.staff_id

        technical_break_duration = self.technical_break_duration

        visit_attendance = self.visit_attendance

        visit_id = self.visit_id

        comer_person_info: dict[str, Any] | None | Unset
        if isinstance(self.comer_person_info, Unset):
            comer_person_info = UNSET
        elif isinstance(self.comer_person_info, RecordComerPersonInfoType0):
            comer_person_info = _types.to_json(self.comer_person_info)
        else:
            comer_person_info = self.comer_person_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acceptance_free is not UNSET:
            field_dict["acceptance_free"] = acceptance_free
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if bookform_id is not UNSET:
            field_dict["bookform_id"] = bookform_id
        if client is not UNSET:
            field_dict["client"] = client
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count
        if comer is not UNSET:
            field_dict["comer"] = comer
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if consumables is not UNSET:
            field_dict["consumables"] = consumables
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if created_user_id is not UNSET:
            field_dict["created_user_id"] = created_user_id
        if custom_color is not UNSET:
            field_dict["custom_color"] = custom_color
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if custom_font_color is not UNSET:
            field_dict["custom_font_color"] = custom_font_color
        if date is not UNSET:
            field_dict["date"] = date
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if documents is not UNSET:
            field_dict["documents"] = documents
        if email_now is not UNSET:
            field_dict["email_now"] = email_now
        if email_remain_hours is not UNSET:
            field_dict["email_remain_hours"] = email_remain_hours
        if finance_transactions is not UNSET:
            field_dict["finance_transactions"] = finance_transactions
        if from_url is not UNSET:
            field_dict["from_url"] = from_url
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if id is not UNSET:
            field_dict["id"] = id
        if is_mobile is not UNSET:
            field_dict["is_mobile"] = is_mobile
        if is_remind_sms_sent is not UNSET:
            field_dict["is_remind_sms_sent"] = is_remind_sms_sent
        if is_sale_bill_printed is not UNSET:
            field_dict["is_sale_bill_printed"] = is_sale_bill_printed
        if is_update_blocked is not UNSET:
            field_dict["is_update_blocked"] = is_update_blocked
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if length is not UNSET:
            field_dict["length"] = length
        if master_request is not UNSET:
            field_dict["master_request"] = master_request
        if notified is not UNSET:
            field_dict["notified"] = notified
        if online is not UNSET:
            field_dict["online"] = online
        if paid_full is not UNSET:
            field_dict["paid_full"] = paid_full
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if prepaid_confirmed is not UNSET:
            field_dict["prepaid_confirmed"] = prepaid_confirmed
        if record_from is not UNSET:
            field_dict["record_from"] = record_from
        if record_labels is not UNSET:
            field_dict["record_labels"] = record_labels
        if resource_instance_ids is not UNSET:
            field_dict["resource_instance_ids"] = resource_instance_ids
        if review_requested is not UNSET:
            field_dict["review_requested"] = review_requested
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if services is not UNSET:
            field_dict["services"] = services
        if short_link is not UNSET:
            field_dict["short_link"] = short_link
        if sms_before is not UNSET:
            field_dict["sms_before"] = sms_before
        if sms_now is not UNSET:
            field_dict["sms_now"] = sms_now
        if sms_now_text is not UNSET:
            field_dict["sms_now_text"] = sms_now_text
        if sms_remain_hours is not UNSET:
            field_dict["sms_remain_hours"] = sms_remain_hours
        if staff is not UNSET:
            field_dict["staff"] = staff
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration
        if visit_attendance is not UNSET:
            field_dict["visit_attendance"] = visit_attendance
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if comer_person_info is not UNSET:
            field_dict["comer_person_info"] = comer_person_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        acceptance_free: bool | None | Unset = d.pop("acceptance_free", UNSET)

        activity_id = d.pop("activity_id", UNSET)

        api_id = d.pop("api_id", UNSET)

        attendance = d.pop("attendance", UNSET)

        bookform_id = d.pop("bookform_id", UNSET)

        def _parse_client(data: object) -> None | RecordClientType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_type_0 = _types.parse_model(RecordClientType0, data)

                if client_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(None | RecordClientType0 | Unset, data)

        client = _parse_client(d.pop("client", UNSET))

        clients_count = d.pop("clients_count", UNSET)

        comer: bool | None | Unset = d.pop("comer", UNSET)

        comment = d.pop("comment", UNSET)

        company_id = d.pop("company_id", UNSET)

        confirmed = d.pop("confirmed", UNSET)

        _consumables = d.pop("consumables", UNSET)
        consumables: list[Any] | Unset = UNSET
        if _consumables is not UNSET:
            consumables = _types.parse_plain_list(_consumables)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = _types.parse_datetime(_create_date)

        created_user_id = d.pop("created_user_id", UNSET)

        custom_color = d.pop("custom_color", UNSET)

        def _parse_custom_fields(data: object) -> list[Any] | RecordCustomFieldsType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = _types.parse_model(RecordCustomFieldsType0, data)

                if custom_fields_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (isinstance(data, list) or data == {}):
                    raise TypeError()
                custom_fields_type_1 = _types.parse_plain_list(data)

                if custom_fields_type_1 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return custom_fields_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(list[Any] | RecordCustomFieldsType0 | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        custom_font_color = d.pop("custom_font_color", UNSET)

        date = d.pop("date", UNSET)

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = _types.parse_datetime(_datetime_)

        deleted = d.pop("deleted", UNSET)

        _documents = d.pop("documents", UNSET)
        documents: list[RecordDocumentsItem] | Unset = UNSET
        if _documents is not UNSET:
            documents = _types.parse_model_list(RecordDocumentsItem, _documents)

        email_now = d.pop("email_now", UNSET)

        email_remain_hours: float | None | Unset = d.pop("email_remain_hours", UNSET)

        _finance_transactions = d.pop("finance_transactions", UNSET)
        finance_transactions: list[Any] | Unset = UNSET
        if _finance_transactions is not UNSET:
            finance_transactions = _types.parse_plain_list(_finance_transactions)

        from_url = d.pop("from_url", UNSET)

        _goods_transactions = d.pop("goods_transactions", UNSET)
        goods_transactions: list[Any] | Unset = UNSET
        if _goods_transactions is not UNSET:
            goods_transactions = _types.parse_plain_list(_goods_transactions)

        id: int | Unset = d.pop("id", UNSET)

        is_mobile = d.pop("is_mobile", UNSET)

        is_remind_sms_sent = d.pop("is_remind_sms_sent", UNSET)

        is_sale_bill_printed = d.pop("is_sale_bill_printed", UNSET)

        is_update_blocked = d.pop("is_update_blocked", UNSET)

        last_change_date = d.pop("last_change_date", UNSET)

        length = d.pop("length", UNSET)

        master_request = d.pop("master_request", UNSET)

        notified = d.pop("notified", UNSET)

        online = d.pop("online", UNSET)

        paid_full = d.pop("paid_full", UNSET)

        payment_status: float | str | Unset = d.pop("payment_status", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        prepaid_confirmed = d.pop("prepaid_confirmed", UNSET)

        record_from = d.pop("record_from", UNSET)

        _record_labels = d.pop("record_labels", UNSET)
        record_labels: list[Any] | Unset = UNSET
        if _record_labels is not UNSET:
            record_labels = _types.parse_plain_list(_record_labels)

        _resource_instance_ids = d.pop("resource_instance_ids", UNSET)
        resource_instance_ids: list[Any] | Unset = UNSET
        if _resource_instance_ids is not UNSET:
            resource_instance_ids = _types.parse_plain_list(_resource_instance_ids)

        review_requested = d.pop("review_requested", UNSET)

        seance_length = d.pop("seance_length", UNSET)

        _services = d.pop("services", UNSET)
        services: list[RecordServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = _types.parse_model_list(RecordServicesItem, _services)

        short_link = d.pop("short_link", UNSET)

        sms_before = d.pop("sms_before", UNSET)

        sms_now = d.pop("sms_now", UNSET)

        sms_now_text = d.pop("sms_now_text", UNSET)

        sms_remain_hours: float | None | Unset = d.pop("sms_remain_hours", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: RecordStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = _types.parse_model(RecordStaff, _staff)

        staff_id = d.pop("staff_id", UNSET)

        technical_break_duration = d.pop("technical_break_duration", UNSET)

        visit_attendance = d.pop("visit_attendance", UNSET)

        visit_id = d.pop("visit_id", UNSET)

        def _parse_comer_person_info(data: object) -> None | RecordComerPersonInfoType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                comer_person_info_type_0 = _types.parse_model(RecordComerPersonInfoType0, data)

                if comer_person_info_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return comer_person_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(None | RecordComerPersonInfoType0 | Unset, data)

        comer_person_info = _parse_comer_person_info(d.pop("comer_person_info", UNSET))

        _instance = cls(
            acceptance_free,
            activity_id,
            api_id,
            attendance,
            bookform_id,
            client,
            clients_count,
            comer,
            comment,
            company_id,
            confirmed,
            consumables,
            create_date,
            created_user_id,
            custom_color,
            custom_fields,
            custom_font_color,
            date,
            datetime_,
            deleted,
            documents,
            email_now,
            email_remain_hours,
            finance_transactions,
            from_url,
            goods_transactions,
            id,
            is_mobile,
            is_remind_sms_sent,
            is_sale_bill_printed,
            is_update_blocked,
            last_change_date,
            length,
            master_request,
            notified,
            online,
            paid_full,
            payment_status,
            prepaid,
            prepaid_confirmed,
            record_from,
            record_labels,
            resource_instance_ids,
            review_requested,
            seance_length,
            services,
            short_link,
            sms_before,
            sms_now,
            sms_now_text,
            sms_remain_hours,
            staff,
            staff_id,
            technical_break_duration,
            visit_attendance,
            visit_id,
            comer_person_info,
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
