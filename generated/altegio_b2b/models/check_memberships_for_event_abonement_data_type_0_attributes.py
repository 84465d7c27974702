from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckMembershipsForEventAbonementDataType0Attributes")


@_attrs_define
class CheckMembershipsForEventAbonementDataType0Attributes:
    """
    Attributes:
        available_visits (int | Unset): Number of visits available in membership
        bookable_day_ids (list[Any] | Unset): Schedule day IDs that can be booked
        can_book_all_days (bool | Unset): Whether membership can cover all requested schedule days
        last_booking_date (str | Unset): Last possible appointment date (based on membership expiration)
    """

    available_visits: int | Unset = UNSET
    bookable_day_ids: list[Any] | Unset = UNSET
    can_book_all_days: bool | Unset = UNSET
    last_booking_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"available_visits": "available_visits", "bookable_day_ids": "bookable_day_ids", "can_book_all_days": "can_book_all_days", "last_booking_date": "last_booking_date"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        available_visits = self.available_visits

        bookable_day_ids: list[Any] | Unset = UNSET
        if not isinstance(self.bookable_day_ids, Unset):
            bookable_day_ids = self.bookable_day_ids

        can_book_all_days = self.can_book_all_days

        last_booking_date = self.last_booking_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_visits is not UNSET:
            field_dict["available_visits"] = available_visits
        if bookable_day_ids is not UNSET:
            field_dict["bookable_day_ids"] = bookable_day_ids
        if can_book_all_days is not UNSET:
            field_dict["can_book_all_days"] = can_book_all_days
        if last_booking_date is not UNSET:
            field_dict["last_booking_date"] = last_booking_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available_visits = d.pop("available_visits", UNSET)

        _bookable_day_ids = d.pop("bookable_day_ids", UNSET)
        bookable_day_ids: list[Any] | Unset = UNSET
        if _bookable_day_ids is not UNSET:
            bookable_day_ids = _types.parse_plain_list(_bookable_day_ids)

        can_book_all_days = d.pop("can_book_all_days", UNSET)

        last_booking_date = d.pop("last_booking_date", UNSET)

        _instance = cls(
            available_visits,
            bookable_day_ids,
            can_book_all_days,
            last_booking_date,
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
