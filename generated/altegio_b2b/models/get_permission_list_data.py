from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_permission_list_data_clients import GetPermissionListDataClients
    from ..models.get_permission_list_data_comers import GetPermissionListDataComers
    from ..models.get_permission_list_data_dashboard import GetPermissionListDataDashboard
    from ..models.get_permission_list_data_finances import GetPermissionListDataFinances
    from ..models.get_permission_list_data_loyalty import GetPermissionListDataLoyalty
    from ..models.get_permission_list_data_notification import GetPermissionListDataNotification
    from ..models.get_permission_list_data_online_record import GetPermissionListDataOnlineRecord
    from ..models.get_permission_list_data_other import GetPermissionListDataOther
    from ..models.get_permission_list_data_record_form import GetPermissionListDataRecordForm
    from ..models.get_permission_list_data_reports import GetPermissionListDataReports
    from ..models.get_permission_list_data_security import GetPermissionListDataSecurity
    from ..models.get_permission_list_data_settings import GetPermissionListDataSettings
    from ..models.get_permission_list_data_storages import GetPermissionListDataStorages
    from ..models.get_permission_list_data_timetable import GetPermissionListDataTimetable


T = TypeVar("T", bound="GetPermissionListData")


@_attrs_define
class GetPermissionListData:
    """Object with access rights categories

    Attributes:
        clients (GetPermissionListDataClients | Unset): Section Clients
        comers (GetPermissionListDataComers | Unset): Section Visitors
        dashboard (GetPermissionListDataDashboard | Unset): Section Overview
        finances (GetPermissionListDataFinances | Unset): Section Finance
        loyalty (GetPermissionListDataLoyalty | Unset): Section Loyalty
        notification (GetPermissionListDataNotification | Unset): Notification settings
        online_record (GetPermissionListDataOnlineRecord | Unset): Section Online Booking
        other (GetPermissionListDataOther | Unset): Access to analytics, billing, SMS mailings and enabling access to a
            location by IP address
        record_form (GetPermissionListDataRecordForm | Unset): Appointment window
        reports (GetPermissionListDataReports | Unset): Section Reports
        security (GetPermissionListDataSecurity | Unset): Section Security
        security_2fa_access (bool | Unset): true - there is access to 2FA security settings, false - no access
        security_access (bool | Unset): true - there is access to security settings, false - no access
        security_data_changes_access (bool | Unset): true - there is access to view data changes in security log, false
            - no access
        security_employee_changes_access (bool | Unset): true - there is access to view employee changes in security
            log, false - no access
        security_export_import_access (bool | Unset): true - there is access to export/import security logs, false - no
            access
        security_logins_access (bool | Unset): true - there is access to view login history in security log, false - no
            access
        settings (GetPermissionListDataSettings | Unset): Section Settings
        storages (GetPermissionListDataStorages | Unset): Section Inventory
        timetable (GetPermissionListDataTimetable | Unset): Appointment log
    """

    clients: GetPermissionListDataClients | Unset = UNSET
    comers: GetPermissionListDataComers | Unset = UNSET
    dashboard: GetPermissionListDataDashboard | Unset = UNSET
    finances: GetPermissionListDataFinances | Unset = UNSET
    loyalty: GetPermissionListDataLoyalty | Unset = UNSET
    notification: GetPermissionListDataNotification | Unset = UNSET
    online_record: GetPermissionListDataOnlineRecord | Unset = UNSET
    other: GetPermissionListDataOther | Unset = UNSET
    record_form: GetPermissionListDataRecordForm | Unset = UNSET
    reports: GetPermissionListDataReports | Unset = UNSET
    security: GetPermissionListDataSecurity | Unset = UNSET
    security_2fa_access: bool | Unset = UNSET
    security_access: bool | Unset = UNSET
    security_data_changes_access: bool | Unset = UNSET
    security_employee_changes_access: bool | Unset = UNSET
    security_export_import_access: bool | Unset = UNSET
    security_logins_access: bool | Unset = UNSET
    settings: GetPermissionListDataSettings | Unset = UNSET
    storages: GetPermissionListDataStorages | Unset = UNSET
    timetable: GetPermissionListDataTimetable | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = _types.to_json(self.clients)

        comers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comers, Unset):
            comers = _types.to_json(self.comers)

        dashboard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dashboard, Unset):
            dashboard = _types.to_json(self.dashboard)

        finances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.finances, Unset):
            finances = _types.to_json(self.finances)

        loyalty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty, Unset):
            loyalty = _types.to_json(self.loyalty)

        notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = _types.to_json(self.notification)

        online_record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.online_record, Unset):
            online_record = _types.to_json(self.online_record)

        other: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other, Unset):
            other = _types.to_json(self.other)

        record_form: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record_form, Unset):
            record_form = _types.to_json(self.record_form)

        reports: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reports, Unset):
            reports = _types.to_json(self.reports)

        security: dict[str, Any] | Unset = UNSET
        if not isinstance(self.security, Unset):
            security = _types.to_json(self.security)

        security_2fa_access = self.security_2fa_access

        security_access = self.security_access

        security_data_changes_access = self.security_data_changes_access

        security_employee_changes_access = self.security_employee_changes_access

        security_export_import_access = self.security_export_import_access

        security_logins_access = self.security_logins_access

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = _types.to_json(self.settings)

        storages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storages, Unset):
            storages = _types.to_json(self.storages)

        timetable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timetable, Unset):
            timetable = _types.to_json(self.timetable)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clients is not UNSET:
            field_dict["clients"] = clients
        if comers is not UNSET:
            field_dict["comers"] = comers
        if dashboard is not UNSET:
            field_dict["dashboard"] = dashboard
        if finances is not UNSET:
            field_dict["finances"] = finances
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty
        if notification is not UNSET:
            field_dict["notification"] = notification
        if online_record is not UNSET:
            field_dict["online_record"] = online_record
        if other is not UNSET:
            field_dict["other"] = other
        if record_form is not UNSET:
            field_dict["record_form"] = record_form
        if reports is not UNSET:
            field_dict["reports"] = reports
        if security is not UNSET:
            field_dict["security"] = security
        if security_2fa_access is not UNSET:
            field_dict["security_2fa_access"] = security_2fa_access
        if security_access is not UNSET:
            field_dict["security_access"] = security_access
        if security_data_changes_access is not UNSET:
            field_dict["security_data_changes_access"] = security_data_changes_access
        if security_employee_changes_access is not UNSET:
            field_dict["security_employee_changes_access"] = security_employee_changes_access
        if security_export_import_access is not UNSET:
            field_dict["security_export_import_access"] = security_export_import_access
        if security_logins_access is not UNSET:
            field_dict["security_logins_access"] = security_logins_access
        if settings is not UNSET:
            field_dict["settings"] = settings
        if storages is not UNSET:
            field_dict["storages"] = storages
        if timetable is not UNSET:
            field_dict["timetable"] = timetable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_permission_list_data_clients import GetPermissionListDataClients  # noqa: PLC0415
        from ..models.get_permission_list_data_comers import GetPermissionListDataComers  # noqa: PLC0415
        from ..models.get_permission_list_data_dashboard import GetPermissionListDataDashboard  # noqa: PLC0415
        from ..models.get_permission_list_data_finances import GetPermissionListDataFinances  # noqa: PLC0415
        from ..models.get_permission_list_data_loyalty import GetPermissionListDataLoyalty  # noqa: PLC0415
        from ..models.get_permission_list_data_notification import GetPermissionListDataNotification  # noqa: PLC0415
        from ..models.get_permission_list_data_online_record import GetPermissionListDataOnlineRecord  # noqa: PLC0415
        from ..models.get_permission_list_data_other import GetPermissionListDataOther  # noqa: PLC0415
        from ..models.get_permission_list_data_record_form import GetPermissionListDataRecordForm  # noqa: PLC0415
        from ..models.get_permission_list_data_reports import GetPermissionListDataReports  # noqa: PLC0415
        from ..models.get_permission_list_data_security import GetPermissionListDataSecurity  # noqa: PLC0415
        from ..models.get_permission_list_data_settings import GetPermissionListDataSettings  # noqa: PLC0415
        from ..models.get_permission_list_data_storages import GetPermissionListDataStorages  # noqa: PLC0415
        from ..models.get_permission_list_data_timetable import GetPermissionListDataTimetable  # noqa: PLC0415

        d = dict(src_dict)
        _clients = d.pop("clients", UNSET)
        clients: GetPermissionListDataClients | Unset
        if isinstance(_clients, Unset):
            clients = UNSET
        else:
            clients = _types.parse_model(GetPermissionListDataClients, _clients)

        _comers = d.pop("comers", UNSET)
        comers: GetPermissionListDataComers | Unset
        if isinstance(_comers, Unset):
            comers = UNSET
        else:
            comers = _types.parse_model(GetPermissionListDataComers, _comers)

        _dashboard = d.pop("dashboard", UNSET)
        dashboard: GetPermissionListDataDashboard | Unset
        if isinstance(_dashboard, Unset):
            dashboard = UNSET
        else:
            dashboard = _types.parse_model(GetPermissionListDataDashboard, _dashboard)

        _finances = d.pop("finances", UNSET)
        finances: GetPermissionListDataFinances | Unset
        if isinstance(_finances, Unset):
            finances = UNSET
        else:
            finances = _types.parse_model(GetPermissionListDataFinances, _finances)

        _loyalty = d.pop("loyalty", UNSET)
        loyalty: GetPermissionListDataLoyalty | Unset
        if isinstance(_loyalty, Unset):
            loyalty = UNSET
        else:
            loyalty = _types.parse_model(GetPermissionListDataLoyalty, _loyalty)

        _notification = d.pop("notification", UNSET)
        notification: GetPermissionListDataNotification | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = _types.parse_model(GetPermissionListDataNotification, _notification)

        _online_record = d.pop("online_record", UNSET)
        online_record: GetPermissionListDataOnlineRecord | Unset
        if isinstance(_online_record, Unset):
            online_record = UNSET
        else:
            online_record = _types.parse_model(GetPermissionListDataOnlineRecord, _online_record)

        _other = d.pop("other", UNSET)
        other: GetPermissionListDataOther | Unset
        if isinstance(_other, Unset):
            other = UNSET
        else:
            other = _types.parse_model(GetPermissionListDataOther, _other)

        _record_form = d.pop("record_form", UNSET)
        record_form: GetPermissionListDataRecordForm | Unset
        if isinstance(_record_form, Unset):
            record_form = UNSET
        else:
            record_form = _types.parse_model(GetPermissionListDataRecordForm, _record_form)

        _reports = d.pop("reports", UNSET)
        reports: GetPermissionListDataReports | Unset
        if isinstance(_reports, Unset):
            reports = UNSET
        else:
            reports = _types.parse_model(GetPermissionListDataReports, _reports)

        _security = d.pop("security", UNSET)
        security: GetPermissionListDataSecurity | Unset
        if isinstance(_security, Unset):
            security = UNSET
        else:
            security = _types.parse_model(GetPermissionListDataSecurity, _security)

        security_2fa_access = d.pop("security_2fa_access", UNSET)

        security_access = d.pop("security_access", UNSET)

        security_data_changes_access = d.pop("security_data_changes_access", UNSET)

        security_employee_changes_access = d.pop("security_employee_changes_access", UNSET)

        security_export_import_access = d.pop("security_export_import_access", UNSET)

        security_logins_access = d.pop("security_logins_access", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: GetPermissionListDataSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = _types.parse_model(GetPermissionListDataSettings, _settings)

        _storages = d.pop("storages", UNSET)
        storages: GetPermissionListDataStorages | Unset
        if isinstance(_storages, Unset):
            storages = UNSET
        else:
            storages = _types.parse_model(GetPermissionListDataStorages, _storages)

        _timetable = d.pop("timetable", UNSET)
        timetable: GetPermissionListDataTimetable | Unset
        if isinstance(_timetable, Unset):
            timetable = UNSET
        else:
            timetable = _types.parse_model(GetPermissionListDataTimetable, _timetable)

        get_permission_list_data = cls(
            clients=clients,
            comers=comers,
            dashboard=dashboard,
            finances=finances,
            loyalty=loyalty,
            notification=notification,
            online_record=online_record,
            other=other,
            record_form=record_form,
            reports=reports,
            security=security,
            security_2fa_access=security_2fa_access,
            security_access=security_access,
            security_data_changes_access=security_data_changes_access,
            security_employee_changes_access=security_employee_changes_access,
            security_export_import_access=security_export_import_access,
            security_logins_access=security_logins_access,
            settings=settings,
            storages=storages,
            timetable=timetable,
        )

        get_permission_list_data.additional_properties = d
        return get_permission_list_data

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
