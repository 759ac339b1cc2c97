"""Liveness: answers without opening the index, so a slow model load never fails it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from kmportal.web.deps import ServiceHolder, get_holder

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz(holder: Annotated[ServiceHolder, Depends(get_holder)]) -> dict[str, object]:
    out: dict[str, object] = {"status": "ok", "index_loaded": holder.ready}
    status = getattr(holder.get(), "library_status", None) if holder.ready else None
    if callable(status):
        # How much of the library is searchable, and how much fully indexed.
        out["library"] = status()
    return out
