from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.chain_loyalty_certificate_types_update_body_balance_edit_type_id import (
    ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId,
)
from ..models.chain_loyalty_certificate_types_update_body_item_type_id import (
    ChainLoyaltyCertificateTypesUpdateBodyItemTypeId,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_certificate_types_update_body_expiration import (
        ChainLoyaltyCertificateTypesUpdateBodyExpiration,
    )
    from ..models.chain_loyalty_certificate_types_update_body_online_sale import (
        ChainLoyaltyCertificateTypesUpdateBodyOnlineSale,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        ChainLoyaltyCertificateTypesUpdateBodyExpiration, \
        ChainLoyaltyCertificateTypesUpdateBodyOnlineSale
    from ..models.chain_loyalty_certificate_types_update_body_expiration import (
        ChainLoyaltyCertificateTypesUpdateBodyExpiration,  # noqa: PLC0415
    )
    from ..models.chain_loyalty_certificate_types_update_body_online_sale import (
        ChainLoyaltyCertificateTypesUpdateBodyOnlineSale,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="ChainLoyaltyCertificateTypesUpdateBody")


@_attrs_define
class ChainLoyaltyCertificateTypesUpdateBody:
    """
    Attributes:
        balance (float): Certificate face value
        balance_edit_type_id (ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId): Balance editability (1 =
            editable, 2 = not editable)
        expiration (ChainLoyaltyCertificateTypesUpdateBodyExpiration): Expiration settings
        is_allow_empty_code (bool): Allow selling without code?
        is_multi (bool): true = multiple use, false = single use
        item_type_id (ChainLoyaltyCertificateTypesUpdateBodyItemTypeId): Usage restrictions (0-4)
        online_sale (ChainLoyaltyCertificateTypesUpdateBodyOnlineSale): Online sale settings
        salon_ids (list[int]): Location IDs where certificate is valid
        service_ids (list[int]): Specific service IDs (empty if no restriction)
        title (str): Certificate type name
        category_id (int | None | Unset): Service category restriction (null = no restriction)
    """

    balance: float
    balance_edit_type_id: ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId
    expiration: ChainLoyaltyCertificateTypesUpdateBodyExpiration
    is_allow_empty_code: bool
    is_multi: bool
    item_type_id: ChainLoyaltyCertificateTypesUpdateBodyItemTypeId
    online_sale: ChainLoyaltyCertificateTypesUpdateBodyOnlineSale
    salon_ids: list[int]
    service_ids: list[int]
    title: str
    category_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"balance": "balance", "balance_edit_type_id": "balance_edit_type_id", "expiration": "expiration", "is_allow_empty_code": "is_allow_empty_code", "is_multi": "is_multi", "item_type_id": "item_type_id", "online_sale": "online_sale", "salon_ids": "salon_ids", "service_ids": "service_ids", "title": "title", "category_id": "category_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        balance = self.balance

        balance_edit_type_id = _types.to_json(self.balance_edit_type_id)

        expiration = _types.to_json(self.expiration)

        is_allow_empty_code = self.is_allow_empty_code

        is_multi = self.is_multi

        item_type_id = _types.to_json(self.item_type_id)

        online_sale = _types.to_json(self.online_sale)

        salon_ids = self.salon_ids

        service_ids = self.service_ids

        title = self.title

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
                "balance_edit_type_id": balance_edit_type_id,
                "expiration": expiration,
                "is_allow_empty_code": is_allow_empty_code,
                "is_multi": is_multi,
                "item_type_id": item_type_id,
                "online_sale": online_sale,
                "salon_ids": salon_ids,
                "service_ids": service_ids,
                "title": title,
            }
        )
        if category_id is not UNSET:
            field_dict["category_id"] = category_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        balance = d.pop("balance")

        balance_edit_type_id = _types.parse_enum(
            ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId, d.pop("balance_edit_type_id")
        )

        expiration = _types.parse_model(ChainLoyaltyCertificateTypesUpdateBodyExpiration, d.pop("expiration"))

        is_allow_empty_code = d.pop("is_allow_empty_code")

        is_multi = d.pop("is_multi")

        item_type_id = _types.parse_enum(ChainLoyaltyCertificateTypesUpdateBodyItemTypeId, d.pop("item_type_id"))

        online_sale = _types.parse_model(ChainLoyaltyCertificateTypesUpdateBodyOnlineSale, d.pop("online_sale"))

        salon_ids = _types.parse_plain_list(d.pop("salon_ids"))

        service_ids = _types.parse_plain_list(d.pop("service_ids"))

        title = d.pop("title")

        category_id: int | None | Unset = d.pop("category_id", UNSET)

        _instance = cls(
            balance,
            balance_edit_type_id,
            expiration,
            is_allow_empty_code,
            is_multi,
            item_type_id,
            online_sale,
            salon_ids,
            service_ids,
            title,
            category_id,
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
