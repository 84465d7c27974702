"""What several fixes share."""

ENVELOPE_KEY = "x-altegio-envelope"
"""Marks a success answer that arrives in the envelope (its schema describes the data)."""

Report = list[str]

OPTIONAL_PATH_KEY = "x-altegio-optional"
"""Marks a trailing path parameter that callers may leave out (read by the templates and the descriptors)."""

OVERRIDDEN_KEY = "x-altegio-overridden"
"""Marks a property schema set by ``openapi/overrides.yaml``: merging models never widens it back."""
