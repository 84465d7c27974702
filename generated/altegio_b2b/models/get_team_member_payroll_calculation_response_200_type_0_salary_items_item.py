from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_payroll_calculation_response_200_type_0_salary_items_item_paid_type_0 import (
        GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemPaidType0,
    )
    from ..models.get_team_member_payroll_calculation_response_200_type_0_salary_items_item_salary_calculation_info import (
        GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryCalculationInfo,
    )
    from ..models.get_team_member_payroll_calculation_response_200_type_0_salary_items_item_salary_discrepancy_type_0 import (
        GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryDiscrepancyType0,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemPaidType0, \
        GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryCalculationInfo, \
        GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryDiscrepancyType0
    from ..models.get_team_member_payroll_calculation_response_200_type_0_salary_items_item_paid_type_0 import (
        GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemPaidType0,  # noqa: PLC0415
    )
    from ..models.get_team_member_payroll_calculation_response_200_type_0_salary_items_item_salary_calculation_info import (
        GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryCalculationInfo,  # noqa: PLC0415
    )
    from ..models.get_team_member_payroll_calculation_response_200_type_0_salary_items_item_salary_discrepancy_type_0 import (
        GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryDiscrepancyType0,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItem")


@_attrs_define
class GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItem:
    """
    Attributes:
        client_id (int | None | Unset): ID of a customer.
        cost (None | str | Unset): Base cost.
        date (str | Unset): Date.
        item_id (int | Unset): ID of an entity subject to salary calculation (e.g., appointment ID or sale ID).
        item_type_slug (str | Unset): Type of an entity subject to salary calculation (e.g., appointment or sale).
        paid (GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemPaidType0 | None | Unset): Payment details.
        record_id (int | None | Unset): ID of an appointment.
        salary_calculation_info (GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryCalculationInfo |
            Unset): Payroll calculation rules details.
        salary_discrepancy (GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryDiscrepancyType0 | None
            | Unset): Payroll calculation discrepancy details (if any).
        salary_sum (str | Unset): Calculated salary sum.
        targets (list[Any] | Unset):
        time (str | Unset): Time.
    """

    client_id: int | None | Unset = UNSET
    cost: None | str | Unset = UNSET
    date: str | Unset = UNSET
    item_id: int | Unset = UNSET
    item_type_slug: str | Unset = UNSET
    paid: GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemPaidType0 | None | Unset = UNSET
    record_id: int | None | Unset = UNSET
    salary_calculation_info: (
        GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryCalculationInfo | Unset
    ) = UNSET
    salary_discrepancy: (
        GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryDiscrepancyType0 | None | Unset
    ) = UNSET
    salary_sum: str | Unset = UNSET
    targets: list[Any] | Unset = UNSET
    time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"client_id": "client_id", "cost": "cost", "date": "date", "item_id": "item_id", "item_type_slug": "item_type_slug", "paid": "paid", "record_id": "record_id", "salary_calculation_info": "salary_calculation_info", "salary_discrepancy": "salary_discrepancy", "salary_sum": "salary_sum", "targets": "targets", "time": "time"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        cost: None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        date = self.date

        item_id = self.item_id

        item_type_slug = self.item_type_slug

        paid: dict[str, Any] | None | Unset
        if isinstance(self.paid, Unset):
            paid = UNSET
        elif isinstance(self.paid, GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemPaidType0):
            paid = _types.to_json(self.paid)
        else:
            paid = self.paid

        record_id: int | None | Unset
        if isinstance(self.record_id, Unset):
            record_id = UNSET
        else:
            record_id = self.record_id

        salary_calculation_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_calculation_info, Unset):
            salary_calculation_info = _types.to_json(self.salary_calculation_info)

        salary_discrepancy: dict[str, Any] | None | Unset
        if isinstance(self.salary_discrepancy, Unset):
            salary_discrepancy = UNSET
        elif isinstance(
            self.salary_discrepancy,
            GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryDiscrepancyType0,
        ):
            salary_discrepancy = _types.to_json(self.salary_discrepancy)
        else:
            salary_discrepancy = self.salary_discrepancy

        salary_sum = self.salary_sum

        targets: list[Any] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = self.targets

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if date is not UNSET:
            field_dict["date"] = date
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_type_slug is not UNSET:
            field_dict["item_type_slug"] = item_type_slug
        if paid is not UNSET:
            field_dict["paid"] = paid
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if salary_calculation_info is not UNSET:
            field_dict["salary_calculation_info"] = salary_calculation_info
        if salary_discrepancy is not UNSET:
            field_dict["salary_discrepancy"] = salary_discrepancy
        if salary_sum is not UNSET:
            field_dict["salary_sum"] = salary_sum
        if targets is not UNSET:
            field_dict["targets"] = targets
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        client_id: int | None | Unset = d.pop("client_id", UNSET)

        cost: None | str | Unset = d.pop("cost", UNSET)

        date = d.pop("date", UNSET)

        item_id = d.pop("item_id", UNSET)

        item_type_slug = d.pop("item_type_slug", UNSET)

        def _parse_paid(
            data: object,
        ) -> GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemPaidType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paid_type_0 = _types.parse_model(
                    GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemPaidType0, data
                )

                if paid_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return paid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemPaidType0 | None | Unset, data)

        paid = _parse_paid(d.pop("paid", UNSET))

        record_id: int | None | Unset = d.pop("record_id", UNSET)

        _salary_calculation_info = d.pop("salary_calculation_info", UNSET)
        salary_calculation_info: (
            GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryCalculationInfo | Unset
        )
        if isinstance(_salary_calculation_info, Unset):
            salary_calculation_info = UNSET
        else:
            salary_calculation_info = _types.parse_model(
                GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryCalculationInfo,
                _salary_calculation_info,
            )

        def _parse_salary_discrepancy(
            data: object,
        ) -> GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryDiscrepancyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                salary_discrepancy_type_0 = _types.parse_model(
                    GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryDiscrepancyType0, data
                )

                if salary_discrepancy_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return salary_discrepancy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(
                GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryDiscrepancyType0 | None | Unset,
                data,
            )

        salary_discrepancy = _parse_salary_discrepancy(d.pop("salary_discrepancy", UNSET))

        salary_sum = d.pop("salary_sum", UNSET)

        _targets = d.pop("targets", UNSET)
        targets: list[Any] | Unset = UNSET
        if _targets is not UNSET:
            targets = _types.parse_plain_list(_targets)

        time = d.pop("time", UNSET)

        _instance = cls(
            client_id,
            cost,
            date,
            item_id,
            item_type_slug,
            paid,
            record_id,
            salary_calculation_info,
            salary_discrepancy,
            salary_sum,
            targets,
            time,
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
