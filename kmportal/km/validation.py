"""Reading and checking what people type, with messages in Thai.

Checks add ``field → message`` to a dict so a form can show every problem next
to its field at once; :func:`fail` then raises one :class:`BadInput` with all
of them in ``detail["fields"]``.
"""

from __future__ import annotations

import re

from kmportal.errors import BadInput
from kmportal.messages import Message, Text, msg

MAX_TEXT = 2000
MAX_NAME = 200

# --- input checks -------------------------------------------------------------


Fields = dict[str, Text]


def fail(fields: Fields) -> None:
    if fields:
        problems = list(dict.fromkeys(fields.values()))
        raise BadInput(msg("km.error.problems", problems=problems), fields=fields)


# Control characters (other than tab and newlines) come from pasted Word text;
# they mean nothing, and XML (so .xlsx) cannot hold them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str | None) -> str:
    return _CONTROL.sub("", value or "").strip()


def text_field(
    fields: Fields,
    name: str,
    value: str | None,
    label: Message,
    *,
    required: bool = True,
    max_len: int = MAX_TEXT,
) -> str:
    v = clean_text(value)
    if required and not v:
        fields[name] = msg("km.error.required", label=label)
    elif len(v) > max_len:
        fields[name] = msg("km.error.too_long", label=label, max=max_len)
    return v


def label(name: str) -> Message:
    """A field's name in a message ("กรุณาระบุ<label>"): ``km.label.<name>``."""
    return msg(f"km.label.{name}")


# A portal path must not start "//" or "/\": browsers read those as another host.
_SAFE_URL = re.compile(r"^(https?://[^\s<>\"']+|/(?![/\\])[^\s<>\"']*)$", re.IGNORECASE)


def check_url(fields: Fields, value: str | None) -> str:
    v = (value or "").strip()
    # Shown as a link: only web addresses and portal paths, never javascript: and friends.
    if v and not _SAFE_URL.match(v):
        fields["evidence_url"] = msg("km.error.evidence_url")
    return v[:MAX_TEXT]
