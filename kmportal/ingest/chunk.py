"""Cut sections into chunks for embedding.

A chunk is small enough for e5's attention to stay on one topic; a long section
is cut at its numbered items, each chunk repeating the section's opening words
so "(๑๖) ..." still knows it belongs to "องค์การบริหารส่วนจังหวัดมีอำนาจหน้าที่...".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kmportal.ingest.structure import SectionSpan
from kmportal.thai.normalize import normalize

ONE_CHUNK_MAX = 900
GROUP_CHARS = 600
# Prose lists (a handbook's "18 duties of the อบจ.") are cut finer than law:
# one embedding of eighteen duties matches none of them well.
LIST_CHUNK_MAX = 450
LIST_GROUP_CHARS = 300
HEADER_CHARS = 150
HEADING_MAX = 60


@dataclass(frozen=True)
class ChunkSpan:
    start: int
    end: int
    embed_text: str  # normalised, with its title/section prefix


def _windows(text: str, start: int, end: int, size: int) -> list[tuple[int, int]]:
    """Line-aligned windows of about ``size`` characters over text[start:end]."""
    out: list[tuple[int, int]] = []
    cur = start
    while cur < end:
        if end - cur <= size * 1.4:
            out.append((cur, end))
            break
        cut = text.rfind("\n", cur + size // 2, cur + size)
        if cut <= cur:
            cut = text.rfind(" ", cur + size // 2, cur + size)
        if cut <= cur:
            cut = cur + size
        out.append((cur, cut))
        cur = cut
    return out


def _item_groups(text: str, sec: SectionSpan, group: int = GROUP_CHARS) -> list[tuple[int, int]]:
    bounds = [s for s, _ in sec.items] + [sec.end]
    groups: list[tuple[int, int]] = []
    g_start = sec.start
    for i in range(len(bounds) - 1):
        item_end = bounds[i + 1]
        if item_end - g_start > group and bounds[i] > g_start:
            groups.append((g_start, bounds[i]))
            g_start = bounds[i]
    groups.append((g_start, sec.end))
    # An item longer than a group on its own is cut further at lines.
    out: list[tuple[int, int]] = []
    for s, e in groups:
        out.extend(_windows(text, s, e, GROUP_CHARS) if e - s > ONE_CHUNK_MAX else [(s, e)])
    return out


def chunk_section(text: str, sec: SectionSpan, *, doc_title: str) -> list[ChunkSpan]:
    body = text[sec.start : sec.end]
    if not body.strip():
        return []
    # Title and label tell the model which Act and section this is; a long
    # heading (a table's header row) would drown the chunk's own words.
    nearest = sec.heading.rsplit(" / ", 1)[-1]
    heading = nearest if len(nearest) <= HEADING_MAX or "|" in nearest else ""
    context = " ".join(x for x in (doc_title, heading, sec.label) if x)
    law = sec.number is not None
    if sec.end - sec.start <= (ONE_CHUNK_MAX if law or not sec.items else LIST_CHUNK_MAX):
        spans = [(sec.start, sec.end)]
    elif sec.items:
        spans = _item_groups(text, sec, GROUP_CHARS if law else LIST_GROUP_CHARS)
    else:
        spans = _windows(text, sec.start, sec.end, GROUP_CHARS)
    first_item = sec.items[0][0] if sec.items else sec.start
    opening = text[sec.start : min(first_item, sec.start + HEADER_CHARS)].strip()
    chunks: list[ChunkSpan] = []
    for s, e in spans:
        piece = text[s:e]
        lead = opening if s > sec.start and opening else ""
        embed = normalize(f"{context}\n{lead}\n{piece}")
        embed = re.sub(r"\n+", "\n", embed)
        chunks.append(ChunkSpan(s, e, embed))
    return chunks
