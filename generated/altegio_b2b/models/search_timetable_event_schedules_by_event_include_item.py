from enum import StrEnum


class SearchTimetableEventSchedulesByEventIncludeItem(StrEnum):
    DAYS = "days"
    DAYS_EVENTS_LABELS = "days.events_labels"
    DAYS_EVENTS_MASTER = "days.events_master"
    DAYS_EVENTS_RESOURCE_INSTANCES = "days.events_resource_instances"

    @classmethod
    def _missing_(cls, value: object) -> "SearchTimetableEventSchedulesByEventIncludeItem | None":
        # A value added to the API after this client was generated: keep it as a new member.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
