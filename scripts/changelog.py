#!/usr/bin/env python3
"""Put a change report into CHANGELOG.md, newest first, under its "## API description" heading.

Usage: ``python scripts/changelog.py CHANGELOG.md REPORT.md`` (the heading is created if missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

HEADING = "## API description"
INTRO = "What changed in Altegio's API description at each regeneration (written by scripts/regenerate.sh)."


def insert(changelog: str, report: str) -> str:
    """``changelog`` with ``report`` placed first under the API description heading."""
    if HEADING not in changelog:
        changelog = changelog.rstrip("\n") + f"\n\n{HEADING}\n\n{INTRO}\n"
    head, _, tail = changelog.partition(HEADING)
    rest = tail.lstrip("\n")
    if rest.startswith(INTRO):
        rest = rest[len(INTRO) :].lstrip("\n")
        return f"{head}{HEADING}\n\n{INTRO}\n\n{report.rstrip()}\n\n{rest}".rstrip("\n") + "\n"
    return f"{head}{HEADING}\n\n{report.rstrip()}\n\n{rest}".rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    path, report = Path(args[0]), Path(args[1]).read_text(encoding="utf-8")
    current = path.read_text(encoding="utf-8") if path.is_file() else "# Changelog\n"
    path.write_text(insert(current, report), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
