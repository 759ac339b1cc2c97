"""The wheel and the sdist carry everything the portal needs outside a checkout:
every package, the top-level templates/ (as ``kmportal.templates``), the static
files, the packaged data and the migrations. ``scripts/check_wheel.sh`` then
installs the wheel into a fresh venv and serves pages from it (CI)."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

BUILD = """
import sys
from setuptools import build_meta
out = sys.argv[1]
print(build_meta.build_sdist(out))
"""


def test_every_package_under_kmportal_is_listed_in_pyproject() -> None:
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "kmportal").rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert listed - found == {"kmportal.templates"}


def _shipped(root: Path, pattern: str) -> set[str]:
    return {str(p.relative_to(root)) for p in root.glob(pattern) if p.is_file()} - {
        str(p.relative_to(root)) for p in root.glob(f"{pattern}/__pycache__/*")
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[set[str], set[str]]:
    """The file names in the sdist, and in the wheel built from that sdist."""
    out = tmp_path_factory.mktemp("dist")
    name = subprocess.run(
        [sys.executable, "-c", BUILD, str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    ).stdout.split()[-1]
    with tarfile.open(out / name) as sdist:
        sdist.extractall(out / "src", filter="data")
        in_sdist = {m.name.split("/", 1)[1] for m in sdist.getmembers() if m.isfile()}
    (src,) = (out / "src").iterdir()
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"]
    subprocess.run(
        [*pip_wheel, "--no-build-isolation", "--wheel-dir", str(out / "wheel"), str(src)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = (out / "wheel").glob("kmportal-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        in_wheel = set(zf.namelist())
    return in_sdist, in_wheel


def test_the_sdist_carries_the_top_level_templates(built: tuple[set[str], set[str]]) -> None:
    in_sdist, _ = built
    templates = {f"templates/{p}" for p in _shipped(ROOT / "templates", "**/*.html")}
    assert templates and templates <= in_sdist


def test_the_wheel_built_from_the_sdist_carries_templates_static_data_and_migrations(
    built: tuple[set[str], set[str]],
) -> None:
    _, in_wheel = built
    expected = {f"kmportal/templates/{p}" for p in _shipped(ROOT / "templates", "**/*.html")}
    package = ROOT / "kmportal"
    for pattern in ("web/static/**/*", "data/*", "db/migrations/**/*.py", "db/migrations/*.mako"):
        expected |= {f"kmportal/{p}" for p in _shipped(package, pattern) if not p.endswith(".pyc")}
    assert "kmportal/templates/base.html" in expected
    missing = sorted(expected - in_wheel)
    assert missing == [], f"not in the wheel: {missing}"
