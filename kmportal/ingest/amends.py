"""Which law an amending law amends.

An amending Act or regulation carries its parent's title plus an edition
number: ``ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น
(ฉบับที่ ๓) พ.ศ. ๒๕๖๑`` amends ``…ส่วนท้องถิ่น พ.ศ. ๒๕๔๘``. When both are in the
store, ``link_amendments`` records the parent's id on the amending document;
the link is worked out again after every ingest or removal, so it appears when
the second of the two arrives and disappears with the parent.
"""

from __future__ import annotations

import re

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from kmportal.docstore.models import Document
from kmportal.thai.digits import fold_digits

_EDITION = re.compile(r"\(?\s*ฉบับที่\s*([๐-๙0-9]+)\s*\)?")
_YEAR = re.compile(r"(?:พ\.ศ\.|พุทธศักราช)\s*([๐-๙0-9]{4})")


def edition(title: str) -> int:
    """The edition an amending law numbers itself with (``(ฉบับที่ ๒)`` -> 2), else 1."""
    m = _EDITION.search(title)
    return int(fold_digits(m.group(1))) if m else 1


def _year(title: str) -> int | None:
    m = _YEAR.search(title)
    return int(fold_digits(m.group(1))) if m else None


def series(title: str) -> str:
    """A title without its edition and year, spaces dropped: what a law and the laws
    amending it share."""
    bare = _YEAR.sub("", _EDITION.sub("", title))
    return re.sub(r"\s+", "", bare)


def parent_of(title: str, kind: str, candidates: list[tuple[str, str, str]]) -> str | None:
    """The id of the law ``title`` amends among ``candidates`` (id, title, kind): an
    original (no edition) of the same kind and series, the latest one made no later
    than the amendment when several are."""
    if edition(title) < 2:
        return None
    key, year = series(title), _year(title)
    found = [
        (_year(t) or 0, doc_id)
        for doc_id, t, k in candidates
        if k == kind and edition(t) == 1 and series(t) == key
    ]
    earlier = [f for f in found if year is None or f[0] <= year]
    return max(earlier or found)[1] if found else None


def link_amendments(engine: Engine) -> int:
    """Set ``Document.amends`` for every document; returns how many links changed.
    Reads titles only (never the texts), so it stays cheap for a large store."""
    with Session(engine) as session:
        rows = list(
            session.exec(select(Document.id, Document.title, Document.kind, Document.amends))
        )
        candidates = [(doc_id, title, str(kind)) for doc_id, title, kind, _ in rows]
        changed = 0
        for (doc_id, title, kind), (*_, current) in zip(candidates, rows, strict=True):
            parent = parent_of(title, kind, candidates)
            if parent != current:
                session.exec(
                    update(Document).where(col(Document.id) == doc_id).values(amends=parent)
                )
                changed += 1
        session.commit()
    return changed
