from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_permission_clients import UserPermissionClients
    from ..models.user_permission_comers import UserPermissionComers
    from ..models.user_permission_dashboard import UserPermissionDashboard
    from ..models.user_permission_finances import UserPermissionFinances
    from ..models.user_permission_loyalty import UserPermissionLoyalty
    from ..models.user_permission_notification import UserPermissionNotification
    from ..models.user_permission_online_record import UserPermissionOnlineRecord
    from ..models.user_permission_other import UserPermissionOther
    from ..models.user_permission_record_form import UserPermissionRecordForm
    from ..models.user_permission_reports import UserPermissionReports
    from ..models.user_permission_security import UserPermissionSecurity
    from ..models.user_permission_settings import UserPermissionSettings
    from ..models.user_permission_storages import UserPermissionStorages
    from ..models.user_permission_timetable import UserPermissionTimetable

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        UserPermissionClients, \
        UserPermissionComers, \
        UserPermissionDashboard, \
        UserPermissionFinances, \
        UserPermissionLoyalty, \
        UserPermissionNotification, \
        UserPermissionOnlineRecord, \
        UserPermissionOther, \
        UserPermissionRecordForm, \
        UserPermissionReports, \
        UserPermissionSecurity, \
        UserPermissionSettings, \
        UserPermissionStorages, \
        UserPermissionTimetable
    from ..models.user_permission_clients import UserPermissionClients  # noqa: PLC0415
    from ..models.user_permission_comers import UserPermissionComers  # noqa: PLC0415
    from ..models.user_permission_dashboard import UserPermissionDashboard  # noqa: PLC0415
    from ..models.user_permission_finances import UserPermissionFinances  # noqa: PLC0415
    from ..models.user_permission_loyalty import UserPermissionLoyalty  # noqa: PLC0415
    from ..models.user_permission_notification import UserPermissionNotification  # noqa: PLC0415
    from ..models.user_permission_online_record import UserPermissionOnlineRecord  # noqa: PLC0415
    from ..models.user_permission_other import UserPermissionOther  # noqa: PLC0415
    from ..models.user_permission_record_form import UserPermissionRecordForm  # noqa: PLC0415
    from ..models.user_permission_reports import UserPermissionReports  # noqa: PLC0415
    from ..models.user_permission_security import UserPermissionSecurity  # noqa: PLC0415
    from ..models.user_permission_settings import UserPermissionSettings  # noqa: PLC0415
    from ..models.user_permission_storages import UserPermissionStorages  # noqa: PLC0415
    from ..models.user_permission_timetable import UserPermissionTimetable  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="UserPermission")


@_attrs_define
class UserPermission:
    """Object with access rights categories

    Attributes:
        clients (UserPermissionClients | Unset): Section Clients
        comers (UserPermissionComers | Unset): Section Visitors
        dashboard (UserPermissionDashboard | Unset): Section Overview
        finances (UserPermissionFinances | Unset): Section Finance
        loyalty (UserPermissionLoyalty | Unset): Section Loyalty
        notification (UserPermissionNotification | Unset): Notification settings
        online_record (UserPermissionOnlineRecord | Unset): Section Online Booking
        other (UserPermissionOther | Unset): Access to analytics, billing, SMS mailings and enabling access to a
            location by IP address
        record_form (UserPermissionRecordForm | Unset): Appointment window
        reports (UserPermissionReports | Unset): Section Reports
        security (UserPermissionSecurity | Unset): Section Security
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
        settings (UserPermissionSettings | Unset): Section Settings
        storages (UserPermissionStorages | Unset): Section Inventory
        timetable (UserPermissionTimetable | Unset): Appointment log
    """

    clients: UserPermissionClients | Unset = UNSET
    comers: UserPermissionComers | Unset = UNSET
    dashboard: UserPermissionDashboard | Unset = UNSET
    finances: UserPermissionFinances | Unset = UNSET
    loyalty: UserPermissionLoyalty | Unset = UNSET
    notification: UserPermissionNotification | Unset = UNSET
    online_record: UserPermissionOnlineRecord | Unset = UNSET
    other: UserPermissionOther | Unset = UNSET
    record_form: UserPermissionRecordForm | Unset = UNSET
    reports: UserPermissionReports | Unset = UNSET
    security: UserPermissionSecurity | Unset = UNSET
    security_2fa_access: bool | Unset = UNSET
    security_access: bool | Unset = UNSET
    security_data_changes_access: bool | Unset = UNSET
    security_employee_changes_access: bool | Unset = UNSET
    security_export_import_access: bool | Unset = UNSET
    security_logins_access: bool | Unset = UNSET
    settings: UserPermissionSettings | Unset = UNSET
    storages: UserPermissionStorages | Unset = UNSET
    timetable: UserPermissionTimetable | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"clients": "clients", "comers": "comers", "dashboard": "dashboard", "finances": "finances", "loyalty": "loyalty", "notification": "notification", "online_record": "online_record", "other": "other", "record_form": "record_form", "reports": "reports", "security": "security", "security_2fa_access": "security_2fa_access", "security_access": "security_access", "security_data_changes_access": "security_data_changes_access", "security_employee_changes_access": "security_employee_changes_access", "security_export_import_access": "security_export_import_access", "security_logins_access": "security_logins_access", "settings": "settings", "storages": "storages", "timetable": "timetable"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
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
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _clients = d.pop("clients", UNSET)
        clients: UserPermissionClients | Unset
        if isinstance(_clients, Unset):
            clients = UNSET
        else:
            clients = _types.parse_model(UserPermissionClients, _clients)

        _comers = d.pop("comers", UNSET)
        comers: UserPermissionComers | Unset
        if isinstance(_comers, Unset):
            comers = UNSET
        else:
            comers = _types.parse_model(UserPermissionComers, _comers)

        _dashboard = d.pop("dashboard", UNSET)
        dashboard: UserPermissionDashboard | Unset
        if isinstance(_dashboard, Unset):
            dashboard = UNSET
        else:
            dashboard = _types.parse_model(UserPermissionDashboard, _dashboard)

        _finances = d.pop("finances", UNSET)
        finances: UserPermissionFinances | Unset
        if isinstance(_finances, Unset):
            finances = UNSET
        else:
            finances = _types.parse_model(UserPermissionFinances, _finances)

        _loyalty = d.pop("loyalty", UNSET)
        loyalty: UserPermissionLoyalty | Unset
        if isinstance(_loyalty, Unset):
            loyalty = UNSET
        else:
            loyalty = _types.parse_model(UserPermissionLoyalty, _loyalty)

        _notification = d.pop("notification", UNSET)
        notification: UserPermissionNotification | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = _types.parse_model(UserPermissionNotification, _notification)

        _online_record = d.pop("online_record", UNSET)
        online_record: UserPermissionOnlineRecord | Unset
        if isinstance(_online_record, Unset):
            online_record = UNSET
        else:
            online_record = _types.parse_model(UserPermissionOnlineRecord, _online_record)

        _other = d.pop("other", UNSET)
        other: UserPermissionOther | Unset
        if isinstance(_other, Unset):
            other = UNSET
        else:
            other = _types.parse_model(UserPermissionOther, _other)

        _record_form = d.pop("record_form", UNSET)
        record_form: UserPermissionRecordForm | Unset
        if isinstance(_record_form, Unset):
            record_form = UNSET
        else:
            record_form = _types.parse_model(UserPermissionRecordForm, _record_form)

        _reports = d.pop("reports", UNSET)
        reports: UserPermissionReports | Unset
        if isinstance(_reports, Unset):
            reports = UNSET
        else:
            reports = _types.parse_model(UserPermissionReports, _reports)

        _security = d.pop("security", UNSET)
        security: UserPermissionSecurity | Unset
        if isinstance(_security, Unset):
            security = UNSET
        else:
            security = _types.parse_model(UserPermissionSecurity, _security)

        security_2fa_access = d.pop("security_2fa_access", UNSET)

        security_access = d.pop("security_access", UNSET)

        security_data_changes_access = d.pop("security_data_changes_access", UNSET)

        security_employee_changes_access = d.pop("security_employee_changes_access", UNSET)

        security_export_import_access = d.pop("security_export_import_access", UNSET)

        security_logins_access = d.pop("security_logins_access", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: UserPermissionSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = _types.parse_model(UserPermissionSettings, _settings)

        _storages = d.pop("storages", UNSET)
        storages: UserPermissionStorages | Unset
        if isinstance(_storages, Unset):
            storages = UNSET
        else:
            storages = _types.parse_model(UserPermissionStorages, _storages)

        _timetable = d.pop("timetable", UNSET)
        timetable: UserPermissionTimetable | Unset
        if isinstance(_timetable, Unset):
            timetable = UNSET
        else:
            timetable = _types.parse_model(UserPermissionTimetable, _timetable)

        _instance = cls(
            clients,
            comers,
            dashboard,
            finances,
            loyalty,
            notification,
            online_record,
            other,
            record_form,
            reports,
            security,
            security_2fa_access,
            security_access,
            security_data_changes_access,
            security_employee_changes_access,
            security_export_import_access,
            security_logins_access,
            settings,
            storages,
            timetable,
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
