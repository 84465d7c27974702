"""Per-task context shared between the fan-out and the transport (no imports beyond contextvars)."""

import contextvars

# Set by fan-out for each target's task: the transport adds one per HTTP attempt.
ATTEMPTS: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar("altegio_attempts", default=None)
