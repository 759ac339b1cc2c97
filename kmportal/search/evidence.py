"""The lexical arm of the authority check: which provisions *name* a title's field.

A content word of the title (or the statute's word for it,
:mod:`kmportal.search.lexicon`) found in a provision's wording, weighted by how
few provisions hold it (``ln(N / df)``). A word held by more than 1 in 20
provisions (``EVIDENCE_MIN``: ส่งเสริม, พัฒนา) names no field, however many
such words a provision shares with the title. Search's preference for the kind
a query names (:mod:`kmportal.search.orgkind`) weighs a query as the check
weighs a title, so both read the register through this module.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from kmportal.ingest.powers_law import ORG
from kmportal.search.project_title import GENERIC
from kmportal.search.register import Register, compound_parts
from kmportal.thai.tokenize import is_stopword

EVIDENCE_MIN = math.log(20)
MIN_PART = 4  # characters: shorter words match only whole
MIN_WORD = 3  # characters: shorter ones ("ทำ", "มี") name no field
_NOMINALISERS = ("การ", "ความ")
# The head of a device's name says what kind of thing it is, never its field:
# เครื่องสูบน้ำ (a pump) would meet the fire-fighting item's เครื่องใช้ through
# เครื่อง, as a piece of it and as the law's own piece of เครื่องใช้.
_KIND_OF_THING = frozenset({"เครื่อง"})


@dataclass(frozen=True)
class Evidence:
    total: np.ndarray  # per provision: the weight of all the title's words it names
    best: np.ndarray  # per provision: the weight of the most specific one

    def __add__(self, other: Evidence) -> Evidence:
        return Evidence(self.total + other.total, np.maximum(self.best, other.best))

    def scaled(self, factor: float) -> Evidence:
        return Evidence(self.total * factor, self.best * factor)


def word_forms(word: str) -> tuple[list[str], list[str]]:
    """The ways a title word may be written in the law: ``(forms, parts)``.

    ``forms`` are the word and the word without the nominaliser the tokeniser
    glued on (``การป้องกัน`` → ``ป้องกัน``); each may also name a compound of
    the law (:meth:`Register.parts`). ``parts`` are the two dictionary words of
    a compound the tokeniser kept whole (``ทุนการศึกษา`` → ``การศึกษา``,
    ``ศูนย์บริการสาธารณสุข`` → ``สาธารณสุข``), as the register's own compounds
    are split; they count where the law has them whole or, as a form does,
    names them inside a compound of its own (``พระพุทธศาสนา`` → ``พุทธศาสนา`` →
    the law's ``ศาสนา``), never by a function word among them (``ระหว่าง`` of
    ``ระหว่างประเทศ``). A longer chain
    (``หนังสือรับรองการทำประโยชน์``) is the name of one thing, not its field."""
    forms = [word]
    for prefix in _NOMINALISERS:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_WORD:
            forms.append(word[len(prefix) :])
    parts = [p for f in forms for p in compound_parts(f, max_pieces=3, nested=True)]
    keep = lambda ws: [w for w in dict.fromkeys(ws) if w not in GENERIC and len(w) >= MIN_WORD]  # noqa: E731
    # A function word is a piece of the compound, never its field (ระหว่าง of ระหว่างประเทศ).
    parts = [p for p in parts if not is_stopword(p) and p not in _KIND_OF_THING]
    return keep(forms), keep(p for p in parts if p not in forms)


def evidence(register: Register, words: Sequence[str], *, law_words: bool = False) -> Evidence:
    """For each provision: the weight of the title's words its wording names,
    each word counted once per provision at the weight of the rarest token that
    names it there (the word itself, or one of its forms, when the provision
    has it). ``law_words`` are the statute's own, tokenised as the register
    is (a gloss, a provision's wording): they count where the law has them
    whole, never split nor read inside another word."""
    n = len(register)
    out = np.zeros(n, dtype=np.float64)
    best = np.zeros(n, dtype=np.float64)

    def mark(weight: np.ndarray, token: str) -> None:
        rows = register.postings.get(token)
        if rows is not None and token not in GENERIC and token not in _KIND_OF_THING:
            np.maximum.at(weight, rows, math.log(n / register.doc_freq[token]))

    for word in dict.fromkeys(words):
        if word in GENERIC or word in ORG or len(word) < MIN_WORD:
            continue
        weight = np.zeros(n, dtype=np.float64)
        if law_words:
            mark(weight, word)
        else:
            forms, parts = word_forms(word)
            # Thai puts a compound's head first: a later piece qualifies it, and
            # that piece's own head is not the title's field (เงิน, money, of
            # the เงินได้ of ภาษีเงินได้, income tax, names การแบ่งสรรเงิน).
            qualifiers = {p for p in parts if not any(f.startswith(p) for f in forms)}
            # A piece is named in the law as a whole word is (พุทธศาสนา of
            # พระพุทธศาสนา → ศาสนา): the tokeniser splits a compound once.
            for form in forms + parts:
                mark(weight, form)
                for token in register.parts(form, min_chars=MIN_PART):
                    head_of_qualifier = form in qualifiers and form.startswith(token)
                    if not is_stopword(token) and not head_of_qualifier:
                        mark(weight, token)
        out += weight
        np.maximum(best, weight, out=best)
    return Evidence(out, best)


def evidence_floor(n: int) -> float:
    """The weight of a word held by no more than 1 in 20 provisions; in a register
    of fewer than 20, of a word held by one."""
    return min(EVIDENCE_MIN, math.log(max(n, 1))) - 1e-9


def kind_fields(register: Register, org: str) -> frozenset[str]:
    """Every field word of ``org``'s specific provisions, once per register."""
    key = f"kind_fields:{org}"
    found = register.derived.get(key)
    if not isinstance(found, frozenset):
        rows = [p.row for p in register.provisions if org in p.applies_to and not p.catch_all]
        found = frozenset(field_words(register, rows))
        register.derived[key] = found
    return found


def provision_fields(register: Register) -> list[frozenset[str]]:
    """Each provision's field words — its words held by few enough provisions
    to name a field — computed once per register (it never changes)."""
    found = register.derived.get("fields")
    if not isinstance(found, list):
        n = len(register)
        floor = evidence_floor(n)
        # A function word (โดย, เกี่ยวกับ) or a word of people and places is
        # never a field, however few provisions hold it.
        found = [
            frozenset(
                t
                for t in tokens
                if math.log(n / register.doc_freq[t]) >= floor
                and not is_stopword(t)
                and t not in GENERIC
            )
            for tokens in register.tokens
        ]
        register.derived["fields"] = found
    return found


def field_words(register: Register, rows: Iterable[int]) -> set[str]:
    """The field words of these provisions together."""
    fields = provision_fields(register)
    return set().union(*(fields[i] for i in rows))
