"""Checks on what a reader types, shared by the search page and the API."""

from __future__ import annotations

from kmportal.docstore.models import DocKind
from kmportal.errors import BadInput
from kmportal.messages import msg

# Far above any real question; the service truncates to its own, smaller limit
# with a note. This bound only stops absurd URLs from reaching the tokenizer.
MAX_QUERY_CHARS = 10_000
KINDS = tuple(k.value for k in DocKind)


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def is_blank(q: str) -> bool:
    """Nothing to search: whitespace and invisible characters only."""
    return not q.translate(_INVISIBLE).strip()


def check_query_length(q: str) -> None:
    if len(q) > MAX_QUERY_CHARS:
        raise BadInput(msg("search.too_long", n=f"{MAX_QUERY_CHARS:,}"))


def check_kind(kind: str | None) -> str | None:
    if not kind:
        return None
    if kind not in KINDS:
        raise BadInput(msg("search.unknown_kind", kind=kind, kinds=", ".join(KINDS)))
    return kind
