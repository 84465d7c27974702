"""String enum members named after their values, so adding or reordering values renames nothing."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any

from spec_walk import all_schemas

from ._shared import Report

VARNAMES_KEY = "x-enum-varnames"
"""The generator's own extension: the member names of an enum, in value order."""


def member_name(value: str) -> str:
    """A Python member name derived from the value alone: ``"in-progress"`` → ``IN_PROGRESS``, ``"4"`` → ``VALUE_4``.

    Non-ASCII letters are reduced to ASCII where they decompose; what is left is spelled by a digest
    of the value, so the name still depends on nothing but the value.
    """
    if value == "":
        return "EMPTY"
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    words = "_".join(w for w in re.split(r"[^0-9A-Za-z]+", ascii_text) if w)
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", words).upper()
    if not words or (ascii_text != value and len(words) < len(value) // 2):
        return "VALUE_" + hashlib.sha256(value.encode()).hexdigest()[:8].upper()
    if value.startswith("-") and words[0].isdigit():
        return f"VALUE_NEGATIVE_{words}"
    return words if words[0].isalpha() else f"VALUE_{words}"


def name_enum_members(spec: dict[str, Any]) -> Report:
    """Give every string enum ``x-enum-varnames`` derived from its values (unless it has them).

    The generator would otherwise name a value that does not start with a letter by its position
    (``VALUE_3`` for the fourth value): a value added before it renames every member after it.
    Values whose names collide (``"a-b"`` and ``"a_b"``, ``"Open"`` and ``"OPEN"``) each get a
    suffix from a digest of the value, so both are kept and neither depends on the order.
    """
    report = []
    for where, schema in list(all_schemas(spec)):
        values = schema.get("enum")
        if not isinstance(values, list) or not values or VARNAMES_KEY in schema:
            continue
        if not all(isinstance(v, str) for v in values):
            continue
        if len(set(values)) != len(values):
            schema["enum"] = values = list(dict.fromkeys(values))
            report.append(f"{where}: repeated enum values kept once")
        names = [member_name(v) for v in values]
        taken = {n: names.count(n) for n in names}
        names = [
            f"{n}_{hashlib.sha256(v.encode()).hexdigest()[:6].upper()}" if taken[n] > 1 else n
            for n, v in zip(names, values, strict=True)
        ]
        schema[VARNAMES_KEY] = names
        positional = [v for v in values if not (v[:1].isalpha() and v.isascii())]
        if positional or any(taken[n] > 1 for n in taken):
            report.append(f"{where}: members named by value ({', '.join(names[:4])}{', …' if len(names) > 4 else ''})")
    return report
