from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupAccess")


@_attrs_define
class GroupAccess:
    """User access rights on the chain

    Attributes:
        analytics_access (float | Unset): 1 - there is access to analytics, 0 - no access
        clients_access (float | Unset): 1 - there is access to the client base, 0 - no access
        deposit_types_access (float | Unset): 1 - there is access to client account types, 0 - no access
        deposits_access (float | Unset): 1 - there is access to client accounts, 0 - no access
        loyalty_abonement_balance_edit_access (float | Unset): 1 - there is access to edit membership balance, 0 - no
            access
        loyalty_abonement_history_access (float | Unset): 1 - there is access to membership history, 0 - no access
        loyalty_abonement_period_edit_access (float | Unset): 1 - there is access to edit membership period, 0 - no
            access
        loyalty_abonement_types_access (float | Unset): 1 - there is access to membership types, 0 - no access
        loyalty_access (float | Unset): 1 - there is access to loyalty, 0 - no access
        loyalty_cards_manual_transactions_access (float | Unset): 1 - there is access to manual replenishment/withdrawal
            from loyalty cards, 0 - no access
        loyalty_certificate_types_access (float | Unset): 1 - there is access to certificate types, 0 - no access
        loyalty_programs_access (float | Unset): 1 - there is access to loyalty programs, 0 - no access
        network_services_access (float | Unset): 1 - there is access to chain services management, 0 - no access
        settings_access (float | Unset): 1 - there is access to the settings section, 0 - no access
        users_access (float | Unset): 1 - there is access to user management, 0 - no access
    """

    analytics_access: float | Unset = UNSET
    clients_access: float | Unset = UNSET
    deposit_types_access: float | Unset = UNSET
    deposits_access: float | Unset = UNSET
    loyalty_abonement_balance_edit_access: float | Unset = UNSET
    loyalty_abonement_history_access: float | Unset = UNSET
    loyalty_abonement_period_edit_access: float | Unset = UNSET
    loyalty_abonement_types_access: float | Unset = UNSET
    loyalty_access: float | Unset = UNSET
    loyalty_cards_manual_transactions_access: float | Unset = UNSET
    loyalty_certificate_types_access: float | Unset = UNSET
    loyalty_programs_access: float | Unset = UNSET
    network_services_access: float | Unset = UNSET
    settings_access: float | Unset = UNSET
    users_access: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"analytics_access": "analytics_access", "clients_access": "clients_access", "deposit_types_access": "deposit_types_access", "deposits_access": "deposits_access", "loyalty_abonement_balance_edit_access": "loyalty_abonement_balance_edit_access", "loyalty_abonement_history_access": "loyalty_abonement_history_access", "loyalty_abonement_period_edit_access": "loyalty_abonement_period_edit_access", "loyalty_abonement_types_access": "loyalty_abonement_types_access", "loyalty_access": "loyalty_access", "loyalty_cards_manual_transactions_access": "loyalty_cards_manual_transactions_access", "loyalty_certificate_types_access": "loyalty_certificate_types_access", "loyalty_programs_access": "loyalty_programs_access", "network_services_access": "network_services_access", "settings_access": "settings_access", "users_access": "users_access"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        analytics_access = self.analytics_access

        clients_access = self.clients_access

        deposit_types_access = self.deposit_types_access

        deposits_access = self.deposits_access

        loyalty_abonement_balance_edit_access = self.loyalty_abonement_balance_edit_access

        loyalty_abonement_history_access = self.loyalty_abonement_history_access

        loyalty_abonement_period_edit_access = self.loyalty_abonement_period_edit_access

        loyalty_abonement_types_access = self.loyalty_abonement_types_access

        loyalty_access = self.loyalty_access

        loyalty_cards_manual_transactions_access = self.loyalty_cards_manual_transactions_access

        loyalty_certificate_types_access = self.loyalty_certificate_types_access

        loyalty_programs_access = self.loyalty_programs_access

        network_services_access = self.network_services_access

        settings_access = self.settings_access

        users_access = self.users_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if analytics_access is not UNSET:
            field_dict["analytics_access"] = analytics_access
        if clients_access is not UNSET:
            field_dict["clients_access"] = clients_access
        if deposit_types_access is not UNSET:
            field_dict["deposit_types_access"] = deposit_types_access
        if deposits_access is not UNSET:
            field_dict["deposits_access"] = deposits_access
        if loyalty_abonement_balance_edit_access is not UNSET:
            field_dict["loyalty_abonement_balance_edit_access"] = loyalty_abonement_balance_edit_access
        if loyalty_abonement_history_access is not UNSET:
            field_dict["loyalty_abonement_history_access"] = loyalty_abonement_history_access
        if loyalty_abonement_period_edit_access is not UNSET:
            field_dict["loyalty_abonement_period_edit_access"] = loyalty_abonement_period_edit_access
        if loyalty_abonement_types_access is not UNSET:
            field_dict["loyalty_abonement_types_access"] = loyalty_abonement_types_access
        if loyalty_access is not UNSET:
            field_dict["loyalty_access"] = loyalty_access
        if loyalty_cards_manual_transactions_access is not UNSET:
            field_dict["loyalty_cards_manual_transactions_access"] = loyalty_cards_manual_transactions_access
        if loyalty_certificate_types_access is not UNSET:
            field_dict["loyalty_certificate_types_access"] = loyalty_certificate_types_access
        if loyalty_programs_access is not UNSET:
            field_dict["loyalty_programs_access"] = loyalty_programs_access
        if network_services_access is not UNSET:
            field_dict["network_services_access"] = network_services_access
        if settings_access is not UNSET:
            field_dict["settings_access"] = settings_access
        if users_access is not UNSET:
            field_dict["users_access"] = users_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        analytics_access = d.pop("analytics_access", UNSET)

        clients_access = d.pop("clients_access", UNSET)

        deposit_types_access = d.pop("deposit_types_access", UNSET)

        deposits_access = d.pop("deposits_access", UNSET)

        loyalty_abonement_balance_edit_access = d.pop("loyalty_abonement_balance_edit_access", UNSET)

        loyalty_abonement_history_access = d.pop("loyalty_abonement_history_access", UNSET)

        loyalty_abonement_period_edit_access = d.pop("loyalty_abonement_period_edit_access", UNSET)

        loyalty_abonement_types_access = d.pop("loyalty_abonement_types_access", UNSET)

        loyalty_access = d.pop("loyalty_access", UNSET)

        loyalty_cards_manual_transactions_access = d.pop("loyalty_cards_manual_transactions_access", UNSET)

        loyalty_certificate_types_access = d.pop("loyalty_certificate_types_access", UNSET)

        loyalty_programs_access = d.pop("loyalty_programs_access", UNSET)

        network_services_access = d.pop("network_services_access", UNSET)

        settings_access = d.pop("settings_access", UNSET)

        users_access = d.pop("users_access", UNSET)

        _instance = cls(
            analytics_access,
            clients_access,
            deposit_types_access,
            deposits_access,
            loyalty_abonement_balance_edit_access,
            loyalty_abonement_history_access,
            loyalty_abonement_period_edit_access,
            loyalty_abonement_types_access,
            loyalty_access,
            loyalty_cards_manual_transactions_access,
            loyalty_certificate_types_access,
            loyalty_programs_access,
            network_services_access,
            settings_access,
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
