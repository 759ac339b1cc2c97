"""How much a section's evidence counts before any question is asked.

Background sections, the reasons for enactment, the enacting formula and
repealed sections, share many words with real provisions but rarely answer a
question: their evidence counts 0.7 (``BACKGROUND_PRIOR``).

A whole law that another law of the corpus repeals counts the same as a
repealed section. The library holds such pairs (the Budget Procedures Act
2502 and the 2561 Act whose มาตรา ๓ repeals it): the old text says nearly what
the new one says, and the question is about the law in force. Which laws are
repealed is read from the repealing clauses themselves ("ให้ยกเลิก" followed by
an Act's name and year, alone or as a numbered item), never from a list; an
amending clause ("ให้ยกเลิกความใน มาตรา ...") repeals words, not the Act.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol

import numpy as np

from kmportal.docstore.models import DocKind, Document
from kmportal.thai.digits import fold_digits

BACKGROUND_PRIOR = 0.7
_LAW_KINDS = {DocKind.act, DocKind.regulation, DocKind.ministerial_rule}
_NAME = r"((?:พระราชบัญญัติ|พระราชกำหนด|ประมวล)[^\n]*?(?:พ\.ศ\.|พุทธศักราช)\s*[๐-๙0-9]{4})"
# "ให้ยกเลิกพระราชบัญญัติ... พ.ศ. ๒๕๐๒" and the items of "ให้ยกเลิก\n(๑) พระราชบัญญัติ..."
_REPEALS = re.compile(r"ให้ยกเลิก\s*" + _NAME + r"\s*$", re.M)
_ITEM = re.compile(r"^\s*\([๐-๙0-9]+\)\s*" + _NAME + r"\s*$", re.M)
_CLAUSE = re.compile(r"ให้ยกเลิก\s*$", re.M)


class _Section(Protocol):
    @property
    def doc_id(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def title_key(title: str) -> str:
    """A law's name and year as both its title and another law's clause write it."""
    title = re.sub(r"\(ฉบับ\s*Update[^)]*\)", "", fold_digits(title)).replace("พุทธศักราช", "พ.ศ.")
    return "".join(title.split())


def repealed_names(text: str) -> set[str]:
    """The laws a text repeals whole, as title keys."""
    names = {title_key(m.group(1)) for m in _REPEALS.finditer(text)}
    for clause in _CLAUSE.finditer(text):
        # The numbered items right after a bare "ให้ยกเลิก".
        rest = text[clause.end() : clause.end() + 4000]
        for line in rest.splitlines()[1:]:
            item = _ITEM.match(line)
            if item is None and line.strip():
                break
            if item is not None:
                names.add(title_key(item.group(1)))
    return names


def repealed_laws(docs: Mapping[str, Document]) -> set[str]:
    """Ids of the laws that another law of ``docs`` repeals."""
    laws = {d: doc for d, doc in docs.items() if doc.kind in _LAW_KINDS}
    by_key = {title_key(doc.title): d for d, doc in laws.items()}
    out = set()
    for d, doc in laws.items():
        if "ให้ยกเลิก" not in doc.text:
            continue
        out |= {by_key[n] for n in repealed_names(doc.text) if n in by_key and by_key[n] != d}
    return out


def background_prior(docs: Mapping[str, Document], sections: Sequence[_Section]) -> np.ndarray:
    """Each section's prior: background and repealed sections, and every
    section of a repealed law, count ``BACKGROUND_PRIOR``."""
    gone = repealed_laws(docs)
    background = [
        s.doc_id in gone or s.key.startswith(("note", "preamble")) or s.label.endswith("(ยกเลิก)")
        for s in sections
    ]
    return np.where(background, BACKGROUND_PRIOR, 1.0)
