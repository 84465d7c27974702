from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyUserAccess")


@_attrs_define
class CompanyUserAccess:
    """Object of user access rights to system modules

    Attributes:
        billing_access (bool | Unset): true - there is access to billing (balance menu section), false - no access
        client_phones_access (bool | Unset): true - there is access to phone numbers in the list of clients, false - no
            access
        clients_access (bool | Unset): true - there is access to the client base, false - no access
        edit_records_access (bool | Unset): true - there is access to change records, false - no access
        excel_access (bool | Unset): 1 - there is access to unloading the list of clients in Excel, 0 - no access
        finances_access (bool | Unset): true - there is access to finances, false - no access
        master_id (int | Unset): 0 - if the user can view the schedule and records of all team members, otherwise only
            the team member whose ID is specified
        schedule_edit_access (bool | Unset): true - there is access to the team member's work schedule in the log, false
            - no access
        send_sms (bool | Unset): true - there is access to SMS distribution to clients, false - no access
        settings_access (bool | Unset): true - there is access to the settings section, false - no access
        stat_access (bool | Unset): true - there is access to analytics, false - no access
        storages_access (bool | Unset): true - there is access to the inventory, false - no access
        timetable_access (bool | Unset): true - there is access to the appointment log, false - no access
        users_access (bool | Unset): true - there is access to user management, false - no access
    """

    billing_access: bool | Unset = UNSET
    client_phones_access: bool | Unset = UNSET
    clients_access: bool | Unset = UNSET
    edit_records_access: bool | Unset = UNSET
    excel_access: bool | Unset = UNSET
    finances_access: bool | Unset = UNSET
    master_id: int | Unset = UNSET
    schedule_edit_access: bool | Unset = UNSET
    send_sms: bool | Unset = UNSET
    settings_access: bool | Unset = UNSET
    stat_access: bool | Unset = UNSET
    storages_access: bool | Unset = UNSET
    timetable_access: bool | Unset = UNSET
    users_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"billing_access": "billing_access", "client_phones_access": "client_phones_access", "clients_access": "clients_access", "edit_records_access": "edit_records_access", "excel_access": "excel_access", "finances_access": "finances_access", "master_id": "master_id", "schedule_edit_access": "schedule_edit_access", "send_sms": "send_sms", "settings_access": "settings_access", "stat_access": "stat_access", "storages_access": "storages_access", "timetable_access": "timetable_access", "users_access": "users_access"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        billing_access = self.billing_access

        client_phones_access = self.client_phones_access

        clients_access = self.clients_access

        edit_records_access = self.edit_records_access

        excel_access = self.excel_access

        finances_access = self.finances_access

        master_id = self.master_id

        schedule_edit_access = self.schedule_edit_access

        send_sms = self.send_sms

        settings_access = self.settings_access

        stat_access = self.stat_access

        storages_access = self.storages_access

        timetable_access = self.timetable_access

        users_access = self.users_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_access is not UNSET:
            field_dict["billing_access"] = billing_access
        if client_phones_access is not UNSET:
            field_dict["client_phones_access"] = client_phones_access
        if clients_access is not UNSET:
            field_dict["clients_access"] = clients_access
        if edit_records_access is not UNSET:
            field_dict["edit_records_access"] = edit_records_access
        if excel_access is not UNSET:
            field_dict["excel_access"] = excel_access
        if finances_access is not UNSET:
            field_dict["finances_access"] = finances_access
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if schedule_edit_access is not UNSET:
            field_dict["schedule_edit_access"] = schedule_edit_access
        if send_sms is not UNSET:
            field_dict["send_sms"] = send_sms
        if settings_access is not UNSET:
            field_dict["settings_access"] = settings_access
        if stat_access is not UNSET:
            field_dict["stat_access"] = stat_access
        if storages_access is not UNSET:
            field_dict["storages_access"] = storages_access
        if timetable_access is not UNSET:
            field_dict["timetable_access"] = timetable_access
        if users_access is not UNSET:
            field_dict["users_access"] = users_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        billing_access = d.pop("billing_access", UNSET)

        client_phones_access = d.pop("client_phones_access", UNSET)

        clients_access = d.pop("clients_access", UNSET)

        edit_records_access = d.pop("edit_records_access", UNSET)

        excel_access = d.pop("excel_access", UNSET)

        finances_access = d.pop("finances_access", UNSET)

        master_id = d.pop("master_id", UNSET)

        schedule_edit_access = d.pop("schedule_edit_access", UNSET)

        send_sms = d.pop("send_sms", UNSET)

        settings_access = d.pop("settings_access", UNSET)

        stat_access = d.pop("stat_access", UNSET)

        storages_access = d.pop("storages_access", UNSET)

        timetable_access = d.pop("timetable_access", UNSET)

        users_access = d.pop("users_access", UNSET)

        _instance = cls(
            billing_access,
            client_phones_access,
            clients_access,
            edit_records_access,
            excel_access,
            finances_access,
            master_id,
            schedule_edit_access,
            send_sms,
            settings_access,
            stat_access,
            storages_access,
            timetable_access,
            users_access,
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
