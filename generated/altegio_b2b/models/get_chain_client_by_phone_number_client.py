from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_chain_client_by_phone_number_client_clients_item import (
        GetChainClientByPhoneNumberClientClientsItem,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, GetChainClientByPhoneNumberClientClientsItem
    from ..models.get_chain_client_by_phone_number_client_clients_item import (
        GetChainClientByPhoneNumberClientClientsItem,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="GetChainClientByPhoneNumberClient")


@_attrs_define
class GetChainClientByPhoneNumberClient:
    """Object with data

    Attributes:
        clients (list[GetChainClientByPhoneNumberClientClientsItem] | Unset): Array of clients in chain locations
        phone (str | Unset): Customer phone
        salon_group_id (int | Unset): Chain ID
    """

    clients: list[GetChainClientByPhoneNumberClientClientsItem] | Unset = UNSET
    phone: str | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"clients": "clients", "phone": "phone", "salon_group_id": "salon_group_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        clients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = _types.to_json(self.clients)

        phone = self.phone

        salon_group_id = self.salon_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clients is not UNSET:
            field_dict["clients"] = clients
        if phone is not UNSET:
            field_dict["phone"] = phone
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _clients = d.pop("clients", UNSET)
        clients: list[GetChainClientByPhoneNumberClientClientsItem] | Unset = UNSET
        if _clients is not UNSET:
            clients = _types.parse_model_list(GetChainClientByPhoneNumberClientClientsItem, _clients)

        phone = d.pop("phone", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        _instance = cls(
            clients,
            phone,
            salon_group_id,
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
