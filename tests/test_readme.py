"""The README is the newcomer's manual: it must name every setting and every
command, and its test command must be the one CI runs."""

from __future__ import annotations

import re
from pathlib import Path

from typer.main import get_command

from kmportal.cli import app, register_commands
from kmportal.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_lists_every_setting() -> None:
    missing = [
        f"KMPORTAL_{name.upper()}"
        for name in Settings.model_fields
        if f"KMPORTAL_{name.upper()}" not in README
    ]
    assert not missing, f"settings missing from README: {missing}"


def _command_paths() -> list[str]:
    register_commands()
    root = get_command(app)
    paths: list[str] = []

    def walk(cmd: object, prefix: str) -> None:
        sub = getattr(cmd, "commands", None)
        if not sub:
            paths.append(prefix)
            return
        for name, child in sub.items():
            walk(child, f"{prefix} {name}".strip())

    walk(root, "")
    return paths


def test_readme_lists_every_command() -> None:
    missing = [p for p in _command_paths() if f"kmportal {p}" not in README]
    assert not missing, f"commands missing from README: {missing}"


def test_ci_runs_the_readme_test_command() -> None:
    lines = [ln.strip() for ln in README.splitlines()[:4] if ln.strip()]
    test_cmd = lines[2]
    assert "pytest" in test_cmd
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_cmd in ci.splitlines()


def test_readme_first_command_installs_and_serves() -> None:
    first = [ln.strip() for ln in README.splitlines()[:4] if ln.strip()][1]
    assert "scripts/install.sh" in first and re.search(r"kmportal serve\b", first)
