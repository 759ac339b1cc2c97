"""Liveness: answers without opening the index, so a slow model load never fails it."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from starlette.responses import Response

from kmportal.db.schema import reason, shown_url
from kmportal.messages import bilingual, msg
from kmportal.web.deps import EngineDep, HolderDep

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: Literal["ok", "error"]
    index_loaded: bool
    index_error: str | None = None
    database: Literal["ok", "unreachable"] = "ok"
    database_error: str | None = None


@router.get("/healthz", response_model=Health, response_model_exclude_none=True)
def healthz(holder: HolderDep, engine: EngineDep, response: Response) -> Health:
    """``ok`` while the search service loads and once it has; ``error`` (503)
    when every try to open it failed, or when the database does not answer
    (a PostgreSQL server down or out of reach), with the reason."""
    database_error = _database_error(engine)
    health = Health(
        status="ok",
        index_loaded=holder.ready and not holder.failed,
        index_error=holder.error,
        database="unreachable" if database_error else "ok",
        database_error=database_error,
    )
    if holder.failed or database_error:
        response.status_code = 503
        health.status = "error"
    return health


def _database_error(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except SQLAlchemyError as exc:
        return bilingual(msg("db.unreachable", url=shown_url(engine), reason=reason(exc)))
    return None
