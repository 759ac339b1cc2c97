"""The authority check: which provisions let this kind of อปท. do a project.

Every provision of the register is scored against the project title by two
arms, as search does: the dense arm (the title's vector against each
provision's wording) and a lexical arm (:mod:`kmportal.search.evidence`) that
asks whether the provision's words *name* the project's field — a content word
of the title (or the statute's word for it, :mod:`kmportal.search.lexicon`)
found in the provision, weighted
by how few provisions hold it (``ln(N / df)``). Provisions of the requested
kind are ranked by reciprocal-rank fusion of the two arms; the lexical arm's
list holds the provisions a word of the field names (the floor below), so one
sharing only common words is ranked by the dense arm alone.

A provision *supports* the project when both arms agree: one of its words
names the field and is held by no more than 1 in 20 provisions
(``EVIDENCE_MIN``; a sum of common words such as ส่งเสริม and พัฒนา does not
count), and the dense arm puts it — or the same duty in the wording of
another layer of law or municipal tier — among its ``AGREE_RANK`` (4) nearest
provisions of that kind. Four rather than a wider short list because the two
errors are not alike: a project wrongly passed as within the powers goes into
a plan, one wrongly not found is checked by hand. The verdict is ``within``
when some specific provision supports the project, else ``not_found`` with no
provisions at all: a word shared by chance (a land-title project and "การจัดการ
... ป่าไม้ ที่ดิน") fails the dense arm; a near paraphrase with no word of the
field in common fails the lexical one. Catch-alls never decide the verdict and
rank after specific provisions. A quoted ministerial rule's item brings the
item it was issued under (ม.๔๕ (๘)) right after it.

The ranking then takes a second look with the wording of the best supporting
provision added to the title (pseudo-relevance feedback): an item of the
organisation's own Act names the field in the law's words, and those words
find the matching item of the other layer (ม.๑๖ / ม.๑๗ of the decentralisation
Act). The verdict stays the first look's. There is no second look when the
dense arm itself does not put a supporting provision among its first
``AGREE_RANK``: a guess that weak would steer the list, not sharpen it.

A title whose work is issuing an official document (a licence, a title deed,
a pass: :data:`~kmportal.search.project_title.ISSUING`) is ``not_found`` unless
a provision of the kind grants issuing one: the lists of powers grant services
and duties, and a document is issued by the officer the law on its matter
names, however many words of its field (ที่ดิน, การท่องเที่ยว) a power shares.
So is a title whose work is another act of state power over a person —
approving, certifying, registering, revoking, arresting:
:data:`~kmportal.search.project_title.STATE_ACT` — unless a provision of the
kind grants that act; and so is work a limit the Acts word keeps from the
kind, read in the title and answered with the section that words it
(:func:`_barred`): paying for the executives' or council's study visits
abroad, budget allotted to the council's members, a tax the law gives
other kinds (:mod:`kmportal.search.local_taxes`), a municipality's
referendum on a person, a PAO's work in another
province or a TAO's or municipality's in the other's area, a municipality's
minority stake,
a TAO or municipality drawing up the provincial plan, work on private land,
work an Act gives a central body (:mod:`kmportal.search.reserved`), building
in another state.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kmportal.errors import BadInput
from kmportal.ingest.powers_law import KINDS
from kmportal.messages import Text, bilingual, msg
from kmportal.search.evidence import (
    Evidence,
    evidence,
    evidence_floor,
    field_words,
    kind_fields,
    provision_fields,
)
from kmportal.search.kin import EmbedWords, with_kin, with_title_kin
from kmportal.search.project_title import ISSUING, STATE_ACT, TitlePlan, is_form_piece
from kmportal.search.register import Provision, Register, compound_parts

ORG_KINDS = ("pao", "municipality", "tao", "pattaya")
RRF_K = 5
AGREE_RANK = 4
# The dense arm's agreement a word of the title's own needs: at 10 a community
# currency's title passes on a word shared by chance.
OWN_RANK = 9
FEEDBACK_WORDS = 0.5
FEEDBACK_VECTOR = 0.5
MAX_OTHER_KINDS = 5
COUNTERPART_MIN = 0.35
COUNTERPART_STEPS = 2
# Likeness at which two provisions are one duty in the same words (tiers' twins).
TWIN_MIN = 0.99


def check_org(kind: str) -> str:
    """``kind`` if the check knows it, else a refusal naming the choices."""
    if kind not in ORG_KINDS:
        raise BadInput(msg("powers.error.unknown_org", kind=kind, kinds=" | ".join(ORG_KINDS)))
    return kind


@dataclass(frozen=True)
class CheckedProvision:
    provision: Provision
    score: float
    catch_all: bool
    supported: bool = False

    def to_dict(self) -> dict[str, Any]:
        p = self.provision
        return {
            "doc": p.doc,
            "section": p.section,
            "item": p.item,
            "label": p.label,
            "law": p.law,
            "text": p.text,
            "applies_to": list(p.applies_to),
            "tiers": list(p.tiers),
            "catch_all": self.catch_all,
            "score": round(self.score, 4),
            "section_key": p.section_key,
            "supported": self.supported,
        }


@dataclass
class PowerCheck:
    project: str
    org_kind: str
    verdict: str = "not_found"  # "within" | "not_found"
    provisions: list[CheckedProvision] = field(default_factory=list)
    other_kinds: list[CheckedProvision] = field(default_factory=list)
    id: str | None = None
    notes: list[Text] = field(default_factory=list)  # rendered in the reader's language
    error: str | None = None  # a title that could not be checked (empty), ``ไทย (English)``

    def to_dict(self) -> dict[str, Any]:
        if self.error:
            return {"id": self.id, "org_kind": self.org_kind, "error": self.error}
        return {
            "id": self.id,
            "project": self.project,
            "org_kind": self.org_kind,
            "verdict": self.verdict,
            "provisions": [p.to_dict() for p in self.provisions],
            "other_kinds": [p.to_dict() for p in self.other_kinds],
            "notes": [bilingual(n) for n in self.notes],
        }


@dataclass
class _Ranking:
    order: list[int]  # specific provisions of the kind, best first
    fused: dict[int, float]
    supported: list[int]
    dense_rank: dict[int, int]  # the dense arm's own rank among the kind's provisions


def _rank(
    register: Register,
    cos: np.ndarray,
    ev: Evidence,
    kind: str,
    own: Evidence | None = None,
    formless: Callable[[], np.ndarray | None] | None = None,
) -> _Ranking:
    """The kind's specific provisions by fused rank, and those that support the
    title. With ``own`` (the evidence of the title's own words and the
    statute's, without kin): when no provision within ``AGREE_RANK`` is named
    by the title's own words, those named by them within ``OWN_RANK`` support
    it instead of the kin-found ones. A word the title itself says is better
    evidence than a neighbour the embedder found for another, so it may stand
    on a looser agreement of the dense arm; a kin word alone keeps the strict
    one (a bottled-water plant "กิจการพาณิชย์": ม.๕๐ and ม.๑๗ (๑๕) name it, at
    dense ranks 7 and 30 behind water items, while kin ``สร้าง`` of its
    ``โรงผลิต`` had found a roads item). When none is that near, ``formless``
    gives the dense arm's look at the title without its form words, asked only
    then: "ก่อสร้างอาคาร" pulls a child-care centre's title towards roads and
    buildings, and its education item falls to rank 10."""
    cands = [p.row for p in register.provisions if kind in p.applies_to and not p.catch_all]
    dense = sorted(cands, key=lambda i: -cos[i])
    floor = evidence_floor(len(register))
    # The lexical arm ranks the provisions that name the field; one sharing only
    # common words (พัฒนา, ส่งเสริม) would outrank, by its rank alone, an item
    # the dense arm puts first.
    lexical = sorted((i for i in cands if ev.best[i] >= floor), key=lambda i: -ev.total[i])
    d_rank = {i: r for r, i in enumerate(dense, 1)}
    fused = {i: 1.0 / (RRF_K + d_rank[i]) for i in cands}
    for r, i in enumerate(lexical, 1):
        fused[i] += 1.0 / (RRF_K + r)
    order = sorted(cands, key=lambda i: -fused[i])
    duty = _duty_ranks(register, d_rank, [i for i in cands if ev.best[i] >= floor])
    supported = [i for i in order if ev.best[i] >= floor and duty[i] <= AGREE_RANK]
    if own is not None and not any(own.best[i] >= floor for i in supported):
        said = [i for i in cands if own.best[i] >= floor]
        layered = _duty_ranks(register, d_rank, said, other_layer=True)
        named = [i for i in order if own.best[i] >= floor and layered[i] <= OWN_RANK]
        cos_f = formless() if formless is not None and not named else None
        if cos_f is not None:
            f_rank = {i: r for r, i in enumerate(sorted(cands, key=lambda i: -cos_f[i]), 1)}
            named = [i for i in order if own.best[i] >= floor and f_rank[i] <= OWN_RANK]
        supported = named or supported
    return _Ranking(order, fused, supported, d_rank)


def _duty_ranks(
    register: Register, d_rank: dict[int, int], rows: list[int], *, other_layer: bool = False
) -> dict[int, int]:
    """The dense arm's rank of each of ``rows``'s duty: its own, or a better one
    of a provision of the same kind worded alike (:data:`COUNTERPART_MIN`). A
    duty is written in each layer of law and for each municipal tier (ม.๑๗ (๒๗)
    and the rule's ข้อ ๑๓; ม.๕๑ (๑) and ม.๕๓ (๒)), and the embedder may know it in
    one wording and not the other. The strict agreement only: a looser rank
    reached through another wording lets the PAO Act's coordination items, all
    worded alike, carry one another. With ``other_layer``, only the same duty in
    another layer (:func:`_layer`) lends its rank, never a sibling of the same
    list: the looser agreement a title's own word needs may come through the
    rule's ข้อ ๑๓ for ม.๑๗ (๒๗) (long-term care of the elderly: eighth and
    sixteenth), but not through the rule's sewage item for its disease item,
    which share the word บำบัด."""
    out = dict(d_rank)
    for i in rows:
        alike = [j for j in _alike(register, i) if j in d_rank]
        if other_layer:
            alike = [j for j in alike if _layer(register, j) != _layer(register, i)]
        out[i] = min([d_rank[i], *(d_rank[j] for j in alike)])
    return out


def _alike(register: Register, row: int) -> tuple[int, ...]:
    """The provisions worded much like ``row`` (likeness ≥ ``COUNTERPART_MIN``,
    ``row`` itself included), most alike first; once per provision and register,
    as every title's ranking and counterparts ask again."""
    cache = register.derived.setdefault("alike", {})
    assert isinstance(cache, dict)
    found = cache.get(row)
    if found is None:
        sims = register.likeness(row)
        order = np.argsort(-sims, kind="stable")
        found = cache[row] = tuple(int(j) for j in order if sims[j] >= COUNTERPART_MIN)
    return found


def _unit(v: np.ndarray) -> np.ndarray:
    return v / max(float(np.linalg.norm(v)), 1e-12)


def check(
    register: Register,
    plan: TitlePlan,
    query_vector: np.ndarray,
    *,
    org: str,
    k: int = 10,
    embed_one: Callable[[str], np.ndarray] | None = None,
) -> PowerCheck:
    result = PowerCheck(project=plan.raw, org_kind=org)
    if plan.truncated:
        result.notes.append(msg("powers.note.truncated"))
    if not len(register):
        result.notes.append(msg("powers.note.no_register"))
        return result
    if plan.issuing and not _grants(register, org, ISSUING, STATE_ACT):
        result.notes.append(msg("powers.note.issuing", document=plan.issuing))
        return result
    if plan.act and not _grants(register, org, STATE_ACT):
        result.notes.append(msg("powers.note.state_act", act=plan.act))
        return result
    barred = _barred(plan, org)
    if barred is not None:
        result.notes.append(barred)
        return result
    same_dim = register.vectors.shape[1] == query_vector.shape[0]
    cos = register.vectors @ query_vector if same_dim else np.zeros(len(register))
    words = plan.tokens + plan.expansion
    statute = [w for w in plan.expansion if w not in plan.kin]
    own = evidence(register, plan.tokens) + evidence(register, statute, law_words=True)
    ev = own + evidence(register, list(plan.kin), law_words=True)

    def formless() -> np.ndarray | None:
        if plan.formless_text is None or embed_one is None or not same_dim:
            return None
        return register.vectors @ embed_one(plan.formless_text)

    first = _rank(register, cos, ev, org, own, formless)
    result.other_kinds = _other_kinds(register, cos, ev, org)
    # The field the work itself is in: without the words saying what it is for.
    work = own
    if plan.work is not None:
        work = evidence(register, list(plan.work)) + evidence(
            register, list(plan.work_law), law_words=True
        )
    given = _given_to_others(register, cos, work, first.supported, org)
    if given:
        names = [msg(f"org.{kind}") for kind in given]
        result.notes.append(msg("powers.note.given_to_others", kinds=names))
    # A subsidy to a state body rests on the power to support one (ม.๑๗ (๒๕)
    # "สนับสนุนหรือช่วยเหลือส่วนราชการ…ในการพัฒนาท้องถิ่น"), whose words name
    # the work; the subsidised project's own field is cited when found, and
    # the reader is told to check it when not. So does a subsidy to another
    # local government (ม.๔๕ (๓), ม.๑๗ (๒)): a garbage truck bought for a
    # municipality is the PAO's support to it, whatever the waste items' rank.
    lead: list[int] = []
    if plan.local_recipient:
        lead = _supports_local_bodies(register, org)
    elif plan.state_recipient:
        lead = _supports_state_bodies(register, org)
    field = bool(first.supported) and not given
    if lead and not field:
        local = "_local" if plan.local_recipient else ""
        result.notes.append(msg(f"powers.note.subsidy_field{local}"))
    # A venture run for trade rests on the powers to trade, whatever it sells.
    if plan.commercial:
        lead = [*lead, *_commercial(register, org)]
    result.verdict = "within" if field or lead else "not_found"
    if result.verdict == "not_found":
        return result
    # The second look only from a provision the dense arm itself puts among the
    # kind's first AGREE_RANK: one supported through a counterpart's rank or the
    # looser agreement of a title's own word is a weaker guess, and its wording
    # would pull the whole list into its field (``เกษตร`` of the rule's ข้อ ๑,
    # water for farming, fifth in the dense arm, filled a subsidy to an
    # agricultural college's ten with water items, where ม.๑๗ (๒๕) belonged).
    confident = [i for i in first.supported if first.dense_rank[i] <= AGREE_RANK]
    if plan.title_kin:
        # From here on the evidence only ranks: the word nearest the whole title.
        ev = ev + evidence(register, list(plan.title_kin), law_words=True)
    final, ev2 = first, ev
    if confident:
        best = register.provisions[confident[0]]
        extra = [t for t in register.tokens[best.row] if t not in words]
        ev2 = ev + evidence(register, extra, law_words=True).scaled(FEEDBACK_WORDS)
        cos2 = cos
        if same_dim:
            cos2 = register.vectors @ _unit(
                query_vector + FEEDBACK_VECTOR * register.vectors[best.row]
            )
        final = _rank(register, cos2, ev2, org)
    elif plan.title_kin:
        final = _rank(register, cos, ev, org)
    supported = set(first.supported) | set(lead)
    top = 2.0 / (RRF_K + 1)
    ordered = [*lead, *_with_counterparts(register, final.order, supported, org)]
    ordered = _with_twins(register, list(dict.fromkeys(ordered)), org)
    picked: list[CheckedProvision] = []
    for i in ordered:
        if len(picked) >= k:
            break
        p = register.provisions[i]
        score = final.fused[i] / top
        picked.append(CheckedProvision(p, score, False, i in supported))
        for b in p.basis:
            basis = register.provisions[b]
            if org in basis.applies_to and all(c.provision.row != b for c in picked):
                # The item the rule was issued under, as a plan cites it beside the rule.
                picked.append(CheckedProvision(basis, score, False, i in supported))
    picked = _keep_bases(picked, k)
    room = k - len(picked)
    if room > 0:
        catch = [
            p
            for p in register.provisions
            if org in p.applies_to and p.catch_all and ev2.total[p.row] > 0
        ]
        catch.sort(key=lambda p: -ev2.total[p.row])
        taken = {c.provision.row for c in picked}
        picked += [CheckedProvision(p, 0.0, True) for p in catch if p.row not in taken][:room]
    result.provisions = picked[:k]
    return result


def _keep_bases(picked: list[CheckedProvision], k: int) -> list[CheckedProvision]:
    """The first ``k``, never parting a rule's item from the item it was issued
    under: a plan cites the two together, so when the basis would fall just past
    the list, the last provision above them that no title word supports makes
    room for it (or, when every one is supported, the rule's item goes)."""
    if len(picked) <= k or k < 2:  # one slot holds no pair
        return picked[:k]
    last, after = picked[k - 1], picked[k]
    if after.provision.row not in last.provision.basis:
        return picked[:k]
    bases = {b for c in picked[:k] for b in c.provision.basis}
    for j in range(k - 2, -1, -1):
        c = picked[j]
        if not c.supported and not c.provision.basis and c.provision.row not in bases:
            return picked[:j] + picked[j + 1 : k + 1]
    return picked[: k - 1]


def _barred(plan: TitlePlan, org: str) -> Text | None:
    """Why the Acts themselves keep this work from ``org``, when a limit they
    word is read in the title (:func:`~kmportal.search.project_title.analyse_title`),
    whatever power shares its field's words; else None."""
    if plan.abroad:
        return msg("powers.note.abroad", law=msg(f"powers.ban.{org}"))
    if plan.provincial_plan:
        key = "provincial_plan_pao" if org == "pao" else "provincial_plan"
        return msg(f"powers.note.{key}")
    if plan.council_share:
        return msg("powers.note.council_share", law=msg(f"powers.council_share.{org}"))
    if plan.others_tax:
        return msg(f"powers.note.local_tax.{plan.others_tax}")
    if plan.referendum_on_person:
        return msg("powers.note.referendum_on_person")
    if plan.minority_stake:
        return msg("powers.note.minority_stake", pct=plan.minority_stake)
    if plan.public_company:
        return msg("powers.note.public_company")
    if plan.private_land:
        return msg("powers.note.private_land")
    if plan.reserved:
        return msg(f"powers.note.reserved.{plan.reserved}")
    if plan.abroad_work:
        return msg("powers.note.abroad_work")
    if plan.in_other_area:
        return msg(f"powers.note.in_other_area.{org}", other=msg(f"org.{plan.in_other_area}"))
    if plan.elsewhere:
        home, where = plan.elsewhere
        return msg("powers.note.elsewhere", own=home, where=where)
    return None


def _given_to_others(
    register: Register, cos: np.ndarray, own: Evidence, supported: list[int], org: str
) -> list[str]:
    """The other kinds whose law alone names the title's field in the title's
    own words, when ``org``'s support comes only through kin (or, with a
    purpose, only through what the work is for): the law has said whose the
    field is (a slaughterhouse is in ม.๑๖ (๒๒) and the Municipality Act, never in
    ม.๑๗ or the PAO's rule, and kin of its livestock reach the PAO's
    water-for-agriculture item). *Alone*: when any specific provision of
    ``org`` holds a field word of theirs, the field is ``org``'s too in other
    words — the TAO's ``ผู้สูงอายุ`` (ม.๖๗ (๖) "สตรี เด็ก เยาวชน ผู้สูงอายุ") is
    the PAO's ม.๑๗ (๒๗) "เด็ก สตรี คนชรา", and the PAO's ม.๕๐ says
    ``การพาณิชย์`` as ม.๑๖ (๗) does — whether or not the title's words or the
    dense arm reach that provision."""
    floor = evidence_floor(len(register))
    if not supported or any(own.best[i] >= floor for i in supported):
        return []
    theirs: set[int] = set()
    kinds: list[str] = []
    for kind in KINDS:
        if kind == org:
            continue
        rows = [
            i
            for i in _rank(register, cos, own, kind).supported
            if org not in register.provisions[i].applies_to
        ]
        theirs.update(rows)
        kinds += [kind] if rows else []
    if not theirs:
        return []
    # A field word of theirs is also its pieces: the law's compounds are split
    # once, so the Municipality Act's "โรงเรียนอาชีวศึกษา" holds อาชีวศึกษา, whose
    # ศึกษา is the PAO's การศึกษา — vocational schooling is education.
    words = field_words(register, theirs)
    words |= {p for w in words for p in compound_parts(w)}
    shared = words & kind_fields(register, org)
    # The form of the work is never its field, nor a piece of it: the
    # ``สร้าง`` of ม.๑๖ (๔)'s "การก่อสร้างอื่น" is not the PAO's roads (ม.๑๗ (๑๖)
    # "การสร้าง…ทางบก"), and would have made electricity the PAO's.
    shared = {w for w in shared if not is_form_piece(w)}
    return [] if shared else kinds


def _wording(register: Register, org: str, *groups: tuple[str, ...]) -> list[int]:
    """The kind's specific provisions whose text holds a word of every group."""
    return [
        p.row
        for p in register.provisions
        if org in p.applies_to
        and not p.catch_all
        and all(any(w in p.text for w in group) for group in groups)
    ]


_SUPPORT = ("สนับสนุน", "ช่วยเหลือ")


def _supports_state_bodies(register: Register, org: str) -> list[int]:
    """The kind's specific provisions granting support to a state body
    ("สนับสนุนหรือช่วยเหลือส่วนราชการ", ม.๑๗ (๒๕)): the basis a plan cites for a
    subsidy to one, before the field's own items."""
    return _wording(register, org, ("ส่วนราชการ",), _SUPPORT)


def _supports_local_bodies(register: Register, org: str) -> list[int]:
    """The kind's specific provisions granting support to other local
    governments (ม.๔๕ (๓) "สนับสนุนสภาตำบลและราชการส่วนท้องถิ่นอื่น", ม.๑๗ (๒)):
    the basis a plan cites for a subsidy to one, before the field's own items."""
    return _wording(register, org, ("ราชการส่วนท้องถิ่นอื่น", "องค์กรปกครองส่วนท้องถิ่นอื่น"), _SUPPORT)


def _commercial(register: Register, org: str) -> list[int]:
    """The kind's specific provisions for trade (ม.๕๐, ม.๑๗ (๑๕); เทศพาณิชย์):
    the basis a plan cites for a venture it runs as one, whatever it sells."""
    return _wording(register, org, ("พาณิชย์",))


def _grants(register: Register, org: str, *acts: re.Pattern[str]) -> bool:
    """Whether some specific provision of ``org`` itself grants one of these
    acts — issuing a document, permitting, certifying … (an uploaded Act may):
    only then can a title whose work is such an act be within the kind's
    powers."""
    return any(
        org in p.applies_to and not p.catch_all and any(a.search(p.text) for a in acts)
        for p in register.provisions
    )


def _with_counterparts(
    register: Register, order: list[int], supported: set[int], org: str
) -> list[int]:
    """The supported provisions, then their counterparts, then the rest in
    ``order``. A counterpart is a specific provision of the same kind worded
    much like a supported one (:meth:`Register.likeness` ≥ ``COUNTERPART_MIN``),
    or a narrower one whose field words it holds (:func:`_counterparts`):
    the same duty in the other layer of law (ม.๔๕ (๗ ตรี) → ม.๑๗ (๖) → the rule's
    ข้อ ๑๑) or for another municipal tier (ม.๕๑ (๑) → ม.๕๓ (๒)), which a plan
    cites together however the title words it. Every supported provision comes
    before any counterpart: each is evidence of its own, and the counterparts of
    the first (ม.๔๕ (๖/๑) "ช่วยเหลือ" brings two public-order items) must not push
    a later one (the disaster item of a disaster-relief title) out of the list."""
    out = [i for i in order if i in supported]
    # The same duty is the same in every layer, so a counterpart's counterpart
    # is one too (ม.๔๕ (๗ ตรี) is worded like ม.๑๗ (๖), and ม.๑๗ (๖) like the
    # rule's ข้อ ๑๑, though ม.๔๕ (๗ ตรี) and ข้อ ๑๑ share fewer words). Each step
    # crosses into a layer (a law, and a municipal tier within it) the path has
    # not been in: an item of a layer already on it is a sibling duty worded
    # alike, not the same duty again (ม.๑๗ (๒๖) services → ม.๔๘ → ม.๑๗ (๒๕) and
    # ม.๔๕ (๓), support to other bodies, filled a disabled-transport title's ten
    # ahead of the welfare items the ranking put next).
    path = {i: {_layer(register, i)} for i in out}
    frontier = list(out)
    for _ in range(COUNTERPART_STEPS):
        found = []
        for f in frontier:
            for j in _counterparts(register, f, org):
                layer = _layer(register, j)
                if j not in out and j not in found and layer not in path[f]:
                    path[j] = path[f] | {layer}
                    found.append(j)
        out += found
        frontier = found
    return list(dict.fromkeys(out + order))


def _with_twins(register: Register, ordered: list[int], org: str) -> list[int]:
    """``ordered`` with each provision's twins right after it: the same words
    in another layer (likeness ≥ :data:`TWIN_MIN`). The Municipality Act writes
    a duty once for each tier (ม.๕๑ (๖) and ม.๕๓ (๔), a place to care for the
    sick), and a title that does not say its tier is cited under both; a
    counterpart worded otherwise waits for the evidence, as
    :func:`_with_counterparts` has it."""
    out: list[int] = []
    for i in ordered:
        for j in (i, *_twins(register, i)):
            p = register.provisions[j]
            if j not in out and (j == i or (org in p.applies_to and not p.catch_all)):
                out.append(j)
    return out


def _twins(register: Register, row: int) -> tuple[int, ...]:
    """The provisions worded as ``row`` is in another layer, once per register
    (every title's list asks again)."""
    cache = register.derived.setdefault("twins", {})
    assert isinstance(cache, dict)
    found = cache.get(row)
    if found is None:
        sims = register.likeness(row)
        alike = _alike(register, row)
        layer = _layer(register, row)
        found = cache[row] = tuple(
            j for j in alike if j != row and sims[j] >= TWIN_MIN and _layer(register, j) != layer
        )
    return found


def _layer(register: Register, row: int) -> tuple[str, tuple[str, ...]]:
    """The layer of law a provision is written in: its law, and the municipal
    tiers it is written for (ม.๕๐ for a ตำบล, ม.๕๓ for a เมือง: one Act, three layers)."""
    p = register.provisions[row]
    return p.law, tuple(p.tiers)


def _counterparts(register: Register, row: int, org: str) -> list[int]:
    """Provisions of ``org`` worded much like ``row``, most alike first, then
    the narrower ones whose every field word ``row`` holds: a broad item and a
    narrow one of the same duty (ม.๑๗ (๑๖) "ทางบกและทางน้ำที่เชื่อมต่อ…" holds the
    rule's ข้อ ๖ "ทางบก" and ข้อ ๗ "ทางน้ำ"; ม.๖๗ (๕) holds ม.๑๖ (๙) "การจัดการ
    ศึกษา") share too few words for the cosine, the longer one's other words
    weighing on it."""
    words = set(register.tokens[row])
    alike = _alike(register, row)
    worded = set(alike)
    inside = [
        j
        for j, field in enumerate(provision_fields(register))
        if j != row and j not in worded and field and field <= words
    ]
    return [
        j
        for j in [*alike, *inside]
        if org in register.provisions[j].applies_to and not register.provisions[j].catch_all
    ]


def _other_kinds(
    register: Register, cos: np.ndarray, ev: Evidence, org: str
) -> list[CheckedProvision]:
    """Provisions that would support the project for another kind of อปท.:
    shown apart, labelled with whose power they are, never as the org's."""
    found: dict[int, float] = {}
    top = 2.0 / (RRF_K + 1)
    for kind in KINDS:
        if kind == org:
            continue
        ranking = _rank(register, cos, ev, kind)
        for i in ranking.supported:
            if org not in register.provisions[i].applies_to:
                found[i] = max(found.get(i, 0.0), ranking.fused[i] / top)
    best = sorted(found, key=lambda i: -found[i])[:MAX_OTHER_KINDS]
    return [CheckedProvision(register.provisions[i], found[i], False, True) for i in best]


def check_many(
    register: Register,
    plans: Sequence[TitlePlan],
    embed: Callable[[list[str]], np.ndarray],
    *,
    orgs: Sequence[str],
    k: int = 10,
    embed_words: EmbedWords | None = None,
) -> list[PowerCheck]:
    """Several titles at once: one call to the embedder for all of them (and,
    with ``embed_words``, one for the words whose kin the law may name)."""
    if embed_words is not None and len(register) and plans:
        plans = with_kin(register, plans, orgs, embed_words)
    vectors = embed([p.dense_text for p in plans]) if plans else np.zeros((0, 0))
    if embed_words is not None and len(register) and plans:
        plans = with_title_kin(register, plans, vectors, orgs, embed_words)

    def embed_one(text: str) -> np.ndarray:
        return embed([text])[0]

    return [
        check(register, plan, vec, org=org, k=k, embed_one=embed_one)
        for plan, vec, org in zip(plans, vectors, orgs, strict=True)
    ]
