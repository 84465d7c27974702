from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_client_list_body_filters_item_state import GetClientListBodyFiltersItemState

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, GetClientListBodyFiltersItemState
    from ..models.get_client_list_body_filters_item_state import GetClientListBodyFiltersItemState  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="GetClientListBodyFiltersItem")


@_attrs_define
class GetClientListBodyFiltersItem:
    """
    Attributes:
        state (GetClientListBodyFiltersItemState | Unset): Filter type
        type_ (str | Unset):
    """

    state: GetClientListBodyFiltersItemState | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"state": "state", "type_": "type"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = _types.to_json(self.state)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _state = d.pop("state", UNSET)
        state: GetClientListBodyFiltersItemState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = _types.parse_model(GetClientListBodyFiltersItemState, _state)

        type_ = d.pop("type", UNSET)

        _instance = cls(
            state,
            type_,
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
