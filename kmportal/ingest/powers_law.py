"""The register of powers: which provisions let which kind of อปท. do what.

Read from the law itself, by rules over its wording, never typed in:

* a *power section* is one whose opening sentence has a kind of local
  government as its subject and a verb that grants ("มีอำนาจหน้าที่",
  "มีอำนาจและหน้าที่", "มีหน้าที่ต้องทำ", "อาจจัดทำกิจการ", ...). The kinds are those
  the subject names; an organ of the organisation (its council, mayor, clerk)
  or another actor (the governor, a minister) standing nearer the verb means
  the organisation is not the one granted;
* each numbered item of such a section is a provision, in its consolidated
  wording; repealed items and sections never count; a section without items
  (or whose items are conditions, "... เมื่อ (๑) ...") is one provision;
* an item that only points elsewhere ("other duties as the law provides",
  "the matters listed in section 50", "any matter ... as a ministerial rule
  sets out", "activities outside its area") or a mandate over whole fields of
  life is a *catch-all*; a provision that gives a kind the items of another
  section ("เทศบาลนครอาจจัดทำกิจการอื่น ๆ ตามมาตรา ๕๔") adds that kind and tier
  to those items.

Ministerial rules and regulations quoted inside a handbook are read by
:mod:`kmportal.ingest.powers_quoted`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kmportal.ingest.lawtext import SUFFIX_WORDS
from kmportal.ingest.structure import SectionSpan
from kmportal.thai.digits import fold_digits, thai_digits

KINDS = ("pao", "municipality", "tao", "pattaya", "bangkok")
TIERS = ("ตำบล", "เมือง", "นคร")

# Full names as the Acts write them: (name, kind, municipal tier).
ORG_NAMES: tuple[tuple[str, str, str | None], ...] = (
    ("องค์การบริหารส่วนจังหวัด", "pao", None),
    ("องค์การบริหารส่วนตำบล", "tao", None),
    ("เทศบาลตำบล", "municipality", "ตำบล"),
    ("เทศบาลเมือง", "municipality", "เมือง"),
    ("เทศบาลนคร", "municipality", "นคร"),
    ("กรุงเทพมหานคร", "bangkok", None),
    ("เมืองพัทยา", "pattaya", None),
    ("เทศบาล", "municipality", None),
)
ORG = {name: (kind, tier) for name, kind, tier in ORG_NAMES}
# An organisation's organs and officers act in its name but are not it; "ในเขต
# องค์การ..." is a place.
ORGAN_PREFIX = re.compile(
    r"(?:สภา|นายก|ปลัด|ประธาน|สมาชิก|พนักงาน|ข้าราชการ|ลูกจ้าง|คณะ|ข้อบัญญัติ|เทศบัญญัติ|เขต)\s*$"
)
_ACTORS = (
    "ผู้ว่าราชการจังหวัด",
    "คณะรัฐมนตรี",
    "รัฐมนตรี",
    "นายอำเภอ",
    "คณะกรรมการ",
    "สภาตำบล",
    "กระทรวง",
    "ส่วนราชการ",
    "หน่วยงาน",
    "เอกชน",
    "องค์กรปกครองส่วนท้องถิ่น",
    "ราชการส่วนท้องถิ่น",
)
_MENTION = re.compile(
    "|".join(re.escape(n) for n in sorted([*ORG, *_ACTORS], key=len, reverse=True))
)
# Verbs that grant a power or lay down a duty. Revenue ("อาจมีรายได้"), spending
# and law-making ("อาจออกข้อบัญญัติ") are powers of another sort and stay out.
_GRANT = re.compile(r"มีอำนาจ(?:และ)?หน้าที่|มีหน้าที่(?:ต้องทำ)?|อาจ(?:จัดทำ|ทำ|ดำเนิน|ให้บริการ|มอบ|ร่วม)")
_VERB_HEAD = re.compile(r"^(?:อาจ|มีอำนาจ(?:และ)?หน้าที่|มีหน้าที่(?:ต้องทำ)?)(?:ใน(?:การ)?)?")
# Between the organisation and the verb: a clause of its own ("ให้เป็นไปตาม...")
# or a verb joined by "และ" means the sentence's subject stood earlier.
_OTHER_CLAUSE = re.compile(r"ให้|(?:และ|หรือ)\s*$")
# What may stand right before a subject: a break, or a particle (ให้ / ของ / และ / หรือ).
_SUBJECT_BEFORE = re.compile(r"(?:^|[\s(,]|ให้|ของ|และ|หรือ)$")
_COMPLEMENT = re.compile(r"เป็น\s*$")
_JOINER = re.compile(r"^[\s,]*(?:และ|หรือ)?\s*$")
_MAX_SUBJECT_GAP = 60
_LEAD_CHARS = 400
_SENTENCE_CHARS = 150

_WS = r"[ \t\u00a0]"
SUFFIX_RE = "|".join(sorted(SUFFIX_WORDS, key=len, reverse=True))
_ITEM = re.compile(
    rf"(?m)^{_WS}*\((?P<num>[๐-๙0-9]+(?:/[๐-๙0-9]+)?)(?:{_WS}*\n?{_WS}*(?P<suf>{SUFFIX_RE}))?\)"
    rf"(?:\[[๐-๙0-9]+\])?"
)
_FN_MARK = re.compile(r"\[[๐-๙0-9]+\]")
_SECTION_HEAD = re.compile(
    rf"^{_WS}*(?:มาตรา|ข้อ){_WS}*\n?{_WS}*[๐-๙0-9/]+(?:{_WS}*(?:{SUFFIX_RE}))?(?:\[[๐-๙0-9]+\])?"
)
# A chapter heading the section splitter left inside the last section of a chapter.
_INNER_HEADING = re.compile(rf"(?m)^{_WS}*(?:บทที่|หมวด|ส่วนที่|ลักษณะ){_WS}*[๐-๙0-9]")
_REPEALED = re.compile(r"^\(?ยกเลิก\)?$")
# The last item runs on into the paragraph after the list unless the next line
# visibly continues it.
_CONTINUES = re.compile(r"^(?:และ|หรือ|รวมทั้ง|ตลอดจน|ทั้งนี้|ๆ|โดย|ซึ่ง|เพื่อ|ที่|ของ|ใน)")
_CATCH_ALL = re.compile(
    r"^(?:จัดทำ|ทำ|ปฏิบัติ|ดำเนิน)?(?:การ)?(?:กิจการ|หน้าที่|อำนาจ(?:และ)?หน้าที่)"
    r"(?:อย่าง)?(?:อื่น)?(?:ใด)?(?:ๆ)?.{0,120}?"
    r"(?:ตามที่|ตาม(?=มาตรา|พระราชบัญญัติ|กฎหมาย)|ที่(?:ได้มีการ)?กำหนดไว้|"
    r"อันเป็นอำนาจ|ซึ่งอยู่ในอำนาจ|ที่อยู่ในอำนาจ|นอกเขต)"
)
_GENERAL_MANDATE = re.compile(r"ทั้งในด้าน|ทุกด้าน")
# A section-level grant whose object is only a pointer ("มีอำนาจหน้าที่ตาม...").
_POINTER = re.compile(r"^(?:ตาม|เช่นเดียวกับ)")
_SECTION_REF = re.compile(rf"มาตรา\s*([๐-๙0-9]+(?:/[๐-๙0-9]+)?)(?:\s*({SUFFIX_RE}))?")
# "... เมื่อ" before a list: the items are conditions of one power, not powers.
_CONDITIONS = re.compile(r"เมื่อ$")


@dataclass
class PowerItem:
    """One provision of the register, before it is stored."""

    section_key: str  # anchor of the section in the document viewer ("s45", "p11")
    unit: str  # "มาตรา" or "ข้อ"
    section: str | None  # "45", "57 ทวิ" (Arabic digits, as the law writes it)
    item: str | None  # "8", "6/1", "7 ทวิ"; None for a section without items
    text: str  # the provision's own wording, on one line
    label: str  # the Thai citation a plan prints
    law: str  # the law's title
    kinds: list[str]
    tiers: list[str] = field(default_factory=list)  # municipal tiers; empty: every tier
    catch_all: bool = False
    start: int = 0  # offsets in the document text
    end: int = 0
    issued_under: list[tuple[str, str, str | None]] = field(default_factory=list)
    points_to: list[str] = field(default_factory=list)  # section keys it refers to


def item_anchor(section_key: str, unit: str, section: str | None, item: str | None) -> str:
    """Where a provision sits in the document viewer: ``s45-i7-x2`` for item
    (๗ ทวิ) of มาตรา ๔๕, ``p11-n1`` for line "1." of a rule quoted in a handbook."""
    if item:
        main, _, suf = item.partition(" ")
        slug = main.replace("/", "-") + (f"-x{SUFFIX_WORDS.index(suf) + 2}" if suf else "")
        return f"{section_key}-i{slug}"
    if unit == "ข้อ" and section and not section_key.startswith("s"):
        return f"{section_key}-n{section}"
    return section_key


def one_line(s: str) -> str:
    return re.sub(r"\s+", " ", _FN_MARK.sub("", s)).strip()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", _FN_MARK.sub("", s))


def cite(unit: str, section: str | None, item: str | None, law: str) -> str:
    """``มาตรา ๔๕ (๘) แห่งพระราชบัญญัติ...``: the citation line of a plan."""
    head = f"{unit} {thai_digits(section)}" if section else unit
    if item:
        head += f" ({thai_digits(item)})"
    return f"{head} แห่ง{thai_digits(law)}" if law else head


def is_catch_all(text: str) -> bool:
    flat = squash(text)
    return bool(_CATCH_ALL.match(flat) or _GENERAL_MANDATE.search(flat))


def org_kinds(text: str) -> tuple[list[str], list[str]]:
    """Kinds (and municipal tiers) of the organisations ``text`` names as such."""
    kinds: list[str] = []
    tiers: list[str] = []
    for m in _MENTION.finditer(text):
        if m.group() not in ORG or ORGAN_PREFIX.search(text[: m.start()]):
            continue
        kind, tier = ORG[m.group()]
        if kind not in kinds:
            kinds.append(kind)
        if tier and tier not in tiers:
            tiers.append(tier)
    return kinds, tiers


# -- who is granted --------------------------------------------------------
@dataclass(frozen=True)
class Grant:
    kinds: tuple[str, ...]
    tiers: tuple[str, ...]
    verb_start: int


def _is_subject(text: str, m: re.Match[str]) -> bool:
    """Whether the organisation named at ``m`` can be the sentence's subject: not
    an organ of it ("สภาองค์การ...") nor the end of another name glued before it
    ("คณะกรรมการโรคติดต่อกรุงเทพมหานคร")."""
    before = text[: m.start()]
    return not ORGAN_PREFIX.search(before) and bool(_SUBJECT_BEFORE.search(before))


def find_grant(lead: str) -> Grant | None:
    """The kinds a granting verb in ``lead`` has as its subject, if any."""
    mentions = list(_MENTION.finditer(lead))
    for verb in _GRANT.finditer(lead):
        before = [m for m in mentions if m.end() <= verb.start()]
        if not before:
            continue
        last = before[-1]
        gap = lead[last.end() : verb.start()]
        if last.group() not in ORG or len(gap) > _MAX_SUBJECT_GAP:
            continue
        if "\n\n" in gap or _OTHER_CLAUSE.search(gap):
            continue
        # The names joined by "และ" / "หรือ" / spaces just before the verb.
        run = [last]
        for m in reversed(before[:-1]):
            if m.group() not in ORG or not _JOINER.match(lead[m.end() : run[-1].start()]):
                break
            run.append(m)
        if _COMPLEMENT.search(lead[: run[-1].start()]):
            continue  # "คงมีฐานะเป็นเทศบาลตำบล ...": what it is, not who acts
        if not all(_is_subject(lead, m) for m in run):
            continue
        kinds, tiers = org_kinds(" ".join(m.group() for m in reversed(run)))
        return Grant(tuple(kinds), tuple(tiers), verb.start())
    return None


# -- items -------------------------------------------------------------------
def _item_key(num: str, suf: str | None) -> tuple[int, int, int]:
    main, _, sub = fold_digits(num).partition("/")
    order = SUFFIX_WORDS.index(suf) + 2 if suf else 0
    return int(main), int(sub or 0), order


def _items(body: str) -> list[re.Match[str]]:
    """The section's own list (๑), (๒), ... in order; a reference that happens
    to start a line ("(๑) และ (๒) ของวรรคหนึ่ง") breaks the order and is dropped."""
    out: list[re.Match[str]] = []
    last: tuple[int, int, int] | None = None
    for m in _ITEM.finditer(body):
        key = _item_key(m.group("num"), m.group("suf"))
        if last is None:
            if key != (1, 0, 0):
                continue
        elif key <= last or key[0] > last[0] + 1:
            continue
        out.append(m)
        last = key
    return out


def _item_number(m: re.Match[str]) -> str:
    number = fold_digits(m.group("num"))
    return f"{number} {m.group('suf')}" if m.group("suf") else number


def _last_item_text(raw: str) -> str:
    lines = [ln.strip(" \t\u00a0") for ln in raw.strip().split("\n")]
    lines = [ln for ln in lines if ln]
    kept = lines[:1]
    for ln in lines[1:]:
        if not _CONTINUES.match(ln):
            break
        kept.append(ln)
    return " ".join(kept)


def _sentence(body: str) -> str:
    """The opening of a section without items: whole lines up to about a sentence."""
    kept: list[str] = []
    for ln in body.strip().split("\n"):
        kept.append(ln)
        if sum(len(k) for k in kept) >= _SENTENCE_CHARS:
            break
    return one_line(" ".join(kept))


def section_refs(text: str) -> list[str]:
    """Section keys a provision points to ("มาตรา ๕๔" -> "s54")."""
    keys = []
    for m in _SECTION_REF.finditer(text):
        n = fold_digits(m.group(1)).replace("/", "-")
        if m.group(2):
            n += f"-x{SUFFIX_WORDS.index(m.group(2)) + 2}"
        keys.append(f"s{n}")
    return keys


# -- Acts and regulations ------------------------------------------------------
def law_powers(text: str, sections: list[SectionSpan], *, unit: str, law: str) -> list[PowerItem]:
    """The provisions granted by the sections of an Act (or a regulation)."""
    out: list[PowerItem] = []
    for sec in sections:
        if sec.part or not sec.number or sec.label.endswith("(ยกเลิก)"):
            continue
        out.extend(_section_powers(text, sec, unit=unit, law=law))
    extend_by_reference(out)
    return out


def _section_powers(text: str, sec: SectionSpan, *, unit: str, law: str) -> list[PowerItem]:
    body = text[sec.start : sec.end]
    inner = _INNER_HEADING.search(body, 1)
    if inner:
        body = body[: inner.start()]
    head = _SECTION_HEAD.match(body)
    offset = head.end() if head else 0
    items = _items(body)
    lead = body[offset : items[0].start()] if items else body[offset : offset + _LEAD_CHARS]
    grant = find_grant(lead)
    if grant is None:
        return []
    number = sec.number
    if not items or _CONDITIONS.search(squash(lead)):
        # One provision: the section's own sentence, its conditions included.
        obj = _VERB_HEAD.sub("", squash(lead[grant.verb_start :]))
        refs = section_refs(lead[grant.verb_start :])
        wording = one_line(body[offset:]) if items else _sentence(body[offset:])
        return [
            PowerItem(
                sec.key, unit, number, None, wording, cite(unit, number, None, law), law,
                list(grant.kinds), list(grant.tiers),
                bool(refs) or bool(_POINTER.match(obj)) or is_catch_all(obj),
                sec.start + offset, sec.start + len(body), points_to=refs,
            )
        ]  # fmt: skip
    out = []
    for i, m in enumerate(items):
        end = items[i + 1].start() if i + 1 < len(items) else len(body)
        raw = body[m.end() : end]
        wording = one_line(raw if i + 1 < len(items) else _last_item_text(raw))
        if not wording or _REPEALED.match(wording):
            continue
        item = _item_number(m)
        catch = is_catch_all(wording)
        out.append(
            PowerItem(
                sec.key, unit, number, item, wording, cite(unit, number, item, law), law,
                list(grant.kinds), list(grant.tiers), catch,
                sec.start + m.start(), sec.start + m.end() + len(raw.rstrip()),
                points_to=section_refs(wording) if catch else [],
            )
        )  # fmt: skip
    return out


def extend_by_reference(items: list[PowerItem]) -> None:
    """Give the kinds and tiers of each provision that points to other sections
    ("กิจการตามที่ระบุไว้ในมาตรา ๕๐") to those sections' items, until nothing
    changes: a เทศบาลนคร reaches ม.๕๐ through ม.๕๖ (๑) -> ม.๕๓ -> ม.๕๓ (๑) -> ม.๕๐."""
    by_key: dict[str, list[PowerItem]] = {}
    for it in items:
        by_key.setdefault(it.section_key, []).append(it)
    for _ in range(len(items) + 1):
        changed = False
        for source in items:
            for key in source.points_to:
                for target in by_key.get(key, []):
                    if target is source:
                        continue
                    changed |= _merge(target.kinds, source.kinds)
                    # Tiers only narrow a municipal grant: an unrestricted one stays so.
                    if target.tiers and source.tiers:
                        changed |= _merge(target.tiers, source.tiers)
        if not changed:
            return


def _merge(into: list[str], values: list[str]) -> bool:
    added = [v for v in values if v not in into]
    into.extend(added)
    return bool(added)
