from enum import StrEnum


class RoleSlug(StrEnum):
    ACCOUNTANT = "accountant"
    ADMINISTRATOR = "administrator"
    FREE_READONLY = "free_readonly"
    FREE_READONLY_ADMIN = "free_readonly_admin"
    MANAGER = "manager"
    OWNER = "owner"
    WORKER = "worker"

    @classmethod
    def _missing_(cls, value: object) -> "RoleSlug | None":
        # A value added to the API after this client was generated: keep it as a new member.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
