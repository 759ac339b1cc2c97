"""Markdown as the portal reads it: one parser configuration for the note page
(:mod:`kmportal.knowledge.render`) and for splitting a knowledge document into
sections by its headings, so a search hit's section key is the id of the
heading it scrolls to.

Raw HTML is text, images are links, nesting is capped: whatever is typed, the
parser's output is a small, known set of tags.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt

from kmportal.ingest.structure import SectionSpan

# Deeper blocks and inline runs than this are left as text (a nesting bomb
# costs linear time, not a deep tree).
MAX_NESTING = 20
TOP_KEY = "top"


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "maxNesting": MAX_NESTING, "linkify": False})
    # An image would fetch its source when shown (the CSP would block a remote
    # one anyway): written as ![alt](src), it stays a link.
    return md.enable(["table", "strikethrough"]).disable("image")


def heading_key(n: int) -> str:
    """The anchor of the n-th top-level heading (0-based): ``h0``, ``h1``..."""
    return f"h{n}"


@dataclass(frozen=True)
class Heading:
    line: int  # first line of the heading in the source
    text: str


def top_headings(text: str) -> list[Heading]:
    """Headings outside lists, quotes and code, in order."""
    tokens = parser().parse(text)
    found = []
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open" and tok.level == 0 and tok.map:
            found.append(Heading(tok.map[0], tokens[i + 1].content.strip()))
    return found


def split_markdown(text: str, *, title: str = "") -> list[SectionSpan]:
    """One section per top-level heading (key :func:`heading_key`), and the text
    before the first heading as section ``top``."""
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    bounds: list[tuple[int, str, str]] = []
    for n, h in enumerate(top_headings(text)):
        bounds.append((starts[min(h.line, len(starts) - 1)], heading_key(n), h.text or title))
    if not bounds or text[: bounds[0][0]].strip():
        bounds.insert(0, (0, TOP_KEY, title))
    sections = []
    for i, (start, key, label) in enumerate(bounds):
        end = bounds[i + 1][0] if i + 1 < len(bounds) else len(text)
        if text[start:end].strip():
            sections.append(SectionSpan(key, label[:120], title, start, end))
    return sections
