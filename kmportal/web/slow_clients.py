"""Read timeouts for ``kmportal serve``: a client that trickles its request
headers, or pauses in the middle of its body, is cut off instead of holding a
connection (and, for an upload, a worker's attention) for minutes.

uvicorn times out idle keep-alive connections only; this protocol adds
* a **header timeout**: a request's headers must be complete within
  ``KMPORTAL_HEADER_TIMEOUT`` seconds of its first byte (or of the
  connection), however slowly they trickle in;
* a **body timeout**: while the app waits for more of a request body, the
  client must send something every ``KMPORTAL_BODY_TIMEOUT`` seconds (as
  nginx's ``client_body_timeout``: between two reads, not for the whole body).

A client cut off before any answer gets ``408 Request Timeout`` and the
connection is closed; the app reading the body sees the client disconnect.
Each cut is one info line. The reverse proxy should have the same limits
(docs/deploy.md), so it usually cuts first.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger(__name__)


class SlowClientProtocol(H11Protocol):
    header_timeout: float = 15.0
    body_timeout: float = 30.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None
        self._waiting_for: str | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm("headers", self.header_timeout)

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.transport.is_closing():
            return
        their = self.conn.their_state
        if their is h11.IDLE:
            # A new request has started arriving: its headers' clock starts once.
            if self._waiting_for != "headers":
                self._arm("headers", self.header_timeout)
        elif their is h11.SEND_BODY:
            self._arm("body", self.body_timeout)  # restarted by every piece of body
        else:
            self._disarm()

    def on_response_complete(self) -> None:
        self._disarm()
        super().on_response_complete()

    def _arm(self, what: str, seconds: float) -> None:
        self._disarm()
        self._waiting_for = what
        self._deadline = self.loop.call_later(seconds, self._expired)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self._deadline, self._waiting_for = None, None

    def _expired(self) -> None:
        what = self._waiting_for
        self._deadline, self._waiting_for = None, None
        if self.transport.is_closing():
            return
        client = f"{self.client[0]}:{self.client[1]}" if self.client else "?"
        if what == "headers" and self.conn.their_state is not h11.IDLE:
            return
        if what == "headers" and not self._has_bytes():
            # An idle connection (no request begun): uvicorn's keep-alive handles it.
            self.transport.close()
            return
        log.info("closed a slow client's connection (%s not received in time): %s", what, client)
        cycle = self.cycle
        answered = cycle is not None and what == "body" and cycle.response_started
        if not answered and self.conn.our_state in (h11.IDLE, h11.SEND_RESPONSE):
            self._send_408()
        if cycle is not None and not cycle.response_complete:
            cycle.disconnected = True
            cycle.message_event.set()
        self.transport.close()

    def _has_bytes(self) -> bool:
        return bool(self.conn.trailing_data[0])

    def _send_408(self) -> None:
        try:
            headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"connection", b"close")]
            self.transport.write(
                self.conn.send(h11.Response(status_code=408, headers=headers, reason=b"Timeout"))
            )
            body = "หมดเวลารอคำขอ (request timeout)\n".encode()
            self.transport.write(self.conn.send(h11.Data(data=body)))
            self.transport.write(self.conn.send(h11.EndOfMessage()))
        except h11.LocalProtocolError:
            pass  # h11 cannot answer in its state: just close


def protocol(*, header_timeout: float, body_timeout: float) -> type[SlowClientProtocol]:
    """The protocol class for ``uvicorn.run(http=...)`` with these limits."""
    return type(
        "KmportalHttp",
        (SlowClientProtocol,),
        {"header_timeout": header_timeout, "body_timeout": body_timeout},
    )
