"""A short plain-text excerpt around the query's words, with the spans to mark.

The excerpt is plain text and the marks are offsets: whoever renders it escapes
the text first and then wraps the spans, so no stored or typed text can ever
become markup.
"""

from __future__ import annotations

import re

from kmportal.thai.digits import thai_digits

_WS = re.compile(r"\s+")


def term_variants(terms: list[str]) -> list[str]:
    out: set[str] = set()
    for t in terms:
        if len(t) < 2 and not t.isdigit():
            continue
        out.add(t)
        if any(c.isdigit() for c in t):
            out.add(thai_digits(t))
    return sorted(out, key=len, reverse=True)


def find_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    if not terms:
        return []
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        if spans and m.start() <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], m.end()))
        else:
            spans.append((m.start(), m.end()))
    return spans


def make_snippet(
    text: str, terms: list[str], *, width: int = 280, focus: str | None = None
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """An excerpt of ``text`` around ``terms``; with ``focus`` (a cited item such
    as "(16)"), around the first place that item appears."""
    flat = _WS.sub(" ", text).strip()
    variants = term_variants(terms + ([focus] if focus else []))
    spans = find_spans(flat, variants)
    if len(flat) <= width:
        return flat, tuple(spans)
    start = 0
    focus_at = find_spans(flat, term_variants([focus])) if focus else []
    if focus_at:
        start = max(0, focus_at[0][0] - width // 8)
    elif spans:
        # Slide a window over the matches and keep the one holding the most
        # distinct words, so the excerpt shows why the section matched.
        best = -1
        for s, _ in spans:
            ws = max(0, s - width // 5)
            inside = {flat[a:b].lower() for a, b in spans if ws <= a and b <= ws + width}
            if len(inside) > best:
                best, start = len(inside), ws
    end = min(len(flat), start + width)
    # Do not cut a Thai word or a number in half where a space is near.
    if start > 0:
        sp = flat.find(" ", start, start + 25)
        start = sp + 1 if sp != -1 else start
    if end < len(flat):
        sp = flat.rfind(" ", end - 25, end)
        end = sp if sp > start else end
    body = flat[start:end]
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(flat) else ""
    snippet = prefix + body + suffix
    return snippet, tuple(find_spans(snippet, variants))
