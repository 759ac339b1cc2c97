"""Powers laid down by rules that a handbook quotes but the corpus lacks.

A handbook may reproduce a ministerial rule (กฎกระทรวง) whole: a heading that
says what it is ("กฎกระทรวง พ.ศ. ๒๕๔๑ ออกตามความใน พรบ.องค์การบริหารส่วนจังหวัด
พ.ศ. ๒๕๔๐ มาตรา ๖ และมาตรา ๔๕ (๘)") followed by its numbered list. Recognised by
that shape — a กฎกระทรวง heading with a year, naming a kind of organisation,
then a list numbered 1, 2, 3, ... — its items become provisions of the rule,
for the kinds the heading names, linked to the sections it was issued under.
A regulation quoted the same way ("ระเบียบ...ว่าด้วย... พ.ศ. ..." then
"ข้อ ๑๙ ให้องค์การบริหารส่วนจังหวัด...") gives its clause as a provision too.
Lists under an Act's heading are left alone: the Act itself is in the corpus.
"""

from __future__ import annotations

import re

from kmportal.ingest.powers_law import ORG, PowerItem, cite, is_catch_all, one_line, org_kinds
from kmportal.ingest.structure import SectionSpan
from kmportal.thai.digits import fold_digits

_BULLET = r"[^\w\s(\[]*"  # 👉 ☞ ► and the like before a heading
_RULE_HEAD = re.compile(rf"(?m)^[ \t\u00a0]*{_BULLET}[ \t\u00a0]*(?=กฎกระทรวง)")
_REG_HEAD = re.compile(rf"(?m)^[ \t\u00a0]*{_BULLET}[ \t\u00a0]*(?=ระเบียบ[^\n]*ว่าด้วย)")
_LIST_LINE = re.compile(r"^[ \t\u00a0]*([0-9๐-๙]{1,3})[.)][ \t\u00a0]+(\S.*)$")
_CLAUSE = re.compile(r"^[ \t\u00a0]*ข้อ[ \t\u00a0]*([0-9๐-๙]{1,3})[ \t\u00a0]+(ให้\S.*)$")
_YEAR = re.compile(r"พ\.?\s*ศ\.?\s*[0-9๐-๙]{4}")
_ACT_ABBR = re.compile(r"(?:พ\.ร\.บ\.|พรบ\.?)\s*")
_ISSUED_UNDER = re.compile(
    r"ออกตามความใน\s*(?P<act>พระราชบัญญัติ.*?พ\.?\s*ศ\.?\s*[0-9๐-๙]{4})(?P<refs>.*)$"
)
_REF = re.compile(r"มาตรา\s*([0-9๐-๙]+(?:/[0-9๐-๙]+)?)(?:\s*\(([0-9๐-๙]+(?:/[0-9๐-๙]+)?)\))?")
_COUNT_NOTE = re.compile(r"\((?:จำนวน|รวม)[^)]*\)")
_MAX_HEAD_LINES = 4
_MIN_LIST = 3


def _lines_from(text: str, pos: int) -> list[tuple[int, str]]:
    """(offset, line) for each line from ``pos`` on."""
    out = []
    for raw in text[pos:].splitlines(keepends=True):
        out.append((pos, raw.rstrip("\n")))
        pos += len(raw)
    return out


def _heading(lines: list[tuple[int, str]]) -> tuple[str, int]:
    """The heading block (non-empty lines up to the first list line or clause)
    and the index of the line after it."""
    parts: list[str] = []
    i = 0
    while i < len(lines) and len(parts) < _MAX_HEAD_LINES:
        line = lines[i][1].strip(" \t\u00a0")
        if parts and (_LIST_LINE.match(line) or _CLAUSE.match(line)):
            break
        if line:
            parts.append(line)
        i += 1
    return one_line(" ".join(parts)), i


def _expand_act(s: str) -> str:
    s = _ACT_ABBR.sub("พระราชบัญญัติ", s)
    return re.sub(r"(ความใน)\s+(พระราชบัญญัติ)", r"\1\2", s)


def _section_of(sections: list[SectionSpan], pos: int) -> str:
    for sec in sections:
        if sec.start <= pos < sec.end:
            return sec.key
    return ""


def quoted_powers(text: str, sections: list[SectionSpan]) -> list[PowerItem]:
    return _ministerial_rules(text, sections) + _regulation_clauses(text, sections)


def _ministerial_rules(text: str, sections: list[SectionSpan]) -> list[PowerItem]:
    out: list[PowerItem] = []
    for head in _RULE_HEAD.finditer(text):
        lines = _lines_from(text, head.end())
        heading, i = _heading(lines)
        heading = _expand_act(_COUNT_NOTE.sub("", heading)).strip()
        kinds, tiers = org_kinds(heading)
        if not kinds or not _YEAR.search(heading):
            continue
        listed = _numbered_list(lines[i:])
        if len(listed) < _MIN_LIST:
            continue
        law, issued = _title_and_basis(heading)
        for number, wording, start, end in listed:
            out.append(
                PowerItem(
                    _section_of(sections, start), "ข้อ", number, None, wording,
                    cite("ข้อ", number, None, law), law, list(kinds), list(tiers),
                    is_catch_all(wording), start, end, issued_under=issued,
                )
            )  # fmt: skip
    return out


def _numbered_list(lines: list[tuple[int, str]]) -> list[tuple[str, str, int, int]]:
    """Lines numbered 1, 2, 3, ... (blank lines between allowed), up to the
    first line that does not continue the count."""
    found: list[tuple[str, str, int, int]] = []
    for offset, line in lines:
        if not line.strip(" \t\u00a0"):
            continue
        m = _LIST_LINE.match(line)
        if not m or int(fold_digits(m.group(1))) != len(found) + 1:
            break
        found.append((str(len(found) + 1), one_line(m.group(2)), offset, offset + len(line)))
    return found


def _title_and_basis(heading: str) -> tuple[str, list[tuple[str, str, str | None]]]:
    """The rule's title, and the (Act, section, item) it was issued under."""
    m = _ISSUED_UNDER.search(heading)
    if not m:
        return heading, []
    act = one_line(m.group("act"))
    basis = [
        (act, fold_digits(r.group(1)), fold_digits(r.group(2)) if r.group(2) else None)
        for r in _REF.finditer(m.group("refs"))
    ]
    title = heading[: m.start("refs")].strip()
    return title, basis


def _regulation_clauses(text: str, sections: list[SectionSpan]) -> list[PowerItem]:
    out: list[PowerItem] = []
    for head in _REG_HEAD.finditer(text):
        lines = _lines_from(text, head.end())
        heading, i = _heading(lines)
        if not _YEAR.search(heading) or i >= len(lines):
            continue
        law = heading[: _YEAR.search(heading).end()]  # type: ignore[union-attr]
        offset, line = lines[i]
        m = _CLAUSE.match(line)
        if not m:
            continue
        wording = one_line(m.group(2))
        subject = wording[len("ให้") :]
        name = next((n for n in sorted(ORG, key=len, reverse=True) if subject.startswith(n)), None)
        if name is None:
            continue
        kinds, tiers = org_kinds(name)
        number = fold_digits(m.group(1))
        # The clause as printed, its number included: a clause is cited and
        # quoted whole ("ข้อ 19 ให้…"), unlike a rule's list item, whose number
        # is only its place in the list.
        printed = one_line(line.strip(" \t\u00a0"))
        out.append(
            PowerItem(
                _section_of(sections, offset), "ข้อ", number, None, printed,
                cite("ข้อ", number, None, law), law, kinds, tiers,
                is_catch_all(wording), offset, offset + len(line),
            )
        )  # fmt: skip
    return out
