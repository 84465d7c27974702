from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.license_license_option import LicenseLicenseOption
    from ..models.license_options_item import LicenseOptionsItem


T = TypeVar("T", bound="License")


@_attrs_define
class License:
    """
    Attributes:
        active (float): Is the subscription active
        deactivation_date (str): Subscription expiration date
        id (int): Subscription ID
        is_paid_rights_model (bool): Whether the location uses paid rights licensing model
        name (str): Subscription name
        options (list[LicenseOptionsItem]): Subscription options
        salon_id (int): location ID
        staff_limit (float): team member limit
        start_date (str): Subscription start date
        license_option (LicenseLicenseOption | Unset):
    """

    active: float
    deactivation_date: str
    id: int
    is_paid_rights_model: bool
    name: str
    options: list[LicenseOptionsItem]
    salon_id: int
    staff_limit: float
    start_date: str
    license_option: LicenseLicenseOption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        deactivation_date = self.deactivation_date

        id = self.id

        is_paid_rights_model = self.is_paid_rights_model

        name = self.name

        options = _types.to_json(self.options)

        salon_id = self.salon_id

        staff_limit = self.staff_limit

        start_date = self.start_date

        license_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.license_option, Unset):
            license_option = _types.to_json(self.license_option)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "deactivation_date": deactivation_date,
                "id": id,
                "is_paid_rights_model": is_paid_rights_model,
                "name": name,
                "options": options,
                "salon_id": salon_id,
                "staff_limit": staff_limit,
                "start_date": start_date,
            }
        )
        if license_option is not UNSET:
            field_dict["LicenseOption"] = license_option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.license_license_option import LicenseLicenseOption  # noqa: PLC0415
        from ..models.license_options_item import LicenseOptionsItem  # noqa: PLC0415

        d = dict(src_dict)
        active = d.pop("active")

        deactivation_date = d.pop("deactivation_date")

        id = d.pop("id")

        is_paid_rights_model = d.pop("is_paid_rights_model")

        name = d.pop("name")

        def _parse_options_item(options_item_data: Any) -> Any:
            options_item = _types.parse_model(LicenseOptionsItem, options_item_data)

            return options_item

        options = _types.parse_list(d.pop("options"), _parse_options_item)

        salon_id = d.pop("salon_id")

        staff_limit = d.pop("staff_limit")

        start_date = d.pop("start_date")

        _license_option = d.pop("LicenseOption", UNSET)
        license_option: LicenseLicenseOption | Unset
        if isinstance(_license_option, Unset):
            license_option = UNSET
        else:
            license_option = _types.parse_model(LicenseLicenseOption, _license_option)

        license_ = cls(
            active=active,
            deactivation_date=deactivation_date,
            id=id,
            is_paid_rights_model=is_paid_rights_model,
            name=name,
            options=options,
            salon_id=salon_id,
            staff_limit=staff_limit,
            start_date=start_date,
            license_option=license_option,
        )

        license_.additional_properties = d
        return license_

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
