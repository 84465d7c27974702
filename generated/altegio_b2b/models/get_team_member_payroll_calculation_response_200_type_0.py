from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.get_team_member_payroll_calculation_response_200_type_0_status import (
    GetTeamMemberPayrollCalculationResponse200Type0Status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_payroll_calculation_response_200_type_0_currency import (
        GetTeamMemberPayrollCalculationResponse200Type0Currency,
    )
    from ..models.get_team_member_payroll_calculation_response_200_type_0_salary_items_item import (
        GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItem,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        GetTeamMemberPayrollCalculationResponse200Type0Currency, \
        GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItem
    from ..models.get_team_member_payroll_calculation_response_200_type_0_currency import (
        GetTeamMemberPayrollCalculationResponse200Type0Currency,  # noqa: PLC0415
    )
    from ..models.get_team_member_payroll_calculation_response_200_type_0_salary_items_item import (
        GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItem,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="GetTeamMemberPayrollCalculationResponse200Type0")


@_attrs_define
class GetTeamMemberPayrollCalculationResponse200Type0:
    """
    Attributes:
        amount (float | Unset): Calculated salary amount.
        comment (str | Unset): Calculation comment.
        company_id (int | Unset): ID of a location.
        date_create (datetime.date | Unset): Date of calculation creation. Example: 2026-09-21.
        date_from (datetime.date | Unset): Date of calculation period start. Example: 2026-09-21.
        date_to (datetime.date | Unset): Date of calculation period end. Example: 2026-09-21.
        id (int | Unset): ID of calculation.
        staff_id (int | Unset): ID of a team member.
        status (GetTeamMemberPayrollCalculationResponse200Type0Status | Unset): Calculation status.
        currency (GetTeamMemberPayrollCalculationResponse200Type0Currency | Unset): Currency.
        salary_items (list[GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItem] | Unset): Salary calculation
            items.
    """

    amount: float | Unset = UNSET
    comment: str | Unset = UNSET
    company_id: int | Unset = UNSET
    date_create: datetime.date | Unset = UNSET
    date_from: datetime.date | Unset = UNSET
    date_to: datetime.date | Unset = UNSET
    id: int | Unset = UNSET
    staff_id: int | Unset = UNSET
    status: GetTeamMemberPayrollCalculationResponse200Type0Status | Unset = UNSET
    currency: GetTeamMemberPayrollCalculationResponse200Type0Currency | Unset = UNSET
    salary_items: list[GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"amount": "amount", "comment": "comment", "company_id": "company_id", "date_create": "date_create", "date_from": "date_from", "date_to": "date_to", "id": "id", "staff_id": "staff_id", "status": "status", "currency": "currency", "salary_items": "salary_items"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        amount = self.amount

        comment = self.comment

        company_id = self.company_id

        date_create: str | Unset = UNSET
        if not isinstance(self.date_create, Unset):
            date_create = _types.date_json(self.date_create)

        date_from: str | Unset = UNSET
        if not isinstance(self.date_from, Unset):
            date_from = _types.date_json(self.date_from)

        date_to: str | Unset = UNSET
        if not isinstance(self.date_to, Unset):
            date_to = _types.date_json(self.date_to)

        id = self.id

        staff_id = self.staff_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = _types.to_json(self.status)

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = _types.to_json(self.currency)

        salary_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.salary_items, Unset):
            salary_items = _types.to_json(self.salary_items)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if id is not UNSET:
            field_dict["id"] = id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if salary_items is not UNSET:
            field_dict["salary_items"] = salary_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        comment = d.pop("comment", UNSET)

        company_id = d.pop("company_id", UNSET)

        _date_create = d.pop("date_create", UNSET)
        date_create: datetime.date | Unset
        if isinstance(_date_create, Unset):
            date_create = UNSET
        else:
            date_create = _types.parse_date(_date_create)

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

        id = d.pop("id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        _status = d.pop("status", UNSET)
        status: GetTeamMemberPayrollCalculationResponse200Type0Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _types.parse_enum(GetTeamMemberPayrollCalculationResponse200Type0Status, _status)

        _currency = d.pop("currency", UNSET)
        currency: GetTeamMemberPayrollCalculationResponse200Type0Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = _types.parse_model(GetTeamMemberPayrollCalculationResponse200Type0Currency, _currency)

        _salary_items = d.pop("salary_items", UNSET)
        salary_items: list[GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItem] | Unset = UNSET
        if _salary_items is not UNSET:
            salary_items = _types.parse_model_list(
                GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItem, _salary_items
            )

        _instance = cls(
            amount,
            comment,
            company_id,
            date_create,
            date_from,
            date_to,
            id,
            staff_id,
            status,
            currency,
            salary_items,
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
