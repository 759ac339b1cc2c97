"""Reading and checking what people type, with messages in Thai.

Checks add ``field → message`` to a dict so a form can show every problem next
to its field at once; :func:`fail` then raises one :class:`BadInput` with all
of them in ``detail["fields"]``.
"""

from __future__ import annotations

import re

from kmportal.errors import BadInput

MAX_TEXT = 2000
MAX_NAME = 200

# --- input checks -------------------------------------------------------------


def fail(fields: dict[str, str]) -> None:
    if fields:
        raise BadInput(" ".join(dict.fromkeys(fields.values())), detail={"fields": fields})


# Control characters (other than tab and newlines) come from pasted Word text;
# they mean nothing, and XML (so .xlsx) cannot hold them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str | None) -> str:
    return _CONTROL.sub("", value or "").strip()


def text_field(
    fields: dict[str, str],
    name: str,
    value: str | None,
    label: str,
    *,
    required: bool = True,
    max_len: int = MAX_TEXT,
) -> str:
    v = clean_text(value)
    if required and not v:
        fields[name] = f"กรุณาระบุ{label}"
    elif len(v) > max_len:
        fields[name] = f"{label}ยาวเกิน {max_len} ตัวอักษร"
    return v


def actor_field(fields: dict[str, str], actor: str) -> str:
    """The actor's name, or a message next to the name field (reported with the rest)."""
    return text_field(fields, "entered_by", actor, "ชื่อผู้บันทึก", max_len=MAX_NAME)


def require_actor(actor: str) -> str:
    a = (actor or "").strip()
    if not a:
        raise BadInput("กรุณาระบุชื่อผู้บันทึก", detail={"fields": {"entered_by": "กรุณาระบุชื่อผู้บันทึก"}})
    return a[:MAX_NAME]


# A portal path must not start "//" or "/\": browsers read those as another host.
_SAFE_URL = re.compile(r"^(https?://[^\s<>\"']+|/(?![/\\])[^\s<>\"']*)$", re.IGNORECASE)


def check_url(fields: dict[str, str], value: str | None) -> str:
    v = (value or "").strip()
    # Shown as a link: only web addresses and portal paths, never javascript: and friends.
    if v and not _SAFE_URL.match(v):
        fields["evidence_url"] = "ลิงก์หลักฐานต้องขึ้นต้นด้วย http://, https:// หรือ / (เอกสารในคลังความรู้)"
    return v[:MAX_TEXT]
