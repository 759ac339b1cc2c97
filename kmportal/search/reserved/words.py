"""Words the entries of the reserved works share."""

from __future__ import annotations

import re

# Work on a thing itself: building, widening, restoring, keeping it up, fitting it.
BUILDING = r"(?:ก่อสร้าง|สร้าง|ขยาย|บูรณะ|บำรุงรักษา|ซ่อมแซม|ซ่อม|ปรับปรุง|เสริมผิว|ยกระดับ|ติดตั้ง)"
BUILDING_WORK = re.compile(BUILDING)

# Urging a body to found a thing, or studying whether to, founds nothing.
NOT_URGING = (
    r"(?<!สนับสนุน)(?<!สนับสนุนการ)(?<!ผลักดัน)(?<!ผลักดันการ)(?<!ขับเคลื่อนการ)"
    r"(?<!เสนอ)(?<!เสนอการ)(?<!ขอ)(?<!ในการ)"
)

# Helping on the day (the selection, the election) is not running it.
NOT_HELPING = r"(?<!สนับสนุน)(?<!สนับสนุนการ)(?<!ช่วยเหลือ)(?<!ช่วยเหลือการ)"

# Words that make a work one on the way to a place, not in it.
ON_THE_WAY = r"เชื่อม|เข้าสู่|ไปยัง|ถึง|จาก(?!\s*\d)"

# สร้าง that raises awareness, a network or an income builds nothing.
NOT_A_BUILDING = r"(?!จิตสำนึก|ความ|เครือข่าย|อาชีพ|รายได้|การรับรู้|แรงจูงใจ|ภูมิคุ้มกัน)"
