"""Liveness: answers without opening the index, so a slow model load never fails it."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel
from starlette.responses import Response

from kmportal.web.deps import HolderDep

router = APIRouter(tags=["health"])


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


class Health(BaseModel):
    status: Literal["ok", "error"]
    index_loaded: bool
    index_error: str | None = None
    library: LibraryHealth | None = None


@router.get("/healthz", response_model=Health, response_model_exclude_none=True)
def healthz(holder: HolderDep, response: Response) -> Health:
    """``ok`` while the search service loads and once it has; ``error`` (503)
    when every try to open it failed, with the reason."""
    if holder.failed:
        response.status_code = 503
        return Health(status="error", index_loaded=False, index_error=holder.error)
    library = None
    status = getattr(holder.get(), "library_status", None) if holder.ready else None
    if callable(status):
        library = LibraryHealth.model_validate(status())
    return Health(status="ok", index_loaded=holder.ready, index_error=holder.error, library=library)
