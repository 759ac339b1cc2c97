"""``kmportal users``: accounts from the command line, so the first admin exists
before the portal is reachable. Passwords come from a prompt (typed twice, not
echoed) or from standard input with ``--password-stdin`` — never an argument,
which would land in the shell history and the process list."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from sqlmodel import Session

from kmportal.auth import users
from kmportal.auth.models import Role
from kmportal.cli import app, cli_user, settings_of
from kmportal.db import prepare_database
from kmportal.errors import KmportalError

users_app = typer.Typer(
    help="บัญชีผู้ใช้: create, list, set-role, disable, reset-password.", no_args_is_help=True
)
app.add_typer(users_app, name="users")

PasswordStdin = Annotated[
    bool,
    typer.Option("--password-stdin", help="Read the password from the first line of stdin."),
]


@contextmanager
def _session(ctx: typer.Context) -> Iterator[Session]:
    engine = prepare_database(settings_of(ctx))
    try:
        with Session(engine) as session:
            try:
                yield session
            except KmportalError as exc:
                session.rollback()
                typer.echo(f"error: {exc.message}", err=True)
                raise typer.Exit(exc.exit_code) from None
    finally:
        engine.dispose()


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    # Not echoed, asked twice; a mismatch asks again.
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@users_app.command("create")
def create(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument(help="Login name (a-z, 0-9, . _ - @).")],
    role: Annotated[Role, typer.Option("--role", help="viewer, coordinator or admin.")] = (
        Role.viewer
    ),
    display_name: Annotated[str, typer.Option("--name", help="Name shown in the portal.")] = "",
    password_stdin: PasswordStdin = False,
) -> None:
    """Create an account (the password is asked for, or read with --password-stdin)."""
    password = _read_password(password_stdin)
    with _session(ctx) as session:
        user = users.create_user(
            session,
            username=username,
            password=password,
            role=role,
            display_name=display_name,
            actor=cli_user(),
        )
    typer.echo(f"created {user.username} ({Role(user.role).value})")


@users_app.command("list")
def list_(ctx: typer.Context) -> None:
    """List accounts: name, role, enabled or disabled."""
    with _session(ctx) as session:
        for u in users.list_users(session):
            state = "disabled" if u.disabled else "enabled"
            typer.echo(f"{u.username}\t{Role(u.role).value}\t{state}\t{u.display_name}")


@users_app.command("set-role")
def set_role(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument()],
    role: Annotated[Role, typer.Argument(help="viewer, coordinator or admin.")],
) -> None:
    """Change an account's role."""
    with _session(ctx) as session:
        users.set_role(session, username=username, role=role, actor=cli_user())
    typer.echo(f"{username}: {role.value}")


@users_app.command("disable")
def disable(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument()],
    enable: Annotated[bool, typer.Option("--enable", help="Enable the account again.")] = False,
) -> None:
    """Disable an account: its sessions end and its API tokens stop working at once."""
    with _session(ctx) as session:
        users.set_disabled(session, username=username, disabled=not enable, actor=cli_user())
    typer.echo(f"{username}: {'enabled' if enable else 'disabled'}")


@users_app.command("reset-password")
def reset_password(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument()],
    password_stdin: PasswordStdin = False,
) -> None:
    """Set a new password (its sessions end)."""
    password = _read_password(password_stdin)
    with _session(ctx) as session:
        users.reset_password(session, username=username, password=password, actor=cli_user())
    typer.echo(f"{username}: password changed")
