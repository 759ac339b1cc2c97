"""Liveness: answers without opening the index, so a slow model load never fails it."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel
from starlette.responses import Response

from kmportal.web.deps import HolderDep

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: Literal["ok", "error"]
    index_loaded: bool
    index_error: str | None = None


@router.get("/healthz", response_model=Health, response_model_exclude_none=True)
def healthz(holder: HolderDep, response: Response) -> Health:
    """``ok`` while the search service loads and once it has; ``error`` (503)
    when every try to open it failed, with the reason."""
    if holder.failed:
        response.status_code = 503
        return Health(status="error", index_loaded=False, index_error=holder.error)
    return Health(status="ok", index_loaded=holder.ready, index_error=holder.error)
