"""Writes ``tests/typing/every_operation.py``: every generated operation passed to ``call``,
``call_with_meta`` and ``call_raw``, for ``mypy --strict`` (``make typecheck``) to check.

Built from the operation descriptors, so an operation added upstream is checked too;
``tests/calls/test_typing_every_operation.py`` fails when the committed file is not what this writes.
Run ``python -m tests.typing_every_operation`` to rewrite it.
"""

from __future__ import annotations

from pathlib import Path

TARGET = Path(__file__).resolve().parent / "typing" / "every_operation.py"

HEADER = '''"""Checked by mypy (``make typecheck``), not run: every operation type-checks with ``call``,
``call_with_meta`` and ``call_raw`` (enveloped and bare answers alike).

Written by ``python -m tests.typing_every_operation`` from the operation descriptors; do not edit.
"""

from __future__ import annotations

from typing import Any

from altegio_async import AltegioClient
'''


def render() -> str:
    """The file's text for the operations of the generated client."""
    from altegio_b2b.operation_index import OPERATIONS

    sections: dict[str, list[str]] = {}
    calls = []
    for name in sorted(OPERATIONS):
        sections.setdefault(OPERATIONS[name].module.rsplit(".", 2)[1], []).append(name)
        for method in ("call", "call_with_meta", "call_raw"):
            calls.append(f"    await altegio.{method}({name}, *args, **kwargs)\n")
    body = "".join(calls)
    return (
        HEADER
        + "".join(f"from altegio_b2b.api.{s} import {', '.join(names)}\n" for s, names in sorted(sections.items()))
        + "\n\nasync def every_operation(altegio: AltegioClient, args: Any, kwargs: Any) -> None:\n"
        + body
    )


def main() -> None:
    """Rewrite the file."""
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
