"""Split prose (the handbook, news, memos) into readable sections.

Slides flattened to text have few real headings, so a section is a run of
paragraphs that starts at a heading-like line or when the run grows too long.
Tab-separated tables become one section per row, each remembering its header
row, because a KM-plan row (activity, period, indicator, target) is what a
coordinator asks about.
"""

from __future__ import annotations

import re

from kmportal.ingest.structure import SectionSpan

TARGET_CHARS = 700
MAX_CHARS = 1100
_MARKERS = ("☞", "👉", "►", "←", "...", "•", "#", "■", "▶", "➢")
_PARA_RE = re.compile(r"\S[\s\S]*?(?=\n[ \t\u00a0]*\n|\Z)")
_DECOR = re.compile(r"^[\s☞👉►←→•#■▶➢.\-*]+|[\s←→.*]+$")


def _label(text: str, limit: int = 80) -> str:
    # A slide title is often one or two words ("มีหน้าที่"); take lines until
    # the label says enough to tell sections apart.
    label = ""
    for ln in text.splitlines():
        ln = re.sub(r"\s+", " ", _DECOR.sub("", ln)).replace("**", "").strip()
        if ln:
            label = f"{label} {ln}".strip()
        if len(label) >= 20:
            break
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _is_heading(para: str) -> bool:
    line = para.strip().split("\n", 1)[0]
    return line.startswith(_MARKERS) or (len(para.strip()) <= 60 and not line.endswith((".", ",")))


def _is_table_row(line: str) -> bool:
    return line.count("\t") >= 2


# A numbered or bulleted line of a list: "1. ...", "๒) ...", "- ...".
_LIST_ITEM = re.compile(r"(?m)^[ \t\u00a0]*(?:[0-9๐-๙]{1,2}[.)]|[-•▪])[ \t\u00a0]+\S")


def split_prose(text: str, *, title: str = "") -> list[SectionSpan]:
    sections: list[SectionSpan] = []
    run: list[tuple[int, int]] = []  # paragraphs of the section being built

    def flush() -> None:
        if run:
            start, end = run[0][0], run[-1][1]
            key = f"p{len(sections) + 1}"
            items = [
                (start + m.start(), start + m.end()) for m in _LIST_ITEM.finditer(text[start:end])
            ]
            sections.append(
                SectionSpan(key, _label(text[start:end]), title, start, end, items=items)
            )
            run.clear()

    header = ""  # of the table being read; a table may have blank lines between rows
    for m in _PARA_RE.finditer(text):
        para_start, para_end = m.start(), m.end()
        lines = text[para_start:para_end].split("\n")
        if any(_is_table_row(ln) for ln in lines):
            flush()
            pos = para_start
            for ln in lines:
                if _is_table_row(ln):
                    cells = [c.strip() for c in ln.split("\t")]
                    row = " | ".join(cells)
                    # A header row opens a table, or repeats on the next page.
                    if (not header or row == header) and not re.match(r"^[๐-๙0-9]", cells[0]):
                        header = row
                    else:
                        key = f"p{len(sections) + 1}"
                        label = " ".join(c for c in cells[:2] if c)
                        sections.append(
                            SectionSpan(key, _label(label), header or title, pos, pos + len(ln))
                        )
                pos += len(ln) + 1
            continue
        header = ""
        size = run[-1][1] - run[0][0] if run else 0
        para_text = text[para_start:para_end]
        if run and (
            para_end - run[0][0] > MAX_CHARS
            or (_is_heading(para_text) and size >= 200)
            or size + len(para_text) > MAX_CHARS
            or size >= TARGET_CHARS
        ):
            flush()
        run.append((para_start, para_end))
    flush()
    return sections
