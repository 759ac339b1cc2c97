"""The accounts module on its own: roles, password rules and hashing, the
append-only audit trail, and the ``kmportal users`` commands."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session
from typer.testing import CliRunner

from kmportal.auth import audit, passwords, users
from kmportal.auth.models import Role
from kmportal.cli import app, register_commands
from kmportal.db import make_engine, prepare_database
from kmportal.errors import BadInput, Conflict
from kmportal.settings import Settings

pytestmark = pytest.mark.storage


@pytest.fixture
def session(settings: Settings):  # type: ignore[no-untyped-def]
    engine = prepare_database(settings)
    with Session(engine) as s:
        yield s
    engine.dispose()


def test_roles_are_ordered_viewer_coordinator_admin() -> None:
    assert Role.admin.allows(Role.coordinator) and Role.admin.allows(Role.viewer)
    assert Role.coordinator.allows(Role.viewer) and not Role.coordinator.allows(Role.admin)
    assert not Role.viewer.allows(Role.coordinator)


def test_passwords_are_argon2id_and_verified_only_when_right() -> None:
    stored = passwords.hash_password("correct horse battery")
    assert stored.startswith("$argon2id$")
    assert passwords.verify(stored, "correct horse battery")
    assert not passwords.verify(stored, "correct horse batterY")
    assert not passwords.verify(None, "correct horse battery")
    assert not passwords.verify("not a hash", "correct horse battery")


@pytest.mark.parametrize("bad", ["", "short", "elevenchars"])
def test_passwords_shorter_than_12_characters_are_refused(bad: str) -> None:
    with pytest.raises(BadInput, match="12"):
        passwords.hash_password(bad)


def test_the_real_hasher_is_memory_hard() -> None:
    # What the tests swap in (tests/conftest.py) is only for speed: ask a fresh
    # interpreter what the portal itself hashes with.
    code = (
        "from kmportal.auth import passwords as p; h = p._HASHER; "
        "print(h.memory_cost, h.type.name, p._dummy_hash().split('$')[1:4])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    memory, kind, prefix = out.stdout.split(" ", 2)
    assert int(memory) >= 19 * 1024 and kind == "ID"
    assert prefix.strip() == "['argon2id', 'v=19', 'm=65536,t=3,p=4']"


def test_user_names_are_unique_and_plain(session: Session) -> None:
    users.create_user(
        session, username="somsri", password="long enough pw", role=Role.viewer, actor=None
    )
    with pytest.raises(Conflict):
        users.create_user(
            session, username="somsri", password="long enough pw", role=Role.viewer, actor=None
        )
    for bad in ("", "a", "has space", "<b>", "x" * 65):
        with pytest.raises(BadInput):
            users.create_user(
                session, username=bad, password="long enough pw", role=Role.viewer, actor=None
            )


def test_the_audit_trail_refuses_update_and_delete(session: Session) -> None:
    audit.record(session, actor="a", action="test", target="t", detail={"k": 1}, ip="1.1.1.1")
    session.commit()
    for sql in ("UPDATE security_audit SET actor = 'b'", "DELETE FROM security_audit"):
        with pytest.raises(DatabaseError, match="append-only"):
            session.exec(text(sql))  # type: ignore[call-overload]
        session.rollback()
    assert audit.count_entries(session) == 1
    entry = audit.list_entries(session)[0]
    assert (entry.actor, entry.action, entry.target, entry.ip) == ("a", "test", "t", "1.1.1.1")
    assert entry.detail == '{"k": 1}'


def test_user_changes_are_audited_without_the_password(session: Session) -> None:
    users.create_user(
        session, username="somsri", password="secret passphrase", role=Role.viewer, actor="boss"
    )
    users.set_role(session, username="somsri", role=Role.admin, actor="boss")
    users.set_disabled(session, username="somsri", disabled=True, actor="boss")
    users.reset_password(session, username="somsri", password="another passphrase", actor="boss")
    entries = audit.list_entries(session)
    assert [e.action for e in reversed(entries)] == [
        "user.create",
        "user.set_role",
        "user.disable",
        "user.reset_password",
    ]
    assert all(e.actor == "boss" and e.target == "somsri" for e in entries)
    assert not any("passphrase" in e.detail for e in entries)


def _cli(data_dir: Path, *args: str, stdin: str = "") -> tuple[int, str]:
    register_commands()
    result = CliRunner().invoke(app, ["--data-dir", str(data_dir), *args], input=stdin)
    return result.exit_code, result.output


def test_the_first_admin_is_created_on_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, out = _cli(
        data, "users", "create", "boss", "--role", "admin", "--password-stdin",
        stdin="a long admin password\n",
    )  # fmt: skip
    assert code == 0 and "created boss (admin)" in out
    code, out = _cli(data, "users", "list")
    assert code == 0 and "boss\tadmin\tenabled" in out
    assert "a long admin password" not in out
    engine = make_engine(Settings(data_dir=data))
    with Session(engine) as s:
        user = users.get_user(s, username="boss")
        assert passwords.verify(user.password_hash, "a long admin password")
        assert audit.list_entries(s)[0].actor.startswith("cli:")
    engine.dispose()


def test_the_cli_changes_role_disables_and_resets(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _cli(data, "users", "create", "somsri", "--password-stdin", stdin="first password 1\n")
    assert _cli(data, "users", "set-role", "somsri", "coordinator")[0] == 0
    assert _cli(data, "users", "disable", "somsri")[0] == 0
    assert "somsri\tcoordinator\tdisabled" in _cli(data, "users", "list")[1]
    assert _cli(data, "users", "disable", "somsri", "--enable")[0] == 0
    code, _ = _cli(
        data, "users", "reset-password", "somsri", "--password-stdin", stdin="second password 2\n"
    )
    assert code == 0
    engine = make_engine(Settings(data_dir=data))
    with Session(engine) as s:
        assert passwords.verify(
            users.get_user(s, username="somsri").password_hash, "second password 2"
        )
    engine.dispose()


def test_the_cli_prompts_twice_and_creates_nothing_on_a_mismatch(tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, out = _cli(data, "users", "create", "somsri", stdin="first password 1\nother password\n")
    assert code != 0 and "do not match" in out and "first password" not in out
    assert "somsri" not in _cli(data, "users", "list")[1]
    code, out = _cli(
        data, "users", "create", "somsri", stdin="first password 1\nfirst password 1\n"
    )
    assert code == 0 and "created somsri" in out


def test_the_cli_refuses_a_short_password_and_an_unknown_user(tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, out = _cli(data, "users", "create", "somsri", "--password-stdin", stdin="short\n")
    assert code == 2 and "12" in out
    code, out = _cli(data, "users", "set-role", "nobody", "admin")
    assert code == 3


def test_the_cli_takes_no_password_argument() -> None:
    register_commands()
    from typer.main import get_command

    users_group = get_command(app).commands["users"]  # type: ignore[attr-defined]
    for name in ("create", "reset-password"):
        params = [p.name for p in users_group.commands[name].params]
        assert "password" not in params and "password_stdin" in params
