"""``/metrics``: the Prometheus figures of :mod:`kmportal.web.metrics`, for admins
(a scraper sends an admin's API token as ``Authorization: Bearer``)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from kmportal.web.state import metrics_of

router = APIRouter()


@router.get("/metrics", include_in_schema=False)
def metrics(request: Request) -> Response:
    body, content_type = metrics_of(request).render()
    return Response(body, media_type=content_type, headers={"Cache-Control": "no-store"})
