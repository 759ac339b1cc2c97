"""Turning stored text into HTML safely: escape every character of the text,
then add tags only at known offsets. Nothing here ever passes text through
unescaped, so a document or a query cannot inject markup."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

MARK_OPEN = Markup("<mark>")
MARK_CLOSE = Markup("</mark>")


@dataclass(frozen=True)
class Span:
    """``text[start:end]`` wrapped in ``open``/``close`` (already-safe tags)."""

    start: int
    end: int
    open: Markup
    close: Markup


def annotate(text: str, spans: Iterable[Span]) -> Markup:
    """Escape ``text`` and wrap the given spans in their tags.

    Spans that overlap an earlier (or, at the same start, longer) span are
    dropped rather than nested, so the output is always well-formed; spans
    outside the text or empty are ignored.
    """
    chosen: list[Span] = []
    pos = 0
    for s in sorted(spans, key=lambda s: (s.start, s.start - s.end)):
        if s.start < pos or s.start < 0 or s.end <= s.start or s.end > len(text):
            continue
        chosen.append(s)
        pos = s.end
    out: list[Markup] = []
    pos = 0
    for s in chosen:
        out.append(escape(text[pos : s.start]))
        out.append(s.open)
        out.append(escape(text[s.start : s.end]))
        out.append(s.close)
        pos = s.end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def merge_ranges(ranges: Iterable[Sequence[int]], length: int) -> list[tuple[int, int]]:
    """Clamp ``[start, end)`` ranges to ``[0, length]`` and merge overlapping/adjacent ones."""
    clamped = sorted((max(0, int(r[0])), min(length, int(r[1]))) for r in ranges if len(r) >= 2)
    merged: list[tuple[int, int]] = []
    for start, end in clamped:
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def highlight(snippet: str, spans: Iterable[Sequence[int]]) -> Markup:
    """The snippet escaped, with each highlight span in ``<mark>``."""
    return annotate(
        snippet, (Span(a, b, MARK_OPEN, MARK_CLOSE) for a, b in merge_ranges(spans, len(snippet)))
    )


_NAME = re.compile(r"^[a-z][a-z0-9]*$")


def tag(name: str, **attrs: str) -> Markup:
    """An opening tag with escaped attribute values (``class_`` → ``class``)."""
    if not _NAME.match(name):
        raise ValueError(f"not a tag name: {name!r}")
    # nosec B704: the tag name is checked above and each attribute name is a
    # Python keyword argument (an identifier); the values are escaped by format().
    parts = [Markup("<{}").format(Markup(name))]  # nosec B704
    for key, value in attrs.items():
        attr = Markup(key.rstrip("_").replace("_", "-"))  # nosec B704 - an identifier, see above
        parts.append(Markup(' {}="{}"').format(attr, value))
    parts.append(Markup(">"))
    return Markup("").join(parts)
