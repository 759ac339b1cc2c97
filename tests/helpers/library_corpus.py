"""A generated law library: many small Acts and a ``manifest.csv`` like the
Council of State's (one row per Act and law group, files named by ``sysid``).

Generated, never read from ../shared: each Act has its own name, a few
sections of sentences drawn from a fixed Thai word list, and the reasons for
enactment at the end, so splitting, cataloguing, duplicates and resuming can be
tested at any size in seconds.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
SUBJECTS = [
    "ป่าไม้",
    "ประมง",
    "โรงแรม",
    "ยาสูบ",
    "การประปา",
    "การผังเมือง",
    "สหกรณ์",
    "โรงเรียนเอกชน",
    "การสาธารณสุข",
    "ทางหลวง",
    "การท่องเที่ยว",
    "อาคาร",
    "การขนส่งทางบก",
    "การชลประทาน",
    "ภาษีป้าย",
    "สุสานและฌาปนสถาน",
]
GROUPS = ["ภาษีอากร และค่าธรรมเนียม", "สาธารณสุข", "เกษตร และสหกรณ์", "ศึกษา", "แรงงาน"]
WORDS = [
    "ผู้ใด",
    "ประสงค์",
    "จะ",
    "ประกอบ",
    "กิจการ",
    "ต้อง",
    "ได้รับ",
    "ใบอนุญาต",
    "จาก",
    "พนักงานเจ้าหน้าที่",
    "ตาม",
    "หลักเกณฑ์",
    "วิธีการ",
    "และ",
    "เงื่อนไข",
    "ที่",
    "กำหนด",
    "ใน",
    "กฎกระทรวง",
    "รัฐมนตรี",
    "มี",
    "อำนาจ",
    "ออก",
    "ประกาศ",
    "ค่าธรรมเนียม",
    "คณะกรรมการ",
    "ประกอบด้วย",
    "ประธาน",
    "กรรมการ",
    "ผู้ทรงคุณวุฒิ",
    "วาระ",
    "การดำรงตำแหน่ง",
    "คราวละ",
    "สี่",
    "ปี",
    "ต้องระวางโทษ",
    "จำคุก",
    "ไม่เกิน",
    "หนึ่ง",
    "ปี",
    "หรือ",
    "ปรับ",
    "ไม่เกิน",
    "สองหมื่น",
    "บาท",
    "ทั้งจำทั้งปรับ",
    "องค์กรปกครองส่วนท้องถิ่น",
    "อาจ",
    "จัดเก็บ",
    "รายได้",
    "เพื่อ",
    "บำรุง",
    "รักษา",
    "ทรัพย์สิน",
    "สาธารณะ",
]


def act_text(name: str, year: int, sections: int, rng: random.Random) -> str:
    thai_year = str(year).translate(THAI_DIGITS)
    lines = ["", "พระราชบัญญัติ", name, f"พ.ศ. {thai_year}", ""]
    lines += [f"ให้ไว้ ณ วันที่ ๑ มกราคม พ.ศ. {thai_year}", ""]
    for n in range(1, sections + 1):
        words = rng.choices(WORDS, k=rng.randint(25, 70))
        body = " ".join(words)
        # A section opens with a subject (a conjunction would make it a reference).
        lines.append(f"มาตรา {str(n).translate(THAI_DIGITS)}\u00a0 ผู้ประกอบกิจการ{body}")
        lines.append(" ".join(rng.choices(WORDS, k=12)) + " ตามที่รัฐมนตรีประกาศกำหนด")
        lines.append("")
    lines += ["ผู้รับสนองพระบรมราชโองการ", "นายกรัฐมนตรี", ""]
    lines.append("หมายเหตุ")
    lines.append(":- เหตุผลในการประกาศใช้พระราชบัญญัติฉบับนี้ คือ")
    lines.append(" ".join(rng.choices(WORDS, k=30)))
    return "\n".join(lines) + "\n"


def write_library(
    root: Path, n_acts: int, *, sections: int = 6, seed: int = 7, missing: tuple[str, ...] = ()
) -> dict[str, str]:
    """Acts ``root/<sysid>.txt`` and ``root/manifest.csv``; returns sysid -> title.
    ``missing`` adds manifest rows for files that are not there."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    titles: dict[str, str] = {}
    rows: list[dict[str, str]] = []
    for i in range(n_acts):
        sysid = str(300000 + i * 37)
        subject = SUBJECTS[i % len(SUBJECTS)]
        name = f"{subject}ฉบับที่ {i + 1}" if i >= len(SUBJECTS) else subject
        year = 2490 + i
        title = f"พระราชบัญญัติ{name} พ.ศ. {year}"
        titles[sysid] = title
        (root / f"{sysid}.txt").write_text(act_text(name, year, sections, rng), encoding="utf-8")
        for group in GROUPS[: 1 + i % 3]:  # some Acts sit in several groups
            rows.append(_row(f"{title} (ฉบับ Update ล่าสุด)", sysid, group))
    rows += [_row(f"พระราชบัญญัติที่ไม่มีไฟล์ {s}", s, GROUPS[0]) for s in missing]
    with (root / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return titles


def _row(title: str, sysid: str, group: str) -> dict[str, str]:
    return {
        "title": title,
        "law_url": f"https://law.example/get?sysid={sysid}",
        "sub_law_url": "",
        "sysid": sysid,
        "law_group": group,
        "law_type": "พระราชบัญญัติ",
    }
