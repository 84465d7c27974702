from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_client_visits_data_records_item_comer import SearchClientVisitsDataRecordsItemComer
    from ..models.search_client_visits_data_records_item_company import SearchClientVisitsDataRecordsItemCompany
    from ..models.search_client_visits_data_records_item_staff import SearchClientVisitsDataRecordsItemStaff
    from ..models.search_client_visits_data_records_item_tips import SearchClientVisitsDataRecordsItemTips


T = TypeVar("T", bound="SearchClientVisitsDataRecordsItem")


@_attrs_define
class SearchClientVisitsDataRecordsItem:
    """Client appointment data.

    Attributes:
        attendance (float | Unset): Appointment status in visit
        comer (SearchClientVisitsDataRecordsItemComer | Unset): Visitor data. If the visitor is not specified, then the
            field is not displayed.
        comment (str | Unset): A comment.
        company (SearchClientVisitsDataRecordsItemCompany | Unset): Minimum information about the store where the item
            was sold.
        date (str | Unset): Date of appointment.
        id (int | Unset): Appointment ID.
        services (list[Any] | Unset): Services in appointment.
        staff (SearchClientVisitsDataRecordsItemStaff | Unset): team member who provided the service.
        tips (SearchClientVisitsDataRecordsItemTips | Unset): Tipping data. Different models are used depending on
            whether the current user is the team member in the appointment.
        visit_id (int | Unset): Visit ID.
    """

    attendance: float | Unset = UNSET
    comer: SearchClientVisitsDataRecordsItemComer | Unset = UNSET
    comment: str | Unset = UNSET
    company: SearchClientVisitsDataRecordsItemCompany | Unset = UNSET
    date: str | Unset = UNSET
    id: int | Unset = UNSET
    services: list[Any] | Unset = UNSET
    staff: SearchClientVisitsDataRecordsItemStaff | Unset = UNSET
    tips: SearchClientVisitsDataRecordsItemTips | Unset = UNSET
    visit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.search_client_visits_data_records_item_comer import SearchClientVisitsDataRecordsItemComer  # noqa: PLC0415
        from ..models.search_client_visits_data_records_item_company import SearchClientVisitsDataRecordsItemCompany  # noqa: PLC0415
        from ..models.search_client_visits_data_records_item_staff import SearchClientVisitsDataRecordsItemStaff  # noqa: PLC0415
        from ..models.search_client_visits_data_records_item_tips import SearchClientVisitsDataRecordsItemTips  # noqa: PLC0415

        d = dict(src_dict)
        attendance = d.pop("attendance", UNSET)

        _comer = d.pop("comer", UNSET)
        comer: SearchClientVisitsDataRecordsItemComer | Unset
        if isinstance(_comer, Unset):
            comer = UNSET
        else:
            comer = _types.parse_model(SearchClientVisitsDataRecordsItemComer, _comer)

        comment = d.pop("comment", UNSET)

        _company = d.pop("company", UNSET)
        company: SearchClientVisitsDataRecordsItemCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = _types.parse_model(SearchClientVisitsDataRecordsItemCompany, _company)

        date = d.pop("date", UNSET)

        id = d.pop("id", UNSET)

        _services = d.pop("services", UNSET)
        services: list[Any] | Unset = UNSET
        if _services is not UNSET:
            services = _types.parse_list(_services, lambda item: item)

        _staff = d.pop("staff", UNSET)
        staff: SearchClientVisitsDataRecordsItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = _types.parse_model(SearchClientVisitsDataRecordsItemStaff, _staff)

        _tips = d.pop("tips", UNSET)
        tips: SearchClientVisitsDataRecordsItemTips | Unset
        if isinstance(_tips, Unset):
            tips = UNSET
        else:
            tips = _types.parse_model(SearchClientVisitsDataRecordsItemTips, _tips)

        visit_id = d.pop("visit_id", UNSET)

        search_client_visits_data_records_item = cls(
            attendance=attendance,
            comer=comer,
            comment=comment,
            company=company,
            date=date,
            id=id,
            services=services,
            staff=staff,
            tips=tips,
            visit_id=visit_id,
        )

        search_client_visits_data_records_item.additional_properties = d
        return search_client_visits_data_records_item

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
