from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.visit_records_item_client import VisitRecordsItemClient
    from ..models.visit_records_item_staff import VisitRecordsItemStaff

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, VisitRecordsItemClient, VisitRecordsItemStaff
    from ..models.visit_records_item_client import VisitRecordsItemClient  # noqa: PLC0415
    from ..models.visit_records_item_staff import VisitRecordsItemStaff  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="VisitRecordsItem")


@_attrs_define
class VisitRecordsItem:
    """
    Attributes:
        activity_id (int | Unset): Group event ID
        api_id (str | Unset): External appointment ID
        attendance (float | Unset): Status of the appointment in the visit
        client (VisitRecordsItemClient | Unset): Client Information
        comment (str | Unset): Commentary on the visit
        company_id (int | Unset): location ID
        confirmed (float | Unset): Is the appointment verified?
        create_date (str | Unset): Date the visit was created
        date (str | Unset): Date of visit
        datetime_ (str | Unset): Date of visit in ISO format
        documents (list[Any] | Unset):
        email_now (float | Unset): Has an email notification been sent?
        events (list[Any] | Unset):
        from_url (str | Unset): From which page the transition was made to complete the appointment (website, VK
            application, etc.)
        goods_transactions (list[Any] | Unset): Array of commodity transactions
        id (int | Unset): Appointment ID
        length (float | Unset): Appointment duration in seconds. Alias of seance_length. Includes
            technical_break_duration.
        master_request (float | Unset): Indicates whether a specific team member was selected for the appointment. Set
            to false if the "any team member" option was chosen
        notified (float | Unset): Flag for confirmation of the appointment by the location administrator, if the client
            asked to confirm the appointment
        online (bool | Unset): (Read only) Whether the appointment is online or not (false if the appointment was made
            by an administrator)
        review_requested (float | Unset): Flag for requesting visit feedback from the client
        seance_length (float | Unset): Appointment duration in seconds. Includes technical_break_duration. Equal to the
            sum of services plus the technical break.
        services (list[Any] | Unset): Services Array
        sms_before (float | Unset): Whether to send an SMS reminder to the client (if the client is specified)
        sms_now (float | Unset): Did you send SMS when adding an appointment
        sms_now_text (str | Unset): SMS text
        staff (VisitRecordsItemStaff | Unset): team member Information
        staff_id (int | Unset): team member ID
        visit_attendance (float | Unset): Visit status
    """

    activity_id: int | Unset = UNSET
    api_id: str | Unset = UNSET
    attendance: float | Unset = UNSET
    client: VisitRecordsItemClient | Unset = UNSET
    comment: str | Unset = UNSET
    company_id: int | Unset = UNSET
    confirmed: float | Unset = UNSET
    create_date: str | Unset = UNSET
    date: str | Unset = UNSET
    datetime_: str | Unset = UNSET
    documents: list[Any] | Unset = UNSET
    email_now: float | Unset = UNSET
    events: list[Any] | Unset = UNSET
    from_url: str | Unset = UNSET
    goods_transactions: list[Any] | Unset = UNSET
    id: int | Unset = UNSET
    length: float | Unset = UNSET
    master_request: float | Unset = UNSET
    notified: float | Unset = UNSET
    online: bool | Unset = UNSET
    review_requested: float | Unset = UNSET
    seance_length: float | Unset = UNSET
    services: list[Any] | Unset = UNSET
    sms_before: float | Unset = UNSET
    sms_now: float | Unset = UNSET
    sms_now_text: str | Unset = UNSET
    staff: VisitRecordsItemStaff | Unset = UNSET
    staff_id: int | Unset = UNSET
    visit_attendance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"activity_id": "activity_id", "api_id": "api_id", "attendance": "attendance", "client": "client", "comment": "comment", "company_id": "company_id", "confirmed": "confirmed", "create_date": "create_date", "date": "date", "datetime_": "datetime", "documents": "documents", "email_now": "email_now", "events": "events", "from_url": "from_url", "goods_transactions": "goods_transactions", "id": "id", "length": "length", "master_request": "master_request", "notified": "notified", "online": "online", "review_requested": "review_requested", "seance_length": "seance_length", "services": "services", "sms_before": "sms_before", "sms_now": "sms_now", "sms_now_text": "sms_now_text", "staff": "staff", "staff_id": "staff_id", "visit_attendance": "visit_attendance"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        activity_id = self.activity_id

        api_id = self.api_id

        attendance = self.attendance

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = _types.to_json(self.client)

        comment = self.comment

        company_id = self.company_id

        confirmed = self.confirmed

        create_date = self.create_date

        date = self.date

        datetime_ = self.datetime_

        documents: list[Any] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = self.documents

        email_now = self.email_now

        events: list[Any] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        from_url = self.from_url

        goods_transactions: list[Any] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = self.goods_transactions

        id = self.id

        length = self.length

        master_request = self.master_request

        notified = self.notified

        online = self.online

        review_requested = self.review_requested

        seance_length = self.seance_length

        services: list[Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services

        sms_before = self.sms_before

        sms_now = self.sms_now

        sms_now_text = self.sms_now_text

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = _types.to_json(self.staff)

        staff_id = self.staff_id

        visit_attendance = self.visit_attendance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if client is not UNSET:
            field_dict["client"] = client
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if date is not UNSET:
            field_dict["date"] = date
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if documents is not UNSET:
            field_dict["documents"] = documents
        if email_now is not UNSET:
            field_dict["email_now"] = email_now
        if events is not UNSET:
            field_dict["events"] = events
        if from_url is not UNSET:
            field_dict["from_url"] = from_url
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if id is not UNSET:
            field_dict["id"] = id
        if length is not UNSET:
            field_dict["length"] = length
        if master_request is not UNSET:
            field_dict["master_request"] = master_request
        if notified is not UNSET:
            field_dict["notified"] = notified
        if online is not UNSET:
            field_dict["online"] = online
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
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if visit_attendance is not UNSET:
            field_dict["visit_attendance"] = visit_attendance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        activity_id = d.pop("activity_id", UNSET)

        api_id = d.pop("api_id", UNSET)

        attendance = d.pop("attendance", UNSET)

        _client = d.pop("client", UNSET)
        client: VisitRecordsItemClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = _types.parse_model(VisitRecordsItemClient, _client)

        comment = d.pop("comment", UNSET)

        company_id = d.pop("company_id", UNSET)

        confirmed = d.pop("confirmed", UNSET)

        create_date = d.pop("create_date", UNSET)

        date = d.pop("date", UNSET)

        datetime_ = d.pop("datetime", UNSET)

        _documents = d.pop("documents", UNSET)
        documents: list[Any] | Unset = UNSET
        if _documents is not UNSET:
            documents = _types.parse_plain_list(_documents)

        email_now = d.pop("email_now", UNSET)

        _events = d.pop("events", UNSET)
        events: list[Any] | Unset = UNSET
        if _events is not UNSET:
            events = _types.parse_plain_list(_events)

        from_url = d.pop("from_url", UNSET)

        _goods_transactions = d.pop("goods_transactions", UNSET)
        goods_transactions: list[Any] | Unset = UNSET
        if _goods_transactions is not UNSET:
            goods_transactions = _types.parse_plain_list(_goods_transactions)

        id = d.pop("id", UNSET)

        length = d.pop("length", UNSET)

        master_request = d.pop("master_request", UNSET)

        notified = d.pop("notified", UNSET)

        online = d.pop("online", UNSET)

        review_requested = d.pop("review_requested", UNSET)

        seance_length = d.pop("seance_length", UNSET)

        _services = d.pop("services", UNSET)
        services: list[Any] | Unset = UNSET
        if _services is not UNSET:
            services = _types.parse_plain_list(_services)

        sms_before = d.pop("sms_before", UNSET)

        sms_now = d.pop("sms_now", UNSET)

        sms_now_text = d.pop("sms_now_text", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: VisitRecordsItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = _types.parse_model(VisitRecordsItemStaff, _staff)

        staff_id = d.pop("staff_id", UNSET)

        visit_attendance = d.pop("visit_attendance", UNSET)

        _instance = cls(
            activity_id,
            api_id,
            attendance,
            client,
            comment,
            company_id,
            confirmed,
            create_date,
            date,
            datetime_,
            documents,
            email_now,
            events,
            from_url,
            goods_transactions,
            id,
            length,
            master_request,
            notified,
            online,
            review_requested,
            seance_length,
            services,
            sms_before,
            sms_now,
            sms_now_text,
            staff,
            staff_id,
            visit_attendance,
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
