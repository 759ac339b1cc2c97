"""``/healthz`` and ``/readyz``: the portal's state as it is, for people and load
balancers. Both answer without opening the index, so a slow model load never
fails them.

``/healthz`` is ``ok`` (200) when everything works; ``degraded`` when something
does not, each reason in ``reasons``: the data directory cannot be written (disk
full, read-only, no permission: reads go on, changes are refused), the search
index failed to open or to be rebuilt (documents, handbook and KM go on) — both
503, so a balancer with another instance sends its traffic there — or an index
is being rebuilt (200: searches answer from the previous one meanwhile).
While any process builds this data directory's index (an ingest, a reindex,
an upload job), ``index_builder`` names it: what it runs, its pid and host, and
how long it has held the index lock — what an operator needs before waiting
for it or stopping it.
``/readyz`` is 200 once the index is loaded and searches answer at full speed,
else 503.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from starlette.responses import Response

from kmportal.db.schema import reason, shown_url
from kmportal.index import store
from kmportal.index.lock import WriterLock, writer_active
from kmportal.messages import bilingual, msg
from kmportal.web.deps import EngineDep, HolderDep, SettingsDep
from kmportal.web.storage import watch_of

router = APIRouter(tags=["health"])

Reason = Literal[
    "database_unreachable",
    "disk_full",
    "read_only",
    "permission",
    "index_failed",
    "index_rebuilding",
]


class LibraryHealth(BaseModel):
    """How much of the library is stored, searchable by words and fully indexed."""

    documents: int
    fully_indexed: int  # documents every chunk of which has its vector
    fully_indexed_fraction: float
    chunks: int
    pending_vectors: int
    searchable_chunks: int  # in the index generation this portal answers from
    chunks_with_vectors: int
    index_generation: str | None = None
    ingest_running: bool


class IndexBuilder(BaseModel):
    """The process holding the index lock, as it described itself."""

    command: str
    pid: int
    host: str
    held_seconds: int


class Health(BaseModel):
    status: Literal["ok", "degraded"]
    index_loaded: bool
    index_error: str | None = None
    reasons: list[Reason] | None = None
    detail: list[str] | None = None  # each reason in words, ``ไทย (English)``
    database: Literal["ok", "unreachable"] = "ok"
    database_error: str | None = None
    library: LibraryHealth | None = None
    index_builder: IndexBuilder | None = None


class Ready(BaseModel):
    ready: bool
    reason: str | None = None


@router.get("/healthz", response_model=Health, response_model_exclude_none=True)
def healthz(
    request: Request,
    holder: HolderDep,
    engine: EngineDep,
    settings: SettingsDep,
    response: Response,
) -> Health:
    reasons: list[Reason] = []
    detail: list[str] = []
    database_error = _database_error(engine)
    if database_error:
        # A PostgreSQL server down or out of reach: nothing can be read either.
        reasons.append("database_unreachable")
        detail.append(database_error)
    cause = watch_of(request).cause()
    if cause is not None:
        reasons.append(cause.value)
        detail.append(cause.error().message)
    runner = getattr(request.app.state, "upload_runner", None)
    index_problem = getattr(runner, "index_problem", None)
    if holder.failed or index_problem:
        reasons.append("index_failed")
        detail.append(holder.error or str(index_problem))
    if reasons:
        response.status_code = 503
    if store.building():
        reasons.append("index_rebuilding")
        detail.append("กำลังสร้างดัชนีค้นหาใหม่ (the search index is being rebuilt)")
    library = None
    status = getattr(holder.get(), "library_status", None) if holder.ready else None
    if callable(status):
        library = LibraryHealth.model_validate(status())
    return Health(
        status="degraded" if reasons else "ok",
        index_loaded=holder.ready,
        index_error=holder.error,
        reasons=reasons or None,
        detail=detail or None,
        database="unreachable" if database_error else "ok",
        database_error=database_error,
        library=library,
        index_builder=_index_builder(settings.index_dir),
    )


def _index_builder(index_dir: Path) -> IndexBuilder | None:
    # Only looks (see writer_active): a read-only data directory can be asked.
    if not writer_active(index_dir):
        return None
    found = WriterLock(index_dir).holder(patience=0.0)
    if found is None:
        return None
    return IndexBuilder(
        command=found.command,
        pid=found.pid,
        host=found.host,
        held_seconds=int(found.age_seconds()),
    )


def _database_error(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except SQLAlchemyError as exc:
        return bilingual(msg("db.unreachable", url=shown_url(engine), reason=reason(exc)))
    return None


@router.get("/readyz", response_model=Ready, response_model_exclude_none=True)
def readyz(holder: HolderDep, response: Response) -> Ready:
    if holder.ready:
        return Ready(ready=True)
    response.status_code = 503
    return Ready(ready=False, reason=holder.error or "loading the search index")
