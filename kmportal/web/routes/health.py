"""Liveness: answers without opening the index, so a slow model load never fails it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from kmportal.web.deps import ServiceHolder, get_holder

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz(holder: Annotated[ServiceHolder, Depends(get_holder)]) -> dict[str, object]:
    return {"status": "ok", "index_loaded": holder.ready}
