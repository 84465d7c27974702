from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salary_scheme_salary_scheme import SalarySchemeSalaryScheme

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, SalarySchemeSalaryScheme
    from ..models.salary_scheme_salary_scheme import SalarySchemeSalaryScheme  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="SalaryScheme")


@_attrs_define
class SalaryScheme:
    """
    Attributes:
        date_end (datetime.date | Unset): Start date the salary scheme is applicable. Null, if salary scheme is
            unlimited. Example: 2026-09-21.
        date_start (datetime.date | Unset): Start date the salary scheme is applicable. Example: 2026-09-21.
        salary_scheme (SalarySchemeSalaryScheme | Unset): Salary scheme.
        staff_id (int | Unset): ID of a team member.
    """

    date_end: datetime.date | Unset = UNSET
    date_start: datetime.date | Unset = UNSET
    salary_scheme: SalarySchemeSalaryScheme | Unset = UNSET
    staff_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"date_end": "date_end", "date_start": "date_start", "salary_scheme": "salary_scheme", "staff_id": "staff_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        date_end: str | Unset = UNSET
        if not isinstance(self.date_end, Unset):
            date_end = _types.date_json(self.date_end)

        date_start: str | Unset = UNSET
        if not isinstance(self.date_start, Unset):
            date_start = _types.date_json(self.date_start)

        salary_scheme: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_scheme, Unset):
            salary_scheme = _types.to_json(self.salary_scheme)

        staff_id = self.staff_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_end is not UNSET:
            field_dict["date_end"] = date_end
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if salary_scheme is not UNSET:
            field_dict["salary_scheme"] = salary_scheme
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _date_end = d.pop("date_end", UNSET)
        date_end: datetime.date | Unset
        if isinstance(_date_end, Unset):
            date_end = UNSET
        else:
            date_end = _types.parse_date(_date_end)

        _date_start = d.pop("date_start", UNSET)
        date_start: datetime.date | Unset
        if isinstance(_date_start, Unset):
            date_start = UNSET
        else:
            date_start = _types.parse_date(_date_start)

        _salary_scheme = d.pop("salary_scheme", UNSET)
        salary_scheme: SalarySchemeSalaryScheme | Unset
        if isinstance(_salary_scheme, Unset):
            salary_scheme = UNSET
        else:
            salary_scheme = _types.parse_model(SalarySchemeSalaryScheme, _salary_scheme)

        staff_id = d.pop("staff_id", UNSET)

        _instance = cls(
            date_end,
            date_start,
            salary_scheme,
            staff_id,
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
