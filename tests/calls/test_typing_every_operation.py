"""The committed ``tests/typing/every_operation.py`` covers every operation of the generated client."""

from tests.typing_every_operation import TARGET, render


def test_every_operation_file_is_current() -> None:
    import subprocess
    import sys

    wanted = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--isolated", "--line-length", "120", "-"],
        input=render(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert TARGET.read_text(encoding="utf-8") == wanted, "run: python -m tests.typing_every_operation"
    from altegio_b2b.operation_index import OPERATIONS

    assert wanted.count("await altegio.call(") == len(OPERATIONS)
