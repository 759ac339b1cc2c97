"""Work the law leaves to someone else, whatever kind of อปท. asks.

The lists of powers say what a local government may do; a few Acts of the law
library say, in their definitions, which state body builds or runs a thing —
and so that no local government does; and land its owner still holds is the
owner's to keep up (:func:`on_private_land`). Each entry is such a definition, cited
in its message (``powers.note.reserved.<key>``), and matches only the work on
the thing itself: lighting beside a national highway, or a subsidy to the
department that builds it, is another matter, and a road the department has
handed over ("ถ่ายโอน") is a local road now.
"""

from __future__ import annotations

import re

# Work on a thing itself: building, widening, restoring, keeping it up, fitting it.
BUILDING = r"(?:ก่อสร้าง|สร้าง|ขยาย|บูรณะ|บำรุงรักษา|ซ่อมแซม|ซ่อมสร้าง|ปรับปรุง|เสริมผิว|ยกระดับ|ติดตั้ง)"
BUILDING_WORK = re.compile(BUILDING)

RESERVED: dict[str, re.Pattern[str]] = {
    # The Highways Act 2535 ม.๗, ม.๘, ม.๙: a special, national or rural highway is one
    # "ที่กรมทางหลวง[ชนบท]เป็นผู้ดำเนินการก่อสร้าง ขยาย บูรณะ และบำรุงรักษา".
    "highway": re.compile(
        rf"{BUILDING}\s*(?:ผิวจราจร\s*|ถนน\s*|สะพาน(?:บน|ข้าม)?\s*)?ทางหลวง(?:พิเศษ|แผ่นดิน|ชนบท)"
    ),
    # The Corrections Act 2560 ม.๓๒: "ให้กรมราชทัณฑ์กำหนดชื่อเรือนจำ … และเขต
    # ความรับผิดชอบของเรือนจำ"; a prison is the department's.
    "prison": re.compile(rf"(?:{BUILDING}|จัดตั้ง)\s*(?:อาคาร\s*)?(?:เรือนจำ|ทัณฑสถาน)"),
}
_HANDED_OVER = re.compile(r"ถ่ายโอน|รับโอน|โอนให้|อุดหนุน")


def reserved_to(text: str) -> str | None:
    """The key of the entry whose work the title is, if any (``"highway"``)."""
    if _HANDED_OVER.search(text):
        return None
    return next((key for key, pattern in RESERVED.items() if pattern.search(text)), None)


# Work on land the title says a private owner still holds: every kind's powers
# are public services "เพื่อประโยชน์ของประชาชนในท้องถิ่นของตนเอง" (the
# Decentralisation Act ม.๑๖, ม.๑๗), and a housing estate's roads and utilities
# are its developer's to maintain until they pass to the residents or the
# public (the Land Allocation Act 2543 ม.๔๓, ม.๔๔). The title must say so:
# ownership by a private party ("กรรมสิทธิ์ของบริษัท…", "ที่ดินของห้างหุ้นส่วน…",
# work "ภายในรีสอร์ทของเอกชน"), or a dedication to public use not yet made.
# Land dedicated or given already ("ที่ได้รับการอุทิศ", "บริจาค") is public,
# and a home repaired for the poor, elderly or disabled is welfare (ม.๑๗ (๒๗),
# ม.๑๖ (๑๐)) on whosever land it stands.
_PRIVATE_LAND = re.compile(
    r"(?:กรรมสิทธิ์|ที่ดิน)\s*(?:ของ\s*)?(?:บริษัท|ห้างหุ้นส่วน|เอกชน|ผู้จัดสรร|นาย|นาง|บุคคล)"
    r"|ยัง(?:ไม่|มิ)\s*(?:ได้\s*)?อุทิศ"
    r"|(?:ภายใน|บน)\S{0,30}?ของ\s*(?:เอกชน|บริษัท|ห้างหุ้นส่วน)"
)
_DEDICATED = re.compile(r"(?<!ไม่)(?<!ไม่ได้)(?<!ไม่ได้\s)(?<!มิได้)(?<!มิได้\s)(?:อุทิศ|บริจาค|ยกให้)")
_WELFARE = re.compile(r"ยากไร้|ยากจน|ด้อยโอกาส|พิการ|ทุพพลภาพ|สูงอายุ|คนชรา|สงเคราะห์")


def on_private_land(text: str) -> bool:
    """Whether the title places the work on land it says a private owner still holds."""
    return _PRIVATE_LAND.search(text) is not None and not (
        _DEDICATED.search(text) or _WELFARE.search(text)
    )
