from enum import StrEnum


class NotificationSettingUserMode(StrEnum):
    ADMIN = "admin"
    DISABLED = "disabled"
    STAFF = "staff"

    @classmethod
    def _missing_(cls, value: object) -> "NotificationSettingUserMode | None":
        # A value added to the API after this client was generated: keep it as a new member.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
