from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.search_client_visits_body_attendance_type_0 import SearchClientVisitsBodyAttendanceType0
from ..models.search_client_visits_body_payment_statuses_item import SearchClientVisitsBodyPaymentStatusesItem

T = TypeVar("T", bound="SearchClientVisitsBody")


@_attrs_define
class SearchClientVisitsBody:
    """
    Attributes:
        attendance (None | SearchClientVisitsBodyAttendanceType0): Visit status: `-1`: - the client did not come; `0`: -
            waiting for the client; `1`: - the client has arrived; `2`: - the client has confirmed the appointment.
        client_id (int | None): Client ID.
        client_phone (None | str): Customer phone number.
        from_ (datetime.date | None): Period start date. Example: 2026-09-21.
        payment_statuses (list[SearchClientVisitsBodyPaymentStatusesItem]): Visit payment status: `not_paid` - the visit
            is not paid, no payments were made for the visit; `paid_not_full` - the visit is partially paid; `paid_full` -
            the visit is paid in full, there is no over…
        to (datetime.date | None): Period end date. Example: 2026-09-21.
    """

    attendance: None | SearchClientVisitsBodyAttendanceType0
    client_id: int | None
    client_phone: None | str
    from_: datetime.date | None
    payment_statuses: list[SearchClientVisitsBodyPaymentStatusesItem]
    to: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"attendance": "attendance", "client_id": "client_id", "client_phone": "client_phone", "from_": "from", "payment_statuses": "payment_statuses", "to": "to"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        attendance: int | None
        if isinstance(self.attendance, SearchClientVisitsBodyAttendanceType0):
            attendance = _types.to_json(self.attendance)
        else:
            attendance = self.attendance

        client_id: int | None
        client_id = self.client_id

        client_phone: None | str
        client_phone = self.client_phone

        from_: None | str
        if isinstance(self.from_, datetime.date):
            from_ = _types.date_json(self.from_)
        else:
            from_ = self.from_

        payment_statuses = _types.to_json(self.payment_statuses)

        to: None | str
        if isinstance(self.to, datetime.date):
            to = _types.date_json(self.to)
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attendance": attendance,
                "client_id": client_id,
                "client_phone": client_phone,
                "from": from_,
                "payment_statuses": payment_statuses,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_attendance(data: object) -> None | SearchClientVisitsBodyAttendanceType0:
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                attendance_type_0 = _types.parse_enum(SearchClientVisitsBodyAttendanceType0, data)

                if attendance_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return attendance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(None | SearchClientVisitsBodyAttendanceType0, data)

        attendance = _parse_attendance(d.pop("attendance"))

        client_id: int | None = d.pop("client_id")

        client_phone: None | str = d.pop("client_phone")

        def _parse_from_(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_0 = _types.parse_date(data)

                if from_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(datetime.date | None, data)

        from_ = _parse_from_(d.pop("from"))

        def _parse_payment_statuses_item(payment_statuses_item_data: Any) -> Any:
            payment_statuses_item = _types.parse_enum(
                SearchClientVisitsBodyPaymentStatusesItem, payment_statuses_item_data
            )

            return payment_statuses_item

        payment_statuses = _types.parse_list(d.pop("payment_statuses"), _parse_payment_statuses_item)

        def _parse_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_type_0 = _types.parse_date(data)

                if to_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(datetime.date | None, data)

        to = _parse_to(d.pop("to"))

        _instance = cls(
            attendance,
            client_id,
            client_phone,
            from_,
            payment_statuses,
            to,
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
