#!/usr/bin/env python3
"""Import every module of a generated ``altegio_b2b`` package and count what it holds.

Usage: ``PYTHONPATH=DIR python scripts/check_generated_imports.py DIR`` where DIR contains
``altegio_b2b`` (the pipeline runs it so: the package under test comes first on the path).
Exits non-zero, naming the module, if any module fails to import.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import traceback
from pathlib import Path


def main(argv: list[str]) -> int:
    """Import each module below DIR/altegio_b2b; print counts; 1 on any failure."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    package = importlib.import_module("altegio_b2b")
    where = Path(package.__file__ or "").resolve().parent.parent
    if where != Path(argv[0]).resolve():
        print(f"check_generated_imports: altegio_b2b came from {where}, not {argv[0]}: set PYTHONPATH", file=sys.stderr)
        return 2
    failures = 0
    operations = models = 0
    for info in pkgutil.walk_packages(package.__path__, "altegio_b2b."):
        try:
            module = importlib.import_module(info.name)
        except Exception:  # report every broken module, not only the first
            failures += 1
            print(f"FAILED to import {info.name}", file=sys.stderr)
            traceback.print_exc()
            continue
        if info.name.startswith("altegio_b2b.api.") and hasattr(module, "build_request"):
            operations += 1
        elif info.name.startswith("altegio_b2b.models.") and not info.ispkg:
            models += 1
    print(f"imported: {operations} operation modules, {models} model modules, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
