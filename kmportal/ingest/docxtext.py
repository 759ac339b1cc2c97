"""The text of a Word .docx file as its reader sees it, numbers included.

Word writes a list's numbers (``ข้อ ๑``, ``(๒)``, ``๓.``) nowhere in the text: a
paragraph only points at a numbering definition, and Word counts as it draws.
python-docx returns the text without them, so a regulation typed with Word's
automatic numbering loses every clause number. ``Numbering`` counts the way Word
does (per list definition, restarting lower levels, honouring start overrides)
and writes each number in its format (Thai digits, Thai letters, roman...).

The body is walked in document order: paragraphs, tables (one line per row,
cells separated by tabs, nested tables flattened into their cell) and content
controls, skipping deleted revisions and the fallback copies of text boxes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kmportal.thai.digits import thai_digits

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
# Word's "thaiLetters" sequence: the consonants without the obsolete ฃ and ฅ.
_THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
_ROMAN: tuple[tuple[int, str], ...] = (
    *((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc")),
    *((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")),
)
# Subtrees whose text a reader does not see.
_HIDDEN = {f"{{{_W}}}del", f"{{{_W}}}moveFrom", f"{{{_W}}}pPr", f"{{{_MC}}}Fallback"}
_HIDDEN |= {f"{{{_W}}}instrText", f"{{{_W}}}delText"}


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def _val(element: Any, tag: str) -> str | None:
    child = element.find(_w(tag)) if element is not None else None
    return None if child is None else child.get(_w("val"))


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def format_number(n: int, fmt: str) -> str:
    """``n`` written as Word's number format ``fmt`` writes it."""
    if fmt == "thaiNumbers":
        return thai_digits(str(n))
    if fmt == "thaiLetters":
        return _THAI_LETTERS[(n - 1) % len(_THAI_LETTERS)] * ((n - 1) // len(_THAI_LETTERS) + 1)
    if fmt == "thaiCounting":
        from pythainlp.util import num_to_thaiword

        return str(num_to_thaiword(n))
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


@dataclass
class _Level:
    start: int = 0
    fmt: str = "decimal"
    text: str = ""
    suffix: str = "tab"
    restart: int | None = None  # restart after this level (0-based); None: any higher one
    legal: bool = False  # "isLgl": every level written in decimal
    style: str | None = None


@dataclass
class Numbering:
    """The numbering definitions of one document and Word's running counters."""

    abstracts: dict[str, dict[int, _Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)
    styles: dict[str, tuple[str | None, str | None, str | None]] = field(default_factory=dict)
    default_style: str | None = None
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    overridden: set[tuple[str, int]] = field(default_factory=set)

    @classmethod
    def of(cls, document: Any) -> Numbering:
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            root = None
        if root is not None:
            numbering._read_definitions(root)
        numbering._read_styles(document.styles.element)
        return numbering

    def _read_definitions(self, root: Any) -> None:
        linked: dict[str, str] = {}  # abstractNum id -> style whose list it uses
        by_style: dict[str, str] = {}  # style -> abstractNum id defining its list
        for abstract in root.findall(_w("abstractNum")):
            aid = abstract.get(_w("abstractNumId"))
            levels: dict[int, _Level] = {}
            for lvl in abstract.findall(_w("lvl")):
                restart = _val(lvl, "lvlRestart")
                levels[int(lvl.get(_w("ilvl"), "0"))] = _Level(
                    start=int(_val(lvl, "start") or 0),
                    fmt=_val(lvl, "numFmt") or "decimal",
                    text=_val(lvl, "lvlText") or "",
                    suffix=_val(lvl, "suff") or "tab",
                    restart=int(restart) - 1 if restart is not None else None,
                    legal=lvl.find(_w("isLgl")) is not None,
                    style=_val(lvl, "pStyle"),
                )
            self.abstracts[aid] = levels
            if (link := _val(abstract, "numStyleLink")) is not None:
                linked[aid] = link
            if (link := _val(abstract, "styleLink")) is not None:
                by_style[link] = aid
        for num in root.findall(_w("num")):
            aid = _val(num, "abstractNumId") or ""
            starts = {
                int(o.get(_w("ilvl"), "0")): int(_val(o, "startOverride") or 0)
                for o in num.findall(_w("lvlOverride"))
                if o.find(_w("startOverride")) is not None
            }
            self.nums[num.get(_w("numId"))] = (aid, starts)
        # A list style's numbering lives in the definition that names the style.
        for aid, style in linked.items():
            if style in by_style:
                self.abstracts[aid] = self.abstracts.get(by_style[style], {})

    def _read_styles(self, root: Any) -> None:
        for style in root.findall(_w("style")):
            sid = style.get(_w("styleId"))
            ppr = style.find(_w("pPr"))
            numpr = ppr.find(_w("numPr")) if ppr is not None else None
            self.styles[sid] = (
                _val(style, "basedOn"),
                _val(numpr, "numId") if numpr is not None else None,
                _val(numpr, "ilvl") if numpr is not None else None,
            )
            if style.get(_w("default")) in ("1", "true") and style.get(_w("type")) == "paragraph":
                self.default_style = sid

    def _numbering_of(self, p: Any) -> tuple[str | None, int | None, str | None]:
        """(numId, level, style) of a paragraph, following its style's base styles."""
        ppr = p.find(_w("pPr"))
        style = _val(ppr, "pStyle") if ppr is not None else None
        style = style or self.default_style
        numpr = ppr.find(_w("numPr")) if ppr is not None else None
        num_id = _val(numpr, "numId") if numpr is not None else None
        ilvl = _val(numpr, "ilvl") if numpr is not None else None
        seen: set[str] = set()
        current = style
        while (num_id is None or ilvl is None) and current and current not in seen:
            seen.add(current)
            based, s_num, s_lvl = self.styles.get(current, (None, None, None))
            num_id = num_id or s_num
            ilvl = ilvl or s_lvl
            current = based
        return num_id, int(ilvl) if ilvl is not None else None, style

    def label(self, p: Any) -> str:
        """The number Word draws before paragraph ``p`` (with its following space), or ""."""
        num_id, ilvl, style = self._numbering_of(p)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        aid, starts = self.nums[num_id]
        levels = self.abstracts.get(aid, {})
        if ilvl is None:
            ilvl = next((i for i, lv in levels.items() if style and lv.style == style), 0)
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(aid, {})
        if ilvl in starts and (num_id, ilvl) not in self.overridden:
            self.overridden.add((num_id, ilvl))
            counters[ilvl] = starts[ilvl] - 1
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels.get(deeper, _Level()).restart
            if restart is None or restart >= ilvl:
                del counters[deeper]
        if level.fmt == "bullet":
            return "• "

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, _Level())
            n = counters.get(k, lv.start)
            return format_number(n, "decimal" if level.legal and k < ilvl else lv.fmt)

        text = re.sub(r"%([1-9])", number, level.text).strip()
        if not text:
            return ""
        return text + ("" if level.suffix == "nothing" else " ")


def _run_text(element: Any) -> str:
    """The visible text inside ``element``: runs, tabs and breaks, revisions accepted."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        for child in node:
            tag = child.tag
            if not isinstance(tag, str) or tag in _HIDDEN:
                continue
            if tag == _w("t"):
                parts.append(child.text or "")
            elif tag == _w("tab"):
                parts.append("\t")
            elif tag in (_w("br"), _w("cr")):
                parts.append("\n")
            elif tag == _w("noBreakHyphen"):
                parts.append("-")
            elif tag == _w("txbxContent"):
                continue  # a text box floats; its paragraphs are not part of this one
            else:
                walk(child)

    walk(element)
    return "".join(parts)


def _paragraph(p: Any, numbering: Numbering) -> str:
    return numbering.label(p) + _run_text(p)


def _cell_text(tc: Any, numbering: Numbering) -> str:
    pieces = [line for line in _blocks(tc, numbering) if line.strip()]
    return " ".join(" ".join(pieces).replace("\t", " ").split("\n"))


def _nearest(node: Any, tag: str) -> Any:
    node = node.getparent()
    while node is not None and node.tag != tag:
        node = node.getparent()
    return node


def _table_rows(tbl: Any, numbering: Numbering) -> list[str]:
    """One line per row of ``tbl``; a nested table is read within its cell."""
    rows: list[str] = []
    for tr in tbl.iter(_w("tr")):
        if _nearest(tr, _w("tbl")) is not tbl:
            continue
        cells = [
            _cell_text(tc, numbering) for tc in tr.iter(_w("tc")) if _nearest(tc, _w("tr")) is tr
        ]
        rows.append("\t".join(cells))
    return rows


def _blocks(container: Any, numbering: Numbering) -> list[str]:
    lines: list[str] = []
    for child in container:
        tag = child.tag
        if tag == _w("p"):
            lines.append(_paragraph(child, numbering))
        elif tag == _w("tbl"):
            lines.extend(_table_rows(child, numbering))
        elif tag in (_w("sdt"), _w("customXml")):
            content = child.find(_w("sdtContent"))
            lines.extend(_blocks(content if content is not None else child, numbering))
    return lines


def docx_text(document: Any) -> str:
    """The body of an open python-docx ``Document``, one line per paragraph or table row."""
    body = document.element.body
    return "\n".join(_blocks(body, Numbering.of(document)))
