"""What the KM plan may count of what signed-in staff do (see
:mod:`kmportal.km.sources`): that they searched today and which handbook
chapters they read — never what they searched for. Visitors who are not signed
in are not counted. A failure to record never fails the page."""

from __future__ import annotations

import logging

from sqlalchemy.engine import Engine

from kmportal.auth.models import User
from kmportal.docstore.activity import record_chapter_read, record_search_day
from kmportal.thai import dates

log = logging.getLogger(__name__)


def record_search(engine: Engine, user: User | None) -> None:
    if user is None or user.id is None:
        return
    try:
        record_search_day(engine, user_id=user.id, day=dates.today())
    except Exception:
        log.exception("recording a search day failed")


def record_chapter(engine: Engine, user: User | None, *, doc_id: str, key: str) -> None:
    if user is None or user.id is None:
        return
    try:
        record_chapter_read(
            engine, user_id=user.id, doc_id=doc_id, section_key=key, day=dates.today()
        )
    except Exception:
        log.exception("recording a chapter read failed")
