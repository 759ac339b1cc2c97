"""Turn a client's file name into data we can trust: a display name, a suffix from a
fixed set and a document id. None of them is ever joined to a path as given."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from kmportal.ingest.parse import SUPPORTED_SUFFIXES

MAX_ID_CHARS = 80
MAX_NAME_CHARS = 255


def display_name(raw: str) -> str:
    """The name as the client sent it, without control characters, for showing only."""
    cleaned = "".join(ch for ch in raw if unicodedata.category(ch)[0] != "C")
    return cleaned.strip()[:MAX_NAME_CHARS]


def base_name(raw: str) -> str:
    """The last part of a path with / or \\ in it: ``../../etc/passwd.txt`` -> ``passwd.txt``."""
    return re.split(r"[/\\]", display_name(raw))[-1].strip()


def suffix_of(raw: str, allowed: Collection[str] = SUPPORTED_SUFFIXES) -> str | None:
    """The lower-case suffix if it is one of ``allowed`` (by default, the types
    kmportal reads), else None."""
    name = base_name(raw)
    dot = name.rfind(".")
    if dot <= 0:
        return None
    suffix = name[dot:].lower()
    return suffix if suffix in allowed else None


def shown_suffix(raw: str) -> str:
    name = base_name(raw)
    dot = name.rfind(".")
    return name[dot:].lower()[:16] if dot > 0 else "(no extension)"


def doc_id_from_name(raw: str) -> str:
    """A document id from the file's stem: letters (Thai too), digits, ``-`` and ``_``.

    Everything else becomes ``-``; the result never starts with ``.`` or ``-`` and is
    never empty (``document`` then)."""
    name = unicodedata.normalize("NFC", base_name(raw))
    dot = name.rfind(".")
    stem = name[:dot] if dot > 0 else name
    out = []
    for ch in stem:
        cat = unicodedata.category(ch)
        out.append(ch if cat[0] in "LN" or cat == "Mn" or ch in "-_" else "-")
    doc_id = re.sub(r"-{2,}", "-", "".join(out)).strip("-_")
    return doc_id[:MAX_ID_CHARS].rstrip("-_") or "document"
