"""The register of powers as loaded with a snapshot of the corpus.

Built at ingest (:mod:`kmportal.ingest.powers`) and read here whole: a few
hundred short provisions with their vectors and tokens, the kinds of อปท. each
applies to, and the link from a quoted ministerial rule's items to the section
and item it was issued under (PAO Act ม.๔๕ (๘)), resolved across documents by
the Act's title. It also says which kinds a section of the law concerns, for
the "applies to" badges of search results.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from pythainlp.tokenize import word_dict_trie
from pythainlp.util import Trie
from sqlmodel import Session, col, select

from kmportal.docstore.models import DocKind, Document, Power
from kmportal.ingest.powers_law import org_kinds
from kmportal.thai.digits import fold_digits
from kmportal.thai.normalize import normalize
from kmportal.thai.tokenize import index_tokens, word_tokens

_LAW_KINDS = {DocKind.act, DocKind.regulation, DocKind.ministerial_rule}


@dataclass(frozen=True)
class Provision:
    row: int  # position in the register
    doc: str
    doc_title: str
    section_key: str
    unit: str
    section: str | None
    item: str | None
    label: str
    law: str
    text: str
    applies_to: tuple[str, ...]
    tiers: tuple[str, ...]
    catch_all: bool
    start: int
    end: int
    basis: tuple[int, ...] = ()  # rows of the provisions a quoted rule was issued under


def _names(word: str, token: str, min_chars: int) -> bool:
    if word in token:
        return True
    if len(token) < min_chars:
        return False
    return word.startswith(token) or (word.endswith(token) and len(word) - len(token) <= min_chars)


def _title_key(title: str) -> str:
    return re.sub(r"\s+", "", fold_digits(title))


@dataclass
class Register:
    provisions: list[Provision] = field(default_factory=list)
    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))
    tokens: list[frozenset[str]] = field(default_factory=list)
    section_kinds: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    doc_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    doc_freq: Counter[str] = field(default_factory=Counter)  # token -> provisions holding it
    postings: dict[str, np.ndarray] = field(default_factory=dict)  # token -> rows holding it
    _parts: dict[str, list[str]] = field(default_factory=dict, repr=False)
    # What callers compute once from the register (the kin vocabulary's vectors).
    derived: dict[str, object] = field(default_factory=dict, repr=False)
    _norms: np.ndarray = field(default_factory=lambda: np.zeros(0), repr=False)

    def __len__(self) -> int:
        return len(self.provisions)

    @classmethod
    def load(cls, session: Session, docs: Mapping[str, Document] | None = None) -> Register:
        """The register as stored; ``docs``, the documents by id when the caller
        has them already (read again, their texts cost a third of a second)."""
        if docs is None:
            docs = {d.id: d for d in session.exec(select(Document))}
        rows = list(session.exec(select(Power).order_by(col(Power.doc_id), col(Power.ordinal))))
        reg = cls()
        for d in docs.values():
            # An Act named after one kind (พระราชบัญญัติเทศบาล) concerns that kind
            # throughout; the decentralisation Act names none and so only its
            # power sections carry kinds.
            kinds, _ = org_kinds(d.title) if d.kind in _LAW_KINDS else ([], [])
            if len(kinds) == 1:
                reg.doc_kinds[d.id] = tuple(kinds)
        by_citation: dict[tuple[str, str | None, str | None], int] = {}
        for i, r in enumerate(rows):
            title = docs[r.doc_id].title if r.doc_id in docs else r.doc_id
            by_citation[(_title_key(title), r.section, r.item)] = i
        dim = max((len(r.embedding or b"") // 4 for r in rows), default=0)
        vectors = np.zeros((len(rows), dim), dtype=np.float32)
        for i, r in enumerate(rows):
            if r.embedding and len(r.embedding) == dim * 4:
                vectors[i] = np.frombuffer(r.embedding, dtype=np.float32)
            basis = tuple(
                by_citation[key]
                for act, sec, item in json.loads(r.issued_under or "[]")
                if (key := (_title_key(act), sec, item)) in by_citation
            )
            doc = docs.get(r.doc_id)
            reg.provisions.append(
                Provision(
                    i, r.doc_id, doc.title if doc else r.doc_id, r.section_key, r.unit,
                    r.section, r.item, r.label, r.law, r.text, tuple(r.applies_to.split()),
                    tuple(r.tiers.split()), r.catch_all, r.start, r.end, basis,
                )
            )  # fmt: skip
            where = (r.doc_id, r.section_key)
            merged = dict.fromkeys(reg.section_kinds.get(where, ()) + tuple(r.applies_to.split()))
            reg.section_kinds[where] = tuple(merged)
        reg.vectors = vectors
        reg.index([provision_tokens(p.text) for p in reg.provisions])
        return reg

    def index(self, tokens: list[list[str]]) -> None:
        """Take each provision's tokens (in row order) and build what the
        lexical arm reads: document frequencies, postings, wording norms."""
        self.tokens = [frozenset(toks) for toks in tokens]
        self.doc_freq = Counter(t for toks in self.tokens for t in toks)
        rows_of: dict[str, list[int]] = {}
        for i, toks in enumerate(self.tokens):
            for t in toks:
                rows_of.setdefault(t, []).append(i)
        self.postings = {t: np.asarray(r, dtype=np.int64) for t, r in rows_of.items()}
        self._norms = np.sqrt([sum(self.idf(t) ** 2 for t in toks) for toks in self.tokens])

    def idf(self, token: str) -> float:
        """``ln(N / df)``: how few provisions hold ``token``."""
        if token not in self.doc_freq:
            return 0.0
        return math.log(len(self.provisions) / self.doc_freq[token])

    def likeness(self, row: int) -> np.ndarray:
        """How alike each provision's wording is to ``row``'s: the cosine of their
        words weighted by rarity (1.0 for the same wording, near 0 for none
        shared but common words)."""
        sims = np.zeros(len(self.provisions), dtype=np.float64)
        for t in self.tokens[row]:
            w = self.idf(t)
            if w > 0:
                sims[self.postings[t]] += w * w
        return sims / np.maximum(self._norms * self._norms[row], 1e-12)

    def parts(self, word: str, *, min_chars: int) -> list[str]:
        """Tokens of the register that name ``word`` without being it, rarest
        first: compounds holding it (จารีตประเพณี for ประเพณี), the head of it
        (ตลาด for ตลาดสด), or what a two-word compound is about (กีฬา of
        สนามกีฬา: at most ``min_chars`` characters before it). Cached: the
        register never changes."""
        found = self._parts.get(word)
        if found is None:
            found = []
            if len(word) >= min_chars:
                found = [t for t in self.postings if t != word and _names(word, t, min_chars)]
                found.sort(key=lambda t: self.doc_freq[t])
            self._parts[word] = found
        return found

    def kinds_of(self, doc_id: str, section_key: str) -> tuple[str, ...]:
        """The kinds of อปท. a section concerns: those its provisions grant
        powers to, else the one kind its Act is named after, else none."""
        return self.section_kinds.get((doc_id, section_key)) or self.doc_kinds.get(doc_id, ())


_MIN_COMPOUND = 6  # characters: shorter words are not split
_MIN_PART_CHARS = 2
_MIN_KEPT_PART = 5  # characters: shorter parts (คุ้ม, ครอง of คุ้มครอง) say too little


@lru_cache(maxsize=1)
def _dictionary() -> Trie:
    return word_dict_trie()


@lru_cache(maxsize=65536)
def compound_parts(word: str, *, max_pieces: int = 0, nested: bool = False) -> tuple[str, ...]:
    """The longer dictionary words a compound of the law is made of, split in
    as few pieces as the dictionary allows: newmm keeps วางผังเมือง and
    การรักษาพยาบาล whole, and a title's ผังเมืองรวม or รถพยาบาล meets them only
    through ผังเมือง and พยาบาล. () when the word is no such compound, or
    (``max_pieces``) one of more pieces than that. ``nested``: a piece that is a
    compound of the dictionary itself gives its pieces too, within
    ``max_pieces`` in all (ไฟสัญญาณจราจร is ไฟ and สัญญาณจราจร, and so จราจร, as
    สัญญาณไฟจราจร is สัญญาณ and ไฟจราจร)."""
    pieces = _pieces(word)
    if max_pieces and len(pieces) > max_pieces:
        return ()
    if nested:
        inner = [q for p in pieces for q in _pieces(p)]
        split = sum(1 for p in pieces if _pieces(p))
        if len(pieces) - split + len(inner) <= (max_pieces or len(word)):
            pieces = [*pieces, *inner]
    return tuple(p for p in dict.fromkeys(pieces) if len(p) >= _MIN_KEPT_PART)


@lru_cache(maxsize=4096)
def _pieces(word: str) -> tuple[str, ...]:
    n = len(word)
    if n < _MIN_COMPOUND:
        return ()
    best: dict[int, list[str]] = {n: []}
    for i in range(n - 1, -1, -1):
        options = [
            [p, *best[i + len(p)]]
            for p in _dictionary().prefixes(word[i:])
            if _MIN_PART_CHARS <= len(p) < n and i + len(p) in best
        ]
        if options:
            best[i] = min(options, key=len)
    return tuple(best.get(0, []))


def provision_tokens(text: str) -> list[str]:
    tokens = index_tokens(word_tokens(normalize(text)))
    return list(dict.fromkeys([*tokens, *(p for t in tokens for p in compound_parts(t))]))
