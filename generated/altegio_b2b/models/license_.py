from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.license_license_option import LicenseLicenseOption
    from ..models.license_options_item import LicenseOptionsItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, LicenseLicenseOption, LicenseOptionsItem
    from ..models.license_license_option import LicenseLicenseOption  # noqa: PLC0415
    from ..models.license_options_item import LicenseOptionsItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="License")


@_attrs_define
class License:
    """
    Attributes:
        active (float | Unset): Is the subscription active
        deactivation_date (str | Unset): Subscription expiration date
        id (int | Unset): Subscription ID
        is_paid_rights_model (bool | Unset): Whether the location uses paid rights licensing model
        license_option (LicenseLicenseOption | Unset):
        name (str | Unset): Subscription name
        options (list[LicenseOptionsItem] | Unset): Subscription options
        salon_id (int | Unset): location ID
        staff_limit (float | Unset): team member limit
        start_date (str | Unset): Subscription start date
    """

    active: float | Unset = UNSET
    deactivation_date: str | Unset = UNSET
    id: int | Unset = UNSET
    is_paid_rights_model: bool | Unset = UNSET
    license_option: LicenseLicenseOption | Unset = UNSET
    name: str | Unset = UNSET
    options: list[LicenseOptionsItem] | Unset = UNSET
    salon_id: int | Unset = UNSET
    staff_limit: float | Unset = UNSET
    start_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"active": "active", "deactivation_date": "deactivation_date", "id": "id", "is_paid_rights_model": "is_paid_rights_model", "license_option": "LicenseOption", "name": "name", "options": "options", "salon_id": "salon_id", "staff_limit": "staff_limit", "start_date": "start_date"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        active = self.active

        deactivation_date = self.deactivation_date

        id = self.id

        is_paid_rights_model = self.is_paid_rights_model

        license_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.license_option, Unset):
            license_option = _types.to_json(self.license_option)

        name = self.name

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = _types.to_json(self.options)

        salon_id = self.salon_id

        staff_limit = self.staff_limit

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if deactivation_date is not UNSET:
            field_dict["deactivation_date"] = deactivation_date
        if id is not UNSET:
            field_dict["id"] = id
        if is_paid_rights_model is not UNSET:
            field_dict["is_paid_rights_model"] = is_paid_rights_model
        if license_option is not UNSET:
            field_dict["LicenseOption"] = license_option
        if name is not UNSET:
            field_dict["name"] = name
        if options is not UNSET:
            field_dict["options"] = options
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if staff_limit is not UNSET:
            field_dict["staff_limit"] = staff_limit
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        deactivation_date = d.pop("deactivation_date", UNSET)

        id = d.pop("id", UNSET)

        is_paid_rights_model = d.pop("is_paid_rights_model", UNSET)

        _license_option = d.pop("LicenseOption", UNSET)
        license_option: LicenseLicenseOption | Unset
        if isinstance(_license_option, Unset):
            license_option = UNSET
        else:
            license_option = _types.parse_model(LicenseLicenseOption, _license_option)

        name = d.pop("name", UNSET)

        _options = d.pop("options", UNSET)
        options: list[LicenseOptionsItem] | Unset = UNSET
        if _options is not UNSET:
            options = _types.parse_model_list(LicenseOptionsItem, _options)

        salon_id = d.pop("salon_id", UNSET)

        staff_limit = d.pop("staff_limit", UNSET)

        start_date = d.pop("start_date", UNSET)

        _instance = cls(
            active,
            deactivation_date,
            id,
            is_paid_rights_model,
            license_option,
            name,
            options,
            salon_id,
            staff_limit,
            start_date,
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
