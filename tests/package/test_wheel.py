"""The package as a user gets it: the wheel installed into fresh virtual environments, far from
this source tree. Types reach mypy, missing extras say what to install, the README's Install
example runs."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.spec_support import ROOT

USER_SCRIPT = """
from typing import assert_type

from altegio_async import AltegioClient
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_cert_types
from altegio_b2b.models import CertificateType


async def run(altegio: AltegioClient) -> None:
    types = await altegio.chain(706028).call(list_cert_types, title="Gift")
    assert_type(types, list[CertificateType] | None)
"""
MISSPELLED = USER_SCRIPT.replace('title="Gift"', 'titl="Gift"')


def run(*command: str | Path, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env={"PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": str(cwd), "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    done = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", out, ROOT, cwd=out)
    assert done.returncode == 0, done.stderr[-2000:]
    (built,) = out.glob("altegio_async-*.whl")
    return built


def fresh_venv(place: Path, requirement: str) -> Path:
    """A new virtual environment in ``place`` with ``requirement`` installed; its python."""
    done = run(sys.executable, "-m", "venv", place / "venv", cwd=place)
    assert done.returncode == 0, done.stderr
    python = place / "venv" / "bin" / "python"
    done = run(python, "-m", "pip", "install", "--quiet", requirement, cwd=place)
    assert done.returncode == 0, done.stderr[-3000:]
    return python


@pytest.fixture(scope="module")
def base_install(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    place = tmp_path_factory.mktemp("user")
    yield fresh_venv(place, str(wheel)), place


def test_the_wheel_holds_both_packages_typed(wheel: Path) -> None:
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "altegio_async/py.typed" in names and "altegio_b2b/py.typed" in names
    assert "altegio_b2b/operation_index.py" in names
    assert not [n for n in names if n.startswith(("tests/", "scripts/", "openapi/"))]
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert "License-Expression: MIT" in metadata and "Classifier: Typing :: Typed" in metadata
    from altegio_async import __version__

    assert f"Version: {__version__}" in metadata
    assert "Provides-Extra: dev" not in metadata


def test_mypy_strict_on_a_user_script_sees_the_types(base_install: tuple[Path, Path]) -> None:
    python, place = base_install
    (place / "user.py").write_text(USER_SCRIPT)
    (place / "typo.py").write_text(MISSPELLED)
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-executable", python]
    done = run(*mypy, "user.py", cwd=place)
    assert done.returncode == 0, done.stdout + done.stderr
    done = run(*mypy, "typo.py", cwd=place)
    assert done.returncode == 1
    assert 'typo.py:10: error: Argument 1 to "call" of "_Scope" has incompatible type Module' in done.stdout


def test_a_missing_extra_is_one_line_naming_it(base_install: tuple[Path, Path]) -> None:
    python, place = base_install
    command = python.parent / "altegio-async"
    done = run(command, "--version", cwd=place)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "altegio-async: this needs the cli extra (typer, rich missing): pip install 'altegio-async[cli]'"
    )
    done = run(python, "-c", "import altegio_async.testing", cwd=place)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        "ModuleNotFoundError: altegio_async.testing: this needs the mock extra (starlette, uvicorn missing): "
        "pip install 'altegio-async[mock]'"
    )
    done = run(python, "-c", "import altegio_async; altegio_async.RedisRateLimiter()", cwd=place)
    assert "pip install 'altegio-async[redis]'" in done.stderr


def test_the_readme_install_section_runs(wheel: Path, tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Install") : readme.index("## Set-up")]
    assert "pip install 'altegio-async[cli]'" in section and "pip install 'altegio-async[mock]'" in section
    (example,) = re.findall(r"```python\n(.*?)```", section, re.S)
    python = fresh_venv(tmp_path, f"{wheel}[cli,mock]")
    (tmp_path / "first_call.py").write_text(example)
    done = run(python, "first_call.py", cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert re.fullmatch(r"\d+ certificate types, the first: .+\n", done.stdout)
    done = run(python.parent / "altegio-async", "--version", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith("altegio-async ")
