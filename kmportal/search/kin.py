"""The law's words for a title word the law of that kind never uses.

Two sources, both general: a thesaurus and the embedder. A *synonym* is a lemma
of one of the word's noun senses in the Thai WordNet PyThaiNLP ships
(:mod:`kmportal.thai.synonyms`) that the kind's provisions hold as a field word:
"ผู้สูงอายุ" is the PAO law's "คนชรา", "เมรุ" the municipality's "ฌาปนสถาน". It
counts as the title's own word, said in the law's: a thesaurus entry is the
same meaning, not a neighbour. Both words have at least ``MIN_PART`` (4)
characters: the short ones are the widest (งาน, จุด, ค่า have a dozen senses).

A planner writes "รถโดยสาร", "สุขภาพ", "ผู้ประสบภัย"; the Acts list the power as
"การขนส่งมวลชน", "การสาธารณสุข", "สาธารณภัย". No table says so (a table
grows with whichever titles someone tried); the embedder does: each title word
the requested kind's provisions do not hold is compared with the field words of
those provisions, and the few that stand far above the rest are its *kin*,
added to the title as the law's words are.

The field words are the register's own: tokens held by no more than 1 in 20
provisions (the lexical arm's ``EVIDENCE_MIN``), so ส่งเสริม or จัดให้มี never
stand in for a field. "Far above the rest" is a standardised score, not a raw
cosine: e5's cosines between short Thai words crowd into 0.90–0.97, and only a
word ``KIN_Z`` (3.5) standard deviations above its mean similarity to that
vocabulary counts, at most ``KIN_TOP`` (2) of them. (3.5 rather than 4 since
a piece of the work's form — สร้าง of ก่อสร้าง, near every building title —
is no kin: measured on every check set, 4 → 3.5 found seagrass and a futsal
pitch their items, and 3.0 passed two outside titles more.) Words the kind's
law holds get none: the law's own word is better evidence than its neighbours.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from kmportal.ingest.powers_law import ORG
from kmportal.search.evidence import EVIDENCE_MIN, MIN_PART, MIN_WORD
from kmportal.search.project_title import BOILERPLATE, GENERIC, TitlePlan, is_form_piece
from kmportal.search.register import Register
from kmportal.thai.synonyms import synonyms
from kmportal.thai.tokenize import is_stopword

KIN_Z = 3.5
KIN_TOP = 2
TITLE_KIN_Z = 2.0

EmbedWords = Callable[[list[str]], np.ndarray]


@dataclass(frozen=True)
class KinVocabulary:
    words: list[str]  # the register's field words
    vectors: np.ndarray  # their passage vectors, unit length
    of_kind: dict[str, np.ndarray]  # kind -> mask of words its specific provisions hold
    kind_rows: dict[str, frozenset[int]]  # kind -> rows of its specific provisions
    held: dict[str, frozenset[str]]  # kind -> the field words its specific provisions hold


def field_words(register: Register) -> list[str]:
    n = len(register)
    floor = EVIDENCE_MIN
    return [
        t
        for t in register.postings
        if len(t) >= MIN_WORD
        and t not in GENERIC
        and t not in BOILERPLATE
        and t not in ORG
        and math.log(n / register.doc_freq[t]) >= floor
    ]


def build_vocabulary(register: Register, embed_words: EmbedWords) -> KinVocabulary:
    words = field_words(register)
    vectors = embed_words(words) if words else np.zeros((0, 0), dtype=np.float32)
    kinds = {k for p in register.provisions for k in p.applies_to}
    kind_rows = {
        k: frozenset(p.row for p in register.provisions if k in p.applies_to and not p.catch_all)
        for k in kinds
    }
    of_kind = {
        k: np.array([bool(set(register.postings[w].tolist()) & rows) for w in words], dtype=bool)
        for k, rows in kind_rows.items()
    }
    held = {
        k: frozenset(w for w, m in zip(words, of, strict=True) if m) for k, of in of_kind.items()
    }
    return KinVocabulary(words, vectors, of_kind, kind_rows, held)


def unheld_words(
    register: Register, vocab: KinVocabulary, tokens: Sequence[str], kind: str
) -> list[str]:
    """The title's content words no specific provision of ``kind`` holds."""
    rows = vocab.kind_rows.get(kind, frozenset())
    return [
        w
        for w in dict.fromkeys(tokens)
        if len(w) >= MIN_WORD
        and w not in GENERIC
        and w not in ORG
        and not (w in register.postings and rows & set(register.postings[w].tolist()))
    ]


def _standing(vocab: KinVocabulary, vector: np.ndarray, kind: str) -> list[tuple[str, float]]:
    """The field words of ``kind``'s law, nearest ``vector`` first, each with
    how many standard deviations it stands above the mean similarity ([] when
    the kind has too few words or the vector another dimension)."""
    mask = vocab.of_kind.get(kind)
    if mask is None or mask.sum() < 2 or vocab.vectors.shape[1] != vector.shape[0]:
        return []
    words = [w for w, m in zip(vocab.words, mask, strict=True) if m]
    sims = vocab.vectors[mask] @ vector
    sd = float(sims.std())
    if sd <= 0:
        return []
    z = (sims - float(sims.mean())) / sd
    return [(words[i], float(z[i])) for i in np.argsort(-sims)]


def kin(vocab: KinVocabulary, word: str, vector: np.ndarray, kind: str) -> list[str]:
    """The field words of ``kind``'s law that stand out as meaning ``word``."""
    out = []
    for near, z in _standing(vocab, vector, kind)[:KIN_TOP]:
        # A word inside the title word (or holding it) is the lexical arm's, not
        # kin — unless the title word is too short for the lexical arm to look
        # for it inside one (ภัย of "หนีภัยสึนามิ" and the law's สาธารณภัย).
        inside = word in near and len(word) >= MIN_PART
        # A function word (โดย, ว่า) is never a field's, however close it sits;
        # nor is a piece of the work's form (สร้าง of ก่อสร้าง), which every
        # building title is near.
        if (
            z >= KIN_Z
            and near not in word
            and not inside
            and not is_stopword(near)
            and not is_form_piece(near)
        ):
            out.append(near)
    return out


def law_synonyms(vocab: KinVocabulary, word: str, kind: str) -> list[str]:
    """The thesaurus's synonyms of ``word`` that ``kind``'s law holds as field words."""
    if len(word) < MIN_PART:
        return []
    held = vocab.held.get(kind, frozenset())
    return [s for s in synonyms(word) if len(s) >= MIN_PART and s in held]


def vocabulary(register: Register, embed_words: EmbedWords) -> KinVocabulary:
    """The register's kin vocabulary, embedded once per register (it never changes)."""
    found = register.derived.get("kin")
    if not isinstance(found, KinVocabulary):
        found = build_vocabulary(register, embed_words)
        register.derived["kin"] = found
    return found


def with_kin(
    register: Register,
    plans: Sequence[TitlePlan],
    kinds: Sequence[str],
    embed_words: EmbedWords,
) -> list[TitlePlan]:
    """The plans with each title's synonyms and kin added to its statute words
    (the lexical arm), all words embedded at once. Not to what the embedder
    sees: the dense arm is the check's independent second opinion (a provision
    supports the project only when both arms agree), and a kin in the title's
    vector would let the embedder agree with itself."""
    vocab = vocabulary(register, embed_words)
    asked = [
        unheld_words(register, vocab, p.tokens, kind) for p, kind in zip(plans, kinds, strict=True)
    ]
    distinct = list(dict.fromkeys(w for ws in asked for w in ws))
    if not distinct or not len(vocab.words):
        return list(plans)
    vectors = dict(zip(distinct, embed_words(distinct), strict=True))
    out = []
    for plan, kind, words in zip(plans, kinds, asked, strict=True):
        given = {*plan.tokens, *plan.expansion}
        same = [t for w in words for t in law_synonyms(vocab, w, kind) if t not in given]
        same = list(dict.fromkeys(same))
        found = [t for w in words for t in kin(vocab, w, vectors[w], kind)]
        found = [t for t in dict.fromkeys(found) if t not in given and t not in same]
        if same or found:
            plan = replace(plan, expansion=[*plan.expansion, *same, *found], kin=tuple(found))
        out.append(plan)
    return out


def title_kin(vocab: KinVocabulary, vector: np.ndarray, kind: str, given: set[str]) -> list[str]:
    """The field word of ``kind``'s law nearest the whole title, when it stands
    ``TITLE_KIN_Z`` (2) deviations above the title's mean similarity to that
    vocabulary and the title does not say it already.

    A title's words, one by one, may each be far from the law's (a wheelchair,
    a hearing aid, a prosthetic leg), while the title as a whole sits near the
    word the law files them under (``สังคมสงเคราะห์``, ``ผู้ด้อยโอกาส``). The
    whole title is a looser reading than a word's kin, so this word only ranks
    the provisions it names; the verdict stays with the words the title says and
    their kin."""
    for near, z in _standing(vocab, vector, kind):
        if z < TITLE_KIN_Z:
            break
        # A function word (ทั้งนี้, ต้อง) sits near every sentence.
        if not is_stopword(near) and near not in given:
            return [near]
    return []


def with_title_kin(
    register: Register,
    plans: Sequence[TitlePlan],
    vectors: np.ndarray,
    kinds: Sequence[str],
    embed_words: EmbedWords,
) -> list[TitlePlan]:
    """The plans with :func:`title_kin` from each title's own (query) vector."""
    vocab = vocabulary(register, embed_words)
    if not len(vocab.words):
        return list(plans)
    return [
        replace(plan, title_kin=tuple(title_kin(vocab, vec, kind, {*plan.tokens, *plan.expansion})))
        for plan, vec, kind in zip(plans, vectors, kinds, strict=True)
    ]
