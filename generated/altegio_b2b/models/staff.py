from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_image_group_type_0 import StaffImageGroupType0
    from ..models.staff_image_group_type_1_item import StaffImageGroupType1Item
    from ..models.staff_position_type_0 import StaffPositionType0
    from ..models.staff_user_item import StaffUserItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, StaffImageGroupType0, StaffImageGroupType1Item, StaffPositionType0, StaffUserItem
    from ..models.staff_image_group_type_0 import StaffImageGroupType0  # noqa: PLC0415
    from ..models.staff_image_group_type_1_item import StaffImageGroupType1Item  # noqa: PLC0415
    from ..models.staff_position_type_0 import StaffPositionType0  # noqa: PLC0415
    from ..models.staff_user_item import StaffUserItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Staff")


@_attrs_define
class Staff:
    """Team member data object

    Attributes:
        avatar (str | Unset): Path to team member avatar file
        avatar_big (str | Unset): The path to the team member's avatar file in a higher resolution
        company_id (int | Unset): location ID
        fired (float | int | str | Unset): Whether the team member was fired, 1 - fired, 0 - not fired
        hidden (float | int | str | Unset): Whether the team member is hidden for online appointment, 1 - hidden, 0 -
            not hidden
        id (int | Unset): team member ID
        is_included_in_payment_policy (bool | Unset): Whether the team member is included in the location''s active
            payment policy scope. Always returned. Defaults to `true` when the `payment_policy` feature is disabled for the
            location or no active pay…
        is_paid_staff (bool | Unset): Whether the team member is a paid staff member counted in license price
        name (str | Unset): team member name
        position (list[Any] | None | StaffPositionType0 | Unset): Team member's position (object when assigned, null or
            empty array when unassigned)
        specialization (str | Unset): team member specialization
        status (float | int | str | Unset): Is the team member removed, 1 - removed, 0 - not removed
        user_id (int | None | Unset): team member's linked user ID
        api_id (int | None | str | Unset): team member External ID
        comments_count (float | int | Unset): Number of comments to the team member
        image_group (list[StaffImageGroupType1Item] | StaffImageGroupType0 | Unset): Group of images of a team member
        information (str | Unset): Additional information about the team member (HTML format)
        rating (float | Unset): team member Rating
        show_rating (float | int | Unset): Whether to show the team member's rating (1 - show, 0 - do not show)
        votes_count (float | int | Unset): Number of votes that rated a team member
        weight (int | str | Unset): team member weight. team members are sorted by weight on exit, heavier first
        bookable (bool | Unset): Whether team member is available for online booking
        has_access_timetable (bool | Unset): Whether team member has access to timetable management
        position_id (int | Unset): Position/role ID
        prepaid (str | Unset): Prepayment requirement (forbidden, allowed, required)
        schedule_till (datetime.date | Unset): Schedule available until date (YYYY-MM-DD) Example: 2026-09-21.
        user (list[StaffUserItem] | Unset): Linked user data
    """

    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    company_id: int | Unset = UNSET
    fired: float | int | str | Unset = UNSET
    hidden: float | int | str | Unset = UNSET
    id: int | Unset = UNSET
    is_included_in_payment_policy: bool | Unset = UNSET
    is_paid_staff: bool | Unset = UNSET
    name: str | Unset = UNSET
    position: list[Any] | None | StaffPositionType0 | Unset = UNSET
    specialization: str | Unset = UNSET
    status: float | int | str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    api_id: int | None | str | Unset = UNSET
    comments_count: float | int | Unset = UNSET
    image_group: list[StaffImageGroupType1Item] | StaffImageGroupType0 | Unset = UNSET
    information: str | Unset = UNSET
    rating: float | Unset = UNSET
    show_rating: float | int | Unset = UNSET
    votes_count: float | int | Unset = UNSET
    weight: int | str | Unset = UNSET
    bookable: bool | Unset = UNSET
    has_access_timetable: bool | Unset = UNSET
    position_id: int | Unset = UNSET
    prepaid: str | Unset = UNSET
    schedule_till: datetime.date | Unset = UNSET
    user: list[StaffUserItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"avatar": "avatar", "avatar_big": "avatar_big", "company_id": "company_id", "fired": "fired", "hidden": "hidden", "id": "id", "is_included_in_payment_policy": "is_included_in_payment_policy", "is_paid_staff": "is_paid_staff", "name": "name", "position": "position", "specialization": "specialization", "status": "status", "user_id": "user_id", "api_id": "api_id", "comments_count": "comments_count", "image_group": "image_group", "information": "information", "rating": "rating", "show_rating": "show_rating", "votes_count": "votes_count", "weight": "weight", "bookable": "bookable", "has_access_timetable": "has_access_timetable", "position_id": "position_id", "prepaid": "prepaid", "schedule_till": "schedule_till", "user": "user"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        avatar = self.avatar

        avatar_big = self.avatar_big

        company_id = self.company_id

        fired: float | int | str | Unset
        if isinstance(self.fired, Unset):
            fired = UNSET
        else:
            fired = self.fired

        hidden: float | int | str | Unset
        if isinstance(self.hidden, Unset):
            hidden = UNSET
        else:
            hidden = self.hidden

        id = self.id

        is_included_in_payment_policy = self.is_included_in_payment_policy

        is_paid_staff = self.is_paid_staff

        name = self.name

        position: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, StaffPositionType0):
            position = _types.to_json(self.position)
        elif isinstance(self.position, list):
            position = self.position

        else:
            position = self.position

        specialization = self.specialization

        status: float | int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        api_id: int | None | str | Unset
        if isinstance(self.api_id, Unset):
            api_id = UNSET
        else:
            api_id = self.api_id

        comments_count: float | int | Unset
        if isinstance(self.comments_count, Unset):
            comments_count = UNSET
        else:
            comments_count = self.comments_count

        image_group: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.image_group, Unset):
            image_group = UNSET
        elif isinstance(self.image_group, StaffImageGroupType0):
            image_group = _types.to_json(self.image_group)
        else:
            image_group = _types.to_json(self.image_group)

        information = self.information

        rating = self.rating

        show_rating: float | int | Unset
        if isinstance(self.show_rating, Unset):
            show_rating = UNSET
        else:
            show_rating = self.show_rating

        votes_count: float | int | Unset
        if isinstance(self.votes_count, Unset):
            votes_count = UNSET
        else:
            votes_count = self.votes_count

        weight: int | str | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        bookable = self.bookable

        has_access_timetable = self.has_access_timetable

        position_id = self.position_id

        prepaid = self.prepaid

        schedule_till: str | Unset = UNSET
        if not isinstance(self.schedule_till, Unset):
            schedule_till = _types.date_json(self.schedule_till)

        user: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = _types.to_json(self.user)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if fired is not UNSET:
            field_dict["fired"] = fired
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if id is not UNSET:
            field_dict["id"] = id
        if is_included_in_payment_policy is not UNSET:
            field_dict["is_included_in_payment_policy"] = is_included_in_payment_policy
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff
        if name is not UNSET:
            field_dict["name"] = name
        if position is not UNSET:
            field_dict["position"] = position
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if status is not UNSET:
            field_dict["status"] = status
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if image_group is not UNSET:
            field_dict["image_group"] = image_group
        if information is not UNSET:
            field_dict["information"] = information
        if rating is not UNSET:
            field_dict["rating"] = rating
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count
        if weight is not UNSET:
            field_dict["weight"] = weight
        if bookable is not UNSET:
            field_dict["bookable"] = bookable
        if has_access_timetable is not UNSET:
            field_dict["has_access_timetable"] = has_access_timetable
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if schedule_till is not UNSET:
            field_dict["schedule_till"] = schedule_till
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        company_id = d.pop("company_id", UNSET)

        fired: float | int | str | Unset = d.pop("fired", UNSET)

        hidden: float | int | str | Unset = d.pop("hidden", UNSET)

        id = d.pop("id", UNSET)

        is_included_in_payment_policy = d.pop("is_included_in_payment_policy", UNSET)

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        name = d.pop("name", UNSET)

        def _parse_position(data: object) -> list[Any] | None | StaffPositionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = _types.parse_model(StaffPositionType0, data)

                if position_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (isinstance(data, list) or data == {}):
                    raise TypeError()
                position_type_1 = _types.parse_plain_list(data)

                if position_type_1 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return position_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(list[Any] | None | StaffPositionType0 | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        specialization = d.pop("specialization", UNSET)

        status: float | int | str | Unset = d.pop("status", UNSET)

        user_id: int | None | Unset = d.pop("user_id", UNSET)

        api_id: int | None | str | Unset = d.pop("api_id", UNSET)

        comments_count: float | int | Unset = d.pop("comments_count", UNSET)

        def _parse_image_group(data: object) -> list[StaffImageGroupType1Item] | StaffImageGroupType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_group_type_0 = _types.parse_model(StaffImageGroupType0, data)

                if image_group_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return image_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (isinstance(data, list) or data == {}):
                    raise TypeError()
                image_group_type_1 = _types.parse_model_list(StaffImageGroupType1Item, data)

                if image_group_type_1 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return image_group_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(list[StaffImageGroupType1Item] | StaffImageGroupType0 | Unset, data)

        image_group = _parse_image_group(d.pop("image_group", UNSET))

        information = d.pop("information", UNSET)

        rating = d.pop("rating", UNSET)

        show_rating: float | int | Unset = d.pop("show_rating", UNSET)

        votes_count: float | int | Unset = d.pop("votes_count", UNSET)

        weight: int | str | Unset = d.pop("weight", UNSET)

        bookable = d.pop("bookable", UNSET)

        has_access_timetable = d.pop("has_access_timetable", UNSET)

        position_id = d.pop("position_id", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        _schedule_till = d.pop("schedule_till", UNSET)
        schedule_till: datetime.date | Unset
        if isinstance(_schedule_till, Unset):
            schedule_till = UNSET
        else:
            schedule_till = _types.parse_date(_schedule_till)

        _user = d.pop("user", UNSET)
        user: list[StaffUserItem] | Unset = UNSET
        if _user is not UNSET:
            user = _types.parse_model_list(StaffUserItem, _user)

        _instance = cls(
            avatar,
            avatar_big,
            company_id,
            fired,
            hidden,
            id,
            is_included_in_payment_policy,
            is_paid_staff,
            name,
            position,
            specialization,
            status,
            user_id,
            api_id,
            comments_count,
            image_group,
            information,
            rating,
            show_rating,
            votes_count,
            weight,
            bookable,
            has_access_timetable,
            position_id,
            prepaid,
            schedule_till,
            user,
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
