"""Split a Thai Act (or a regulation) into its sections.

Consolidated Acts from the Council of State carry traps: a label split across
lines (``มาตรา\\n๙``), footnote markers glued to numbers (``มาตรา ๙[๒]``), a
footnote block at the end whose lines look like headings
(``[๕๖] มาตรา ๖๔ แก้ไขเพิ่มเติมโดย...``) and, after the main text, the sections of
each amending Act, so a second ``มาตรา ๒๕`` can follow the first.
"""

from __future__ import annotations

import re

from kmportal.ingest.crossref import continued_after, continues_sentence, is_reference
from kmportal.ingest.structure import SectionSpan
from kmportal.thai.digits import fold_digits

_WS = r"[ \t\u00a0]"
_NUM = r"[๐-๙0-9]+(?:/[๐-๙0-9]+)?"
# Latin-style ordinal suffixes (ทวิ = bis, ตรี = ter, ...), in their legal order.
SUFFIX_WORDS = [
    "ทวิ",
    "ตรี",
    "จัตวา",
    "เบญจ",
    "ฉ",
    "สัตต",
    "อัฏฐ",
    "นว",
    "ทศ",
    "เอกาทศ",
    "ทวาทศ",
    "เตรส",
    "จตุทศ",
    "ปัณรส",
    "โสฬส",
    "สัตตรส",
    "อัฏฐารส",
    "เอกูนวีสติ",
    "วีสติ",
    "เอกวีสติ",
    "ทวาวีสติ",
    "เตวีสติ",
    "จตุวีสติ",
    "ปัญจวีสติ",
    "ฉัพพีสติ",
    "สัตตวีสติ",
    "อัฏฐวีสติ",
    "เอกูนตึงสติ",
    "ตึงสติ",
]
_SUFFIXES = {w: str(i + 2) for i, w in enumerate(SUFFIX_WORDS)}
# Other spellings found in consolidated Acts (the municipality Act's มาตรา ๔๘ ปัญจทศ).
_SUFFIXES.update({"ปัญจทศ": _SUFFIXES["ปัณรส"], "อัฎฐ": _SUFFIXES["อัฏฐ"]})
_SUFFIX_RE = "|".join(sorted(_SUFFIXES, key=len, reverse=True))


def suffix_anchor(suffix: str) -> str:
    """ทวิ -> "2", ตรี -> "3": the ordinal used in section anchors."""
    return _SUFFIXES[suffix]


def _header_re(unit: str) -> re.Pattern[str]:
    # A candidate header is the unit word at the start of a line, its number (maybe
    # on the next line), an optional suffix and footnote marker, then a space, a line
    # break or the end. Whether it is a header or a reference that happens to start
    # a line is decided by what it says (``_is_reference``), not by the spacing.
    return re.compile(
        rf"(?m)^{_WS}*{unit}{_WS}*\n?{_WS}*(?P<num>{_NUM})"
        rf"(?:{_WS}*\n?{_WS}*(?P<suf>{_SUFFIX_RE})(?![\u0e01-\u0e4e]))?"
        rf"(?:{_WS}?(?P<fn>\[[๐-๙0-9]+\]))?(?P<gap>{_WS}*(?:\n|$)|{_WS}+|(?=\(ยกเลิก))"
    )


_HEADING_RE = re.compile(
    rf"(?m)^{_WS}*(?P<h>(?:ลักษณะ|หมวด|ส่วนที่){_WS}+[๐-๙0-9]+(?:/[๐-๙0-9]+)?[^\n]*"
    rf"|บทเฉพาะกาล|บทกำหนดโทษ){_WS}*(?:\[[๐-๙0-9]+\])?{_WS}*$"
)
# ลักษณะ contains หมวด, which contains ส่วน; a new หมวด closes the ส่วน before it.
_HEADING_LEVELS = {"ลักษณะ": 0, "หมวด": 1, "บทเฉพาะกาล": 1, "บทกำหนดโทษ": 1, "ส่วนที่": 2}
_SIGNATURE_RE = re.compile(rf"(?m)^{_WS}*ผู้รับสนองพระบรมราชโองการ")
_NOTE_RE = re.compile(rf"(?m)^{_WS}*หมายเหตุ")
_AMENDING_RE = re.compile(
    # The title may be broken over two lines, with a blank line between in a PDF.
    rf"(?m)^{_WS}*(?P<t>(?:พระราชบัญญัติ|พระราชกำหนด)(?!นี้)[^\n]*(?:\n{_WS}*){{0,2}}[^\n]*"
    # ... ending the line with its year, unlike a mention of it in a sentence.
    rf"\(ฉบับที่{_WS}*[๐-๙0-9]+\)(?:{_WS}*(?:พ\.ศ\.|พุทธศักราช){_WS}*[๐-๙0-9]*){{0,2}}"
    rf"{_WS}*(?:\[[๐-๙0-9]+\])?(?={_WS}*$)"
    rf"|ประกาศของคณะ(?:ปฏิวัติ|ปฏิรูป|รักษาความสงบแห่งชาติ){_WS}*\n?{_WS}*ฉบับที่[^\n]*)"
)
_FOOTNOTES_RE = re.compile(rf"(?m)^{_WS}*\[[๑1]\]")
_ITEM_RE = re.compile(
    rf"(?m)^{_WS}*\((?:[๐-๙0-9]+(?:/[๐-๙0-9]+)?)(?:{_WS}*\n?{_WS}*(?:{_SUFFIX_RE}))?\)"
)
_FN_MARK = re.compile(r"\[[๐-๙0-9]+\]")


def _num_key(num: str, suf: str | None) -> tuple[int, int, int]:
    main, _, sub = fold_digits(num).partition("/")
    order = int(_SUFFIXES[suf]) if suf else 0
    return int(main), int(sub or 0), order


def _anchor(num: str, suf: str | None) -> str:
    n = fold_digits(num).replace("/", "-")
    return n + (f"-x{suffix_anchor(suf)}" if suf else "")


def _one_line(s: str) -> str:
    return re.sub(r"\s+", " ", _FN_MARK.sub("", s)).strip()


def _headers_in_order(
    candidates: list[tuple[int, re.Match[str]]],
) -> list[tuple[int, re.Match[str]]]:
    """Keep, within each part, the longest run of strictly increasing numbers.

    Section numbers only go up; a cross-reference that happens to start a line
    ("มาตรา ๔๕ (๘) แห่ง...") breaks that order whether it points backwards or
    forwards, so the longest increasing subsequence drops it."""
    kept: list[tuple[int, re.Match[str]]] = []
    by_part: dict[int, list[re.Match[str]]] = {}
    for part, m in candidates:
        by_part.setdefault(part, []).append(m)
    for part, ms in by_part.items():
        keys = [_num_key(m.group("num"), m.group("suf")) for m in ms]
        tails: list[int] = []  # index of the smallest tail of each run length
        prev = [-1] * len(ms)
        for i, key in enumerate(keys):
            lo, hi = 0, len(tails)
            while lo < hi:
                mid = (lo + hi) // 2
                if keys[tails[mid]] < key:
                    lo = mid + 1
                else:
                    hi = mid
            prev[i] = tails[lo - 1] if lo else -1
            if lo == len(tails):
                tails.append(i)
            else:
                tails[lo] = i
        chain: list[int] = []
        i = tails[-1] if tails else -1
        while i != -1:
            chain.append(i)
            i = prev[i]
        kept.extend((part, ms[j]) for j in reversed(chain))
    return kept


# Where a title block ends at the latest: a section or clause, the preamble, or the
# King's name and the enacting formula that open an Act after its title.
_TITLE_STOP = re.compile(
    rf"^(?:(?:มาตรา|ข้อ){_WS}*[๐-๙0-9]|โดยที่|อาศัยอำนาจ|(?:ให้|ตรา)ไว้{_WS}*ณ|ประกาศ{_WS}*ณ"
    r"|ด้วย(?:ปรากฏ|เห็น|กระทรวง|คณะ)|ตามที่|ในพระปรมาภิไธย|มีพระบรมราชโองการ"
    r"|ภูมิพลอดุลยเดช|อานันทมหิดล|คณะผู้สำเร็จราชการ)"
)
# The year that closes a title, in any of the eras Thai law has used.
_TITLE_YEAR = re.compile(r"พ\.ศ\.|พุทธศักราช|รัตนโกสินทรศก|จุลศักราช")


def act_title(text: str) -> str:
    """The title block: the lines up to and including the first with a year (``พ.ศ.``,
    at most six), never reaching into the first section or the preamble."""
    lines: list[str] = []
    for raw in text.splitlines():
        line = raw.strip(" \t\u00a0")
        if not line:
            continue
        if lines and _TITLE_STOP.match(line):
            break
        lines.append(line)
        year = _TITLE_YEAR.search(line)
        if (year and re.search(r"[๐-๙0-9]", line[year.end() :])) or len(lines) >= 6:
            break
        if (
            lines[-1][0] in "๐๑๒๓๔๕๖๗๘๙0123456789"
            and len(lines) > 1
            and _TITLE_YEAR.search(lines[-2])
        ):
            break  # "พุทธศักราช" with its number on the next line
    # Thai does not put spaces between the words of a title broken over lines;
    # only the year (พ.ศ.), a parenthesis, a number, the number of an announcement
    # (ฉบับที่) and its subject (เรื่อง) stand apart.
    joined = ""
    for line in lines:
        line = _one_line(line)
        if joined.endswith(line):  # "พระราชบัญญัติ" repeated on the next line
            continue
        starts_apart = ("พ.ศ.", "พุทธศักราช", "พระพุทธศักราช", "(", "ฉบับที่", "เรื่อง")
        sep = " " if line.startswith(starts_apart) or line[0].isdigit() else ""
        joined = f"{joined}{sep}{line}" if joined else line
    return joined


def split_law(text: str, *, unit: str = "มาตรา", title: str = "") -> list[SectionSpan]:
    """Sections of a law in reading order, each with offsets into ``text``."""
    fn_match = _FOOTNOTES_RE.search(text)
    body_end = fn_match.start() if fn_match else len(text)
    sig = _SIGNATURE_RE.search(text, 0, body_end)
    main_end = sig.start() if sig else body_end

    # Boundaries: every place a section must stop even without a next header.
    stops = {main_end, body_end}
    headings: list[tuple[int, str]] = []  # (position, path such as "หมวด ๒ ... / ส่วนที่ ๑ ...")
    levels: dict[int, str] = {}
    for m in _HEADING_RE.finditer(text, 0, main_end):
        stops.add(m.start())
        # The heading's title is often on the following line.
        nxt = text[m.end() : m.end() + 200].lstrip("\n \u00a0").split("\n", 1)[0]
        label = _one_line(m.group("h"))
        if nxt and not nxt.lstrip().startswith(unit) and len(nxt) < 120:
            label = f"{label} {_one_line(nxt)}"
        level = _HEADING_LEVELS.get(label.split(" ", 1)[0], 1)
        levels = {lv: h for lv, h in levels.items() if lv < level}
        levels[level] = label
        headings.append((m.start(), " / ".join(levels[lv] for lv in sorted(levels))))
    parts = [
        (m.start(), _one_line(m.group("t")))
        for m in _AMENDING_RE.finditer(text, main_end, body_end)
        if not continues_sentence(text, m.start()) and not continued_after(text, m.start(), m.end())
    ]
    stops.update(p for p, _ in parts)
    stops.update(m.start() for m in _NOTE_RE.finditer(text, main_end, body_end))

    sections: list[SectionSpan] = []
    part_titles = {0: title}
    candidates: list[tuple[int, re.Match[str]]] = []  # (part, match)
    part = 0
    for m in _header_re(unit).finditer(text, 0, body_end):
        if is_reference(text, m.start(), m.end(), unit=unit, number=m.group("num")):
            continue
        while parts and parts[0][0] < m.start():
            part += 1
            part_titles[part] = parts.pop(0)[1]
        candidates.append((part, m))
    for part, m in _headers_in_order(candidates):
        num, suf = m.group("num"), m.group("suf")
        anchor = _anchor(num, suf)
        key = f"s{anchor}" if part == 0 else f"a{part}-s{anchor}"
        number = fold_digits(num) + (f" {suf}" if suf else "")
        label = f"{unit} {number}"
        if part:
            label += f" ({part_titles[part]})"
        heading = (
            next((h for pos, h in reversed(headings) if pos < m.start()), "")
            if part == 0
            else part_titles[part]
        )
        sections.append(
            SectionSpan(key, label, heading, m.start(), body_end, number=number, part=part)
        )

    # Close each section at the next section or boundary.
    starts = sorted({s.start for s in sections} | stops)
    for s in sections:
        s.end = next((p for p in starts if p > s.start), body_end)
        body = text[s.start : s.end]
        head = re.sub(r"\s+", "", _FN_MARK.sub("", body[:120]))
        if re.match(rf"{unit}[๐-๙0-9/]+(?:{_SUFFIX_RE})?\(?ยกเลิก", head):
            s.label += " (ยกเลิก)"
        s.items = [(s.start + i.start(), s.start + i.end()) for i in _ITEM_RE.finditer(body)]

    out: list[SectionSpan] = []
    first = sections[0].start if sections else body_end
    if first > 0 and text[:first].strip():
        out.append(SectionSpan("preamble", title or "บทนำ", "", 0, first))
    out.extend(sections)
    # Notes (reasons for enactment) between amending Acts: searchable, labelled.
    for i, m in enumerate(_NOTE_RE.finditer(text, main_end, body_end)):
        end = min((p for p in starts if p > m.start()), default=body_end)
        out.append(SectionSpan(f"note{i + 1}", "หมายเหตุ เหตุผลในการประกาศใช้", "", m.start(), end))
    if fn_match:
        out.append(
            SectionSpan("footnotes", "เชิงอรรถ", "", fn_match.start(), len(text), indexed=False)
        )
    out.sort(key=lambda s: s.start)
    return [s for s in out if text[s.start : s.end].strip()]
