"""Work an Act gives by name to a central body, whatever kind of อปท. asks.

The lists of powers say what a local government may do; a few Acts of the law
library say, in their definitions, which state body builds or runs a thing —
and so that no local government does. Each entry is such a definition, cited
in its message (``powers.note.reserved.<key>``), and matches only the work on
the thing itself: lighting beside a national highway, or a subsidy to the
department that builds it, is another matter, and a road the department has
handed over ("ถ่ายโอน") is a local road now.
"""

from __future__ import annotations

import re

_WORK = r"(?:ก่อสร้าง|สร้าง|ขยาย|บูรณะ|บำรุงรักษา|ซ่อมแซม|ซ่อมสร้าง|ปรับปรุง|เสริมผิว|ยกระดับ)"

RESERVED: dict[str, re.Pattern[str]] = {
    # The Highways Act 2535 ม.๗, ม.๘, ม.๙: a special, national or rural highway is one
    # "ที่กรมทางหลวง[ชนบท]เป็นผู้ดำเนินการก่อสร้าง ขยาย บูรณะ และบำรุงรักษา".
    "highway": re.compile(
        rf"{_WORK}\s*(?:ผิวจราจร\s*|ถนน\s*|สะพาน(?:บน|ข้าม)?\s*)?ทางหลวง(?:พิเศษ|แผ่นดิน|ชนบท)"
    ),
    # The Corrections Act 2560 ม.๓๒: "ให้กรมราชทัณฑ์กำหนดชื่อเรือนจำ … และเขต
    # ความรับผิดชอบของเรือนจำ"; a prison is the department's.
    "prison": re.compile(rf"(?:{_WORK}|จัดตั้ง)\s*(?:อาคาร\s*)?(?:เรือนจำ|ทัณฑสถาน)"),
}
_HANDED_OVER = re.compile(r"ถ่ายโอน|รับโอน|โอนให้|อุดหนุน")


def reserved_to(text: str) -> str | None:
    """The key of the entry whose work the title is, if any (``"highway"``)."""
    if _HANDED_OVER.search(text):
        return None
    return next((key for key, pattern in RESERVED.items() if pattern.search(text)), None)
