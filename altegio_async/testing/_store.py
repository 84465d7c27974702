"""The mock server's in-memory data: chains, locations and their loyalty catalogue.

Everything is built from a seed, so two servers with the same seed hold the same data.
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Store"]

FIRST_CHAIN_ID = 706028
FIRST_LOCATION_ID = 720441
_CITIES = ["Lisbon", "Porto", "Valencia", "Riga", "Tallinn", "Vilnius", "Krakow", "Brno", "Graz", "Ghent"]
_BRANDS = ["Glow", "Serenity", "Urban", "Velvet", "Lumen", "Atelier", "Nordic", "Bloom", "Halo", "Oasis"]
_KINDS = ["Spa", "Beauty Studio", "Barbers", "Clinic", "Fitness Club"]
_CERTIFICATES = [("Gift Certificate", 500), ("Gift Certificate", 1000), ("Spa Day", 2500), ("Birthday Gift", 750)]
_MEMBERSHIPS = [("Fitness Membership", 4900, 1, 3), ("10 Visits Pass", 3500, 3, 3), ("Unlimited Month", 8900, 1, 3)]
_FIRST_NAMES = ["Ana", "Marta", "Ines", "Lukas", "Sofia", "Jonas", "Elena", "Mateo", "Lea", "Nora"]
_LAST_NAMES = ["Silva", "Berzina", "Kask", "Novak", "Garcia", "Peeters", "Huber", "Kowalska", "Mets", "Costa"]


@dataclass
class Chain:
    """A chain of locations and everything the mock keeps for it."""

    id: int
    title: str
    location_ids: list[int]
    certificate_types: dict[int, dict[str, Any]] = field(default_factory=dict)
    membership_types: dict[int, dict[str, Any]] = field(default_factory=dict)
    deleted_membership_types: dict[int, dict[str, Any]] = field(default_factory=dict)
    memberships: dict[int, dict[str, Any]] = field(default_factory=dict)
    promotions: dict[int, dict[str, Any]] = field(default_factory=dict)
    clients: list[dict[str, Any]] = field(default_factory=list)
    transactions: list[dict[str, Any]] = field(default_factory=list)


class Store:
    """The mock's state. ``chains`` maps chain id → :class:`Chain`."""

    def __init__(self, seed: int = 0, chains: int = 5, locations_per_chain: int = 3, transactions: int = 57) -> None:
        self.seed = seed
        self._random = random.Random(seed)
        self._next_id = 300000
        self.chains: dict[int, Chain] = {}
        self.records: dict[int, dict[int, dict[str, Any]]] = {}  # location → appointments (see _records)
        self.clock_skew = 0.0  # seconds the server's clock is off this machine's
        for n in range(chains):
            chain_id = FIRST_CHAIN_ID + n
            brand = _BRANDS[n % len(_BRANDS)]
            kind = _KINDS[n % len(_KINDS)]
            locations = [FIRST_LOCATION_ID + n * 100 + i for i in range(locations_per_chain)]
            chain = Chain(id=chain_id, title=f"{brand} {kind}", location_ids=locations)
            self.chains[chain_id] = chain
            self._seed_chain(chain, transactions)

    def new_id(self) -> int:
        """A fresh id, unique across the store."""
        self._next_id += 1
        return self._next_id

    def location_title(self, location_id: int) -> str:
        """A readable name for a location id."""
        return f"{_CITIES[location_id % len(_CITIES)]} #{location_id % 100 + 1}"

    def _seed_chain(self, chain: Chain, transactions: int) -> None:
        rnd = self._random
        for title, balance in _CERTIFICATES:
            cert = certificate_type(self.new_id(), chain.id, f"{title} {balance}", balance, chain.location_ids[:2])
            cert["released_total"] = rnd.choice([0, 0, 3, 12])
            chain.certificate_types[cert["id"]] = cert
        for title, cost, period, unit in _MEMBERSHIPS:
            kind = membership_type(self.new_id(), chain.id, title, cost, period, unit)
            chain.membership_types[kind["id"]] = kind
        for i in range(6):
            person = {
                "id": self.new_id(),
                "name": f"{rnd.choice(_FIRST_NAMES)} {rnd.choice(_LAST_NAMES)}",
                "phone": f"+3519{rnd.randrange(10_000_000, 99_999_999)}",
            }
            chain.clients.append(person)
            kind = list(chain.membership_types.values())[i % len(chain.membership_types)]
            membership_id = self.new_id()
            chain.memberships[membership_id] = {
                "id": membership_id,
                "number": f"M-{membership_id}",
                "type_id": kind["id"],
                "status": {"id": 2, "title": "Active"},
                "is_frozen": False,
                "freeze_period": 0,
                "balance_string": "10 visits",
                "client_id": person["id"],
            }
        for i in range(transactions):
            type_id, type_title = rnd.choice([(1, "Accrual"), (2, "Write-off"), (6, "Certificate sale")])
            chain.transactions.append(
                {
                    "id": self.new_id(),
                    "amount": round(rnd.uniform(5, 250), 2),
                    "type_id": type_id,
                    "type": {"id": type_id, "title": type_title},
                    "status_id": 1,
                    "salon_group_id": chain.id,
                    "visit_id": 900000 + i,
                    "program_id": 0,
                    "card_id": 0,
                    "is_discount": False,
                    "is_loyalty_withdraw": type_id == 2,
                }
            )

    def snapshot(self) -> dict[int, Chain]:
        """A deep copy of the state (for tests that compare before and after)."""
        return copy.deepcopy(self.chains)


def certificate_type(type_id: int, chain_id: int, title: str, balance: float, salon_ids: list[int]) -> dict[str, Any]:
    """A certificate type as Altegio answers it."""
    return {
        "id": type_id,
        "title": title,
        "balance": balance,
        "is_multi": True,
        "company_group_id": chain_id,
        "category_id": None,
        "weight": 1,
        "item_type_id": 0,
        "expiration_type_id": 2,
        "expiration_date": None,
        "expiration_timeout": 6,
        "expiration_timeout_unit_id": 3,
        "balance_edit_type_id": 1,
        "is_allow_empty_code": False,
        "is_serial_number_limited": False,
        "is_archived": False,
        "date_archived": None,
        "online_sale_is_enabled": False,
        "online_sale_title": title,
        "online_sale_description": "",
        "online_sale_price": 0,
        "online_sale_image": None,
        "released_total": 0,
        "item_type": {"id": 0, "title": "All services and products"},
        "service_ids": [],
        "salon_ids": list(salon_ids),
    }


def membership_type(
    type_id: int, chain_id: int, title: str, cost: float, period: int, period_unit_id: int
) -> dict[str, Any]:
    """A membership (abonement) type as Altegio answers it."""
    return {
        "id": type_id,
        "title": title,
        "salon_group_id": chain_id,
        "cost": cost,
        "period": period,
        "period_unit_id": period_unit_id,
        "allow_freeze": True,
        "freeze_limit": 14,
        "freeze_limit_unit_id": 1,
        "is_archived": False,
        "date_archived": None,
        "is_united_balance": True,
        "united_balance_services_count": 10,
        "is_online_sale_enabled": False,
        "is_allow_empty_code": False,
        "balance_edit_type_id": 1,
        "expiration_type_id": 1,
        "weight": 1,
        "abonements_count": 0,
    }
