"""A throwaway PostgreSQL cluster for the tests, made with Debian's binaries
(``/usr/lib/postgresql/*/bin``): ``initdb`` into a temporary directory, ``pg_ctl``
start on a free TCP port of 127.0.0.1 (password auth, so a wrong password is
refused for real), one fresh database per test, the whole cluster stopped and
deleted at the end. No network, nothing left behind.

``initdb`` refuses to run as root: under root (CI containers) the cluster runs
as the ``postgres`` account Debian's package creates."""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from helpers.server import free_port

USER = "kmportal_test"
PASSWORD = "pg-cluster-only-pw"  # a throwaway cluster on 127.0.0.1, gone at the end


def binaries() -> Path | None:
    """The newest Debian PostgreSQL ``bin`` directory with initdb and pg_ctl."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parent.parent.name),
    )
    return Path(found[-1]).parent if found else None


@dataclass
class Cluster:
    bindir: Path
    root: Path
    port: int
    _numbers: itertools.count[int] = field(default_factory=itertools.count)

    @property
    def admin_url(self) -> str:
        return self.url("postgres")

    def url(self, database: str, *, password: str = PASSWORD, host: str = "127.0.0.1") -> str:
        return f"postgresql://{USER}:{password}@{host}:{self.port}/{database}"

    def fresh_database(self) -> str:
        """A new empty database; its URL."""
        name = f"kmt_{os.getpid()}_{next(self._numbers)}"
        self.sql(f"CREATE DATABASE {name}")
        return self.url(name)

    def sql(self, statement: str, database: str = "postgres") -> str:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as con:
            cur = con.execute(statement)
            rows = cur.fetchall() if cur.description else []
        return "\n".join("|".join(str(v) for v in row) for row in rows)


def _as_owner(cmd: list[str], owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--", *cmd] if owner else cmd


def start(bindir: Path) -> Cluster:
    owner = "postgres" if os.getuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="kmportal-pg-"))
    data = root / "data"
    pwfile = root / "pw"
    pwfile.write_text(PASSWORD + "\n")
    if owner:
        info = pwd.getpwnam(owner)
        os.chown(root, info.pw_uid, info.pw_gid)
        os.chown(pwfile, info.pw_uid, info.pw_gid)
    init = [str(bindir / "initdb"), "-D", str(data), "-U", USER, f"--pwfile={pwfile}"]
    init += ["--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"]
    subprocess.run(_as_owner(init, owner), check=True, capture_output=True)
    port = free_port()
    opts = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
    ctl = [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-o", opts, "-w"]
    subprocess.run(_as_owner([*ctl, "start"], owner), check=True, capture_output=True)
    return Cluster(bindir=bindir, root=root, port=port)


def stop(cluster: Cluster) -> None:
    owner = "postgres" if os.getuid() == 0 else None
    ctl = [str(cluster.bindir / "pg_ctl"), "-D", str(cluster.root / "data"), "-m", "immediate"]
    subprocess.run(_as_owner([*ctl, "stop"], owner), capture_output=True)
    shutil.rmtree(cluster.root, ignore_errors=True)
