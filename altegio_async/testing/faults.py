"""Fault knobs for the mock server: latency, 429s, 5xx, connection resets, malformed bodies.

Faults are decided by a counter and a seeded random generator, so a run with the same
settings injects the same faults into the same requests.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

__all__ = ["FaultPlan", "Faults"]


@dataclass
class Faults:
    """What to inject, for the whole server or for paths under a prefix.

    Attributes:
        latency: seconds added before every answer.
        slow_body: seconds between the chunks of every answer's body (sent in 4 chunks), so a
            client's read timeout can expire in the middle of a body.
        rate_limit_every: every N-th request answers 429 (0: never).
        retry_after: the ``Retry-After`` seconds sent with those 429s.
        server_error_rate: share of requests (0–1) answered with one of ``server_error_statuses``.
        server_error_statuses: the 5xx statuses to pick from.
        reset_rate: share of requests whose connection is reset before they reach the server
            (the client sees a connect error; nothing was processed).
        drop_rate: share of requests whose connection drops after the server processed them
            (the client sees a read error; a write did happen).
        malformed_rate: share of requests answered 200 with a body that is not valid JSON
            (an HTML page or a truncated envelope, alternately).
    """

    latency: float = 0.0
    slow_body: float = 0.0
    rate_limit_every: int = 0
    retry_after: float = 1.0
    server_error_rate: float = 0.0
    server_error_statuses: tuple[int, ...] = (500, 502, 503, 504)
    reset_rate: float = 0.0
    drop_rate: float = 0.0
    malformed_rate: float = 0.0

    def __post_init__(self) -> None:
        for name in ("server_error_rate", "reset_rate", "drop_rate", "malformed_rate"):
            rate = getattr(self, name)
            if not 0.0 <= rate <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {rate}")
        if min(self.latency, self.slow_body, self.rate_limit_every, self.retry_after) < 0:
            raise ValueError("latency, slow_body, rate_limit_every and retry_after must not be negative")


@dataclass
class FaultPlan:
    """Decides, request by request, which fault (if any) the server injects."""

    seed: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    _random: random.Random = field(init=False, repr=False)
    _seen: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)

    def decide(self, faults: Faults) -> tuple[str, int] | None:
        """``(kind, status)`` for this request, or None.

        Kinds: ``rate_limit``, ``reset``, ``drop``, ``server_error``, ``malformed``.
        """
        self._seen += 1
        draw = self._random.random()
        choice: tuple[str, int] | None = None
        bands = (
            ("reset", faults.reset_rate),
            ("drop", faults.drop_rate),
            ("server_error", faults.server_error_rate),
            ("malformed", faults.malformed_rate),
        )
        if faults.rate_limit_every and self._seen % faults.rate_limit_every == 0:
            choice = ("rate_limit", 429)
        else:
            edge = 0.0
            for kind, rate in bands:
                edge += rate
                if draw < edge:
                    status = self._random.choice(faults.server_error_statuses) if kind == "server_error" else 0
                    choice = (kind, status)
                    break
        if choice:
            self.counts[choice[0]] += 1
        return choice
