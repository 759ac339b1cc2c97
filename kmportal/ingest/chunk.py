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
# Prose is also embedded as overlapping windows of a sentence or two, without
# any prefix: a question usually asks about one sentence, and e5 averages a
# 600-character chunk over too many. Each window starts where the previous one
# still has FINE_OVERLAP characters to go, so a sentence shorter than that lies
# whole inside some window. These windows are not indexed for BM25: a section's
# words are counted once, by its ordinary chunks.
FINE_CHARS = 200
FINE_OVERLAP = 80
# A law chunk's embedded name is shorter than the one its words are counted
# under: the year of the Act ("พ.ศ. 2540", five tokens), the number of its
# chapter ("หมวด 4") and the section's label ("มาตรา 45") tell e5 nothing about
# what a provision says, yet made up about 5 % of the library's embedded tokens.
# Citations and numbers are found by words and by the citation lookup.
_TITLE_YEAR = re.compile(r"\s*(?:พ\.ศ\.|พุทธศักราช|พระพุทธศักราช|ร\.ศ\.|จ\.ศ\.)\s*\d{3,4}")
_HEADING_NUMBER = re.compile(r"^(?:ลักษณะ|หมวด|ส่วนที่|บรรพ|ภาค)\s*\d+(?:/\d+)?\s*")


@dataclass(frozen=True)
class ChunkSpan:
    start: int
    end: int
    embed_text: str  # normalised, with its title/section prefix (none for fine windows)
    fine: bool = False  # an overlapping window for the dense arm only
    # What BM25 counts: the text with the full title, heading and label (a law's
    # embed_text carries their short form); empty for a fine window.
    words: str = ""


def _windows(
    text: str, start: int, end: int, size: int, *, overlap: int = 0
) -> list[tuple[int, int]]:
    """Windows of about ``size`` characters over text[start:end], each cut at a
    line end in its second half, else at a space (Thai writes a space between
    phrases and sentences). With ``overlap``, the next window starts at the
    first space after ``cut - overlap`` instead of at the cut."""
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
        if not overlap:
            cur = cut
            continue
        back = max(cur + 1, cut - overlap)
        spaces = [i for i in (text.find(" ", back, cut), text.find("\n", back, cut)) if i >= 0]
        cur = min(spaces) if spaces else back
        while cur < end and text[cur].isspace():
            cur += 1
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
    # A title cut from a document's first paragraph ("…") names nothing: it is
    # only that paragraph's opening words.
    title = "" if doc_title.endswith("…") else doc_title
    law = sec.number is not None
    context = [normalize(x) for x in (title, heading, sec.label) if x]
    dense_context = [x for x in (short_name(title), short_name(heading)) if x] if law else context
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
        piece = normalize(text[s:e])
        lead = normalize(opening) if s > sec.start and opening else ""
        # A law's label ("มาตรา 45") is a name, kept even where the text opens
        # with it; a prose label is the section's own first words.
        prefix = " ".join(_news(context, lead + piece, keep_last=law))
        words = _joined(prefix, lead, piece)
        if dense_context is not context:
            embed = _joined(" ".join(_news(dense_context, lead + piece)), lead, piece)
        else:
            embed = words
        chunks.append(ChunkSpan(s, e, embed, words=words))
    if not law and sec.end - sec.start > FINE_CHARS * 1.5:
        chunks += [
            ChunkSpan(s, e, normalize(text[s:e]), fine=True)
            for s, e in fine_windows(text, sec.start, sec.end)
        ]
    return chunks


def _joined(prefix: str, lead: str, piece: str) -> str:
    return re.sub(r"\n+", "\n", f"{prefix}\n{lead}\n{piece}".strip())


def short_name(name: str) -> str:
    """A law's title or heading as its chunks are embedded: normalised, without
    the Act's year or the chapter's number ("หมวด 4 อำนาจหน้าที่…" → "อำนาจหน้าที่…")."""
    name = _TITLE_YEAR.sub("", normalize(name)) if name else ""
    return _HEADING_NUMBER.sub("", name).strip()


def fine_windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Windows of about FINE_CHARS over text[start:end], each overlapping the
    next by about FINE_OVERLAP."""
    windows = _windows(text, start, end, FINE_CHARS, overlap=FINE_OVERLAP)
    return [(s, e) for s, e in windows if text[s:e].strip()]


def _squash(s: str) -> str:
    # Letters and digits only: "# คู่มือ" opens with the title "คู่มือ", and a
    # label cut with "…" with its first words.
    return re.sub(r"[\W_]+", "", s)


def _news(context: list[str], body: str, *, keep_last: bool = False) -> list[str]:
    """The parts of ``context`` that say something ``body`` does not already
    open with, each once. A prose document's title and a paragraph's label are
    often its own first words: repeated in front of them they only weigh those
    words twice or thrice, in the embedding and in BM25 alike."""
    kept: list[str] = []
    seen = _squash(body[: 2 * HEADER_CHARS])
    for i, part in enumerate(context):
        sq = _squash(part)
        named = keep_last and i == len(context) - 1
        if named or (sq and not seen.startswith(sq) and all(sq not in _squash(k) for k in kept)):
            kept.append(part)
    return kept
