"""Every KM change that succeeded goes into the security audit trail too, with
the signed-in account and the client address (the KM module's own history
names the same account, with the before/after values and any "on behalf of"
note)."""

from __future__ import annotations

import anyio
from sqlmodel import Session
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kmportal.auth import audit
from kmportal.auth.models import User
from kmportal.web.security.csrf import UNSAFE
from kmportal.web.state import engine_of

KM_PREFIXES = ("/km/", "/api/km/")


class KmAuditMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (
            scope["type"] != "http"
            or scope["method"] not in UNSAFE
            or not path.startswith(KM_PREFIXES)
        ):
            await self.app(scope, receive, send)
            return
        status: list[int] = []

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(int(message["status"]))
            await send(message)

        await self.app(scope, receive, watch)
        user = scope.get("state", {}).get("user")
        if status and status[0] < 400 and isinstance(user, User):
            await anyio.to_thread.run_sync(self._record, Request(scope), user, status[0])

    @staticmethod
    def _record(request: Request, user: User, status: int) -> None:
        with Session(engine_of(request)) as session:
            audit.record(
                session,
                actor=user.username,
                action="km.change",
                target=request.url.path,
                detail={"method": request.method, "status": status},
                ip=request.client.host if request.client else None,
            )
            session.commit()
