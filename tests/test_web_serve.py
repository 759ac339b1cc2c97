"""``kmportal serve``: registered on the CLI, builds the app from the root options."""

from __future__ import annotations

from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from typer.testing import CliRunner

from kmportal.cli import app, register_commands


def test_serve_runs_uvicorn_with_the_app_for_the_given_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}

    def fake_run(asgi: object, **kwargs: object) -> None:
        seen.update(kwargs, app=asgi)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.setenv("KMPORTAL_KEEPALIVE_TIMEOUT", "120")
    register_commands()
    result = CliRunner().invoke(
        app, ["--data-dir", str(tmp_path / "d"), "serve", "--host", "0.0.0.0", "--port", "8765"]
    )
    assert result.exit_code == 0, result.output
    assert seen["host"] == "0.0.0.0" and seen["port"] == 8765
    assert seen["timeout_keep_alive"] == 120
    built = seen["app"]
    assert isinstance(built, FastAPI)
    assert built.state.settings.data_dir == tmp_path / "d"
    assert "http://0.0.0.0:8765" in result.output


def test_serve_defaults_to_the_host_and_port_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda asgi, **kw: seen.update(kw))
    monkeypatch.setenv("KMPORTAL_PORT", "9123")
    register_commands()
    result = CliRunner().invoke(app, ["--data-dir", str(tmp_path), "serve"])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 9123
    assert seen["timeout_keep_alive"] == 75
