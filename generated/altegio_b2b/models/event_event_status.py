from enum import StrEnum


class EventEventStatus(StrEnum):
    ENTITY_DELETED = "entity_deleted"
    ENTITY_FAILED = "entity_failed"
    EVENT_CHANGED = "event_changed"
    EVENT_CHANGED_FORCE = "event_changed_force"
    EVENT_CREATED = "event_created"
    EVENT_DELETED = "event_deleted"
    STABLE = "stable"

    @classmethod
    def _missing_(cls, value: object) -> "EventEventStatus | None":
        # A value added to the API after this client was generated: keep it as a new member.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
