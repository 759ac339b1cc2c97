"""Laying out the text of a law or handbook for reading.

Sources are hard-wrapped plain text: paragraphs separated by blank lines, items
such as ``(๑)`` often on a line of their own, tab-separated tables in the
handbook, footnote bodies (``[๔๖] มาตรา ๔๕ ... เพิ่มโดย ...``) at the end. The
layout keeps every line break and item, sets footnotes apart, and escapes all
text through :func:`kmportal.web.markup.annotate`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markupsafe import Markup

from kmportal.ingest.powers_law import item_anchor
from kmportal.thai.digits import DIGIT, fold_digits
from kmportal.web.markup import Span, annotate, tag

# ``spans(line, offset)``: what to wrap in ``line``, which starts at ``offset``
# in the text being rendered (None when the line was rebuilt from several).
LineSpans = Callable[[str, "int | None"], list[Span]]

_NUM = DIGIT + "+"
FOOTNOTE_DEF = re.compile(rf"^\[({_NUM})\]")
FOOTNOTE_REF = re.compile(rf"\[({_NUM})\]")
# (๑), (๖/๑), (๗ ทวิ), optionally followed by a footnote mark; then the item text.
ITEM = re.compile(
    rf"^(\({_NUM}(?:/{_NUM})?(?:\s*(?:ทวิ|ตรี|จัตวา|เบญจ|ฉ|สัตต|อัฏฐ|นว))?\)(?:\[{_NUM}\])?)\s*(.*)$"
)
_SUFFIX_WORDS = "ทวิ|ตรี|จัตวา|เบญจ|ฉ|สัตต|อัฏฐ|นว"
NUMBERED = re.compile(rf"^({_NUM}[.)])\s+(.+)$")
BULLET = re.compile(r"^([-•►☞▪●○✓])\s*(.+)$")
_BLANK = re.compile(r"^[\s\u00a0\u200b]*$")
# "(๗" / "ทวิ)[๔๗]": the source breaks some item numbers across two lines.
_SPLIT_MARKER_HEAD = re.compile(rf"^\({_NUM}$")
_SPLIT_MARKER_TAIL = re.compile(r"^(?:ทวิ|ตรี|จัตวา|เบญจ|ฉ|สัตต|อัฏฐ|นว)\)")


def footnote_id(number: str) -> str:
    return f"fn-{fold_digits(number)}"


def footnote_ref_spans(line: str, offset: int | None = None) -> list[Span]:
    spans = []
    for m in FOOTNOTE_REF.finditer(line):
        opening = Markup("<sup>") + tag("a", class_="fnref", href="#" + footnote_id(m.group(1)))
        spans.append(Span(m.start(), m.end(), opening, Markup("</a></sup>")))
    return spans


Line = tuple[int, str]  # (offset of the stripped line in the text, the line)


def _blocks(text: str, base: int) -> list[list[Line]]:
    blocks: list[list[Line]] = []
    current: list[Line] = []
    pos = base
    for raw in text.splitlines(keepends=True):
        start = pos
        pos += len(raw)
        if _BLANK.match(raw):
            if current:
                blocks.append(current)
                current = []
            continue
        body = raw.strip()
        current.append((start + raw.index(body[0]), body))
    if current:
        blocks.append(current)
    return blocks


def shifted(spans: list[Span], by: int) -> list[Span]:
    return [Span(s.start + by, s.end + by, s.open, s.close) for s in spans]


def with_text_spans(text_spans: list[Span], local: LineSpans) -> LineSpans:
    """``local`` spans plus those found over the whole text (e.g. references that
    need the law's name from the line before), cut down to each line."""

    def spans(line: str, offset: int | None) -> list[Span]:
        out = local(line, offset)
        if offset is not None:
            end = offset + len(line)
            out += shifted([s for s in text_spans if offset <= s.start and s.end <= end], -offset)
        return out

    return spans


def _join_split_markers(lines: list[Line]) -> list[tuple[int | None, str]]:
    out: list[tuple[int | None, str]] = []
    for offset, line in lines:
        prev = out[-1][1] if out else ""
        if _SPLIT_MARKER_HEAD.match(prev) and _SPLIT_MARKER_TAIL.match(line):
            # The joined line no longer matches the source text character for character.
            out[-1] = (None, f"{prev} {line}")
        else:
            out.append((offset, line))
    return out


def _item_id(marker: str, anchor: str | None) -> str | None:
    """The id of a list item inside section ``anchor``: ``s45-i7-x2`` for
    "(๗ ทวิ)", ``p11-n1`` for "1." (see :func:`kmportal.ingest.powers_law.item_anchor`)."""
    if anchor is None:
        return None
    m = re.match(rf"\(({_NUM}(?:/{_NUM})?)\s*({_SUFFIX_WORDS})?\)", marker)
    if m:
        item = fold_digits(m.group(1)) + (f" {m.group(2)}" if m.group(2) else "")
        return item_anchor(anchor, "มาตรา", None, item)
    n = re.match(rf"({_NUM})[.)]", marker)
    return f"{anchor}-n{fold_digits(n.group(1))}" if n else None


def _render_lines(
    lines: list[Line], spans: LineSpans, anchor: str | None = None, used: set[str] | None = None
) -> Markup:
    """Paragraph lines and list items, in source order; with ``anchor`` (the
    section's key) each item gets an id the authority check links to, once
    (``used``: ids already given, so a reference that starts a line is not a second)."""
    used = set() if used is None else used
    out: list[Markup] = []
    para: list[Markup] = []
    items: list[Markup] = []
    item_body: list[Markup] = []
    item_marker: Markup | None = None
    item_id: str | None = None

    def line_html(line: str, offset: int | None) -> Markup:
        return annotate(line, spans(line, offset))

    def at(offset: int | None, delta: int) -> int | None:
        return None if offset is None else offset + delta

    def flush_para() -> None:
        if para:
            out.append(Markup("<p>") + Markup("<br>\n").join(para) + Markup("</p>"))
            para.clear()

    def flush_item() -> None:
        nonlocal item_marker
        if item_marker is not None:
            body = Markup("<br>\n").join(item_body)
            opening = tag("li", id=item_id) if item_id else Markup("<li>")
            line = Markup('{}<span class="marker">{}</span> {}</li>')
            items.append(line.format(opening, item_marker, body))
            item_marker = None
            item_body.clear()

    def flush_items() -> None:
        flush_item()
        if items:
            out.append(Markup('<ul class="items">') + Markup("").join(items) + Markup("</ul>"))
            items.clear()

    for offset, line in _join_split_markers(lines):
        m = ITEM.match(line) or NUMBERED.match(line) or BULLET.match(line)
        if m:
            flush_para()
            flush_item()
            item_id = _item_id(m.group(1), anchor)
            if item_id in used:
                item_id = None
            elif item_id:
                used.add(item_id)
            item_marker = line_html(m.group(1), at(offset, m.start(1)))
            if m.group(2):
                item_body.append(line_html(m.group(2), at(offset, m.start(2))))
        elif item_marker is not None:
            item_body.append(line_html(line, offset))
        else:
            para.append(line_html(line, offset))
    flush_para()
    flush_items()
    return Markup("\n").join(out)


def _render_table(lines: list[Line], spans: LineSpans) -> Markup:
    rows = []
    for _offset, line in lines:
        # Cells are stripped, so their offsets are unknown: line-local spans only.
        cells = [annotate(c.strip(), spans(c.strip(), None)) for c in line.split("\t")]
        rows.append(
            Markup("<tr>")
            + Markup("").join(Markup("<td>{}</td>").format(c) for c in cells)
            + Markup("</tr>")
        )
    # Focusable: a wide table scrolls sideways on a phone, and the keyboard must reach it.
    return (
        Markup('<div class="table-wrap" tabindex="0"><table>')
        + Markup("").join(rows)
        + Markup("</table></div>")
    )


def _render_footnote(lines: list[Line], spans: LineSpans) -> Markup:
    first = lines[0][1]
    m = FOOTNOTE_DEF.match(first)
    assert m is not None
    number = m.group(1)
    # Footnote bodies are hard-wrapped mid-sentence; one line reads better.
    rest = " ".join([first[m.end() :].strip(), *(line for _, line in lines[1:])]).strip()
    return Markup('{}<span class="fn-number">[{}]</span> {}</p>').format(
        tag("p", class_="footnote", id=footnote_id(number)),
        number,
        annotate(rest, spans(rest, None)),
    )


def render_body(
    text: str,
    spans: LineSpans = footnote_ref_spans,
    *,
    base: int = 0,
    anchor: str | None = None,
) -> Markup:
    """The text as HTML blocks; ``spans(line, offset)`` says which parts of a line
    to wrap. ``base`` is where ``text`` starts in the text ``spans`` was built
    over (a section rendered out of its whole document); ``anchor``, the
    section's key, gives its numbered items ids."""
    out: list[Markup] = []
    notes: list[Markup] = []
    used: set[str] = set()

    def flush_notes() -> None:
        if notes:
            out.append(
                Markup('<aside class="footnotes">') + Markup("\n").join(notes) + Markup("</aside>")
            )
            notes.clear()

    for block in _blocks(text, base):
        if FOOTNOTE_DEF.match(block[0][1]):
            notes.append(_render_footnote(block, spans))
            continue
        flush_notes()
        if len(block) >= 2 and all("\t" in ln for _, ln in block):
            out.append(_render_table(block, spans))
        else:
            out.append(_render_lines(block, spans, anchor, used))
    flush_notes()
    return Markup("\n").join(out)
