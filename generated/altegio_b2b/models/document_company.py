from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_company_phones_item import DocumentCompanyPhonesItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, DocumentCompanyPhonesItem
    from ..models.document_company_phones_item import DocumentCompanyPhonesItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="DocumentCompany")


@_attrs_define
class DocumentCompany:
    """location

    Attributes:
        address (str | Unset): location address
        allow_change_record (bool | Unset): Allow changing records
        allow_delete_record (bool | Unset): Allow deleting records
        business_group_id (int | Unset): Business group ID
        business_type_id (int | Unset): Business type ID
        city_id (int | Unset): City ID
        coordinate_lat (float | Unset): Latitude
        coordinate_lon (float | Unset): Longitude
        country_id (int | Unset): Country ID
        id (int | Unset): location ID
        logo (str | Unset): Let, on which the location logo is located
        phone (str | Unset): Location phone number
        phones (list[DocumentCompanyPhonesItem] | Unset): location phone
        public_title (str | Unset): Public-facing location name
        site (str | Unset): The site of the location
        timezone (float | Unset): Timezone ID
        timezone_name (str | Unset): Timezone name
        title (str | Unset): location name
        zip_ (str | Unset): Postcode
    """

    address: str | Unset = UNSET
    allow_change_record: bool | Unset = UNSET
    allow_delete_record: bool | Unset = UNSET
    business_group_id: int | Unset = UNSET
    business_type_id: int | Unset = UNSET
    city_id: int | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lon: float | Unset = UNSET
    country_id: int | Unset = UNSET
    id: int | Unset = UNSET
    logo: str | Unset = UNSET
    phone: str | Unset = UNSET
    phones: list[DocumentCompanyPhonesItem] | Unset = UNSET
    public_title: str | Unset = UNSET
    site: str | Unset = UNSET
    timezone: float | Unset = UNSET
    timezone_name: str | Unset = UNSET
    title: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"address": "address", "allow_change_record": "allow_change_record", "allow_delete_record": "allow_delete_record", "business_group_id": "business_group_id", "business_type_id": "business_type_id", "city_id": "city_id", "coordinate_lat": "coordinate_lat", "coordinate_lon": "coordinate_lon", "country_id": "country_id", "id": "id", "logo": "logo", "phone": "phone", "phones": "phones", "public_title": "public_title", "site": "site", "timezone": "timezone", "timezone_name": "timezone_name", "title": "title", "zip_": "zip"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        address = self.address

        allow_change_record = self.allow_change_record

        allow_delete_record = self.allow_delete_record

        business_group_id = self.business_group_id

        business_type_id = self.business_type_id

        city_id = self.city_id

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        country_id = self.country_id

        id = self.id

        logo = self.logo

        phone = self.phone

        phones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = _types.to_json(self.phones)

        public_title = self.public_title

        site = self.site

        timezone = self.timezone

        timezone_name = self.timezone_name

        title = self.title

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if allow_change_record is not UNSET:
            field_dict["allow_change_record"] = allow_change_record
        if allow_delete_record is not UNSET:
            field_dict["allow_delete_record"] = allow_delete_record
        if business_group_id is not UNSET:
            field_dict["business_group_id"] = business_group_id
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if id is not UNSET:
            field_dict["id"] = id
        if logo is not UNSET:
            field_dict["logo"] = logo
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phones is not UNSET:
            field_dict["phones"] = phones
        if public_title is not UNSET:
            field_dict["public_title"] = public_title
        if site is not UNSET:
            field_dict["site"] = site
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if timezone_name is not UNSET:
            field_dict["timezone_name"] = timezone_name
        if title is not UNSET:
            field_dict["title"] = title
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        allow_change_record = d.pop("allow_change_record", UNSET)

        allow_delete_record = d.pop("allow_delete_record", UNSET)

        business_group_id = d.pop("business_group_id", UNSET)

        business_type_id = d.pop("business_type_id", UNSET)

        city_id = d.pop("city_id", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        country_id = d.pop("country_id", UNSET)

        id = d.pop("id", UNSET)

        logo = d.pop("logo", UNSET)

        phone = d.pop("phone", UNSET)

        _phones = d.pop("phones", UNSET)
        phones: list[DocumentCompanyPhonesItem] | Unset = UNSET
        if _phones is not UNSET:
            phones = _types.parse_model_list(DocumentCompanyPhonesItem, _phones)

        public_title = d.pop("public_title", UNSET)

        site = d.pop("site", UNSET)

        timezone = d.pop("timezone", UNSET)

        timezone_name = d.pop("timezone_name", UNSET)

        title = d.pop("title", UNSET)

        zip_ = d.pop("zip", UNSET)

        _instance = cls(
            address,
            allow_change_record,
            allow_delete_record,
            business_group_id,
            business_type_id,
            city_id,
            coordinate_lat,
            coordinate_lon,
            country_id,
            id,
            logo,
            phone,
            phones,
            public_title,
            site,
            timezone,
            timezone_name,
            title,
            zip_,
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
