"""Work an Act gives by name to a central body."""

from __future__ import annotations

import pytest

from kmportal.search.reserved import reserved_to


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("ขยายทางหลวงแผ่นดินหมายเลข 21 จาก 2 ช่องจราจรเป็น 4 ช่องจราจร", "highway"),
        ("ก่อสร้างสะพานข้ามทางหลวงพิเศษระหว่างเมือง", "highway"),
        ("บูรณะผิวจราจรทางหลวงชนบทสาย ตก.3005", "highway"),
        ("ก่อสร้างเรือนจำแห่งใหม่ รองรับผู้ต้องขัง 3,000 คน", "prison"),
        # Beside the highway, handed over, or subsidised: not the department's work.
        ("ติดตั้งไฟฟ้าส่องสว่างริมทางหลวงแผ่นดินหมายเลข 12", None),
        ("ปรับปรุงภูมิทัศน์เกาะกลางทางหลวงแผ่นดิน", None),
        ("ซ่อมแซมทางหลวงชนบทที่ถ่ายโอนให้องค์การบริหารส่วนจังหวัด", None),
        ("อุดหนุนแขวงทางหลวงชนบทตาก ซ่อมแซมทางหลวงชนบท", None),
        ("ก่อสร้างถนนคอนกรีตเสริมเหล็ก รหัสทางหลวงท้องถิ่น ตก.ถ.1-0012", None),
        ("จัดกิจกรรมเยี่ยมผู้ต้องขังในเรือนจำ", None),
    ],
)
def test_work_an_act_gives_a_central_body_is_recognised(title: str, key: str | None) -> None:
    assert reserved_to(title) == key
