from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.permission_user_role import PermissionUserRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permission_clients import PermissionClients
    from ..models.permission_comers import PermissionComers
    from ..models.permission_dashboard import PermissionDashboard
    from ..models.permission_finances import PermissionFinances
    from ..models.permission_loyalty import PermissionLoyalty
    from ..models.permission_notification import PermissionNotification
    from ..models.permission_online_record import PermissionOnlineRecord
    from ..models.permission_other import PermissionOther
    from ..models.permission_record_form import PermissionRecordForm
    from ..models.permission_reports import PermissionReports
    from ..models.permission_security import PermissionSecurity
    from ..models.permission_settings import PermissionSettings
    from ..models.permission_storages import PermissionStorages
    from ..models.permission_timetable import PermissionTimetable
    from ..models.permission_user_permissions_item import PermissionUserPermissionsItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        PermissionClients, \
        PermissionComers, \
        PermissionDashboard, \
        PermissionFinances, \
        PermissionLoyalty, \
        PermissionNotification, \
        PermissionOnlineRecord, \
        PermissionOther, \
        PermissionRecordForm, \
        PermissionReports, \
        PermissionSecurity, \
        PermissionSettings, \
        PermissionStorages, \
        PermissionTimetable, \
        PermissionUserPermissionsItem
    from ..models.permission_clients import PermissionClients  # noqa: PLC0415
    from ..models.permission_comers import PermissionComers  # noqa: PLC0415
    from ..models.permission_dashboard import PermissionDashboard  # noqa: PLC0415
    from ..models.permission_finances import PermissionFinances  # noqa: PLC0415
    from ..models.permission_loyalty import PermissionLoyalty  # noqa: PLC0415
    from ..models.permission_notification import PermissionNotification  # noqa: PLC0415
    from ..models.permission_online_record import PermissionOnlineRecord  # noqa: PLC0415
    from ..models.permission_other import PermissionOther  # noqa: PLC0415
    from ..models.permission_record_form import PermissionRecordForm  # noqa: PLC0415
    from ..models.permission_reports import PermissionReports  # noqa: PLC0415
    from ..models.permission_security import PermissionSecurity  # noqa: PLC0415
    from ..models.permission_settings import PermissionSettings  # noqa: PLC0415
    from ..models.permission_storages import PermissionStorages  # noqa: PLC0415
    from ..models.permission_timetable import PermissionTimetable  # noqa: PLC0415
    from ..models.permission_user_permissions_item import PermissionUserPermissionsItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Permission")


@_attrs_define
class Permission:
    """Object with access rights categories

    Attributes:
        clients (PermissionClients | Unset): Section Clients
        comers (PermissionComers | Unset): Section Visitors
        dashboard (PermissionDashboard | Unset): Section Overview
        finances (PermissionFinances | Unset): Section Finance
        loyalty (PermissionLoyalty | Unset): Section Loyalty
        notification (PermissionNotification | Unset): Notification settings
        online_record (PermissionOnlineRecord | Unset): Section Online Booking
        other (PermissionOther | Unset): Access to analytics, billing, SMS mailings and enabling access to a location by
            IP address
        record_form (PermissionRecordForm | Unset): Appointment window
        reports (PermissionReports | Unset): Section Reports
        security (PermissionSecurity | Unset): Section Security
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
        settings (PermissionSettings | Unset): Section Settings
        storages (PermissionStorages | Unset): Section Inventory
        timetable (PermissionTimetable | Unset): Appointment log
        has_any_paid_permission (bool | None | Unset): Whether the user has at least one paid permission assigned
        is_editable (bool | Unset): Are the permissions and role available for editing
        staff_id (int | None | Unset): team member ID linked to user
        user_permissions (list[PermissionUserPermissionsItem] | Unset): List of user permissions values
        user_role (PermissionUserRole | Unset): Name of role
    """

    clients: PermissionClients | Unset = UNSET
    comers: PermissionComers | Unset = UNSET
    dashboard: PermissionDashboard | Unset = UNSET
    finances: PermissionFinances | Unset = UNSET
    loyalty: PermissionLoyalty | Unset = UNSET
    notification: PermissionNotification | Unset = UNSET
    online_record: PermissionOnlineRecord | Unset = UNSET
    other: PermissionOther | Unset = UNSET
    record_form: PermissionRecordForm | Unset = UNSET
    reports: PermissionReports | Unset = UNSET
    security: PermissionSecurity | Unset = UNSET
    security_2fa_access: bool | Unset = UNSET
    security_access: bool | Unset = UNSET
    security_data_changes_access: bool | Unset = UNSET
    security_employee_changes_access: bool | Unset = UNSET
    security_export_import_access: bool | Unset = UNSET
    security_logins_access: bool | Unset = UNSET
    settings: PermissionSettings | Unset = UNSET
    storages: PermissionStorages | Unset = UNSET
    timetable: PermissionTimetable | Unset = UNSET
    has_any_paid_permission: bool | None | Unset = UNSET
    is_editable: bool | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    user_permissions: list[PermissionUserPermissionsItem] | Unset = UNSET
    user_role: PermissionUserRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"clients": "clients", "comers": "comers", "dashboard": "dashboard", "finances": "finances", "loyalty": "loyalty", "notification": "notification", "online_record": "online_record", "other": "other", "record_form": "record_form", "reports": "reports", "security": "security", "security_2fa_access": "security_2fa_access", "security_access": "security_access", "security_data_changes_access": "security_data_changes_access", "security_employee_changes_access": "security_employee_changes_access", "security_export_import_access": "security_export_import_access", "security_logins_access": "security_logins_access", "settings": "settings", "storages": "storages", "timetable": "timetable", "has_any_paid_permission": "has_any_paid_permission", "is_editable": "is_editable", "staff_id": "staff_id", "user_permissions": "user_permissions", "user_role": "user_role"}  # fmt: skip

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

        has_any_paid_permission: bool | None | Unset
        if isinstance(self.has_any_paid_permission, Unset):
            has_any_paid_permission = UNSET
        else:
            has_any_paid_permission = self.has_any_paid_permission

        is_editable = self.is_editable

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        user_permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_permissions, Unset):
            user_permissions = _types.to_json(self.user_permissions)

        user_role: str | Unset = UNSET
        if not isinstance(self.user_role, Unset):
            user_role = _types.to_json(self.user_role)

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
        if has_any_paid_permission is not UNSET:
            field_dict["has_any_paid_permission"] = has_any_paid_permission
        if is_editable is not UNSET:
            field_dict["is_editable"] = is_editable
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = user_permissions
        if user_role is not UNSET:
            field_dict["user_role"] = user_role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _clients = d.pop("clients", UNSET)
        clients: PermissionClients | Unset
        if isinstance(_clients, Unset):
            clients = UNSET
        else:
            clients = _types.parse_model(PermissionClients, _clients)

        _comers = d.pop("comers", UNSET)
        comers: PermissionComers | Unset
        if isinstance(_comers, Unset):
            comers = UNSET
        else:
            comers = _types.parse_model(PermissionComers, _comers)

        _dashboard = d.pop("dashboard", UNSET)
        dashboard: PermissionDashboard | Unset
        if isinstance(_dashboard, Unset):
            dashboard = UNSET
        else:
            dashboard = _types.parse_model(PermissionDashboard, _dashboard)

        _finances = d.pop("finances", UNSET)
        finances: PermissionFinances | Unset
        if isinstance(_finances, Unset):
            finances = UNSET
        else:
            finances = _types.parse_model(PermissionFinances, _finances)

        _loyalty = d.pop("loyalty", UNSET)
        loyalty: PermissionLoyalty | Unset
        if isinstance(_loyalty, Unset):
            loyalty = UNSET
        else:
            loyalty = _types.parse_model(PermissionLoyalty, _loyalty)

        _notification = d.pop("notification", UNSET)
        notification: PermissionNotification | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = _types.parse_model(PermissionNotification, _notification)

        _online_record = d.pop("online_record", UNSET)
        online_record: PermissionOnlineRecord | Unset
        if isinstance(_online_record, Unset):
            online_record = UNSET
        else:
            online_record = _types.parse_model(PermissionOnlineRecord, _online_record)

        _other = d.pop("other", UNSET)
        other: PermissionOther | Unset
        if isinstance(_other, Unset):
            other = UNSET
        else:
            other = _types.parse_model(PermissionOther, _other)

        _record_form = d.pop("record_form", UNSET)
        record_form: PermissionRecordForm | Unset
        if isinstance(_record_form, Unset):
            record_form = UNSET
        else:
            record_form = _types.parse_model(PermissionRecordForm, _record_form)

        _reports = d.pop("reports", UNSET)
        reports: PermissionReports | Unset
        if isinstance(_reports, Unset):
            reports = UNSET
        else:
            reports = _types.parse_model(PermissionReports, _reports)

        _security = d.pop("security", UNSET)
        security: PermissionSecurity | Unset
        if isinstance(_security, Unset):
            security = UNSET
        else:
            security = _types.parse_model(PermissionSecurity, _security)

        security_2fa_access = d.pop("security_2fa_access", UNSET)

        security_access = d.pop("security_access", UNSET)

        security_data_changes_access = d.pop("security_data_changes_access", UNSET)

        security_employee_changes_access = d.pop("security_employee_changes_access", UNSET)

        security_export_import_access = d.pop("security_export_import_access", UNSET)

        security_logins_access = d.pop("security_logins_access", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: PermissionSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = _types.parse_model(PermissionSettings, _settings)

        _storages = d.pop("storages", UNSET)
        storages: PermissionStorages | Unset
        if isinstance(_storages, Unset):
            storages = UNSET
        else:
            storages = _types.parse_model(PermissionStorages, _storages)

        _timetable = d.pop("timetable", UNSET)
        timetable: PermissionTimetable | Unset
        if isinstance(_timetable, Unset):
            timetable = UNSET
        else:
            timetable = _types.parse_model(PermissionTimetable, _timetable)

        has_any_paid_permission = cast(bool | None | Unset, d.pop("has_any_paid_permission", UNSET))

        is_editable = d.pop("is_editable", UNSET)

        staff_id = cast(int | None | Unset, d.pop("staff_id", UNSET))

        def _parse_user_permissions_item(user_permissions_item_data: Any) -> Any:
            user_permissions_item = _types.parse_model(PermissionUserPermissionsItem, user_permissions_item_data)

            return user_permissions_item

        _user_permissions = d.pop("user_permissions", UNSET)
        user_permissions: list[PermissionUserPermissionsItem] | Unset = UNSET
        if _user_permissions is not UNSET:
            user_permissions = _types.parse_list(_user_permissions, _parse_user_permissions_item)

        _user_role = d.pop("user_role", UNSET)
        user_role: PermissionUserRole | Unset
        if isinstance(_user_role, Unset):
            user_role = UNSET
        else:
            user_role = _types.parse_enum(PermissionUserRole, _user_role)

        _instance = cls(
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
            has_any_paid_permission=has_any_paid_permission,
            is_editable=is_editable,
            staff_id=staff_id,
            user_permissions=user_permissions,
            user_role=user_role,
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
