"""Checking what people write in notes, questions and answers, with a message
by each field: lengths (the body's limit is ``KMPORTAL_KNOWLEDGE_MAX_CHARS``),
tags and comments."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from kmportal.km.validation import Fields, clean_text, fail
from kmportal.messages import msg

MAX_TITLE = 200
MAX_TAGS = 20
MAX_TAG_CHARS = 40
MAX_COMMENT = 2000

__all__ = ["Fields", "body", "clean_text", "comment", "fail", "tags", "title"]

# Tags are words, not markup: letters (any script, with their marks), digits,
# spaces and a few joiners.
_TAG_OK = re.compile(r"^[\w\u0e00-\u0e7f .+\-/]+$")
_SPACES = re.compile(r"\s+")


def title(fields: Fields, value: str | None, *, name: str = "title") -> str:
    """One line (pasted newlines become spaces), required, at most :data:`MAX_TITLE`."""
    v = _SPACES.sub(" ", clean_text(value))
    if not v:
        fields[name] = msg("knowledge.error.title_required")
    elif len(v) > MAX_TITLE:
        fields[name] = msg("knowledge.error.title_long", n=f"{len(v):,}", max=MAX_TITLE)
    return v


def body(
    fields: Fields, value: str | None, *, max_chars: int, name: str = "body", required: bool = True
) -> str:
    v = clean_text(value)
    if required and not v:
        fields[name] = msg("knowledge.error.body_required")
    elif len(v) > max_chars:
        fields[name] = msg("knowledge.error.body_long", n=f"{len(v):,}", max=f"{max_chars:,}")
    return v


def tags(fields: Fields, value: str | Iterable[str] | None) -> list[str]:
    """Comma-separated (a form) or a list (the API); cleaned, deduplicated in
    order, at most :data:`MAX_TAGS` of at most :data:`MAX_TAG_CHARS` each."""
    if value is None:
        return []
    raw = value.split(",") if isinstance(value, str) else list(value)
    out: list[str] = []
    for item in raw[: MAX_TAGS * 50]:  # looked at: enough to count, never all of 10,000
        tag = _SPACES.sub(" ", unicodedata.normalize("NFC", clean_text(str(item)))).lstrip("#")
        tag = tag.strip()
        if tag and tag.casefold() not in {t.casefold() for t in out}:
            out.append(tag)
    if len(raw) > MAX_TAGS * 50 or len(out) > MAX_TAGS:
        fields["tags"] = msg("knowledge.error.too_many_tags", max=MAX_TAGS)
        return out[:MAX_TAGS]
    bad = [t for t in out if len(t) > MAX_TAG_CHARS or not _TAG_OK.match(t)]
    if bad:
        fields["tags"] = msg(
            "knowledge.error.bad_tag", tag=bad[0][:MAX_TAG_CHARS], max=MAX_TAG_CHARS
        )
    return out


def comment(fields: Fields, value: str | None, *, required: bool) -> str:
    v = clean_text(value)
    if required and not v:
        fields["comment"] = msg("knowledge.error.comment_required")
    elif len(v) > MAX_COMMENT:
        fields["comment"] = msg("knowledge.error.comment_long", max=MAX_COMMENT)
    return v
