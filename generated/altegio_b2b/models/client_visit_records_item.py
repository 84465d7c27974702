from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_visit_records_item_comer import ClientVisitRecordsItemComer
    from ..models.client_visit_records_item_company import ClientVisitRecordsItemCompany
    from ..models.client_visit_records_item_staff import ClientVisitRecordsItemStaff
    from ..models.client_visit_records_item_tips import ClientVisitRecordsItemTips

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        ClientVisitRecordsItemComer, \
        ClientVisitRecordsItemCompany, \
        ClientVisitRecordsItemStaff, \
        ClientVisitRecordsItemTips
    from ..models.client_visit_records_item_comer import ClientVisitRecordsItemComer  # noqa: PLC0415
    from ..models.client_visit_records_item_company import ClientVisitRecordsItemCompany  # noqa: PLC0415
    from ..models.client_visit_records_item_staff import ClientVisitRecordsItemStaff  # noqa: PLC0415
    from ..models.client_visit_records_item_tips import ClientVisitRecordsItemTips  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="ClientVisitRecordsItem")


@_attrs_define
class ClientVisitRecordsItem:
    """Client appointment data.

    Attributes:
        attendance (float | Unset): Appointment status in visit
        comer (ClientVisitRecordsItemComer | Unset): Visitor data. If the visitor is not specified, then the field is
            not displayed.
        comment (str | Unset): A comment.
        company (ClientVisitRecordsItemCompany | Unset): Minimum information about the store where the item was sold.
        date (str | Unset): Date of appointment.
        id (int | Unset): Appointment ID.
        services (list[Any] | Unset): Services in appointment.
        staff (ClientVisitRecordsItemStaff | Unset): team member who provided the service.
        tips (ClientVisitRecordsItemTips | Unset): Tipping data. Different models are used depending on whether the
            current user is the team member in the appointment.
        visit_id (int | Unset): Visit ID.
    """

    attendance: float | Unset = UNSET
    comer: ClientVisitRecordsItemComer | Unset = UNSET
    comment: str | Unset = UNSET
    company: ClientVisitRecordsItemCompany | Unset = UNSET
    date: str | Unset = UNSET
    id: int | Unset = UNSET
    services: list[Any] | Unset = UNSET
    staff: ClientVisitRecordsItemStaff | Unset = UNSET
    tips: ClientVisitRecordsItemTips | Unset = UNSET
    visit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"attendance": "attendance", "comer": "comer", "comment": "comment", "company": "company", "date": "date", "id": "id", "services": "services", "staff": "staff", "tips": "tips", "visit_id": "visit_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        attendance = self.attendance

        comer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comer, Unset):
            comer = _types.to_json(self.comer)

        comment = self.comment

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = _types.to_json(self.company)

        date = self.date

        id = self.id

        services: list[Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = _types.to_json(self.staff)

        tips: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tips, Unset):
            tips = _types.to_json(self.tips)

        visit_id = self.visit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if comer is not UNSET:
            field_dict["comer"] = comer
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company is not UNSET:
            field_dict["company"] = company
        if date is not UNSET:
            field_dict["date"] = date
        if id is not UNSET:
            field_dict["id"] = id
        if services is not UNSET:
            field_dict["services"] = services
        if staff is not UNSET:
            field_dict["staff"] = staff
        if tips is not UNSET:
            field_dict["tips"] = tips
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        attendance = d.pop("attendance", UNSET)

        _comer = d.pop("comer", UNSET)
        comer: ClientVisitRecordsItemComer | Unset
        if isinstance(_comer, Unset):
            comer = UNSET
        else:
            comer = _types.parse_model(ClientVisitRecordsItemComer, _comer)

        comment = d.pop("comment", UNSET)

        _company = d.pop("company", UNSET)
        company: ClientVisitRecordsItemCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = _types.parse_model(ClientVisitRecordsItemCompany, _company)

        date = d.pop("date", UNSET)

        id = d.pop("id", UNSET)

        _services = d.pop("services", UNSET)
        services: list[Any] | Unset = UNSET
        if _services is not UNSET:
            services = _types.parse_plain_list(_services)

        _staff = d.pop("staff", UNSET)
        staff: ClientVisitRecordsItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = _types.parse_model(ClientVisitRecordsItemStaff, _staff)

        _tips = d.pop("tips", UNSET)
        tips: ClientVisitRecordsItemTips | Unset
        if isinstance(_tips, Unset):
            tips = UNSET
        else:
            tips = _types.parse_model(ClientVisitRecordsItemTips, _tips)

        visit_id = d.pop("visit_id", UNSET)

        _instance = cls(
            attendance,
            comer,
            comment,
            company,
            date,
            id,
            services,
            staff,
            tips,
            visit_id,
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
