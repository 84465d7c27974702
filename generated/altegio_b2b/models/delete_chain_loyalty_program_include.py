from enum import StrEnum


class DeleteChainLoyaltyProgramInclude(StrEnum):
    APPLICABLE_ITEMS = "applicable_items"
    COMPANIES = "companies"
    LOYALTY_CARD_TYPES = "loyalty_card_types"
    ON_CHANGED_NOTIFICATION_TEMPLATE = "on_changed_notification_template"
    ON_EXPIRATION_NOTIFICATION_TEMPLATE = "on_expiration_notification_template"
    RULES = "rules"

    @classmethod
    def _missing_(cls, value: object) -> "DeleteChainLoyaltyProgramInclude | None":
        # A value added to the API after this client was generated: keep it as a new member.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
