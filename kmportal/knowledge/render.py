"""Markdown written by staff, as safe HTML: parsed by markdown-it-py (raw HTML
stays text, images stay links, nesting capped) and then cleaned by nh3 with an
explicit list of tags, attributes and URL schemes — whatever the parser does, no
script, event handler, style or remote content reaches the page.

Law references the search service found (``มาตรา 45 พ.ร.บ.อบจ.``) become links
to their section; top-level headings get the ids the search index uses as
section keys (:func:`kmportal.ingest.markdown.heading_key`), one level below
the page's own title.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import nh3

from kmportal.ingest.markdown import heading_key, parser

TAGS = frozenset(
    {
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "s",
        "code", "pre", "blockquote", "ul", "ol", "li", "a",
        "table", "thead", "tbody", "tr", "th", "td",
    }
)  # fmt: skip
ATTRIBUTES = {
    "a": {"href", "title"},
    "ol": {"start"},
    **{f"h{n}": {"id"} for n in range(2, 7)},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Only the portal's own class for law references; nothing else may style a note.
ALLOWED_CLASSES = {"a": {"lawref"}}
_CLEANER = nh3.Cleaner(
    tags=set(TAGS),
    clean_content_tags={"script", "style"},
    attributes={k: set(v) for k, v in ATTRIBUTES.items()},
    url_schemes=set(URL_SCHEMES),
    allowed_classes={k: set(v) for k, v in ALLOWED_CLASSES.items()},
    link_rel="noopener noreferrer nofollow",
    strip_comments=True,
)


@dataclass(frozen=True)
class Link:
    """A law reference in the Markdown source: ``text[start:end]`` links to ``url``."""

    start: int
    end: int
    url: str


def sanitize(html: str) -> str:
    return str(_CLEANER.clean(html))


def to_html(text: str, links: Sequence[Link] = (), *, first_heading: int = 1) -> str:
    """The Markdown ``text`` as clean HTML, with ``links`` made into links; its
    top-level headings are numbered from ``first_heading`` (in the searchable
    document the title is heading 0, see :mod:`kmportal.knowledge.documents`)."""
    return _render(text, tuple(links), first_heading)


@lru_cache(maxsize=256)
def _render(text: str, links: tuple[Link, ...], first_heading: int) -> str:
    md = parser()
    source, urls = _with_links(text, links)
    tokens = md.parse(source)
    n = first_heading
    for tok in tokens:
        if tok.type in ("heading_open", "heading_close"):
            # The page's title is its h1; the note's headings sit below it.
            tok.tag = f"h{min(int(tok.tag[1]) + 1, 6)}"
            if tok.type == "heading_open" and tok.level == 0:
                tok.attrSet("id", heading_key(n))
                n += 1
        for child in tok.children or ():
            if child.type == "link_open" and child.attrGet("href") in urls:
                child.attrSet("class", "lawref")
    return sanitize(md.renderer.render(tokens, md.options, {}))


_CODE_SPAN = re.compile(r"`+")
_MD_LINK = re.compile(r"\[[^\]\n]*\]\([^)\n]*\)|<[^>\n]*>")


def _code_lines(text: str) -> set[int]:
    lines: set[int] = set()
    for tok in parser().parse(text):
        if tok.type in ("fence", "code_block") and tok.map:
            lines.update(range(*tok.map))
    return lines


def _plain_text_at(
    text: str, start: int, end: int, *, line_starts: list[int], code: set[int]
) -> bool:
    """Is ``text[start:end]`` running text: not code, not inside a link the author wrote?"""
    line_no = bisect.bisect_right(line_starts, start) - 1
    line_start = line_starts[line_no]
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    at, to = start - line_start, end - line_start
    in_code_span = len(_CODE_SPAN.findall(line[:at])) % 2 == 1
    in_link = any(m.start() <= at and to <= m.end() for m in _MD_LINK.finditer(line))
    return line_no not in code and not in_code_span and not in_link


def _with_links(text: str, links: tuple[Link, ...]) -> tuple[str, set[str]]:
    """The source with each reference written as a Markdown link, and the links'
    URLs; a reference in code or in a link the author wrote stays as it is."""
    if not links:
        return text, set()
    code = _code_lines(text)
    line_starts = [0, *(m.end() for m in re.finditer("\n", text))]
    out: list[str] = []
    urls: set[str] = set()
    pos = 0
    for link in sorted(links, key=lambda x: x.start):
        if link.start < pos or not (0 <= link.start < link.end <= len(text)):
            continue
        label = text[link.start : link.end]
        # A reference is words, digits and brackets ("มาตรา 45 (8)"); anything
        # Markdown would read otherwise is left alone.
        if not label.strip() or any(ch in label for ch in '[]<>\n`\\*_"'):
            continue
        if not _plain_text_at(text, link.start, link.end, line_starts=line_starts, code=code):
            continue
        url = link.url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
        out += [text[pos : link.start], f"[{label}]({url})"]
        urls.add(url)
        pos = link.end
    out.append(text[pos:])
    return "".join(out), urls
