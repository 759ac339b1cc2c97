"""Search knows the organisation: whose powers a reader is asking about.

A query that names a kind of อปท. ("อบจ. ทำประปาได้ไหม", "may a PAO ...")
prefers the sections that concern that kind; one that names none gets the
portal's own kind (``KMPORTAL_ORG_KIND``); one that speaks of local government
in general ("อปท.", "local governments") prefers none. Which kinds a section
concerns comes from the register of powers (:mod:`kmportal.search.register`).
Sections of another kind only are pushed down, never removed: the TAO Act's
water item still answers an อบจ. query, after the PAO's own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kmportal.ingest.powers_law import ORG
from kmportal.search.evidence import evidence, evidence_floor
from kmportal.search.project_title import OTHER_LOCAL_GOVERNMENT
from kmportal.search.query import QueryPlan
from kmportal.search.register import Register
from kmportal.thai.normalize import normalize
from kmportal.thai.tokenize import query_tokens

# How much a section that concerns only other kinds keeps of its score, and
# how much one holding an item of the wanted kind that names what the query
# asks about gains (the same factor, the other way).
OTHER_KIND_FACTOR = 0.5
NAMED_ITEM_FACTOR = 1 / OTHER_KIND_FACTOR
_GENERAL = re.compile(r"องค์กรปกครองส่วนท้องถิ่น|ราชการส่วนท้องถิ่น")
# A question whether an organisation may do something ("... ได้ไหม", "which
# powers allow ..."): the items that empower it answer it.
_POWER_QUESTION = re.compile(
    r"ได้(?:ไหม|มั้ย|หรือไม่|หรือเปล่า)|ทำได้|อำนาจ|มาตรา(?:ไหน|ใด)"
    r"|\b(?:powers?|allow\w*|authori[sz]\w*|permit\w*)\b"
)
# An organ named in a query ("นายก อบจ.") still says whose matter it is.
_NAMES = re.compile("|".join(re.escape(n) for n in sorted(ORG, key=len, reverse=True)))


def wanted(plan: QueryPlan, *, default: str | None) -> str | None:
    """The kind a query asks about: the first it names (the query's subject:
    "อบจ. อุดหนุน อบต. ได้ไหม" asks about the อบจ.), none for local government
    in general, else ``default``. English names arrive through the query's
    Thai gloss ("PAO" -> องค์การบริหารส่วนจังหวัด)."""
    text = plan.dense_text
    named = _NAMES.search(text)
    general = _GENERAL.search(text)
    if named and (general is None or named.start() < general.start()):
        return ORG[named.group()][0]
    if general:
        return None
    return default


def others_in_law_words(plan: QueryPlan) -> QueryPlan:
    """A query whose subject is one kind and that names another after it
    ("อบจ. อุดหนุน อบต./เทศบาล ... ได้ไหม") speaks of the other as the object
    of the subject's act: the law calls it "another local government", the
    words the authority check puts for such names in a project title. They
    join the statute words beside the typed ones; the names typed stay."""
    kinds = {ORG[m.group()][0] for m in _NAMES.finditer(plan.dense_text)}
    if len(kinds) < 2:
        return plan
    words = [t for t in query_tokens(normalize(OTHER_LOCAL_GOVERNMENT)) if t not in plan.tokens]
    dense_text = f"{plan.dense_text} ({OTHER_LOCAL_GOVERNMENT})"
    if plan.lang == "en":
        # An English question's lexical arm reads its Thai gloss as tokens (query.py).
        return replace(plan, tokens=[*plan.tokens, *words], dense_text=dense_text)
    expansion = list(dict.fromkeys([*plan.expansion, *words]))
    return replace(plan, expansion=expansion, dense_text=dense_text)


def prefer(
    fused: dict[int, float],
    plan: QueryPlan,
    register: Register,
    kinds: list[tuple[str, ...]],
    section_index: dict[tuple[str, str], int],
    *,
    default: str | None,
) -> None:
    """Rescore, in place, the fused sections for the kind the query asks about:
    those of other kinds only are pushed down; for a question whether it may
    do something, those holding one of its items that names the matter go up."""
    kind = wanted(plan, default=default)
    if kind is None:
        return
    named = named_sections(register, plan, kind, section_index)
    for sec in fused:
        if kinds[sec] and kind not in kinds[sec]:
            fused[sec] *= OTHER_KIND_FACTOR
        elif sec in named:
            fused[sec] *= NAMED_ITEM_FACTOR


def named_sections(
    register: Register,
    plan: QueryPlan,
    kind: str,
    section_index: dict[tuple[str, str], int],
) -> set[int]:
    """For a question whether an organisation may do something: the sections
    with a specific item of ``kind`` whose words name what the query asks
    about, weighed as the authority check weighs a project title."""
    if not len(register) or not _POWER_QUESTION.search(plan.norm):
        return set()
    ev = evidence(register, plan.tokens) + evidence(register, plan.expansion, law_words=True)
    floor = evidence_floor(len(register))
    return {
        section_index[(p.doc, p.section_key)]
        for p in register.provisions
        if kind in p.applies_to
        and not p.catch_all
        and ev.best[p.row] >= floor
        and (p.doc, p.section_key) in section_index
    }


def section_kinds(register: Register, sections: list[tuple[str, str]]) -> list[tuple[str, ...]]:
    """The kinds each (doc, section key) concerns, in the order given."""
    return [register.kinds_of(doc, key) for doc, key in sections]
